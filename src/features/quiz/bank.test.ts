import { LANGS } from '../../shared/content/types';
import { loadQuestionBank, loadQuestionIndex } from './bank';

describe('question bank modules (built from content/)', () => {
  it('the index lists every question of each language, with the same task, domain and lesson', async () => {
    const index = await loadQuestionIndex();
    expect(index.questions.length).toBeGreaterThan(0);
    expect(index.byId.size).toBe(index.questions.length);
    for (const lang of LANGS) {
      const bank = await loadQuestionBank(lang);
      expect(bank.questions.map((q) => q.id).sort()).toEqual(
        index.questions.map((q) => q.id).sort(),
      );
      for (const q of bank.questions)
        expect(index.byId.get(q.id)).toEqual({
          id: q.id,
          task: q.task,
          domain: q.domain,
          lesson: q.lesson,
        });
    }
  });

  it('the index carries no texts, so set-up pages load no stems or explanations', async () => {
    const { questions } = await loadQuestionIndex();
    for (const q of questions)
      expect(Object.keys(q).sort()).toEqual(['domain', 'id', 'lesson', 'task']);
  });

  it('gives the same promise on every call, as React’s use() needs', () => {
    expect(loadQuestionIndex()).toBe(loadQuestionIndex());
    expect(loadQuestionBank('es')).toBe(loadQuestionBank('es'));
  });
});
