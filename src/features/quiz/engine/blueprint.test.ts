import { describe, expect, it } from 'vitest';
import { DOMAINS, EXAM, SCORE_ESTIMATE, TASK_DOMAIN } from './blueprint';
import { TASK_IDS } from './types';
import commonEn from '../../../i18n/locales/en/common.json';
import commonEs from '../../../i18n/locales/es/common.json';

describe('exam blueprint', () => {
  it('adds up to the exam format', () => {
    expect(DOMAINS.map((d) => d.examQuestions)).toEqual([16, 19, 22, 8]);
    expect(DOMAINS.reduce((n, d) => n + d.examQuestions, 0)).toBe(EXAM.questions);
    expect(DOMAINS.reduce((n, d) => n + d.weightPercent, 0)).toBe(100);
    expect(EXAM.scoredQuestions + EXAM.unscoredQuestions).toBe(EXAM.questions);
  });

  it('matches the mock exam intro, which is pre-rendered before the quiz code loads', () => {
    for (const { pages } of [commonEn, commonEs])
      expect(pages.exam.intro).toMatch(
        new RegExp(`^${EXAM.questions} \\D+ ${EXAM.durationMinutes} (minutes|minutos)`),
      );
  });

  it('gives each domain its weighted share of the questions, to the nearest question', () => {
    for (const d of DOMAINS)
      expect(
        Math.abs(d.examQuestions - (d.weightPercent / 100) * EXAM.questions),
      ).toBeLessThanOrEqual(0.5);
  });

  it('maps every task statement to the domain its id names', () => {
    expect(Object.keys(TASK_DOMAIN).sort()).toEqual([...TASK_IDS].sort());
    for (const task of TASK_IDS) expect(TASK_DOMAIN[task]).toBe(Number(task.split('.')[0]));
  });

  it('anchors the estimate on the scale ends and the passing score', () => {
    expect(SCORE_ESTIMATE.anchors.map((a) => a.scaled)).toEqual([
      EXAM.scaledMin,
      EXAM.passingScaled,
      EXAM.scaledMax,
    ]);
  });
});
