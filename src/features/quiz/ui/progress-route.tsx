// Progress: readiness per domain and task statement, mock exam history, lessons read, and the
// learner's data (export, import with merge or replace, reset, persistent storage).
import '../../../i18n/namespaces/quiz';
import './quiz.css';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { lessons } from '../../../shared/content/course';
import { datedFilename, downloadText } from '../../../shared/download';
import { useLang, useT } from '../../../i18n';
import {
  exportProgress,
  importProgress,
  parseImport,
  requestPersistentStorage,
  resetProgress,
  selectAnswers,
  selectExams,
  selectLessonsRead,
  useProgress,
  type ImportError,
  type ImportedProgress,
  type PersistResult,
} from '../../progress';
import type { QuestionIndex } from '../bank';
import { readiness, type Readiness } from '../engine';
import { ConfirmPanel } from './confirm-panel';
import { formatDate, taskTitle, useDomainLabel, wholePercent } from './labels';
import { ScoreChart } from './score-chart';
import { endOfDay, useNow } from './time';
import { useQuestionIndex } from './use-bank';

const MINUTE_MS = 60_000;

export default function ProgressPage() {
  const index = useQuestionIndex();
  return (
    // The frame around it (heading, intro) is the app's: src/app/page-frame.tsx.
    <>
      <ReadinessSection index={index} />
      <ExamHistory />
      <LessonsRead />
      <DataSection />
    </>
  );
}

function useFormatReadiness() {
  const { t } = useT('quiz');
  return (r: Readiness) => ({
    accuracy:
      r.accuracyPercent === null
        ? t('common.none')
        : t('common.percent', { value: wholePercent(r.accuracyPercent) }),
    coverage: t('common.percent', { value: wholePercent(r.coveragePercent) }),
  });
}

