// Request bookkeeping the models share, in preallocated typed arrays: latency window, completions due, FIFO queue, id deque.
import { FACTS, MS_PER_SECOND } from './facts';

const TICK_S = FACTS.engine.tickS.value;

/**
 * Latency histogram over the last `rows` ticks. Buckets are log-spaced (about 11% wide) from
 * 1 ms to ~17 min; each bucket also keeps the sum of its samples, so a percentile reports the
 * mean of its bucket — exact when the requests in that bucket all took the same time.
 */
export interface LatencyWindow {
  readonly rows: number;
  row: number;
  total: number;
  readonly counts: Float64Array;
  readonly sums: Float64Array;
  readonly totalCounts: Float64Array;
  readonly totalSums: Float64Array;
  /** Buckets touched by each row, so sliding the window costs a few adds, not a full row. */
  readonly touched: Int16Array;
  readonly touchedLen: Uint8Array;
}

const BUCKETS = 128;
const TOP_MS = 1_000_000;
const LOG_STEP = Math.log(TOP_MS) / (BUCKETS - 2);
const TOUCHED_PER_ROW = 8;
/** `touchedLen` value meaning "too many buckets: clear the whole row". */
const DENSE = 255;

export function createLatencyWindow(rows: number): LatencyWindow {
  return {
    rows,
    row: 0,
    total: 0,
    counts: new Float64Array(rows * BUCKETS),
    sums: new Float64Array(rows * BUCKETS),
    totalCounts: new Float64Array(BUCKETS),
    totalSums: new Float64Array(BUCKETS),
    touched: new Int16Array(rows * TOUCHED_PER_ROW),
    touchedLen: new Uint8Array(rows),
  };
}

function bucketOf(ms: number): number {
  if (!(ms >= 1)) return 0;
  return Math.min(BUCKETS - 1, 1 + Math.floor(Math.log(ms) / LOG_STEP));
}

function clearBucket(w: LatencyWindow, cell: number, bucket: number): void {
  const n = w.counts[cell] ?? 0;
  if (n === 0) return;
  w.total -= n;
  const left = (w.totalCounts[bucket] ?? 0) - n;
  w.totalCounts[bucket] = left;
  // Counts are whole numbers and exact; sums are not, so an emptied bucket restarts at 0.
  w.totalSums[bucket] = left === 0 ? 0 : (w.totalSums[bucket] ?? 0) - (w.sums[cell] ?? 0);
  w.counts[cell] = 0;
  w.sums[cell] = 0;
}

/** Moves to the next tick's row, forgetting the samples recorded `rows` ticks ago. */
export function advanceLatencyWindow(w: LatencyWindow): void {
  w.row = (w.row + 1) % w.rows;
  const base = w.row * BUCKETS;
  const len = w.touchedLen[w.row] ?? 0;
  if (len === DENSE) {
    for (let b = 0; b < BUCKETS; b++) clearBucket(w, base + b, b);
  } else {
    for (let i = 0; i < len; i++) {
      const b = w.touched[w.row * TOUCHED_PER_ROW + i] ?? 0;
      clearBucket(w, base + b, b);
    }
  }
  w.touchedLen[w.row] = 0;
}

export function recordLatency(w: LatencyWindow, ms: number, n: number): void {
  if (n <= 0) return;
  const b = bucketOf(ms);
  const cell = w.row * BUCKETS + b;
  if ((w.counts[cell] ?? 0) === 0) {
    const len = w.touchedLen[w.row] ?? 0;
    if (len < TOUCHED_PER_ROW) {
      w.touched[w.row * TOUCHED_PER_ROW + len] = b;
      w.touchedLen[w.row] = len + 1;
    } else {
      w.touchedLen[w.row] = DENSE;
    }
  }
  w.counts[cell] = (w.counts[cell] ?? 0) + n;
  w.sums[cell] = (w.sums[cell] ?? 0) + ms * n;
  w.totalCounts[b] = (w.totalCounts[b] ?? 0) + n;
  w.totalSums[b] = (w.totalSums[b] ?? 0) + ms * n;
  w.total += n;
}

/** The `q`-quantile (0..1) of the window in ms; NaN when no request completed in the window. */
export function latencyPercentile(w: LatencyWindow, q: number): number {
  if (w.total === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(q * w.total));
  let seen = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const n = w.totalCounts[b] ?? 0;
    seen += n;
    if (seen >= rank && n > 0) return (w.totalSums[b] ?? 0) / n;
  }
  return Number.NaN;
}

/** Requests in service, by the tick they finish; a ring long enough for the longest service time. */
export interface Completions {
  readonly due: Float64Array;
  inFlight: number;
}

export function createCompletions(maxServiceS: number): Completions {
  return { due: new Float64Array(Math.ceil(maxServiceS / TICK_S) + 2), inFlight: 0 };
}

/**
 * `n` requests start this tick and each runs `serviceS`. Starts are spread over the tick, so a
 * service time of 1.6 ticks ends 1 tick later for 40% of them and 2 ticks later for 60%.
 * Returns how many already finish within this tick.
 */
