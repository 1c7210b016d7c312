// Mock exam: start (with the optional +30 minutes), sit it against a deadline that survives
// reloads, submit (or run out of time), then read the result at /:lang/exam/:examId.
import '../../../i18n/namespaces/quiz';
import './quiz.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useLang, useT } from '../../../i18n';
import {
  answerExamQuestion,
  discardExam,
  finishExam,
  flagExamQuestion,
  selectActiveExam,
  startExam,
  useProgress,
  type ActiveExam,
} from '../../progress';
import {
  EXAM,
  createDeadline,
  drawExam,
  formatClock,
  remainingMs,
  shuffleOptions,
} from '../engine';
import { ConfirmPanel } from './confirm-panel';
import {
  clockBucket,
  examQuestions,
  examResultFor,
  examSeed,
  isAnswered,
  resumeIndex,
  sheetCounts,
  toggleSelection,
} from './exam-logic';
import { ExamResultView } from './exam-result';
import { useDomainLabel } from './labels';
import { randomSeed } from './practice-setup';
import { QuestionView } from './question-view';
import { useNow } from './time';
import { useQuizKeys } from './use-quiz-keys';
import { usePrefetchBank, useQuestionBank, useQuestionIndex } from './use-bank';

export default function ExamPage() {
  const { examId } = useParams();
  if (examId !== undefined) return <ExamResultView examId={examId} />;
  return <ExamHome />;
}

function ExamHome() {
  const active = useProgress(selectActiveExam);
  // The frame around it (heading, intro) is the app's: src/app/page-frame.tsx.
  return active ? <ExamSitting key={active.id} exam={active} /> : <ExamStart />;
}

