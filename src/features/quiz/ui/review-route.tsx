// Review: questions the FSRS schedule says are due today (missed, unsure or guessed), one at a time.
import '../../../i18n/namespaces/quiz';
import './quiz.css';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useLang, useT } from '../../../i18n';
import { progressStore, selectAnswers, useProgress } from '../../progress';
import type { QuestionIndex } from '../bank';
import { dueInBank } from './due';
import { formatDate } from './labels';
import { randomSeed } from './practice-setup';
import { QuestionSession } from './question-runner';
import { startRun, useReviewRun } from './runner';
import { useNow } from './time';
import { usePrefetchBank, useQuestionIndex } from './use-bank';

const MINUTE_MS = 60_000;

export default function ReviewPage() {
  const index = useQuestionIndex();
  const hasRun = useReviewRun((s) => s.run !== null);
  const setRun = useReviewRun((s) => s.set);
  const start = () => {
    const { due } = dueInBank(index, progressStore.getState().answers, Date.now());
    // Nothing left today: back to the review page, which says so, rather than an empty session.
    setRun(due.length === 0 ? null : startRun(due, randomSeed()));
  };
  // The frame around it (heading, intro) is the app's: src/app/page-frame.tsx.
  return hasRun ? (
    <QuestionSession useRun={useReviewRun} mode="review" onRestart={start} />
  ) : (
    <ReviewHome index={index} onStart={start} />
  );
}

function ReviewHome({ index, onStart }: { index: QuestionIndex; onStart: () => void }) {
  const lang = useLang();
  const { t } = useT('quiz');
  const answers = useProgress(selectAnswers);
  // The day can roll over while the page is open; a minute is precise enough for "today".
  const now = useNow(MINUTE_MS);
  const { due, next } = useMemo(() => dueInBank(index, answers, now), [index, answers, now]);
  const prefetch = usePrefetchBank();
  return (
    <div className="review-home" {...prefetch}>
      {due.length > 0 ? (
        <>
          <p className="review-due">{t('review.due', { count: due.length })}</p>
          <button type="button" className="button button-primary" onClick={onStart}>
            {t('review.start')}
          </button>
        </>
      ) : (
        <div className="empty-state">
          <p className="review-due">{t('review.nothingDue')}</p>
          <p>{t('review.nothingDueBody')}</p>
          {next !== undefined && <p>{t('review.nextDue', { date: formatDate(lang, next) })}</p>}
          <Link className="button" to={paths.practice(lang)}>
            {t('review.practice')}
          </Link>
        </div>
      )}
    </div>
  );
}
