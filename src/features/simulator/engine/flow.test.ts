import { describe, expect, it } from 'vitest';
import {
  advanceLatencyWindow,
  createCompletions,
  createLatencyWindow,
  createRequestQueue,
  dropExpired,
  enqueue,
  latencyPercentile,
  recordLatency,
  scheduleCompletions,
  startQueued,
  takeDue,
} from './flow';

describe('latency window', () => {
  it('reports exact values when a bucket holds one latency', () => {
    const w = createLatencyWindow(10);
    recordLatency(w, 200, 90);
    recordLatency(w, 1400, 10);
    expect(latencyPercentile(w, 0.5)).toBe(200);
    expect(latencyPercentile(w, 0.9)).toBe(200);
    expect(latencyPercentile(w, 0.95)).toBe(1400);
  });

  it('stays within a bucket width (~11%) for spread-out latencies', () => {
    const w = createLatencyWindow(1);
    for (let ms = 1; ms <= 1000; ms++) recordLatency(w, ms, 1);
    expect(latencyPercentile(w, 0.5) / 500).toBeGreaterThan(0.9);
    expect(latencyPercentile(w, 0.5) / 500).toBeLessThan(1.1);
    expect(latencyPercentile(w, 0.95) / 950).toBeGreaterThan(0.9);
    expect(latencyPercentile(w, 0.95) / 950).toBeLessThan(1.1);
  });

  it('forgets samples older than the window, even rows with many buckets', () => {
    const w = createLatencyWindow(3);
    for (let ms = 1; ms < 100_000; ms *= 1.5) recordLatency(w, ms, 1);
    advanceLatencyWindow(w);
    recordLatency(w, 50, 1);
    advanceLatencyWindow(w);
    expect(w.total).toBeGreaterThan(1);
    advanceLatencyWindow(w);
    expect(w.total).toBe(1);
    expect(latencyPercentile(w, 0.99)).toBe(50);
    advanceLatencyWindow(w);
    expect(latencyPercentile(w, 0.5)).toBeNaN();
    expect(Array.from(w.totalCounts).every((n) => n === 0)).toBe(true);
  });
});

describe('completions', () => {
  it('splits work that straddles ticks by the fraction of the tick', () => {
    const c = createCompletions(2);
    // 1.6 ticks: 40% end one tick later, 60% two ticks later.
    expect(scheduleCompletions(c, 5, 10, 1.6)).toBe(0);
    expect(c.inFlight).toBe(10);
    expect(takeDue(c, 6)).toBe(4);
    expect(takeDue(c, 7)).toBe(6);
    expect(c.inFlight).toBe(0);
    // 0.2 ticks: starts spread over the tick, so the last 20% finish in the next one.
    expect(scheduleCompletions(c, 8, 10, 0.2)).toBe(8);
    expect(c.inFlight).toBe(2);
    expect(takeDue(c, 9)).toBe(2);
  });
});

describe('request queue', () => {
  it('serves cohorts first in, first out, and drops the ones that waited too long', () => {
    const q = createRequestQueue(30);
    const w = createLatencyWindow(1);
    const c = createCompletions(1);
    enqueue(q, 0, 10);
    enqueue(q, 1, 10);
    // 15 starts at 15 per tick in tick 1: all of tick 0's cohort, half of tick 1's.
    const finished = startQueued(q, 1, 15, 15, 0.1, w, c);
    expect(finished + c.inFlight).toBe(15);
    expect(q.queued).toBe(5);
    expect(dropExpired(q, 30, 30)).toBe(0);
    expect(dropExpired(q, 31, 30)).toBe(5);
    expect(q.queued).toBe(0);
    // Tick 0's 10 start first, in the first 10/15 of tick 1: mean wait 1 + (5/15 - 0.5) = 0.833 tick.
    // Tick 1's 5 start behind them: mean wait 0 + (12.5/15 - 0.5) = 0.333 tick. Plus 100 ms of service.
    expect(latencyPercentile(w, 0.5)).toBeCloseTo(933.33, 1);
    expect(latencyPercentile(w, 0.1)).toBeCloseTo(433.33, 1);
  });
});
