// Lambda model: each request finds a warm execution environment or cold-starts one, within concurrency and scaling limits.
import { lambdaBilledMs } from './cost';
import { FACTS, MS_PER_SECOND } from './facts';
import {
  advanceLatencyWindow,
  createCompletions,
  createLatencyWindow,
  recordLatency,
  scheduleCompletions,
  takeDue,
  type Completions,
  type LatencyWindow,
} from './flow';
import { addCost, countTick, createModelMetrics, type ModelMetrics } from './metrics';
import { LATENCY_ROWS } from './pool';
import type { LambdaSettings } from './settings';

const L = FACTS.lambda;
const TICK_S = FACTS.engine.tickS.value;
const RECLAIM_TICKS = Math.round(L.idleReclaimS.value / TICK_S);
const SCALING_TICKS = Math.round(L.scalingWindowS.value / TICK_S);

export const ENVIRONMENT_STATE = { initializing: 1, idle: 2, busy: 3 } as const;
export type EnvironmentState = (typeof ENVIRONMENT_STATE)[keyof typeof ENVIRONMENT_STATE];

export interface LambdaMetrics extends ModelMetrics {
  /** Execution environments: provisioned plus on-demand. */
  environments: number;
  provisioned: number;
  /** Environments running a request (or initializing) this tick: the concurrency. */
  busy: number;
  /** On-demand environments created this tick (each one a cold start). */
  initializing: number;
  coldStarts: number;
  /** Same as `dropped`: Lambda rejects, it does not queue. */
  throttled: number;
}

/**
 * Environments are interchangeable, so on-demand ones are kept as cohorts by the tick they were
 * last used (oldest first): requests reuse the most recently used ones and the idle tail is
 * reclaimed — no per-environment objects, whatever the concurrency.
 */
export interface LambdaModel {
  readonly settings: LambdaSettings;
  readonly durationS: number;
  readonly billedS: number;
  readonly memoryGb: number;
  readonly initS: number;
  /** Reserved concurrency if set, else the account's. */
  readonly limit: number;
  readonly usedTicks: Float64Array;
  readonly usedCounts: Float64Array;
  usedHead: number;
  usedLength: number;
  onDemand: number;
  /** New environments per tick over the last scaling window, and their sum. */
  readonly created: Float64Array;
  createdInWindow: number;
  readonly completions: Completions;
  readonly latency: LatencyWindow;
  provisionedCarry: number;
  onDemandCarry: number;
  busyProvisioned: number;
  busyOnDemand: number;
  freeRequestsLeft: number;
  freeGbSecondsLeft: number;
  readonly metrics: LambdaMetrics;
}

export function createLambda(settings: LambdaSettings, durationS: number): LambdaModel {
  const initS = L.coldStartInitMs.value / MS_PER_SECOND;
  const serviceTicks = Math.ceil((initS + durationS) / TICK_S);
  const cohorts = RECLAIM_TICKS + serviceTicks + 2;
  const freeTier = settings.freeTier;
  return {
    settings,
    durationS,
    billedS: lambdaBilledMs(durationS * MS_PER_SECOND) / MS_PER_SECOND,
    memoryGb: settings.memoryMb / L.mbPerGb.value,
    initS,
    limit: settings.reservedConcurrency ?? settings.accountConcurrency,
    usedTicks: new Float64Array(cohorts),
    usedCounts: new Float64Array(cohorts),
    usedHead: 0,
    usedLength: 0,
    onDemand: 0,
    created: new Float64Array(SCALING_TICKS),
    createdInWindow: 0,
    completions: createCompletions(initS + durationS),
    latency: createLatencyWindow(LATENCY_ROWS),
    provisionedCarry: 0,
    onDemandCarry: 0,
    busyProvisioned: 0,
    busyOnDemand: 0,
    freeRequestsLeft: freeTier ? L.freeTierRequests.value : 0,
    freeGbSecondsLeft: freeTier ? L.freeTierGbSeconds.value : 0,
    metrics: {
      ...createModelMetrics(),
      environments: settings.provisionedConcurrency,
      provisioned: settings.provisionedConcurrency,
      busy: 0,
      initializing: 0,
      coldStarts: 0,
      throttled: 0,
    },
  };
}

function pushUsed(m: LambdaModel, tick: number, n: number): void {
  if (n <= 0) return;
  const size = m.usedTicks.length;
  const last = (m.usedHead + m.usedLength - 1) % size;
  if (m.usedLength > 0 && m.usedTicks[last] === tick) {
    m.usedCounts[last] = (m.usedCounts[last] ?? 0) + n;
    return;
  }
  const i = (m.usedHead + m.usedLength) % size;
  m.usedTicks[i] = tick;
  m.usedCounts[i] = n;
  m.usedLength++;
}

/** Marks the `n` most recently used environments as used now. */
function touchNewest(m: LambdaModel, tick: number, n: number): void {
  const size = m.usedTicks.length;
  let left = n;
  while (left > 0 && m.usedLength > 0) {
    const last = (m.usedHead + m.usedLength - 1) % size;
    const count = m.usedCounts[last] ?? 0;
    if (count > left) {
      m.usedCounts[last] = count - left;
      left = 0;
    } else {
      left -= count;
      m.usedLength--;
    }
  }
  pushUsed(m, tick, n - left);
}

