import { describe, expect, it } from 'vitest';
import { needsPractice, readiness } from './readiness';
import { question } from './test-bank';
import type { AnswerLogEntry } from './types';

const DAY = 86_400_000;
const t0 = Date.UTC(2025, 0, 6, 8);

const bank = [
  question('iam-root', '2.3'),
  question('iam-mfa', '2.3'),
  question('iam-roles', '2.3'),
  question('sg-vs-nacl', '2.4'),
  question('lambda-resize', '3.3'),
];
const log: AnswerLogEntry[] = [
  { id: 'a', questionId: 'iam-root', correct: false, at: t0 },
  { id: 'b', questionId: 'iam-root', correct: true, confidence: 'sure', at: t0 + 2 * DAY },
  { id: 'c', questionId: 'iam-mfa', correct: true, confidence: 'sure', at: t0 },
  { id: 'd', questionId: 'sg-vs-nacl', correct: false, at: t0 },
  { id: 'e', questionId: 'retired-question', correct: false, at: t0 },
];

describe('readiness', () => {
  const report = readiness(bank, log, t0 + 3 * DAY);

  it('measures the whole bank: coverage, accuracy on the latest answers, due reviews', () => {
    expect(report.overall).toEqual({
      total: 5,
      answered: 3,
      correct: 2,
      coveragePercent: 60,
      accuracyPercent: (2 / 3) * 100,
      due: 1,
    });
  });

  it('breaks it down by domain and task, listing those without questions too', () => {
    expect(report.domains.map((d) => d.domain)).toEqual([1, 2, 3, 4]);
    expect(report.domains[0]).toEqual({
      domain: 1,
      total: 0,
      answered: 0,
      correct: 0,
      coveragePercent: 0,
      accuracyPercent: null,
      due: 0,
    });
    expect(report.domains[1]).toMatchObject({
      domain: 2,
      total: 4,
      answered: 3,
      correct: 2,
      coveragePercent: 75,
      due: 1,
    });
    expect(report.tasks).toHaveLength(19);
    expect(report.tasks.find((t) => t.task === '2.3')).toMatchObject({
      domain: 2,
      total: 3,
      answered: 2,
      correct: 2,
      accuracyPercent: 100,
      due: 0,
    });
    expect(report.tasks.find((t) => t.task === '2.4')).toMatchObject({
      total: 1,
      correct: 0,
      accuracyPercent: 0,
      due: 1,
    });
    expect(report.tasks.find((t) => t.task === '3.3')).toMatchObject({
      total: 1,
      answered: 0,
      coveragePercent: 0,
      accuracyPercent: null,
    });
  });

  it('counts a review as due only once its time comes', () => {
    expect(readiness(bank, log, t0).overall.due).toBe(0);
  });
});

describe('needsPractice', () => {
  it('prefers questions never answered or last answered wrong', () => {
    expect([...needsPractice(bank, log)].sort()).toEqual([
      'iam-roles',
      'lambda-resize',
      'sg-vs-nacl',
    ]);
  });
});