export function scheduleCompletions(
  c: Completions,
  tick: number,
  n: number,
  serviceS: number,
): number {
  if (n <= 0) return 0;
  const ticks = serviceS / TICK_S;
  const whole = Math.floor(ticks);
  const later = Math.round(n * (ticks - whole));
  const first = n - later;
  let now = 0;
  if (whole === 0) now = first;
  else addDue(c, tick + whole, first);
  if (later > 0) addDue(c, tick + whole + 1, later);
  return now;
}

function addDue(c: Completions, tick: number, n: number): void {
  const i = tick % c.due.length;
  c.due[i] = (c.due[i] ?? 0) + n;
  c.inFlight += n;
}

/** Requests that finish in `tick`; call once per tick before scheduling new work. */
export function takeDue(c: Completions, tick: number): number {
  const i = tick % c.due.length;
  const n = c.due[i] ?? 0;
  c.due[i] = 0;
  c.inFlight -= n;
  return n;
}

/** FIFO of arrival cohorts (tick, count): a queued request is a count, never an object. */
export interface RequestQueue {
  readonly ticks: Float64Array;
  readonly counts: Float64Array;
  head: number;
  length: number;
  queued: number;
}

export function createRequestQueue(maxWaitTicks: number): RequestQueue {
  const size = maxWaitTicks + 2;
  return {
    ticks: new Float64Array(size),
    counts: new Float64Array(size),
    head: 0,
    length: 0,
    queued: 0,
  };
}

export function enqueue(q: RequestQueue, tick: number, n: number): void {
  if (n <= 0) return;
  const i = (q.head + q.length) % q.ticks.length;
  q.ticks[i] = tick;
  q.counts[i] = n;
  q.length++;
  q.queued += n;
}

/** Drops cohorts that have waited `maxWaitTicks` or more (the client timed out); returns how many. */
export function dropExpired(q: RequestQueue, tick: number, maxWaitTicks: number): number {
  let dropped = 0;
  while (q.length > 0 && tick - (q.ticks[q.head] ?? 0) >= maxWaitTicks) {
    dropped += q.counts[q.head] ?? 0;
    q.head = (q.head + 1) % q.ticks.length;
    q.length--;
  }
  q.queued -= dropped;
  return dropped;
}

/**
 * Starts up to `starts` queued requests in FIFO order and records their latency. Wait is
 * estimated from the cohort's age plus its place in this tick's service order (`perTick`
 * requests per tick, arrivals spread evenly over their tick).
 */
export function startQueued(
  q: RequestQueue,
  tick: number,
  starts: number,
  perTick: number,
  serviceS: number,
  window: LatencyWindow,
  c: Completions,
): number {
  let left = starts;
  let finishedNow = 0;
  while (left > 0 && q.length > 0) {
    const n = Math.min(left, q.counts[q.head] ?? 0);
    const before = starts - left;
    const waitTicks = tick - (q.ticks[q.head] ?? 0) + ((before + n / 2) / perTick - 0.5);
    recordLatency(window, (Math.max(0, waitTicks) * TICK_S + serviceS) * MS_PER_SECOND, n);
    finishedNow += scheduleCompletions(c, tick, n, serviceS);
    left -= n;
    const rest = (q.counts[q.head] ?? 0) - n;
    if (rest > 0) {
      q.counts[q.head] = rest;
    } else {
      q.head = (q.head + 1) % q.ticks.length;
      q.length--;
    }
  }
  q.queued -= starts - left;
  return finishedNow;
}

/** Fixed-capacity ring of ids, used as FIFO (launch order) and as a stack (newest first out). */
export interface IdDeque {
  readonly ids: Int32Array;
  head: number;
  length: number;
}

export function createIdDeque(capacity: number): IdDeque {
  return { ids: new Int32Array(Math.max(1, capacity)), head: 0, length: 0 };
}

export function pushBack(d: IdDeque, id: number): void {
  d.ids[(d.head + d.length) % d.ids.length] = id;
  d.length++;
}

export function peekFront(d: IdDeque): number {
  return d.length > 0 ? (d.ids[d.head] ?? -1) : -1;
}

export function popFront(d: IdDeque): number {
  if (d.length === 0) return -1;
  const id = d.ids[d.head] ?? -1;
  d.head = (d.head + 1) % d.ids.length;
  d.length--;
  return id;
}

export function popBack(d: IdDeque): number {
  if (d.length === 0) return -1;
  d.length--;
  return d.ids[(d.head + d.length) % d.ids.length] ?? -1;
}

/**
 * Pops the front id once `delayTicks` have passed since its `sinceTick`, else returns -1. Every
 * id in a deque waits the same delay, so the front is always the first one due.
 */
export function popReady(
  d: IdDeque,
  sinceTick: Float64Array,
  delayTicks: number,
  tick: number,
): number {
  const id = peekFront(d);
  if (id < 0 || tick - (sinceTick[id] ?? 0) < delayTicks) return -1;
  return popFront(d);
}

/** The `i`-th id from the front. */
export function idAt(d: IdDeque, i: number): number {
  return d.ids[(d.head + i) % d.ids.length] ?? -1;
}
