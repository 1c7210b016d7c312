// The current time as React state, ticking at a chosen interval, and the end of the learner's day.
import { useEffect, useState } from 'react';

export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

/**
 * Reviews are counted per calendar day, as learners think of them: a question due at 18:00
 * is "due today" in the morning too, so home and the review page agree all day.
 */
export function endOfDay(nowMs: number): number {
  const d = new Date(nowMs);
  d.setHours(23, 59, 59, 999);
  return d.getTime();
}
