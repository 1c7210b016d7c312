import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, shuffled } from '../../../shared/random';
import { DOMAINS } from './blueprint';
import { drawExam, drawPractice } from './draw';
import { question, syntheticBank } from './test-bank';
import { TASK_IDS, type DomainId, type QuestionMeta, type TaskId } from './types';

const countBy = <K>(
  ids: readonly string[],
  bank: readonly QuestionMeta[],
  key: (q: QuestionMeta) => K,
) => {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const counts = new Map<K, number>();
  for (const id of ids) {
    const q = byId.get(id);
    if (!q) throw new Error(`drew unknown id ${id}`);
    counts.set(key(q), (counts.get(key(q)) ?? 0) + 1);
  }
  return counts;
};

describe('drawExam', () => {
  const bank = syntheticBank(10);

  it('draws 16/19/22/8 by domain from a big enough bank, without duplicates', () => {
    const { questionIds, shortfall } = drawExam(bank, 1);
    expect(questionIds).toHaveLength(65);
    expect(new Set(questionIds).size).toBe(65);
    const perDomain = countBy(questionIds, bank, (q) => q.domain);
    expect([1, 2, 3, 4].map((d) => perDomain.get(d as DomainId))).toEqual([16, 19, 22, 8]);
    expect(shortfall).toEqual([]);
  });

  it('is deterministic by seed and independent of the bank order', () => {
    const a = drawExam(bank, 42);
    expect(drawExam(bank, 42)).toEqual(a);
    expect(drawExam(shuffled(bank, createRng(9)), 42)).toEqual(a);
    expect(drawExam(bank, 43).questionIds).not.toEqual(a.questionIds);
  });

  it('mixes the domains instead of asking them in blocks', () => {
    const { questionIds } = drawExam(bank, 5);
    const firstSixteen = countBy(questionIds.slice(0, 16), bank, (q) => q.domain);
    expect(firstSixteen.size).toBeGreaterThan(1);
  });

  it('spreads a domain evenly over its task statements', () => {
    const { questionIds } = drawExam(bank, 7);
    const perTask = countBy(questionIds, bank, (q) => q.task);
    // 16 over 4 tasks, 19 over 4, 22 over 8, 8 over 3.
    for (const t of ['1.1', '1.2', '1.3', '1.4'] as const) expect(perTask.get(t)).toBe(4);
    for (const t of ['2.1', '2.2', '2.3', '2.4'] as const) expect([4, 5]).toContain(perTask.get(t));
    for (const t of TASK_IDS.filter((x) => x.startsWith('3.')))
      expect([2, 3]).toContain(perTask.get(t));
    for (const t of ['4.1', '4.2', '4.3'] as const) expect([2, 3]).toContain(perTask.get(t));
  });

  it('lets the other tasks of a domain make up for a task with few questions', () => {
    const small = syntheticBank({ '1.1': 1, '1.2': 10, '1.3': 10, '1.4': 10 });
    const perTask = countBy(drawExam(small, 3).questionIds, small, (q) => q.task);
    expect(perTask.get('1.1')).toBe(1);
    expect([5, 5, 5]).toEqual(['1.2', '1.3', '1.4'].map((t) => perTask.get(t as TaskId)));
  });

  it('draws what a small bank has per domain and reports the shortfall', () => {
    const small = syntheticBank({ '1.1': 3, '1.2': 2, '2.1': 30, '3.3': 5, '3.4': 5, '4.1': 3 });
    const { questionIds, shortfall } = drawExam(small, 11);
    const perDomain = countBy(questionIds, small, (q) => q.domain);
    expect([1, 2, 3, 4].map((d) => perDomain.get(d as DomainId))).toEqual([5, 19, 10, 3]);
    expect(new Set(questionIds).size).toBe(questionIds.length);
    expect(shortfall).toEqual([
      { domain: 1, wanted: 16, available: 5 },
      { domain: 3, wanted: 22, available: 10 },
      { domain: 4, wanted: 8, available: 3 },
    ]);
    expect(drawExam([], 1)).toEqual({
      questionIds: [],
      shortfall: DOMAINS.map((d) => ({ domain: d.id, wanted: d.examQuestions, available: 0 })),
    });
  });

  it('holds for any bank: per-domain counts, no duplicates, tasks differ by one unless exhausted', () => {
    const bankArb = fc
      .array(fc.nat({ max: 7 }), { minLength: TASK_IDS.length, maxLength: TASK_IDS.length })
      .map((counts) =>
        syntheticBank(Object.fromEntries(TASK_IDS.map((t, i) => [t, counts[i] ?? 0]))),
      );
    fc.assert(
      fc.property(bankArb, fc.integer(), (b, seed) => {
        const { questionIds, shortfall } = drawExam(b, seed);
        expect(new Set(questionIds).size).toBe(questionIds.length);
        const perDomain = countBy(questionIds, b, (q) => q.domain);
        const perTask = countBy(questionIds, b, (q) => q.task);
        for (const d of DOMAINS) {
          const available = b.filter((q) => q.domain === d.id).length;
          expect(perDomain.get(d.id) ?? 0).toBe(Math.min(available, d.examQuestions));
          expect(shortfall.some((s) => s.domain === d.id)).toBe(available < d.examQuestions);
          const tasks = TASK_IDS.filter((t) => Number(t[0]) === d.id);
          for (const x of tasks)
            for (const y of tasks) {
              const cx = perTask.get(x) ?? 0;
              const exhausted = cx === b.filter((q) => q.task === x).length;
              if (!exhausted) expect(cx).toBeGreaterThanOrEqual((perTask.get(y) ?? 0) - 1);
            }
        }
      }),
    );
  });
});

