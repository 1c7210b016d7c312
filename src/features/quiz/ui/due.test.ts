import { dueInBank } from './due';
import { endOfDay } from './time';

const DAY = 24 * 60 * 60 * 1000;
const bank = {
  byId: new Map([
    ['q1', null],
    ['q2', null],
  ]) as unknown as Map<string, never>,
};

describe('dueInBank', () => {
  const t0 = new Date(2026, 0, 10, 9, 0).getTime();

  it('lists nothing before any mistake, then the missed question the next day', () => {
    expect(dueInBank(bank, [], t0)).toEqual({ due: [], next: undefined });
    const log = [{ id: 'a', questionId: 'q1', correct: false, at: t0 }];
    const today = dueInBank(bank, log, t0);
    expect(today.due).toEqual([]);
    expect(today.next).toBeGreaterThan(endOfDay(t0));
    expect(dueInBank(bank, log, t0 + DAY).due).toEqual(['q1']);
  });

  it('counts a question due later today as due today', () => {
    const log = [{ id: 'a', questionId: 'q1', correct: false, at: t0 + 5 * 60 * 60 * 1000 }];
    // Due at 14:00 tomorrow; at 08:00 tomorrow it is already "due today".
    expect(dueInBank(bank, log, t0 + DAY - 60 * 60 * 1000).due).toEqual(['q1']);
  });

  it('ignores questions no longer in the bank and right answers given with confidence', () => {
    const log = [
      { id: 'a', questionId: 'gone', correct: false, at: t0 },
      { id: 'b', questionId: 'q2', correct: true, confidence: 'sure' as const, at: t0 },
    ];
    expect(dueInBank(bank, log, t0 + 10 * DAY)).toEqual({ due: [], next: undefined });
  });

  it('brings back a right answer the learner only guessed', () => {
    const log = [
      { id: 'a', questionId: 'q2', correct: true, confidence: 'guessed' as const, at: t0 },
    ];
    expect(dueInBank(bank, log, t0 + 30 * DAY).due).toEqual(['q2']);
  });
});
