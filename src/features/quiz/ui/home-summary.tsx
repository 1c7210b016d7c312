// The course map's practice summary: reviews due today, answers so far, the last mock exam.
// Lazy, so the home page's initial code does not carry it; its slot is reserved. The scheduler
// behind the counts (home-stats.ts) loads only once the learner has answered something.
import '../../../i18n/namespaces/quiz';
import './quiz.css';
import { use, useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { questionCounts } from '../../../shared/content/course';
import { useLang, useT } from '../../../i18n';
import { selectAnswers, selectExams, useProgress } from '../../progress';
import { cachedLoader } from '../../../shared/cached-loader';
import type { HomeStats } from './home-stats';
import { wholePercent } from './labels';
import { endOfDay, useNow } from './time';

const MINUTE_MS = 60_000;
const NOTHING_YET: HomeStats = { due: 0, answered: 0, correct: 0 };
const loadStats = cachedLoader(() => import('./home-stats'));

export default function HomeSummary() {
  const lang = useLang();
  const { t } = useT('quiz');
  const answers = useProgress(selectAnswers);
  const exams = useProgress(selectExams);
  const now = useNow(MINUTE_MS);
  const total = Object.values(questionCounts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const stats = answers.length > 0 ? use(loadStats('stats')) : null;
  const { due, answered, correct } = useMemo(
    () => (stats ? stats.homeStats(answers, endOfDay(now)) : NOTHING_YET),
    [stats, answers, now],
  );
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