function ExamStart() {
  const index = useQuestionIndex();
  const prefetch = usePrefetchBank();
  const { t } = useT('quiz');
  const domainLabel = useDomainLabel();
  const [extraTime, setExtraTime] = useState(false);
  // The shortfall depends on the bank only, not on the seed.
  const preview = useMemo(() => drawExam(index.questions, 0), [index]);
  const count = preview.questionIds.length;
  const start = () => {
    const draw = drawExam(index.questions, randomSeed());
    const now = Date.now();
    startExam({
      questionIds: draw.questionIds,
      deadline: createDeadline(now, { extraTime }).endsAtMs,
      extraTime,
      at: now,
    });
  };
  return (
    <div className="exam-start" {...prefetch}>
      <p>{t('exam.rules')}</p>
      {count === 0 ? (
        <p className="callout">{t('exam.noQuestions')}</p>
      ) : (
        <>
          {preview.shortfall.length > 0 && (
            <div className="callout">
              <p>
                {t('exam.bankShort', {
                  available: index.questions.length,
                  count,
                  full: EXAM.questions,
                })}
              </p>
              <ul>
                {preview.shortfall.map((s) => (
                  <li key={s.domain}>
                    {t('exam.shortDomain', {
                      domain: domainLabel(s.domain),
                      available: s.available,
                      wanted: s.wanted,
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <label className="check-field">
            <input
              type="checkbox"
              checked={extraTime}
              onChange={(e) => setExtraTime(e.target.checked)}
            />
            {t('exam.extraTime')}
          </label>
          <div className="actions">
            <button type="button" className="button button-primary" onClick={start}>
              {t('exam.start')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function ExamSitting({ exam }: { exam: ActiveExam }) {
  const bank = useQuestionBank();
  const lang = useLang();
  const { t } = useT('quiz');
  const navigate = useNavigate();
  const questions = useMemo(() => examQuestions(exam.questionIds, bank), [exam.questionIds, bank]);
  const ids = useMemo(() => questions.map((q) => q.id), [questions]);
  const [index, setIndex] = useState(() => resumeIndex(ids, exam.responses));
  const [confirm, setConfirm] = useState<'submit' | 'discard' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const submitted = useRef(false);
  const now = useNow(1000);
  const remaining = remainingMs(
    { startedAtMs: exam.startedAt, endsAtMs: exam.deadline, extraTime: exam.extraTime },
    now,
  );
  const counts = sheetCounts(ids, exam.responses, exam.flagged);
  const question = questions[index];
  const seed = examSeed(exam.id);

  const submit = (timeUp: boolean) => {
    if (submitted.current) return;
    submitted.current = true;
    const finishedAt = Math.min(Date.now(), exam.deadline);
    finishExam(exam.id, examResultFor(questions, exam.responses, finishedAt));
    void navigate(paths.examResult(lang, exam.id), { state: { timeUp } });
  };
  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  });
  const timeUp = remaining === 0;
  useEffect(() => {
    if (timeUp) submitRef.current(true);
  }, [timeUp]);

  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [index]);

  const go = (to: number) => setIndex(Math.max(0, Math.min(questions.length - 1, to)));
  const order = question ? shuffleOptions(question, seed) : [];
  const selected = (question && exam.responses[question.id]) ?? [];
  const toggle = (optionId: string) => {
    if (question)
      answerExamQuestion(exam.id, question.id, toggleSelection(question.type, selected, optionId));
  };
  useQuizKeys(
    {
      pick: (position) => {
        const optionId = order[position];
        if (optionId !== undefined) toggle(optionId);
      },
      enter: () => go(index + 1),
      next: () => go(index + 1),
    },
    confirm === null,
  );

  if (!question) return null;
  const flagged = exam.flagged.includes(question.id);
  return (
    <div className="exam-sitting">
      <div className="exam-bar">
        <ExamClock remaining={remaining} />
        <p className="exam-counts">
          {t('exam.legend', {
            answered: counts.answered,
            flagged: counts.flagged,
            unanswered: counts.unanswered,
          })}
        </p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setConfirm('submit')}
        >
          {t('exam.submit')}
        </button>
      </div>

      {confirm === 'submit' && (
        <ConfirmPanel
          title={t('exam.confirmTitle')}
          confirmLabel={t('exam.confirmSubmit')}
          cancelLabel={t('exam.keepGoing')}
          onConfirm={() => submit(false)}
          onCancel={() => setConfirm(null)}
        >
          {counts.unanswered > 0 && (
            <p className="warning">{t('exam.confirmUnanswered', { count: counts.unanswered })}</p>
          )}
          <p>{t('exam.confirmBody')}</p>
        </ConfirmPanel>
      )}
      {confirm === 'discard' && (
        <ConfirmPanel
          title={t('exam.discardTitle')}
          confirmLabel={t('exam.discardConfirm')}
          cancelLabel={t('exam.keepGoing')}
          onConfirm={() => discardExam(exam.id)}
          onCancel={() => setConfirm(null)}
        >
          <p>{t('exam.discardBody')}</p>
        </ConfirmPanel>
      )}

      <QuestionView
        question={question}
        order={order}
        selected={selected}
        onToggle={toggle}
        number={index + 1}
        total={questions.length}
        headingRef={headingRef}
        badge={
          flagged ? (
            <span className="badge badge-flag">
              <span aria-hidden="true">⚑ </span>
              {t('exam.flagged')}
            </span>
          ) : null
        }
      />
      <div className="actions exam-actions">
        <button
          type="button"
          className="button"
          disabled={index === 0}
          onClick={() => go(index - 1)}
        >
          {t('exam.previous')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={flagged}
          onClick={() => flagExamQuestion(exam.id, question.id, !flagged)}
        >
          <span aria-hidden="true">⚑ </span>
          {t('exam.flag')}
        </button>
        <button
          type="button"
          className="button"
          disabled={index === questions.length - 1}
          onClick={() => go(index + 1)}
        >
          {t('exam.next')}
        </button>
      </div>
      <p className="muted keys-hint">{t('common.keysHint')}</p>

      <nav className="exam-nav" aria-label={t('exam.navigator')}>
        <h2 className="exam-nav-title">{t('exam.navigator')}</h2>
        <ol>
          {ids.map((id, i) => {
            const answered = isAnswered(exam.responses, id);
            const isFlagged = exam.flagged.includes(id);
            const status = [
              t(answered ? 'exam.navAnswered' : 'exam.navUnanswered'),
              ...(isFlagged ? [t('exam.navFlagged')] : []),
            ].join(', ');
            return (
              <li key={id}>
                <button
                  type="button"
                  className={`nav-cell ${answered ? 'nav-answered' : ''} ${isFlagged ? 'nav-flagged' : ''}`}
                  aria-label={t('exam.navItem', { number: i + 1, status })}
                  aria-current={i === index ? 'step' : undefined}
                  onClick={() => go(i)}
                >
                  {i + 1}
                  {isFlagged && <span aria-hidden="true">⚑</span>}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <div className="actions">
        <button type="button" className="button button-quiet" onClick={() => setConfirm('discard')}>
          {t('exam.discard')}
        </button>
      </div>
    </div>
  );
}

/** Shows mm:ss every second; tells screen readers the time only at thresholds. */
function ExamClock({ remaining }: { remaining: number }) {
  const { t } = useT('quiz');
  const bucket = clockBucket(remaining);
  return (
    <div className="exam-clock">
      <span className="exam-clock-label" id="exam-clock-label">
        {t('exam.timeLeft')}
      </span>
      <span role="timer" aria-labelledby="exam-clock-label" className="exam-clock-time">
        {formatClock(remaining)}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {bucket === null
          ? ''
          : bucket === 1
            ? t('exam.timeAnnounceOne')
            : t('exam.timeAnnounce', { minutes: bucket })}
      </span>
    </div>
  );
}
