// EC2 model: a fixed fleet or an Auto Scaling group whose instances boot before serving and bill per second while running.
import { createTracker, trackTarget, type TargetTracker } from './autoscaling';
import { billedSeconds } from './cost';
import { FACTS, SECONDS_PER_HOUR } from './facts';
import { createIdDeque, idAt, popBack, popFront, popReady, pushBack, type IdDeque } from './flow';
import { addCost, createModelMetrics, type ModelMetrics } from './metrics';
import {
  createPool,
  poolUtilization,
  servePool,
  serverSlots,
  slotServiceS,
  type ServerPool,
} from './pool';
import type { Ec2Settings } from './settings';

const TICK_S = FACTS.engine.tickS.value;
const PENDING_TICKS = Math.round(FACTS.ec2.pendingS.value / TICK_S);
/** From launch to in service: pending, then booting. */
const READY_TICKS = PENDING_TICKS + Math.round(FACTS.ec2.bootS.value / TICK_S);
const MIN_BILLED_S = FACTS.ec2.minimumBilledS.value;

/** Per-instance states; `none` marks an unused id. Pending is not billed, booting is. */
export const INSTANCE_STATE = {
  none: 0,
  pending: 1,
  booting: 2,
  inService: 3,
  warmingUp: 4,
} as const;
export type InstanceState = (typeof INSTANCE_STATE)[keyof typeof INSTANCE_STATE];

export interface Ec2Metrics extends ModelMetrics {
  desired: number;
  pending: number;
  booting: number;
  /** In service, including those still warming up. */
  inService: number;
  warmingUp: number;
}

export interface Ec2Model {
  readonly settings: Ec2Settings;
  readonly slotsPerInstance: number;
  readonly usdPerS: number;
  readonly pool: ServerPool;
  readonly tracker: TargetTracker;
  readonly warmupTicks: number;
  /** Indexed by instance id (0..capacity-1). */
  readonly state: Uint8Array;
  readonly launchTick: Float64Array;
  readonly billStartTick: Float64Array;
  readonly inServiceTick: Float64Array;
  readonly free: IdDeque;
  /** In launch order, so the constant delays make them FIFOs. */
  readonly pending: IdDeque;
  readonly booting: IdDeque;
  /** In order of entering service; scale-in takes the newest. */
  readonly inService: IdDeque;
  desired: number;
  readonly metrics: Ec2Metrics;
}

/** The initial `desired` instances are already in service and past warm-up: the fleet existed before the traffic. */
export function createEc2(settings: Ec2Settings, cpuS: number): Ec2Model {
  const type = FACTS.ec2Types[settings.instanceType];
  const vcpu = type.vcpu.value;
  const capacity = Math.max(1, settings.fleet === 'fixed' ? settings.desired : settings.max);
  const m: Ec2Model = {
    settings,
    slotsPerInstance: serverSlots(vcpu),
    usdPerS: type.usdPerHour.value / SECONDS_PER_HOUR,
    pool: createPool(slotServiceS(cpuS, vcpu)),
    tracker: createTracker(settings.targetCpuPercent),
    warmupTicks: Math.round(settings.warmupS / TICK_S),
    state: new Uint8Array(capacity),
    launchTick: new Float64Array(capacity),
    billStartTick: new Float64Array(capacity),
    inServiceTick: new Float64Array(capacity),
    free: createIdDeque(capacity),
    pending: createIdDeque(capacity),
    booting: createIdDeque(capacity),
    inService: createIdDeque(capacity),
    desired: settings.desired,
    metrics: {
      ...createModelMetrics(),
      desired: settings.desired,
      pending: 0,
      booting: 0,
      inService: 0,
      warmingUp: 0,
    },
  };
  for (let id = 0; id < capacity; id++) pushBack(m.free, id);
  for (let i = 0; i < settings.desired; i++) {
    const id = popFront(m.free);
    m.state[id] = INSTANCE_STATE.inService;
    m.inServiceTick[id] = -m.warmupTicks;
    pushBack(m.inService, id);
  }
  // Figures before the first tick describe the fleet that already exists.
  m.metrics.inService = m.metrics.units = m.inService.length;
  return m;
}

