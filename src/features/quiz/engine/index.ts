// Public API of the quiz engine: pure functions over question metadata, answers and the answer log.
export * from './types';
export { DOMAINS, EXAM, SCORE_ESTIMATE, TASK_DOMAIN, domainOf, type DomainSpec } from './blueprint';
export { isCorrect, requiredCount, shuffleOptions } from './answers';
export {
  drawExam,
  drawPractice,
  type DomainShortfall,
  type ExamDraw,
  type PracticeRequest,
} from './draw';
export {
  estimateScaledScore,
  scoreExam,
  type DomainScore,
  type DomainStatus,
  type ExamScore,
  type Responses,
  type TaskScore,
  type Tally,
} from './scoring';
export { createDeadline, formatClock, isExpired, remainingMs, type Deadline } from './timer';
export {
  REVIEW_SCHEDULE,
  cardsFromLog,
  dueCount,
  dueQuestions,
  entersReview,
  gradeFor,
  reviewAfterAnswer,
  type AnswerOutcome,
  type ReviewCard,
} from './review';
export { latestAnswers, replayOrder } from './log';
export { needsPractice, readiness, type Readiness, type ReadinessReport } from './readiness';
export { mixSeed } from './seed';
