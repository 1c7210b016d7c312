// Spaced review of missed or shaky questions with FSRS (ts-fsrs), rebuilt purely from the answer log.
import { createEmptyCard, fsrs, Rating, type Card, type Grade, type State } from 'ts-fsrs';
import { replayOrder } from './log';
import type { AnswerLogEntry, Confidence } from './types';

/** Scheduler settings; FSRS weights are the library's defaults. */
export const REVIEW_SCHEDULE = {
  source: 'ts-fsrs 5 defaults (FSRS-6 weights); the two switches are ours',
  /** Probability of recall the intervals aim for. */
  requestRetention: 0.9,
  /**
   * Off: no minute-level learning steps. Right after a wrong answer the learner has just read
   * why, so asking again ten minutes later tests short-term memory; the first retry is a day later.
   */
  shortTermSteps: false,
  /** Off: intervals must be a pure function of the log (fuzz would also be seeded, but plainer is safer). */
  fuzz: false,
} as const;

const scheduler = fsrs({
  request_retention: REVIEW_SCHEDULE.requestRetention,
  enable_short_term: REVIEW_SCHEDULE.shortTermSteps,
  enable_fuzz: REVIEW_SCHEDULE.fuzz,
});

/** A question's review state: plain numbers (epoch ms for times), safe to JSON-encode. */
export interface ReviewCard {
  due: number;
  lastReview: number;
  stability: number;
  difficulty: number;
  state: State;
  reps: number;
  lapses: number;
  scheduledDays: number;
  learningSteps: number;
}

export interface AnswerOutcome {
  correct: boolean;
  /** Absent when the learner was not asked. */
  confidence?: Confidence;
}

/**
 * The FSRS grade for an answer. A wrong answer was forgotten (Again). For a right one the
 * learner's confidence stands in for FSRS's recall effort: a guess that happened to be right
 * is barely remembered (Hard), "unsure" is ordinary recall (Good), "sure" is effortless (Easy).
 * No confidence given counts as Good: no evidence either way.
 */
export function gradeFor(outcome: AnswerOutcome): Grade {
  if (!outcome.correct) return Rating.Again;
  switch (outcome.confidence) {
    case 'guessed':
      return Rating.Hard;
    case 'sure':
      return Rating.Easy;
    default:
      return Rating.Good;
  }
}

/**
 * A question enters review when it is answered wrong or right without being sure; a right
 * answer with no confidence given (mock exams) does not, so one exam does not flood the queue.
 */
export function entersReview(outcome: AnswerOutcome): boolean {
  return !outcome.correct || outcome.confidence === 'unsure' || outcome.confidence === 'guessed';
}

/** The card after one answer; `undefined` while the question has never needed review. */
export function reviewAfterAnswer(
  card: ReviewCard | undefined,
  outcome: AnswerOutcome,
  nowMs: number,
): ReviewCard | undefined {
  if (card === undefined && !entersReview(outcome)) return undefined;
  const from = card === undefined ? createEmptyCard(new Date(nowMs)) : toFsrs(card);
  return fromFsrs(scheduler.next(from, new Date(nowMs), gradeFor(outcome)).card);
}

/** Every card, rebuilt by replaying the log; depends only on the set of entries, not their order. */
export function cardsFromLog(log: readonly AnswerLogEntry[]): Map<string, ReviewCard> {
  const cards = new Map<string, ReviewCard>();
  for (const entry of replayOrder(log)) {
    const next = reviewAfterAnswer(cards.get(entry.questionId), entry, entry.at);
    if (next) cards.set(entry.questionId, next);
  }
  return cards;
}

/** Question ids due at `nowMs`, most overdue first. */
export function dueQuestions(cards: ReadonlyMap<string, ReviewCard>, nowMs: number): string[] {
  return [...cards]
    .filter(([, card]) => card.due <= nowMs)
    .sort(([a, x], [b, y]) => x.due - y.due || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
}

export function dueCount(cards: ReadonlyMap<string, ReviewCard>, nowMs: number): number {
  let n = 0;
  for (const card of cards.values()) if (card.due <= nowMs) n++;
  return n;
}

function toFsrs(card: ReviewCard): Card {
  // Starting from an empty card fills the deprecated `elapsed_days`, which ts-fsrs recomputes anyway.
  return {
    ...createEmptyCard(card.lastReview),
    due: new Date(card.due),
    last_review: new Date(card.lastReview),
    stability: card.stability,
    difficulty: card.difficulty,
    state: card.state,
    reps: card.reps,
    lapses: card.lapses,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
  };
}

function fromFsrs(card: Card): ReviewCard {
  return {
    due: card.due.getTime(),
    lastReview: (card.last_review ?? card.due).getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    state: card.state,
    reps: card.reps,
    lapses: card.lapses,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
  };
}
