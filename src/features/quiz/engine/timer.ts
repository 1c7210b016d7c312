// Exam countdown kept as an absolute deadline, so a reload or a sleeping tab never loses or gains time.
import { EXAM } from './blueprint';

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;

/** JSON-serializable; persist it with the exam session and derive the clock from it. */
export interface Deadline {
  startedAtMs: number;
  endsAtMs: number;
  extraTime: boolean;
}

/** `extraTime`: the accommodation for candidates whose first language is not English. */
export function createDeadline(startedAtMs: number, options: { extraTime: boolean }): Deadline {
  const minutes = EXAM.durationMinutes + (options.extraTime ? EXAM.extraTimeMinutes : 0);
  return {
    startedAtMs,
    endsAtMs: startedAtMs + minutes * MS_PER_MINUTE,
    extraTime: options.extraTime,
  };
}

/** Never negative, and never more than the full duration (a clock set back must not add time). */
export function remainingMs(deadline: Deadline, nowMs: number): number {
  const full = deadline.endsAtMs - deadline.startedAtMs;
  return Math.min(full, Math.max(0, deadline.endsAtMs - nowMs));
}

export function isExpired(deadline: Deadline, nowMs: number): boolean {
  return remainingMs(deadline, nowMs) === 0;
}

/**
 * `mm:ss`, minutes not wrapped into hours ("120:00"). Rounds up to the second so the clock
 * shows "00:00" only once time is really over.
 */
export function formatClock(ms: number): string {
  const seconds = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / MS_PER_SECOND) : 0;
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}
