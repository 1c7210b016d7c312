// Which bank questions are due for review today, and when the next one comes due.
import type { QuestionIndex } from '../bank';
import { cardsFromLog, dueQuestions, type AnswerLogEntry } from '../engine';
import { endOfDay } from './time';

/** Due by the end of the learner's day and still in the bank, most overdue first. */
export function dueInBank(
  bank: Pick<QuestionIndex, 'byId'>,
  answers: readonly AnswerLogEntry[],
  nowMs: number,
): { due: string[]; next: number | undefined } {
  const cards = cardsFromLog(answers);
  const until = endOfDay(nowMs);
  const due = dueQuestions(cards, until).filter((id) => bank.byId.has(id));
  let next: number | undefined;
  for (const [id, card] of cards)
    if (bank.byId.has(id) && card.due > until && (next === undefined || card.due < next))
      next = card.due;
  return { due, next };
}
