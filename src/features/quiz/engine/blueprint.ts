// The CLF-C02 exam blueprint and the app's own score estimate: every exam number the engine uses.
import type { DomainId, TaskId } from './types';

/** Exam format. */
export const EXAM = {
  source: 'AWS CLF-C02 exam guide v1.0',
  questions: 65,
  scoredQuestions: 50,
  unscoredQuestions: 15,
  durationMinutes: 90,
  scaledMin: 100,
  scaledMax: 1000,
  passingScaled: 700,
  /** Not in the exam guide: AWS grants it on request to candidates whose first language is not English. */
  extraTimeMinutes: 30,
  extraTimeSource: 'AWS Certification exam accommodations (ESL +30 minutes)',
} as const;

/** Options and correct answers per question type. */
export const QUESTION_FORMAT = {
  source: 'AWS CLF-C02 exam guide v1.0',
  /** Multiple choice: one correct option out of four. */
  single: { options: 4, answers: 1 },
  /** Multiple response: two or more correct options out of five or more. */
  multiple: { minOptions: 5, minAnswers: 2 },
} as const;

export interface DomainSpec {
  id: DomainId;
  /** Share of the scored content, in percent. */
  weightPercent: number;
  /** Questions from this domain in a full 65-question mock. */
  examQuestions: number;
}

/** Domains in order; titles are translated content (content/course.yaml), not engine data. */
export const DOMAINS: readonly DomainSpec[] = [
  { id: 1, weightPercent: 24, examQuestions: 16 },
  { id: 2, weightPercent: 30, examQuestions: 19 },
  { id: 3, weightPercent: 34, examQuestions: 22 },
  { id: 4, weightPercent: 12, examQuestions: 8 },
];

/** Which domain each of the 19 task statements belongs to. */
// prettier-ignore
export const TASK_DOMAIN: Readonly<Record<TaskId, DomainId>> = {
  '1.1': 1, '1.2': 1, '1.3': 1, '1.4': 1,
  '2.1': 2, '2.2': 2, '2.3': 2, '2.4': 2,
  '3.1': 3, '3.2': 3, '3.3': 3, '3.4': 3, '3.5': 3, '3.6': 3, '3.7': 3, '3.8': 3,
  '4.1': 4, '4.2': 4, '4.3': 4,
};

export function domainOf(task: TaskId): DomainId {
  return TASK_DOMAIN[task];
}

/**
 * Our ESTIMATE of the scaled score. AWS does not publish its raw-to-scaled mapping, so we
 * interpolate linearly between these anchors: 0% → 100, 70% → 700 (the passing score),
 * 100% → 1000. The UI must label the result as an estimate.
 */
export const SCORE_ESTIMATE = {
  source: 'Cirrus estimate; AWS does not publish the raw-to-scaled mapping',
  anchors: [
    { percent: 0, scaled: EXAM.scaledMin },
    { percent: 70, scaled: EXAM.passingScaled },
    { percent: 100, scaled: EXAM.scaledMax },
  ],
  /** Scaled estimates are shown in steps of this size; finer steps would suggest false precision. */
  roundTo: 10,
  /**
   * AWS score reports label each domain "meets" or "needs improvement" without saying how.
   * We use the percent our estimate maps to the passing score, so "meets" everywhere ⇒ pass.
   */
  meetsDomainPercent: 70,
} as const;
