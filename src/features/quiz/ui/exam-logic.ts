// Mock exam helpers between the engine and the store: questions, scoring for the store, navigator, clock.
import type { ExamResult } from '../../progress';
import type { Question, QuestionBank } from '../bank';
import {
  DOMAIN_IDS,
  isCorrect,
  mixSeed,
  scoreExam,
  type QuestionType,
  type Responses,
} from '../engine';

/** Single choice replaces the pick; multiple response toggles it. */
export function toggleSelection(
  type: QuestionType,
  selected: readonly string[],
  optionId: string,
): string[] {
  if (type === 'single') return [optionId];
  return selected.includes(optionId)
    ? selected.filter((id) => id !== optionId)
    : [...selected, optionId];
}

/** The exam's questions still in the bank, in exam order (content may change between visits). */
export function examQuestions(questionIds: readonly string[], bank: QuestionBank): Question[] {
  return questionIds.flatMap((id) => {
    const q = bank.byId.get(id);
    return q ? [q] : [];
  });
}

/** One option order per exam, derived from its id, so a reload shows the same order. */
export function examSeed(examId: string): number {
  return mixSeed(0, examId);
}

/** What the progress store keeps for a finished exam; answered questions also join the answer log. */
export function examResultFor(
  questions: readonly Question[],
  responses: Responses,
  finishedAt: number,
): ExamResult {
  const score = scoreExam(questions, responses);
  const tally = (id: number) => {
    const d = score.domains.find((x) => x.domain === id);
    return { correct: d?.correct ?? 0, total: d?.total ?? 0 };
  };
  const byDomain = Object.fromEntries(
    DOMAIN_IDS.map((id) => [String(id), tally(id)]),
  ) as ExamResult['byDomain'];
  return {
    finishedAt,
    scorePercent: score.percent,
    estimatedScaled: score.estimatedScaled,
    byDomain,
    answers: questions.flatMap((q) => {
      const selected = Object.hasOwn(responses, q.id) ? responses[q.id] : undefined;
      if (selected === undefined || selected.length === 0) return [];
      return [{ questionId: q.id, selected, correct: isCorrect(q, selected) }];
    }),
  };
}

export type NavStatus = 'answered' | 'unanswered';

export function isAnswered(responses: Responses, questionId: string): boolean {
  return (Object.hasOwn(responses, questionId) ? responses[questionId] : undefined)?.length
    ? true
    : false;
}

export function sheetCounts(
  questionIds: readonly string[],
  responses: Responses,
  flagged: readonly string[],
) {
  const answered = questionIds.filter((id) => isAnswered(responses, id)).length;
  return {
    answered,
    unanswered: questionIds.length - answered,
    flagged: questionIds.filter((id) => flagged.includes(id)).length,
  };
}

/** Where to resume: the first unanswered question, else the first. */
export function resumeIndex(questionIds: readonly string[], responses: Responses): number {
  const i = questionIds.findIndex((id) => !isAnswered(responses, id));
  return i === -1 ? 0 : i;
}

/** Minutes left at which the clock is announced to screen readers (never every second). */
export const CLOCK_ANNOUNCEMENTS_MINUTES = [60, 30, 15, 10, 5, 1] as const;

/**
 * The announcement bucket for the time left: the smallest threshold not below it, or null
 * above the largest. The live region changes only when this value does.
 */
export function clockBucket(remainingMs: number): number | null {
  const minutes = remainingMs / 60_000;
  let bucket: number | null = null;
  for (const threshold of CLOCK_ANNOUNCEMENTS_MINUTES) if (minutes <= threshold) bucket = threshold;
  return bucket;
}
