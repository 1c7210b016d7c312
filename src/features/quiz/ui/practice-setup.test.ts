import { question, syntheticBank } from '../engine/test-bank';
import {
  DEFAULT_SETUP,
  bankCounts,
  drawPracticeSet,
  matchingCount,
  nothingChosen,
  setupFromQuery,
} from './practice-setup';

const bank = syntheticBank({ '1.1': 2, '3.3': 5 });

describe('practice setup', () => {
  it('reads a task or a lesson from the query string', () => {
    expect(setupFromQuery(new URLSearchParams('task=3.3'), DEFAULT_SETUP)).toMatchObject({
      scope: 'task',
      tasks: ['3.3'],
    });
    expect(
      setupFromQuery(new URLSearchParams('lesson=compute-services#x'), DEFAULT_SETUP),
    ).toMatchObject({ scope: 'lesson', lesson: 'compute-services' });
    expect(setupFromQuery(new URLSearchParams('task=9.9'), DEFAULT_SETUP)).toBe(DEFAULT_SETUP);
  });

  it('counts only the selected scope', () => {
    expect(matchingCount(bank, DEFAULT_SETUP)).toBe(7);
    expect(matchingCount(bank, { ...DEFAULT_SETUP, domains: [1] })).toBe(2);
    expect(matchingCount(bank, { ...DEFAULT_SETUP, domains: [2] })).toBe(0);
    expect(matchingCount(bank, { ...DEFAULT_SETUP, scope: 'task', tasks: ['3.3'] })).toBe(5);
    expect(matchingCount(bank, { ...DEFAULT_SETUP, scope: 'lesson', lesson: null })).toBe(0);
  });

  it('tells an empty choice apart from a choice without questions', () => {
    expect(nothingChosen({ ...DEFAULT_SETUP, domains: [] })).toBe(true);
    expect(nothingChosen({ ...DEFAULT_SETUP, domains: [2] })).toBe(false);
    expect(nothingChosen({ ...DEFAULT_SETUP, scope: 'lesson', lesson: null })).toBe(true);
  });

  it('draws the requested count, unanswered and missed questions first', () => {
    const log = bank
      .filter((q) => q.task === '3.3')
      .slice(0, 4)
      .map((q, i) => ({ id: `a${i}`, questionId: q.id, correct: true, at: i }));
    const ids = drawPracticeSet(
      bank,
      log,
      { ...DEFAULT_SETUP, scope: 'task', tasks: ['3.3'], count: 1 },
      7,
    );
    expect(ids).toEqual(['q3-3-5']);
    expect(drawPracticeSet(bank, [], { ...DEFAULT_SETUP, count: 'all' }, 1)).toHaveLength(7);
  });

  it('counts questions per domain, task and lesson', () => {
    const counts = bankCounts([question('x', '3.3', { lesson: 'compute-services#ec2' })]);
    expect(counts.domains.get(3)).toBe(1);
    expect(counts.tasks.get('3.3')).toBe(1);
    expect(counts.lessons.get('compute-services')).toBe(1);
  });
});
