// The simulation: one workload driving the EC2, Lambda and ECS models in fixed ticks, plus the read API for a renderer.
import {
  countWarmingUp,
  createEc2,
  INSTANCE_STATE,
  tickEc2,
  type Ec2Metrics,
  type Ec2Model,
} from './ec2';
import { createEcs, tickEcs, type EcsMetrics, type EcsModel } from './ecs';
import { FACTS } from './facts';
import { latencyPercentile, type LatencyWindow } from './flow';
import {
  createLambda,
  ENVIRONMENT_STATE,
  tickLambda,
  type LambdaMetrics,
  type LambdaModel,
} from './lambda';
import type { ModelMetrics } from './metrics';
import { parseSettings, type SimulationSettings } from './settings';
import {
  cpuSecondsPerRequest,
  createWorkload,
  lambdaDurationS,
  sampleArrivals,
  type WorkloadState,
} from './workload';

const TICK_S = FACTS.engine.tickS.value;

export const MODELS = ['ec2', 'lambda', 'ecs'] as const;
export type ModelId = (typeof MODELS)[number];

export const HISTORY_SERIES = [
  'demandRps',
  'servedRps',
  'droppedRps',
  'capacityRps',
  'units',
  'utilization',
  'p95Ms',
  'costUsd',
  'idleCostUsd',
] as const;
export type HistorySeries = (typeof HISTORY_SERIES)[number];
export type ModelSeries = Readonly<Record<HistorySeries, Float64Array>>;

/**
 * Chart data in ring buffers: sample `i` (0 = oldest) of a series is at index
 * `historyIndex(history, i)`. Rates are averages over the sample interval; units,
 * capacity, p95 and costs are the values at the sample's end.
 */
export interface History {
  readonly capacity: number;
  readonly everyTicks: number;
  length: number;
  /** Index the next sample will be written to. */
  next: number;
  readonly timeS: Float64Array;
  readonly models: Readonly<Record<ModelId, ModelSeries>>;
  /** Per model: arrived, served, dropped, utilization summed since the last sample. */
  readonly pending: Float64Array;
}

export interface SimulationOptions {
  /** Replaces the random workload by a script of arrivals per tick (lessons, tests). */
  arrivals?: (tick: number) => number;
  /** Samples kept for charts; default 3,600. */
  historyCapacity?: number;
  /** Seconds between chart samples; default 1 (one per tick). */
  historyEverySeconds?: number;
}

export interface SimulationMetrics {
  tick: number;
  timeS: number;
  /** Mean arrival rate behind the last tick's random draw (requests/s). */
  demandRps: number;
  ec2: Ec2Metrics;
  lambda: LambdaMetrics;
  ecs: EcsMetrics;
}

export interface Simulation {
  readonly settings: SimulationSettings;
  /** Ticks run so far; tick `n` covers simulated time [n, n + 1) x tickS. */
  tick: number;
  /** Simulated time not yet run because it is less than a tick. */
  accumulatorS: number;
  readonly workload: WorkloadState;
  readonly script: ((tick: number) => number) | undefined;
  readonly ec2: Ec2Model;
  readonly lambda: LambdaModel;
  readonly ecs: EcsModel;
  readonly history: History;
  readonly view: SimulationMetrics;
  readonly views: {
    ec2?: Ec2InstancesView;
    lambda?: LambdaEnvironmentsView;
  };
}

function createHistory(capacity: number, everyTicks: number): History {
  // A literal, not Object.fromEntries: V8 then gives the object fast, fixed-shape properties.
  const series = (): ModelSeries => ({
    demandRps: new Float64Array(capacity),
    servedRps: new Float64Array(capacity),
    droppedRps: new Float64Array(capacity),
    capacityRps: new Float64Array(capacity),
    units: new Float64Array(capacity),
    utilization: new Float64Array(capacity),
    p95Ms: new Float64Array(capacity),
    costUsd: new Float64Array(capacity),
    idleCostUsd: new Float64Array(capacity),
  });
  return {
    capacity,
    everyTicks,
    length: 0,
    next: 0,
    timeS: new Float64Array(capacity),
    models: { ec2: series(), lambda: series(), ecs: series() },
    pending: new Float64Array(MODELS.length * 4),
  };
}