describe('drawPractice', () => {
  const bank = [
    ...syntheticBank(4),
    question('ec2-families', '3.3', { lesson: 'compute#ec2' }),
    question('lambda-basics', '3.3', { lesson: 'compute#lambda' }),
    question('lambda-limits', '3.3', { lesson: 'compute#lambda' }),
  ];
  const of = (ids: readonly string[]) => ids.map((id) => bank.find((q) => q.id === id));

  it('filters by domain, task and lesson, and every filter must match', () => {
    expect(
      of(drawPractice(bank, { count: 100, domains: [4] }, 1)).every((q) => q?.domain === 4),
    ).toBe(true);
    expect(drawPractice(bank, { count: 100, domains: [4] }, 1)).toHaveLength(12);
    expect(
      of(drawPractice(bank, { count: 100, tasks: ['2.3', '2.4'] }, 1)).every(
        (q) => q?.task === '2.3' || q?.task === '2.4',
      ),
    ).toBe(true);
    expect(drawPractice(bank, { count: 100, domains: [1], tasks: ['3.3'] }, 1)).toEqual([]);
    expect(drawPractice(bank, { count: 100, lesson: 'compute' }, 1).sort()).toEqual([
      'ec2-families',
      'lambda-basics',
      'lambda-limits',
    ]);
    expect(drawPractice(bank, { count: 100, lesson: 'compute#lambda' }, 1).sort()).toEqual([
      'lambda-basics',
      'lambda-limits',
    ]);
    expect(drawPractice(bank, { count: 100, domains: [] }, 1)).toEqual([]);
  });

  it('returns at most `count` distinct ids, reproducibly', () => {
    const ids = drawPractice(bank, { count: 10 }, 8);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(drawPractice(bank, { count: 10 }, 8)).toEqual(ids);
    expect(drawPractice(bank, { count: 1000 }, 8)).toHaveLength(bank.length);
    expect(drawPractice(bank, { count: 0 }, 8)).toEqual([]);
  });

  it('asks preferred questions first', () => {
    const prefer = new Set(['q2-1-1', 'q2-1-3', 'q3-8-2', 'not-in-bank']);
    expect(drawPractice(bank, { count: 3, prefer }, 2).sort()).toEqual([
      'q2-1-1',
      'q2-1-3',
      'q3-8-2',
    ]);
    const five = drawPractice(bank, { count: 5, prefer }, 2);
    expect(five.filter((id) => prefer.has(id))).toHaveLength(3);
    expect(
      drawPractice(bank, { count: 2, prefer, domains: [2] }, 2).every((id) =>
        id.startsWith('q2-1-'),
      ),
    ).toBe(true);
  });
});
