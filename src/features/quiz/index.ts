// Public API of the quiz feature: its lazy pages and the lazy practice summary for the course map.
import { lazy, type ComponentType } from 'react';
import { loadProgress } from '../progress';

/** Quiz pages write progress as soon as they render, so each waits for the progress store too. */
const withProgress = <T extends { default: ComponentType }>(page: () => Promise<T>) =>
  lazy(() => Promise.all([page(), loadProgress()]).then(([module]) => module));

export const PracticePage = withProgress(() => import('./ui/practice-route'));
export const ExamPage = withProgress(() => import('./ui/exam-route'));
export const ReviewPage = withProgress(() => import('./ui/review-route'));
export const ProgressPage = withProgress(() => import('./ui/progress-route'));
/** Render inside a Suspense boundary within a reserved slot (see `.quiz-summary-slot`). */
export const QuizHomeSummary = withProgress(() => import('./ui/home-summary'));
