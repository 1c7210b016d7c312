// Answer checking and option order for one question; answers are sets of option ids.
import { createRng, shuffled } from '../../../shared/random';
import { mixSeed } from './seed';
import type { QuestionMeta } from './types';

/** How many options the learner must pick; the stem states it for multiple response. */
export function requiredCount(question: Pick<QuestionMeta, 'answer'>): number {
  return question.answer.length;
}

/**
 * All-or-nothing, as on the exam: the selection must be exactly the answer set. This also
 * covers `single` (its answer set has one id), so picking two options is wrong, not half right.
 */
export function isCorrect(
  question: Pick<QuestionMeta, 'answer'>,
  selectedIds: readonly string[],
): boolean {
  const selected = new Set(selectedIds);
  return (
    selected.size === selectedIds.length &&
    selected.size === question.answer.length &&
    question.answer.every((id) => selected.has(id))
  );
}

/** Display order of the option ids; the question id is mixed in so questions do not share one permutation. */
export function shuffleOptions(
  question: Pick<QuestionMeta, 'id' | 'optionIds'>,
  seed: number,
): string[] {
  return shuffled(question.optionIds, createRng(mixSeed(seed, question.id)));
}