function launch(m: Ec2Model, tick: number): void {
  const id = popFront(m.free);
  if (id < 0) return;
  m.state[id] = INSTANCE_STATE.pending;
  m.launchTick[id] = tick;
  pushBack(m.pending, id);
}

/** Terminates one instance, least useful first: pending (never billed), booting, then the newest in service. */
function terminateOne(m: Ec2Model, tick: number): void {
  let id = popBack(m.pending);
  if (id < 0) id = popBack(m.booting);
  if (id < 0) id = popBack(m.inService);
  if (id < 0) return;
  if (m.state[id] !== INSTANCE_STATE.pending) {
    // An instance stopped before the billing minimum still pays for the minimum.
    const ranS = (tick - (m.billStartTick[id] ?? tick)) * TICK_S;
    addCost(m.metrics, (billedSeconds(ranS, MIN_BILLED_S) - ranS) * m.usdPerS, 0);
  }
  m.state[id] = INSTANCE_STATE.none;
  pushBack(m.free, id);
}

/** Instances in service still inside their warm-up; they sit at the back of the in-service order. */
export function countWarmingUp(m: Ec2Model, tick: number): number {
  let n = 0;
  for (let i = m.inService.length - 1; i >= 0; i--) {
    if (tick - (m.inServiceTick[idAt(m.inService, i)] ?? 0) >= m.warmupTicks) break;
    n++;
  }
  return n;
}

export function tickEc2(m: Ec2Model, tick: number, arrivals: number): void {
  for (
    let id = popReady(m.pending, m.launchTick, PENDING_TICKS, tick);
    id >= 0;
    id = popReady(m.pending, m.launchTick, PENDING_TICKS, tick)
  ) {
    m.state[id] = INSTANCE_STATE.booting;
    m.billStartTick[id] = tick;
    pushBack(m.booting, id);
  }
  for (
    let id = popReady(m.booting, m.launchTick, READY_TICKS, tick);
    id >= 0;
    id = popReady(m.booting, m.launchTick, READY_TICKS, tick)
  ) {
    m.state[id] = INSTANCE_STATE.inService;
    m.inServiceTick[id] = tick;
    pushBack(m.inService, id);
  }

  const slots = m.inService.length * m.slotsPerInstance;
  const mx = m.metrics;
  servePool(m.pool, tick, arrivals, slots, mx);

  const warming = countWarmingUp(m, tick);
  if (m.settings.fleet === 'asg') {
    const measured = m.inService.length - warming;
    const onTheWay = m.pending.length + m.booting.length + warming;
    m.desired = trackTarget(
      m.tracker,
      tick,
      poolUtilization(m.pool, slots),
      measured,
      onTheWay,
      m.desired,
      m.settings,
      warming > 0,
    );
  }
  for (
    let total = m.pending.length + m.booting.length + m.inService.length;
    total < m.desired && m.free.length > 0;
    total++
  )
    launch(m, tick);
  for (
    let total = m.pending.length + m.booting.length + m.inService.length;
    total > m.desired;
    total--
  )
    terminateOne(m, tick);

  const billed = m.booting.length + m.inService.length;
  const paidSlots = billed * m.slotsPerInstance;
  addCost(mx, billed * m.usdPerS * TICK_S, paidSlots > 0 ? m.pool.busyS / (paidSlots * TICK_S) : 0);

  mx.desired = m.desired;
  mx.pending = m.pending.length;
  mx.booting = m.booting.length;
  mx.inService = m.inService.length;
  mx.warmingUp = warming;
  mx.units = m.inService.length;
  mx.utilization = paidSlots > 0 ? Math.min(1, m.pool.busyS / (paidSlots * TICK_S)) : 0;
}
