// Shapes of the learner's progress as the app sees it (decoded, not as stored).

/** The stored format this build writes; older ones are migrated, newer ones are never touched. */
export const CURRENT_VERSION = 1;

export const STORAGE_KEY = 'cirrus:progress';
export const BACKUP_PREFIX = 'cirrus:progress:backup:';

export const CONFIDENCES = ['sure', 'unsure', 'guessed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const ANSWER_MODES = ['practice', 'exam', 'review'] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

export const DOMAIN_KEYS = ['1', '2', '3', '4'] as const;
export type DomainKey = (typeof DOMAIN_KEYS)[number];

/** One answer in the append-only log; the review schedule is rebuilt from the log elsewhere. */
export interface AnswerRecord {
  /** Unique across tabs and devices: tabs merge their logs by union on it. */
  id: string;
  questionId: string;
  /** Option ids, in the order the learner picked them. */
  selected: readonly string[];
  correct: boolean;
  confidence?: Confidence;
  mode: AnswerMode;
  /** Epoch milliseconds. */
  at: number;
}

export type NewAnswer = Omit<AnswerRecord, 'id' | 'at'> & { at?: number };

export interface DomainTally {
  correct: number;
  total: number;
}

export type ByDomain = Readonly<Record<DomainKey, DomainTally>>;

export interface FinishedExam {
  id: string;
  startedAt: number;
  finishedAt: number;
  questionIds: readonly string[];
  /** Selected option ids per question id; unanswered questions have no entry. */
  responses: Readonly<Record<string, readonly string[]>>;
  flagged: readonly string[];
  extraTime: boolean;
  scorePercent: number;
  estimatedScaled: number;
  byDomain: ByDomain;
}

export interface ActiveExam {
  id: string;
  startedAt: number;
  questionIds: readonly string[];
  /** Epoch milliseconds at which time runs out. */
  deadline: number;
  extraTime: boolean;
  responses: Readonly<Record<string, readonly string[]>>;
  flagged: readonly string[];
  updatedAt: number;
  /**
   * When each question's response and flag last changed: two tabs working on the same
   * exam merge question by question instead of one tab's sheet replacing the other's.
   */
  responseAt: Readonly<Record<string, number>>;
  flagAt: Readonly<Record<string, number>>;
}

/**
 * Reset and replace-import start a new generation; on merge the newer generation wins and
 * keeps from the older one only what was recorded after it began.
 */
export interface Generation {
  at: number;
  id: string;
}

export interface ProgressData {
  generation: Generation;
  /** Lesson id → first-read time, for lessons currently marked read. */
  lessonsRead: Readonly<Record<string, number>>;
  /** Lesson id → time of the last mark or unmark; an unmark survives a merge through it. */
  lessonChangedAt: Readonly<Record<string, number>>;
  /** Sorted by time, ties by id. */
  answers: readonly AnswerRecord[];
  /** Sorted by finish time, ties by id. */
  exams: readonly FinishedExam[];
  /** Unfinished exams by id; normally one (see selectActiveExam). */
  activeExams: Readonly<Record<string, ActiveExam>>;
  /** Tombstones: a discarded exam must not come back from a tab that still has it open. */
  discardedExamIds: readonly string[];
}

export const INITIAL_GENERATION: Generation = { at: 0, id: '' };

export function emptyProgress(generation: Generation = INITIAL_GENERATION): ProgressData {
  return {
    generation,
    lessonsRead: {},
    lessonChangedAt: {},
    answers: [],
    exams: [],
    activeExams: {},
    discardedExamIds: [],
  };
}

export type ProgressStatusMode =
  'ok' | 'recovered' | 'read-only-newer' | 'not-saving' | 'unavailable';

export interface ProgressStatus {
  mode: ProgressStatusMode;
  /** Keys of the backups of saved data that could not be kept as it was (see getBackups). */
  backups: readonly string[];
  lastError?: string;
}

export interface Backup {
  key: string;
  /** The saved text exactly as it was found. */
  text: string;
  /** False when the backup could only be kept in this tab's memory (storage full or blocked). */
  stored: boolean;
}

/** The parts of `Storage` the adapter uses, so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;
