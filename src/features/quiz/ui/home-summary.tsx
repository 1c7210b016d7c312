// The course map's practice summary: reviews due today, answers so far, the last mock exam.
// Lazy, so the home page's initial code does not carry the scheduler; its slot is reserved.
import '../../../i18n/namespaces/quiz';
import './quiz.css';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { questionCounts } from '../../../shared/content/course';
import { useLang, useT } from '../../../i18n';
import { selectAnswers, selectExams, useProgress } from '../../progress';
import { cardsFromLog, dueCount, latestAnswers } from '../engine';
import { wholePercent } from './labels';
import { endOfDay, useNow } from './time';

const MINUTE_MS = 60_000;

export default function HomeSummary() {
  const lang = useLang();
  const { t } = useT('quiz');
  const answers = useProgress(selectAnswers);
  const exams = useProgress(selectExams);
  const now = useNow(MINUTE_MS);
  const total = Object.values(questionCounts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const { due, answered, correct } = useMemo(() => {
    const latest = latestAnswers(answers);
    return {
      due: dueCount(cardsFromLog(answers), endOfDay(now)),
      answered: latest.size,
      correct: [...latest.values()].filter((a) => a.correct).length,
    };
  }, [answers, now]);
  const last = exams[exams.length - 1];
  return (
    <section className="quiz-summary" aria-label={t('summary.label')}>
      <p className="quiz-summary-due">
        {due > 0 ? (
          <>
            {t('summary.due', { count: due })} ·{' '}
            <Link to={paths.review(lang)}>{t('summary.reviewNow')}</Link>
          </>
        ) : (
          t('summary.noneDue')
        )}
      </p>
      <p className="muted">
        {answered === 0
          ? t('summary.notStarted')
          : t('summary.answered', {
              answered,
              total: Math.max(total, answered),
              accuracy: wholePercent((correct / answered) * 100),
            })}
      </p>
      {last && (
        <p className="muted">
          {t('summary.lastExam', {
            percent: wholePercent(last.scorePercent),
            scaled: last.estimatedScaled,
          })}
        </p>
      )}
      <p className="quiz-summary-links">
        <Link to={paths.practice(lang)}>{t('summary.practice')}</Link>
        <Link to={paths.exam(lang)}>{t('summary.exam')}</Link>
        <Link to={paths.progress(lang)}>{t('summary.progress')}</Link>
      </p>
    </section>
  );
}