/** Removes environments idle for longer than `idleReclaimS` (counted from the end of their last request). */
function reclaimIdle(m: LambdaModel, tick: number): void {
  const size = m.usedTicks.length;
  const idleAfter = RECLAIM_TICKS + Math.ceil(m.durationS / TICK_S);
  while (m.usedLength > 0 && tick - (m.usedTicks[m.usedHead] ?? 0) >= idleAfter) {
    m.onDemand -= m.usedCounts[m.usedHead] ?? 0;
    m.usedHead = (m.usedHead + 1) % size;
    m.usedLength--;
  }
}

/** Takes up to `n` from a free allowance; returns the part left to pay for. */
function afterFreeTier(
  m: LambdaModel,
  key: 'freeRequestsLeft' | 'freeGbSecondsLeft',
  n: number,
): number {
  const free = Math.min(n, m[key]);
  m[key] -= free;
  return n - free;
}

export function tickLambda(m: LambdaModel, tick: number, arrivals: number): void {
  const D = m.durationS;
  const P = m.settings.provisionedConcurrency;
  advanceLatencyWindow(m.latency);
  let served = takeDue(m.completions, tick);
  reclaimIdle(m, tick);
  const slot = tick % SCALING_TICKS;
  m.createdInWindow -= m.created[slot] ?? 0;
  m.created[slot] = 0;

  // Provisioned environments take requests first; they are always initialized.
  const provisionedCapacity = (P * TICK_S) / D + m.provisionedCarry;
  const onProvisioned = Math.min(arrivals, Math.floor(provisionedCapacity));
  m.provisionedCarry = arrivals > onProvisioned ? provisionedCapacity - onProvisioned : 0;

  // Then warm on-demand environments, reusing the most recently used.
  const rest = arrivals - onProvisioned;
  const warmCapacity = (m.onDemand * TICK_S) / D + m.onDemandCarry;
  const onWarm = Math.min(rest, Math.floor(warmCapacity));
  m.onDemandCarry = rest > onWarm ? warmCapacity - onWarm : 0;
  touchNewest(m, tick, Math.min(m.onDemand, Math.ceil((onWarm * D) / TICK_S)));

  // The rest need new environments: a cold start each, bounded by concurrency and the scaling rate.
  const unserved = rest - onWarm;
  const perNew = 1 + Math.max(0, TICK_S - m.initS - D) / D;
  const room = Math.max(
    0,
    Math.min(m.limit - P - m.onDemand, L.scalingEnvironments.value - m.createdInWindow),
  );
  const cold = unserved > 0 ? Math.min(Math.ceil(unserved / perNew), room) : 0;
  const onNew = Math.min(unserved, Math.floor(cold * perNew));
  const throttled = unserved - onNew;
  m.onDemand += cold;
  m.created[slot] = cold;
  m.createdInWindow += cold;
  pushUsed(m, tick, cold);

  const warmStarts = onProvisioned + onWarm + onNew - cold;
  recordLatency(m.latency, D * MS_PER_SECOND, warmStarts);
  recordLatency(m.latency, (m.initS + D) * MS_PER_SECOND, cold);
  served += scheduleCompletions(m.completions, tick, warmStarts, D);
  served += scheduleCompletions(m.completions, tick, cold, m.initS + D);

  m.busyProvisioned = Math.min(P, Math.ceil((onProvisioned * D) / TICK_S));
  m.busyOnDemand = Math.min(
    m.onDemand,
    Math.ceil(((onWarm + onNew) * D + cold * m.initS) / TICK_S),
  );

  const mx = m.metrics;
  const started = onProvisioned + onWarm + onNew;
  const requestUsd =
    (afterFreeTier(m, 'freeRequestsLeft', started) / 1_000_000) * L.requestUsdPerMillion.value;
  const onDemandGbS = afterFreeTier(
    m,
    'freeGbSecondsLeft',
    (onWarm + onNew) * m.billedS * m.memoryGb,
  );
  const arch = m.settings.arch;
  // Work is billed only while running, so it is never idle; provisioned capacity is, when unused.
  addCost(mx, requestUsd + onDemandGbS * L.durationUsdPerGbSecond[arch].value, 1);
  addCost(
    mx,
    onProvisioned * m.billedS * m.memoryGb * L.provisionedDurationUsdPerGbSecond.value,
    1,
  );
  if (P > 0) {
    addCost(
      mx,
      P * m.memoryGb * TICK_S * L.provisionedUsdPerGbSecond.value,
      (onProvisioned * D) / (P * TICK_S),
    );
  }

  countTick(mx, arrivals, served, throttled, 0, m.completions.inFlight);
  mx.throttled = mx.dropped;
  mx.coldStarts += cold;
  mx.initializing = cold;
  mx.environments = P + m.onDemand;
  mx.provisioned = P;
  mx.busy = m.busyProvisioned + m.busyOnDemand;
  mx.units = mx.environments;
  mx.capacityRps = mx.environments / D;
  mx.utilization = mx.environments > 0 ? mx.busy / mx.environments : 0;
}
