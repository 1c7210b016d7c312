// Language-free shapes the quiz engine works on; question texts live in content, not here.
import { TASK_IDS, type TaskId } from '../../../shared/content/types.ts';

export { TASK_IDS };
export type { TaskId };

export const DOMAIN_IDS = [1, 2, 3, 4] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

/** `single`: one correct option of four; `multiple`: two or more correct of five or more. */
export const QUESTION_TYPES = ['single', 'multiple'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export interface QuestionMeta {
  /** Stable kebab-case id, unique across the whole bank. */
  id: string;
  task: TaskId;
  domain: DomainId;
  type: QuestionType;
  difficulty: Difficulty;
  /** Option ids in authoring order; answers are tracked by id, never by position. */
  optionIds: string[];
  answer: string[];
  /** `lesson-slug#heading-id` of the section that teaches it. */
  lesson: string;
}

/**
 * What choosing questions needs (drawing an exam or a practice set, counting, readiness): the
 * quiz's set-up pages load only this index, and the texts when a session starts.
 */
export type QuestionRef = Pick<QuestionMeta, 'id' | 'task' | 'domain' | 'lesson'>;

/** How sure the learner said they were; drives the review schedule. */
export const CONFIDENCES = ['sure', 'unsure', 'guessed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * One answer in the progress store's append-only log. Logs from several tabs merge by
 * union on `id`, so everything derived from the log must depend on its content only.
 */
export interface AnswerLogEntry {
  id: string;
  questionId: string;
  correct: boolean;
  /** Absent when the learner was not asked (for example during a mock exam). */
  confidence?: Confidence;
  /** Epoch milliseconds. */
  at: number;
}
