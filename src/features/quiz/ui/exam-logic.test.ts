import { question } from '../engine/test-bank';
import {
  clockBucket,
  examQuestions,
  examResultFor,
  examSeed,
  resumeIndex,
  sheetCounts,
  toggleSelection,
} from './exam-logic';
import { bankOf } from './test-questions';

const bank = bankOf([
  question('a', '1.1'),
  question('b', '3.3'),
  question('c', '3.3', {
    type: 'multiple',
    optionIds: ['a', 'b', 'c', 'd', 'e'],
    answer: ['a', 'b'],
  }),
]);
const { questions } = bank;

describe('mock exam helpers', () => {
  it('keeps exam order and skips questions no longer in the bank', () => {
    expect(examQuestions(['c', 'gone', 'a'], bank).map((q) => q.id)).toEqual(['c', 'a']);
  });

  it('gives every exam its own stable option seed', () => {
    expect(examSeed('x1')).toBe(examSeed('x1'));
    expect(examSeed('x1')).not.toBe(examSeed('x2'));
  });

  it('scores for the store: all four domains, answered questions logged, unanswered wrong', () => {
    const result = examResultFor(questions, { a: ['a'], c: ['a'] }, 1000);
    expect(result.scorePercent).toBeCloseTo(100 / 3);
    expect(result.byDomain).toEqual({
      '1': { correct: 1, total: 1 },
      '2': { correct: 0, total: 0 },
      '3': { correct: 0, total: 2 },
      '4': { correct: 0, total: 0 },
    });
    expect(result.answers).toEqual([
      { questionId: 'a', selected: ['a'], correct: true },
      { questionId: 'c', selected: ['a'], correct: false },
    ]);
    expect(result.finishedAt).toBe(1000);
  });

  it('counts the answer sheet and resumes at the first unanswered question', () => {
    const ids = ['a', 'b', 'c'];
    expect(sheetCounts(ids, { a: ['a'], b: [] }, ['b', 'zzz'])).toEqual({
      answered: 1,
      unanswered: 2,
      flagged: 1,
    });
    expect(resumeIndex(ids, { a: ['a'] })).toBe(1);
    expect(resumeIndex(ids, { a: ['a'], b: ['b'], c: ['a'] })).toBe(0);
  });

  it('toggles multiple response and replaces single choice', () => {
    expect(toggleSelection('single', ['a'], 'b')).toEqual(['b']);
    expect(toggleSelection('multiple', ['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleSelection('multiple', ['a', 'b'], 'a')).toEqual(['b']);
  });

  it('announces the clock only at thresholds', () => {
    expect(clockBucket(90 * 60_000)).toBeNull();
    expect(clockBucket(60 * 60_000)).toBe(60);
    expect(clockBucket(59 * 60_000)).toBe(60);
    expect(clockBucket(14.5 * 60_000)).toBe(15);
    expect(clockBucket(30_000)).toBe(1);
  });
});
