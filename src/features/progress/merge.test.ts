import fc from 'fast-check';
import { encodeStored } from './codec';
import { mergeProgress, normalizeProgress } from './merge';
import { progressArb, PROPERTY_TIMEOUT } from './test-support';
import { emptyProgress, type ActiveExam, type ProgressData } from './types';

// Compare by stored text: it is what tabs exchange, and it is canonical for normalized states.
const text = (data: ProgressData) => encodeStored(data);

describe('mergeProgress laws', () => {
  it(
    'is commutative',
    () => {
      fc.assert(
        fc.property(progressArb(), progressArb(), (a, b) => {
          expect(text(mergeProgress(a, b))).toBe(text(mergeProgress(b, a)));
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'is idempotent, and a state merged with itself is unchanged',
    () => {
      fc.assert(
        fc.property(progressArb(), progressArb(), (a, b) => {
          expect(text(mergeProgress(a, a))).toBe(text(a));
          const ab = mergeProgress(a, b);
          expect(text(mergeProgress(ab, b))).toBe(text(ab));
          expect(text(mergeProgress(ab, a))).toBe(text(ab));
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'is associative, so tabs converge whatever order they see writes in',
    () => {
      fc.assert(
        fc.property(progressArb(), progressArb(), progressArb(), (a, b, c) => {
          expect(text(mergeProgress(mergeProgress(a, b), c))).toBe(
            text(mergeProgress(a, mergeProgress(b, c))),
          );
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'keeps every answer id of both sides within one generation',
    () => {
      fc.assert(
        fc.property(progressArb(), progressArb(), (a, b) => {
          const merged = mergeProgress(a, { ...b, generation: a.generation });
          const ids = new Set(merged.answers.map((answer) => answer.id));
          for (const answer of [...a.answers, ...b.answers]) expect(ids.has(answer.id)).toBe(true);
          expect(merged.answers.length).toBe(ids.size);
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('normalizing is idempotent', () => {
    fc.assert(
      fc.property(progressArb(), (a) => {
        expect(text(normalizeProgress(a))).toBe(text(a));
      }),
    );
  });
});

const answer = (id: string, at: number) => ({
  id,
  questionId: 'q1',
  selected: ['a'],
  correct: true,
  mode: 'practice' as const,
  at,
});

describe('mergeProgress rules', () => {
  it('lets a later unmark beat an earlier read from a tab that still has the lesson read', () => {
    const stale: ProgressData = {
      ...emptyProgress(),
      lessonsRead: { l1: 10 },
      lessonChangedAt: { l1: 10 },
    };
    const unmarked: ProgressData = { ...emptyProgress(), lessonChangedAt: { l1: 20 } };
    expect(mergeProgress(stale, unmarked).lessonsRead).toEqual({});
    expect(mergeProgress(unmarked, stale).lessonsRead).toEqual({});
    const reread = { ...stale, lessonsRead: { l1: 30 }, lessonChangedAt: { l1: 30 } };
    expect(mergeProgress(unmarked, reread).lessonsRead).toEqual({ l1: 30 });
  });

  it('unions answers by id', () => {
    const a = { ...emptyProgress(), answers: [answer('a1', 1), answer('a2', 2)] };
    const b = { ...emptyProgress(), answers: [answer('a2', 2), answer('a3', 3)] };
    expect(mergeProgress(a, b).answers.map((x) => x.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('after a reset keeps only what the older generation recorded after it', () => {
    const old = { ...emptyProgress(), answers: [answer('before', 5), answer('after', 15)] };
    const reset = emptyProgress({ at: 10, id: 'g' });
    const merged = mergeProgress(old, reset);
    expect(merged.generation).toEqual({ at: 10, id: 'g' });
    expect(merged.answers.map((x) => x.id)).toEqual(['after']);
  });

  const exam = (overrides: Partial<ActiveExam>): ActiveExam => ({
    id: 'x1',
    startedAt: 1,
    questionIds: ['q1', 'q2'],
    deadline: 100,
    extraTime: false,
    responses: {},
    flagged: [],
    updatedAt: 1,
    responseAt: {},
    flagAt: {},
    ...overrides,
  });

  it('merges the same active exam question by question', () => {
    const a = {
      ...emptyProgress(),
      activeExams: {
        x1: exam({ responses: { q1: ['a'] }, responseAt: { q1: 5 }, updatedAt: 5 }),
      },
    };
    const b = {
      ...emptyProgress(),
      activeExams: {
        x1: exam({
          responses: { q2: ['b'] },
          responseAt: { q2: 3 },
          flagged: ['q1'],
          flagAt: { q1: 3 },
          updatedAt: 3,
        }),
      },
    };
    const merged = mergeProgress(a, b).activeExams.x1;
    expect(merged?.responses).toEqual({ q1: ['a'], q2: ['b'] });
    expect(merged?.flagged).toEqual(['q1']);
    expect(merged?.updatedAt).toBe(5);
  });

  it('does not bring back an exam another tab finished or discarded', () => {
    const open = { ...emptyProgress(), activeExams: { x1: exam({}) } };
    const discarded = { ...emptyProgress(), discardedExamIds: ['x1'] };
    expect(mergeProgress(open, discarded).activeExams).toEqual({});
  });
});