/** Settings are parsed (clamped) again here, so callers may pass untrusted objects. */
export function createSimulation(
  settings: SimulationSettings,
  options: SimulationOptions = {},
): Simulation {
  const s = parseSettings(settings);
  const cpuS = cpuSecondsPerRequest(s.workload.workMs);
  const ec2 = createEc2(s.ec2, cpuS);
  const lambda = createLambda(s.lambda, lambdaDurationS(s.workload.workMs, s.lambda.memoryMb));
  const ecs = createEcs(s.ecs, cpuS);
  const everyTicks = Math.max(1, Math.round((options.historyEverySeconds ?? TICK_S) / TICK_S));
  return {
    settings: s,
    tick: 0,
    accumulatorS: 0,
    workload: createWorkload(s.preset, s.workload, s.seed),
    script: options.arrivals,
    ec2,
    lambda,
    ecs,
    history: createHistory(Math.max(1, Math.floor(options.historyCapacity ?? 3600)), everyTicks),
    view: {
      tick: 0,
      timeS: 0,
      demandRps: 0,
      ec2: ec2.metrics,
      lambda: lambda.metrics,
      ecs: ecs.metrics,
    },
    views: {},
  };
}

function runTick(sim: Simulation): void {
  const tick = sim.tick;
  const arrivals = sim.script
    ? Math.max(0, Math.round(sim.script(tick)))
    : sampleArrivals(sim.workload, tick * TICK_S, TICK_S);
  tickEc2(sim.ec2, tick, arrivals);
  tickLambda(sim.lambda, tick, arrivals);
  tickEcs(sim.ecs, tick, arrivals);
  sim.tick = tick + 1;
  record(sim);
}

/**
 * Advances simulated time by `dtSeconds` in whole fixed ticks; a remainder smaller than a tick
 * is kept for the next call, so the trace depends only on total time, not on frame timing.
 * `maxTicks` bounds the work of one call (a renderer after a sleeping tab): time beyond it is
 * dropped, not owed. Returns the number of ticks run.
 */
export function step(
  sim: Simulation,
  dtSeconds: number,
  maxTicks = Number.POSITIVE_INFINITY,
): number {
  if (!(dtSeconds > 0)) return 0;
  sim.accumulatorS += dtSeconds;
  let ran = 0;
  // The small tolerance keeps e.g. ten steps of 0.1 s from falling just short of one tick.
  while (sim.accumulatorS >= TICK_S - 1e-9) {
    if (ran >= maxTicks) {
      sim.accumulatorS = 0;
      break;
    }
    sim.accumulatorS = Math.max(0, sim.accumulatorS - TICK_S);
    runTick(sim);
    ran++;
  }
  return ran;
}

function latencyOf(model: ModelId, sim: Simulation): LatencyWindow {
  return model === 'lambda' ? sim.lambda.latency : sim[model].pool.latency;
}

function updatePercentiles(sim: Simulation): void {
  for (const model of MODELS) {
    const w = latencyOf(model, sim);
    const m = sim[model].metrics;
    m.p50Ms = latencyPercentile(w, 0.5);
    m.p95Ms = latencyPercentile(w, 0.95);
  }
}

/** Live figures of the three models. The same objects every call, updated in place: copy what you keep. */
export function metrics(sim: Simulation): Readonly<SimulationMetrics> {
  updatePercentiles(sim);
  const v = sim.view;
  v.tick = sim.tick;
  v.timeS = sim.tick * TICK_S;
  v.demandRps = sim.workload.lastRate;
  return v;
}

/** Adds one tick to a model's running sums (arrived, served, dropped, utilization at `base`..`base + 3`). */
function accumulate(acc: Float64Array, base: number, m: ModelMetrics): void {
  acc[base] = (acc[base] ?? 0) + m.tickArrived;
  acc[base + 1] = (acc[base + 1] ?? 0) + m.tickServed;
  acc[base + 2] = (acc[base + 2] ?? 0) + m.tickDropped;
  acc[base + 3] = (acc[base + 3] ?? 0) + m.utilization;
}

function writeSample(
  h: History,
  at: number,
  series: ModelSeries,
  acc: Float64Array,
  base: number,
  m: ModelMetrics,
  latency: LatencyWindow,
): void {
  const span = h.everyTicks * TICK_S;
  series.demandRps[at] = (acc[base] ?? 0) / span;
  series.servedRps[at] = (acc[base + 1] ?? 0) / span;
  series.droppedRps[at] = (acc[base + 2] ?? 0) / span;
  series.utilization[at] = (acc[base + 3] ?? 0) / h.everyTicks;
  series.capacityRps[at] = m.capacityRps;
  series.units[at] = m.units;
  series.p95Ms[at] = latencyPercentile(latency, 0.95);
  series.costUsd[at] = m.costUsd;
  series.idleCostUsd[at] = m.idleCostUsd;
}

