import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDeadline, formatClock, isExpired, remainingMs } from './timer';

const MIN = 60_000;
const start = 1_750_000_000_000;

describe('exam deadline', () => {
  it('lasts 90 minutes, or 120 with the extra-time accommodation', () => {
    expect(createDeadline(start, { extraTime: false })).toEqual({
      startedAtMs: start,
      endsAtMs: start + 90 * MIN,
      extraTime: false,
    });
    expect(remainingMs(createDeadline(start, { extraTime: true }), start)).toBe(120 * MIN);
  });

  it('gives the true remaining time after a reload at any moment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 42 }),
        fc.boolean(),
        fc.nat({ max: 200 * MIN }),
        (t0, extraTime, elapsed) => {
          const saved = JSON.stringify(createDeadline(t0, { extraTime }));
          const restored = JSON.parse(saved) as ReturnType<typeof createDeadline>;
          const full = (extraTime ? 120 : 90) * MIN;
          expect(remainingMs(restored, t0 + elapsed)).toBe(Math.max(0, full - elapsed));
          expect(isExpired(restored, t0 + elapsed)).toBe(elapsed >= full);
        },
      ),
    );
  });

  it('is never negative and never more than the full time', () => {
    const d = createDeadline(start, { extraTime: false });
    expect(remainingMs(d, start + 500 * MIN)).toBe(0);
    expect(isExpired(d, start + 90 * MIN)).toBe(true);
    expect(isExpired(d, start + 90 * MIN - 1)).toBe(false);
    expect(remainingMs(d, start - 10 * MIN)).toBe(90 * MIN);
  });
});

describe('formatClock', () => {
  it('shows minutes and seconds, rounding up to the second', () => {
    expect(formatClock(90 * MIN)).toBe('90:00');
    expect(formatClock(90 * MIN - 1)).toBe('90:00');
    expect(formatClock(90 * MIN - 1000)).toBe('89:59');
    expect(formatClock(65_000)).toBe('01:05');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
  });

  it('keeps minutes past an hour and never shows a negative time', () => {
    expect(formatClock(120 * MIN)).toBe('120:00');
    expect(formatClock(-5000)).toBe('00:00');
    expect(formatClock(Number.NaN)).toBe('00:00');
  });
});
