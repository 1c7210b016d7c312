import { describe, expect, it } from 'vitest';
import { isCorrect, requiredCount, shuffleOptions } from './answers';
import { question } from './test-bank';

const single = question('s3-classes', '3.6');
const multiple = question('ha-pair', '3.2', {
  type: 'multiple',
  optionIds: ['multi-az', 'multi-region', 'one-az', 'bigger-instance', 'edge'],
  answer: ['multi-az', 'multi-region'],
});

describe('isCorrect', () => {
  it('single: exactly the one right option', () => {
    expect(isCorrect(single, ['a'])).toBe(true);
    expect(isCorrect(single, ['b'])).toBe(false);
    expect(isCorrect(single, ['a', 'b'])).toBe(false);
    expect(isCorrect(single, [])).toBe(false);
  });

  it('multiple: all or nothing, in any order', () => {
    expect(isCorrect(multiple, ['multi-region', 'multi-az'])).toBe(true);
    expect(isCorrect(multiple, ['multi-az'])).toBe(false);
    expect(isCorrect(multiple, ['multi-az', 'multi-region', 'edge'])).toBe(false);
    expect(isCorrect(multiple, ['multi-az', 'edge'])).toBe(false);
    expect(isCorrect(multiple, ['multi-az', 'multi-az'])).toBe(false);
    expect(isCorrect(multiple, [])).toBe(false);
  });

  it('asks for as many picks as there are answers', () => {
    expect(requiredCount(single)).toBe(1);
    expect(requiredCount(multiple)).toBe(2);
  });
});

describe('shuffleOptions', () => {
  it('returns each option id once, reproducibly', () => {
    const order = shuffleOptions(multiple, 3);
    expect([...order].sort()).toEqual([...multiple.optionIds].sort());
    expect(shuffleOptions(multiple, 3)).toEqual(order);
  });

  it('orders questions differently under one exam seed, so the answer position does not repeat', () => {
    const questions = Array.from({ length: 40 }, (_, i) => question(`q-${i}`, '1.1'));
    const answerPositions = new Set(questions.map((q) => shuffleOptions(q, 99).indexOf('a')));
    expect(answerPositions.size).toBe(4);
  });
});