function ReadinessSection({ index }: { index: QuestionIndex }) {
  const lang = useLang();
  const { t } = useT('quiz');
  const domainLabel = useDomainLabel();
  const answers = useProgress(selectAnswers);
  const now = useNow(MINUTE_MS);
  const report = useMemo(
    () => readiness(index.questions, answers, endOfDay(now)),
    [index, answers, now],
  );
  const format = useFormatReadiness();
  const overall = format(report.overall);
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{t('progress.colQuestions')}</th>
        <th scope="col">{t('progress.colAccuracy')}</th>
        <th scope="col">{t('progress.colCoverage')}</th>
        <th scope="col">{t('progress.colDue')}</th>
      </tr>
    </thead>
  );
  const cells = (r: Readiness) => {
    const f = format(r);
    return (
      <>
        <td>{r.total}</td>
        <td>{f.accuracy}</td>
        <td>{f.coverage}</td>
        <td>{r.due}</td>
      </>
    );
  };
  return (
    <section aria-labelledby="readiness-title">
      <h2 id="readiness-title">{t('progress.readiness')}</h2>
      <p>
        {t('progress.summary', {
          answered: report.overall.answered,
          total: report.overall.total,
          coverage: wholePercent(report.overall.coveragePercent),
          accuracy: overall.accuracy,
          due: report.overall.due,
        })}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          {head(t('result.colDomain'))}
          <tbody>
            {report.domains.map((d) => (
              <tr key={d.domain}>
                <th scope="row">{domainLabel(d.domain)}</th>
                {cells(d)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          {head(t('result.colTask'))}
          <tbody>
            {report.tasks.map((task) => (
              <tr key={task.task}>
                <th scope="row">
                  {task.total > 0 ? (
                    <Link
                      to={paths.practice(lang, { task: task.task })}
                      aria-label={t('progress.practiseTask', { id: task.task })}
                    >
                      {task.task}
                    </Link>
                  ) : (
                    task.task
                  )}{' '}
                  {taskTitle(lang, task.task)}
                </th>
                {cells(task)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ExamHistory() {
  const lang = useLang();
  const { t } = useT('quiz');
  const exams = useProgress(selectExams);
  return (
    <section aria-labelledby="exams-title">
      <h2 id="exams-title">{t('progress.exams')}</h2>
      {exams.length === 0 ? (
        <>
          <p>{t('progress.noExams')}</p>
          <Link className="button" to={paths.exam(lang)}>
            {t('progress.takeExam')}
          </Link>
        </>
      ) : (
        <>
          <ScoreChart scores={exams.map((e) => e.estimatedScaled)} />
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('progress.colDate')}</th>
                  <th scope="col">{t('progress.colScore')}</th>
                  <th scope="col">{t('progress.colScaled')}</th>
                  <th scope="col">{t('progress.colDetails')}</th>
                </tr>
              </thead>
              <tbody>
                {exams.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">{formatDate(lang, e.finishedAt, true)}</th>
                    <td>{t('common.percent', { value: wholePercent(e.scorePercent) })}</td>
                    <td>{e.estimatedScaled}</td>
                    <td>
                      <Link to={paths.examResult(lang, e.id)}>{t('progress.view')}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function LessonsRead() {
  const lang = useLang();
  const { t } = useT('quiz');
  const read = useProgress(selectLessonsRead);
  const list = lessons[lang];
  const readLessons = list.filter((l) => l.id in read);
  return (
    <section aria-labelledby="lessons-title">
      <h2 id="lessons-title">{t('progress.lessons')}</h2>
      <p>{t('progress.lessonsCount', { read: readLessons.length, total: list.length })}</p>
      {readLessons.length === 0 ? (
        <p className="muted">{t('progress.noLessons')}</p>
      ) : (
        <ul>
          {readLessons.map((l) => (
            <li key={l.id}>
              <Link to={paths.lesson(lang, l.id)}>{l.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type ImportState =
  | { step: 'idle' }
  | { step: 'error'; error: ImportError | 'unreadable'; details: string }
  | { step: 'ready'; imported: ImportedProgress }
  | { step: 'confirm'; imported: ImportedProgress; mode: 'merge' | 'replace' }
  | { step: 'done' };

function DataSection() {
  const { t } = useT('quiz');
  const fileRef = useRef<HTMLInputElement>(null);
  const [importState, setImportState] = useState<ImportState>({ step: 'idle' });
  const [confirmReset, setConfirmReset] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [persist, setPersist] = useState<PersistResult | null>(null);

  const onFile = async (file: File) => {
    setMessage(null);
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setImportState({ step: 'error', error: 'unreadable', details: String(error) });
      return;
    }
    const result = parseImport(text);
    setImportState(
      result.ok
        ? { step: 'ready', imported: result }
        : { step: 'error', error: result.error, details: result.details },
    );
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('progress.data')}</h2>
      <p>{t('progress.dataIntro')}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadText(datedFilename('cirrus-progress', Date.now()), exportProgress())
          }
        >
          {t('progress.export')}
        </button>
      </div>

      <div className="field">
        <label htmlFor="import-file">{t('progress.import')}</label>
        <input
          id="import-file"
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void onFile(file);
          }}
        />
      </div>
      <div aria-live="polite">
        {importState.step === 'error' && (
          <div className="callout callout-exam">
            <p>{t(`progress.importErrors.${importState.error}`)}</p>
            <p className="muted">{t('progress.errorDetails', { details: importState.details })}</p>
          </div>
        )}
        {importState.step === 'done' && <p className="callout">{t('progress.imported')}</p>}
        {message !== null && <p className="callout">{message}</p>}
      </div>
      {importState.step === 'ready' && (
        <div className="callout">
          <p>
            {t('progress.importReady', {
              answers: importState.imported.state.answers.length,
              exams: importState.imported.state.exams.length,
              lessons: Object.keys(importState.imported.state.lessonsRead).length,
            })}
          </p>
          <div className="actions">
            {(['merge', 'replace'] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                className="button"
                onClick={() => setImportState({ ...importState, step: 'confirm', mode })}
              >
                {t(`progress.${mode}`)}
              </button>
            ))}
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setImportState({ step: 'idle' })}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {importState.step === 'confirm' && (
        <ConfirmPanel
          title={t(`progress.${importState.mode}ConfirmTitle`)}
          confirmLabel={t(`progress.${importState.mode}`)}
          onConfirm={() => {
            importProgress(importState.imported, importState.mode);
            setImportState({ step: 'done' });
          }}
          onCancel={() => setImportState({ step: 'ready', imported: importState.imported })}
        >
          <p>{t(`progress.${importState.mode}ConfirmBody`)}</p>
        </ConfirmPanel>
      )}

      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void requestPersistentStorage().then(setPersist);
          }}
        >
          {t('progress.persist')}
        </button>
      </div>
      {persist !== null && (
        <p className="callout" role="status">
          {t(`progress.persistResult.${persist}`)}
        </p>
      )}

      <div className="actions">
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            setMessage(null);
            setConfirmReset(true);
          }}
        >
          {t('progress.reset')}
        </button>
      </div>
      {confirmReset && (
        <ConfirmPanel
          title={t('progress.resetConfirmTitle')}
          confirmLabel={t('progress.resetConfirm')}
          onConfirm={() => {
            resetProgress();
            setConfirmReset(false);
            setImportState({ step: 'idle' });
            setMessage(t('progress.resetDone'));
          }}
          onCancel={() => setConfirmReset(false)}
        >
          <p>{t('progress.resetConfirmBody')}</p>
        </ConfirmPanel>
      )}
    </section>
  );
}
