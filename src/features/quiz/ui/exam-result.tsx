// A finished mock exam: percent, the estimated scaled score against the 700 pass line,
// per-domain and per-task breakdown, then every question with its explanations.
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '../../../app/paths';
import { useLang, useT } from '../../../i18n';
import { useProgress } from '../../progress';
import { EXAM, isCorrect, scoreExam, shuffleOptions } from '../engine';
import { examQuestions, examSeed, isAnswered } from './exam-logic';
import { formatDate, taskTitle, useDomainLabel, wholePercent } from './labels';
import { PageTitle } from './page-title';
import { QuestionView } from './question-view';
import { useQuestionBank } from './use-bank';

export function ExamResultView({ examId }: { examId: string }) {
  const lang = useLang();
  const bank = useQuestionBank();
  const { t } = useT('quiz');
  const location = useLocation();
  const domainLabel = useDomainLabel();
  const exam = useProgress((s) => s.exams.find((e) => e.id === examId));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const timeUp = (location.state as { timeUp?: boolean } | null)?.timeUp === true;

  if (!exam)
    return (
      <div className="quiz-page">
        <PageTitle>{t('title.examResult')}</PageTitle>
        <h1>{t('title.examResult')}</h1>
        <p>{t('exam.notFound')}</p>
        <Link className="button" to={paths.exam(lang)}>
          {t('exam.backToExam')}
        </Link>
      </div>
    );

  const questions = examQuestions(exam.questionIds, bank);
  const score = scoreExam(questions, exam.responses);
  const seed = examSeed(exam.id);
  const percent = wholePercent(score.percent) ?? 0;
  return (
    <div className="quiz-page exam-result">
      <PageTitle>{t('title.examResult')}</PageTitle>
      <h1 tabIndex={-1} ref={headingRef}>
        {t('title.examResult')}
      </h1>
      {timeUp && <p className="callout">{t('exam.timeUp')}</p>}
      <p className="muted">
        {t('result.finishedAt', { date: formatDate(lang, exam.finishedAt, true) })}
      </p>

      <div className="score-cards">
        <div className="score-card">
          <p className="score-big">{t('result.percent', { percent })}</p>
          <p>{t('result.correctOf', { correct: score.correct, total: score.total })}</p>
          {score.unanswered > 0 && (
            <p className="muted">{t('result.unanswered', { count: score.unanswered })}</p>
          )}
          {questions.length < EXAM.questions && (
            <p className="muted">
              {t('result.short', { count: questions.length, full: EXAM.questions })}
            </p>
          )}
        </div>
        <div className="score-card">
          <p className="score-label" id="scaled-label">
            {t('result.scaledLabel')}
          </p>
          <p className="score-big">{t('result.scaled', { score: score.estimatedScaled })}</p>
          <meter
            aria-labelledby="scaled-label"
            min={EXAM.scaledMin}
            max={EXAM.scaledMax}
            low={EXAM.passingScaled}
            optimum={EXAM.scaledMax}
            value={score.estimatedScaled}
          />
          <p className={score.passedEstimate ? 'verdict-pass' : 'verdict-fail'}>
            {t(score.passedEstimate ? 'result.passEstimate' : 'result.failEstimate')}
          </p>
          <p className="muted">{t('result.estimateNote')}</p>
        </div>
      </div>

      <h2>{t('result.byDomain')}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('result.colDomain')}</th>
              <th scope="col">{t('result.colCorrect')}</th>
              <th scope="col">{t('result.colPercent')}</th>
              <th scope="col">{t('result.colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {score.domains.map((d) => (
              <tr key={d.domain}>
                <th scope="row">{domainLabel(d.domain)}</th>
                <td>{`${d.correct} / ${d.total}`}</td>
                <td>{t('common.percent', { value: wholePercent(d.percent) })}</td>
                <td>{t(`result.status.${d.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('result.byTask')}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('result.colTask')}</th>
              <th scope="col">{t('result.colCorrect')}</th>
              <th scope="col">{t('result.colPercent')}</th>
            </tr>
          </thead>
          <tbody>
            {score.tasks.map((task) => (
              <tr key={task.task}>
                <th scope="row">{`${task.task} ${taskTitle(lang, task.task)}`}</th>
                <td>{`${task.correct} / ${task.total}`}</td>
                <td>{t('common.percent', { value: wholePercent(task.percent) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('result.reviewTitle')}</h2>
      <ol className="exam-review">
        {questions.map((q, i) => {
          const selected = exam.responses[q.id] ?? [];
          const answered = isAnswered(exam.responses, q.id);
          const right = answered && isCorrect(q, selected);
          const status = !answered
            ? t('question.unanswered')
            : right
              ? t('question.correct')
              : t('question.incorrect');
          return (
            <li key={q.id}>
              <details>
                <summary>
                  {t('common.questionOf', { number: i + 1, total: questions.length })}
                  {' · '}
                  <span className={right ? 'verdict-pass' : 'verdict-fail'}>{status}</span>
                  {exam.flagged.includes(q.id) && ` · ⚑ ${t('result.flaggedMark')}`}
                </summary>
                <QuestionView
                  question={q}
                  order={shuffleOptions(q, seed)}
                  selected={selected}
                  reveal
                  number={i + 1}
                  total={questions.length}
                  headingLevel={3}
                />
              </details>
            </li>
          );
        })}
      </ol>

      <div className="actions">
        <Link className="button button-primary" to={paths.exam(lang)}>
          {t('result.again')}
        </Link>
        <Link className="button" to={paths.progress(lang)}>
          {t('result.progress')}
        </Link>
      </div>
    </div>
  );
}