function record(sim: Simulation): void {
  const h = sim.history;
  const acc = h.pending;
  // Unrolled per model: each call site then sees one metrics shape, which keeps this hot path fast.
  accumulate(acc, 0, sim.ec2.metrics);
  accumulate(acc, 4, sim.lambda.metrics);
  accumulate(acc, 8, sim.ecs.metrics);
  if (sim.tick % h.everyTicks !== 0) return;
  const at = h.next;
  h.timeS[at] = sim.tick * TICK_S;
  writeSample(h, at, h.models.ec2, acc, 0, sim.ec2.metrics, sim.ec2.pool.latency);
  writeSample(h, at, h.models.lambda, acc, 4, sim.lambda.metrics, sim.lambda.latency);
  writeSample(h, at, h.models.ecs, acc, 8, sim.ecs.metrics, sim.ecs.pool.latency);
  acc.fill(0);
  h.next = (at + 1) % h.capacity;
  h.length = Math.min(h.capacity, h.length + 1);
}

/** Ring index of the `i`-th oldest sample. */
export function historyIndex(h: History, i: number): number {
  return (h.next - h.length + i + h.capacity) % h.capacity;
}

/** EC2 instances by id; `state[id]` is an `INSTANCE_STATE` (`none` = unused id). All in-service instances share the load evenly: `busy`. */
export interface Ec2InstancesView {
  readonly count: number;
  readonly state: Uint8Array;
  busy: number;
}

export function ec2Instances(sim: Simulation): Readonly<Ec2InstancesView> {
  const m = sim.ec2;
  const view = (sim.views.ec2 ??= {
    count: m.state.length,
    state: new Uint8Array(m.state.length),
    busy: 0,
  });
  view.state.set(m.state);
  const warming = countWarmingUp(m, sim.tick - 1);
  for (let i = m.inService.length - warming; i < m.inService.length; i++) {
    view.state[m.inService.ids[(m.inService.head + i) % m.inService.ids.length] ?? 0] =
      INSTANCE_STATE.warmingUp;
  }
  view.busy = m.pool.busyS / Math.max(TICK_S, m.inService.length * m.slotsPerInstance * TICK_S);
  return view;
}

/**
 * Lambda environments are interchangeable in the model, so they come grouped, not by identity:
 * provisioned first (busy, then idle), then on-demand (initializing, busy, idle).
 * `state[i]` is an `ENVIRONMENT_STATE`; `provisioned[i]` is 1 for provisioned ones.
 */
export interface LambdaEnvironmentsView {
  count: number;
  state: Uint8Array;
  provisioned: Uint8Array;
}

export function lambdaEnvironments(sim: Simulation): Readonly<LambdaEnvironmentsView> {
  const m = sim.lambda;
  const mx = m.metrics;
  const total = mx.environments;
  let view = sim.views.lambda;
  if (!view || view.state.length < total) {
    // Grows to the largest count seen, never per frame.
    const size = Math.max(total, (view?.state.length ?? 0) * 2, 64);
    view = sim.views.lambda = {
      count: 0,
      state: new Uint8Array(size),
      provisioned: new Uint8Array(size),
    };
  }
  const P = mx.provisioned;
  const fill = (from: number, n: number, state: number, provisioned: number) => {
    view.state.fill(state, from, from + n);
    view.provisioned.fill(provisioned, from, from + n);
    return from + n;
  };
  let i = fill(0, m.busyProvisioned, ENVIRONMENT_STATE.busy, 1);
  i = fill(i, P - m.busyProvisioned, ENVIRONMENT_STATE.idle, 1);
  const initializing = Math.min(mx.initializing, m.onDemand);
  const busy = Math.max(0, Math.min(m.busyOnDemand, m.onDemand) - initializing);
  i = fill(i, initializing, ENVIRONMENT_STATE.initializing, 0);
  i = fill(i, busy, ENVIRONMENT_STATE.busy, 0);
  view.count = fill(i, m.onDemand - initializing - busy, ENVIRONMENT_STATE.idle, 0);
  return view;
}

/** ECS tasks by id: `state` (`TASK_STATE`) and `host` (host id, -1 when pending or on Fargate). Live arrays: do not write. */
export function ecsTasks(sim: Simulation): {
  readonly state: Uint8Array;
  readonly host: Int32Array;
  readonly busy: number;
} {
  const m = sim.ecs;
  return {
    state: m.taskState,
    host: m.taskHost,
    busy: m.pool.busyS / Math.max(TICK_S, m.running * m.slotsPerTask * TICK_S),
  };
}

/** ECS container instances by id (empty on Fargate). Live arrays: do not write. */
export function ecsHosts(sim: Simulation): {
  readonly state: Uint8Array;
  readonly taskCount: Int32Array;
  readonly usedVcpu: Float64Array;
  readonly usedMemoryGb: Float64Array;
  readonly vcpu: number;
  readonly memoryGb: number;
} {
  const m = sim.ecs;
  return {
    state: m.hostState,
    taskCount: m.hostTaskCount,
    usedVcpu: m.hostUsedVcpu,
    usedMemoryGb: m.hostUsedMemoryGb,
    vcpu: m.hostVcpu,
    memoryGb: m.hostMemoryGb,
  };
}
