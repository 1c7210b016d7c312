// Question banks with texts for UI tests, built on the engine's synthetic questions.
import type { Question, QuestionBank } from '../bank';
import type { QuestionMeta } from '../engine';

export function withText(q: QuestionMeta): Question {
  return {
    ...q,
    stem: `Stem of ${q.id}`,
    options: q.optionIds.map((id) => ({ id, text: `Option ${id}`, why: `Because ${id}` })),
  };
}

export function bankOf(questions: readonly QuestionMeta[]): QuestionBank {
  const withTexts = questions.map(withText);
  return { lang: 'en', questions: withTexts, byId: new Map(withTexts.map((q) => [q.id, q])) };
}
