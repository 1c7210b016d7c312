import { describe, expect, it } from 'vitest';
import { estimateScaledScore, scoreExam, type Responses } from './scoring';
import { question, syntheticBank } from './test-bank';
import type { QuestionMeta } from './types';

/** Answers the first `n` questions right and the rest wrong. */
const answerFirst = (questions: readonly QuestionMeta[], n: number): Responses =>
  Object.fromEntries(questions.map((q, i) => [q.id, i < n ? q.answer : ['d']]));

describe('estimateScaledScore (an estimate: AWS does not publish the mapping)', () => {
  it('hits the anchors 0% → 100, 70% → 700, 100% → 1000', () => {
    expect(estimateScaledScore(0)).toBe(100);
    expect(estimateScaledScore(70)).toBe(700);
    expect(estimateScaledScore(100)).toBe(1000);
  });

  it('is linear between anchors, rounded to 10s, and clamped', () => {
    expect(estimateScaledScore(35)).toBe(400);
    expect(estimateScaledScore(50)).toBe(530); // 528.6
    expect(estimateScaledScore(85)).toBe(850);
    expect(estimateScaledScore(69)).toBe(690); // 691.4
    expect(estimateScaledScore(-5)).toBe(100);
    expect(estimateScaledScore(140)).toBe(1000);
    expect(estimateScaledScore(Number.NaN)).toBe(100);
  });

  it('never decreases as the percent grows', () => {
    for (let p = 0; p < 100; p += 0.25)
      expect(estimateScaledScore(p + 0.25)).toBeGreaterThanOrEqual(estimateScaledScore(p));
  });
});

describe('scoreExam', () => {
  const fifty = syntheticBank(3).slice(0, 50);

  it('puts the 700 line at 70% correct', () => {
    const at70 = scoreExam(fifty, answerFirst(fifty, 35));
    expect(at70).toMatchObject({
      correct: 35,
      total: 50,
      percent: 70,
      estimatedScaled: 700,
      passedEstimate: true,
    });
    const below = scoreExam(fifty, answerFirst(fifty, 34));
    expect(below).toMatchObject({ percent: 68, estimatedScaled: 680, passedEstimate: false });
  });

  it('scores the extremes', () => {
    expect(scoreExam(fifty, answerFirst(fifty, 50))).toMatchObject({
      estimatedScaled: 1000,
      passedEstimate: true,
    });
    expect(scoreExam(fifty, answerFirst(fifty, 0))).toMatchObject({
      correct: 0,
      estimatedScaled: 100,
      unanswered: 0,
    });
    expect(scoreExam([], {})).toMatchObject({
      correct: 0,
      total: 0,
      percent: 0,
      estimatedScaled: 100,
      passedEstimate: false,
    });
  });

  it('counts unanswered questions as wrong', () => {
    const result = scoreExam(fifty, { [fifty[0]?.id ?? '']: ['a'], [fifty[1]?.id ?? '']: [] });
    expect(result).toMatchObject({ correct: 1, total: 50, unanswered: 49 });
    // An id that is also an Object.prototype key must not read the prototype.
    expect(scoreExam([question('constructor', '1.1')], {})).toMatchObject({
      correct: 0,
      unanswered: 1,
    });
  });

  it('marks a multiple-response question wrong on any extra or missing selection', () => {
    const multi = question('two-of-five', '3.5', {
      type: 'multiple',
      optionIds: ['a', 'b', 'c', 'd', 'e'],
      answer: ['a', 'c'],
    });
    expect(scoreExam([multi], { [multi.id]: ['c', 'a'] }).correct).toBe(1);
    expect(scoreExam([multi], { [multi.id]: ['a'] }).correct).toBe(0);
    expect(scoreExam([multi], { [multi.id]: ['a', 'c', 'e'] }).correct).toBe(0);
  });

  it('breaks the result down by domain (meets / needs improvement at 70%) and by task', () => {
    const questions = [
      question('d1-a', '1.1'),
      question('d1-b', '1.2'),
      question('d1-c', '1.2'),
      question('d3-a', '3.3'),
      question('d3-b', '3.3'),
      question('d3-c', '3.4'),
      question('d3-d', '3.4'),
    ];
    const right = ['d1-a', 'd1-b', 'd1-c', 'd3-a', 'd3-b'];
    const result = scoreExam(questions, Object.fromEntries(right.map((id) => [id, ['a']])));
    expect(result.domains).toEqual([
      { domain: 1, correct: 3, total: 3, percent: 100, status: 'meets' },
      { domain: 3, correct: 2, total: 4, percent: 50, status: 'needs-improvement' },
    ]);
    expect(result.tasks).toEqual([
      { task: '1.1', domain: 1, correct: 1, total: 1, percent: 100 },
      { task: '1.2', domain: 1, correct: 2, total: 2, percent: 100 },
      { task: '3.3', domain: 3, correct: 2, total: 2, percent: 100 },
      { task: '3.4', domain: 3, correct: 0, total: 2, percent: 0 },
    ]);
    const sevenOfTen = Array.from({ length: 10 }, (_, i) => question(`q-${i}`, '4.1'));
    expect(scoreExam(sevenOfTen, answerFirst(sevenOfTen, 7)).domains[0]?.status).toBe('meets');
    expect(scoreExam(sevenOfTen, answerFirst(sevenOfTen, 6)).domains[0]?.status).toBe(
      'needs-improvement',
    );
  });
});
