// ECS model: a service keeps N tasks running and scales them on CPU; tasks run on hosts (EC2 launch type) or on Fargate.
import { createTracker, trackTarget, type TargetTracker } from './autoscaling';
import { billedSeconds } from './cost';
import { FACTS, SECONDS_PER_HOUR } from './facts';
import {
  createIdDeque,
  peekFront,
  popBack,
  popFront,
  popReady,
  pushBack,
  type IdDeque,
} from './flow';
import { addCost, createModelMetrics, type ModelMetrics } from './metrics';
import {
  createPool,
  poolUtilization,
  servePool,
  serverSlots,
  slotServiceS,
  type ServerPool,
} from './pool';
import type { EcsSettings } from './settings';

const TICK_S = FACTS.engine.tickS.value;
const E = FACTS.ecs;
const TASK_START_TICKS = Math.round(E.taskStartS.value / TICK_S);
const HOST_JOIN_TICKS = Math.round(E.hostJoinS.value / TICK_S);
const HOST_BILLING_TICKS = Math.round(FACTS.ec2.pendingS.value / TICK_S);
const HOST_IDLE_TICKS = Math.round(E.hostScaleInIdleS.value / TICK_S);
const PERIOD_TICKS = Math.round(FACTS.autoscaling.metricPeriodS.value / TICK_S);
/** Resource sums are floats (0.1 + 0.2 ...): a task that fits exactly must not be refused. */
const FIT_EPSILON = 1e-9;

/** `pending`: waiting for a host with room (EC2 launch type only); `starting`: image pull and start. */
export const TASK_STATE = { none: 0, pending: 1, starting: 2, running: 3 } as const;
export type TaskState = (typeof TASK_STATE)[keyof typeof TASK_STATE];
/** `launching`: the instance boots and registers with the cluster; billed from `pendingS` after launch. */
export const HOST_STATE = { none: 0, launching: 1, active: 2 } as const;
export type HostState = (typeof HOST_STATE)[keyof typeof HOST_STATE];

export interface EcsMetrics extends ModelMetrics {
  desired: number;
  pendingTasks: number;
  startingTasks: number;
  runningTasks: number;
  /** Container instances registered in the cluster (0 on Fargate). */
  hosts: number;
  hostsLaunching: number;
}

export interface EcsModel {
  readonly settings: EcsSettings;
  readonly fargate: boolean;
  readonly slotsPerTask: number;
  /** vCPU one busy request slot uses on its host. */
  readonly vcpuPerSlot: number;
  readonly pool: ServerPool;
  readonly tracker: TargetTracker;
  desired: number;
  running: number;
  /** Indexed by task id. */
  readonly taskState: Uint8Array;
  /** Host id, or -1 (pending, or Fargate). */
  readonly taskHost: Int32Array;
  /** When the task was placed (EC2) or launched (Fargate): start delay and Fargate billing count from here. */
  readonly taskStartTick: Float64Array;
  readonly taskNext: Int32Array;
  readonly taskPrev: Int32Array;
  readonly freeTasks: IdDeque;
  readonly pendingTasks: IdDeque;
  readonly startingTasks: IdDeque;
  /** Fargate only: running tasks in start order; on EC2 the hosts' task lists stand in. */
  readonly runningTasks: IdDeque;
  readonly hostVcpu: number;
  readonly hostMemoryGb: number;
  readonly tasksPerHost: number;
  readonly hostUsdPerS: number;
  /** Indexed by host id. */
  readonly hostState: Uint8Array;
  readonly hostLaunchTick: Float64Array;
  readonly hostBillStartTick: Float64Array;
  readonly hostUsedVcpu: Float64Array;
  readonly hostUsedMemoryGb: Float64Array;
  readonly hostTaskCount: Int32Array;
  /** First task of each host's task list (-1 if none). */
  readonly hostFirstTask: Int32Array;
  readonly hostEmptySince: Float64Array;
  readonly freeHosts: IdDeque;
  readonly launchingHosts: IdDeque;
  activeHosts: number;
  /** Something changed that may let pending tasks be placed. */
  placementDirty: boolean;
  readonly metrics: EcsMetrics;
}

export function createEcs(settings: EcsSettings, cpuS: number): EcsModel {
  const fargate = settings.launchType === 'fargate';
  const host = FACTS.ec2Types[settings.hostType];
  const hostVcpu = host.vcpu.value;
  const hostMemoryGb = host.memoryGib.value;
  const tasksPerHost = Math.max(
    1,
    Math.min(
      Math.floor(hostVcpu / settings.taskVcpu + FIT_EPSILON),
      Math.floor(hostMemoryGb / settings.taskMemoryGb + FIT_EPSILON),
    ),
  );
  const maxTasks = Math.max(1, settings.max);
  const maxHosts = fargate ? 1 : Math.ceil(maxTasks / tasksPerHost) + 2;
  const slotsPerTask = serverSlots(settings.taskVcpu);
  const m: EcsModel = {
    settings,
    fargate,
    slotsPerTask,
    vcpuPerSlot: settings.taskVcpu / slotsPerTask,
    pool: createPool(slotServiceS(cpuS, settings.taskVcpu)),
    tracker: createTracker(settings.targetCpuPercent),
    desired: settings.desired,
    running: 0,
    taskState: new Uint8Array(maxTasks),
    taskHost: new Int32Array(maxTasks).fill(-1),
    taskStartTick: new Float64Array(maxTasks),
    taskNext: new Int32Array(maxTasks).fill(-1),
    taskPrev: new Int32Array(maxTasks).fill(-1),
    freeTasks: createIdDeque(maxTasks),
    pendingTasks: createIdDeque(maxTasks),
    startingTasks: createIdDeque(maxTasks),
    runningTasks: createIdDeque(maxTasks),
    hostVcpu,
    hostMemoryGb,
    tasksPerHost,
    hostUsdPerS: host.usdPerHour.value / SECONDS_PER_HOUR,
    hostState: new Uint8Array(maxHosts),
    hostLaunchTick: new Float64Array(maxHosts),
    hostBillStartTick: new Float64Array(maxHosts),
    hostUsedVcpu: new Float64Array(maxHosts),
    hostUsedMemoryGb: new Float64Array(maxHosts),
    hostTaskCount: new Int32Array(maxHosts),
    hostFirstTask: new Int32Array(maxHosts).fill(-1),
    hostEmptySince: new Float64Array(maxHosts),
    freeHosts: createIdDeque(maxHosts),
    launchingHosts: createIdDeque(maxHosts),
    activeHosts: 0,
    placementDirty: false,
    metrics: {
      ...createModelMetrics(),
      desired: settings.desired,
      pendingTasks: 0,
      startingTasks: 0,
      runningTasks: 0,
      hosts: 0,
      hostsLaunching: 0,
    },
  };
  for (let id = 0; id < maxTasks; id++) pushBack(m.freeTasks, id);
  for (let id = 0; id < maxHosts; id++) pushBack(m.freeHosts, id);

  // The service and its cluster existed before the traffic: initial tasks run on hosts that are already in.
  if (!fargate) {
    for (let i = 0; i < Math.ceil(settings.desired / tasksPerHost); i++) {
      const h = popFront(m.freeHosts);
      m.hostState[h] = HOST_STATE.active;
      m.activeHosts++;
    }
  }
  for (let i = 0; i < settings.desired; i++) {
    const id = popFront(m.freeTasks);
    if (!fargate) place(m, id, chooseHost(m), 0);
    toRunning(m, id);
  }
  // Figures before the first tick describe the service and cluster that already exist.
  m.metrics.runningTasks = m.metrics.units = m.running;
  m.metrics.hosts = m.activeHosts;
  return m;
}

function toRunning(m: EcsModel, id: number): void {
  m.taskState[id] = TASK_STATE.running;
  m.running++;
  if (m.fargate) pushBack(m.runningTasks, id);
}

/** Host for one more task: binpack fills the fullest host that fits (fewer hosts), spread the emptiest. */
function chooseHost(m: EcsModel): number {
  const { taskVcpu, taskMemoryGb, placement } = m.settings;
  let best = -1;
  let bestScore = Infinity;
  for (let h = 0; h < m.hostState.length; h++) {
    if (m.hostState[h] !== HOST_STATE.active) continue;
    const usedVcpu = m.hostUsedVcpu[h] ?? 0;
    if (usedVcpu + taskVcpu > m.hostVcpu + FIT_EPSILON) continue;
    if ((m.hostUsedMemoryGb[h] ?? 0) + taskMemoryGb > m.hostMemoryGb + FIT_EPSILON) continue;
    const score = placement === 'binpack' ? m.hostVcpu - usedVcpu : (m.hostTaskCount[h] ?? 0);
    if (score < bestScore) {
      bestScore = score;
      best = h;
    }
  }
  return best;
}

function place(m: EcsModel, id: number, h: number, tick: number): void {
  m.taskHost[id] = h;
  m.taskStartTick[id] = tick;
  m.hostUsedVcpu[h] = (m.hostUsedVcpu[h] ?? 0) + m.settings.taskVcpu;
  m.hostUsedMemoryGb[h] = (m.hostUsedMemoryGb[h] ?? 0) + m.settings.taskMemoryGb;
  m.hostTaskCount[h] = (m.hostTaskCount[h] ?? 0) + 1;
  const first = m.hostFirstTask[h] ?? -1;
  m.taskPrev[id] = -1;
  m.taskNext[id] = first;
  if (first >= 0) m.taskPrev[first] = id;
  m.hostFirstTask[h] = id;
}

function unplace(m: EcsModel, id: number, tick: number): void {
  const h = m.taskHost[id] ?? -1;
  if (h < 0) return;
  m.hostUsedVcpu[h] = (m.hostUsedVcpu[h] ?? 0) - m.settings.taskVcpu;
  m.hostUsedMemoryGb[h] = (m.hostUsedMemoryGb[h] ?? 0) - m.settings.taskMemoryGb;
  const left = (m.hostTaskCount[h] ?? 0) - 1;
  m.hostTaskCount[h] = left;
  if (left === 0) {
    // Start from zero again so float residue cannot make an empty host look partly used.
    m.hostUsedVcpu[h] = 0;
    m.hostUsedMemoryGb[h] = 0;
    m.hostEmptySince[h] = tick;
  }
  const prev = m.taskPrev[id] ?? -1;
  const next = m.taskNext[id] ?? -1;
  if (prev >= 0) m.taskNext[prev] = next;
  else m.hostFirstTask[h] = next;
  if (next >= 0) m.taskPrev[next] = prev;
  m.taskHost[id] = -1;
  m.placementDirty = true;
}

function addTask(m: EcsModel, tick: number): void {
  const id = popFront(m.freeTasks);
  if (id < 0) return;
  if (m.fargate) {
    m.taskState[id] = TASK_STATE.starting;
    m.taskStartTick[id] = tick;
    pushBack(m.startingTasks, id);
  } else {
    m.taskState[id] = TASK_STATE.pending;
    pushBack(m.pendingTasks, id);
    m.placementDirty = true;
  }
}

/** Running task to stop on the EC2 launch type: from the emptiest host under binpack (so hosts drain), the fullest under spread. */
function runningTaskToStop(m: EcsModel): number {
  let best = -1;
  let bestScore = Infinity;
  for (let h = 0; h < m.hostState.length; h++) {
    const count = m.hostTaskCount[h] ?? 0;
    if (count === 0) continue;
    const score = m.settings.placement === 'binpack' ? count : -count;
    if (score < bestScore) {
      bestScore = score;
      best = h;
    }
  }
  return best < 0 ? -1 : (m.hostFirstTask[best] ?? -1);
}

/** Stops one task, the least advanced first: pending, then starting, then running. */
function stopOne(m: EcsModel, tick: number): void {
  let id = popBack(m.pendingTasks);
  if (id < 0) id = popBack(m.startingTasks);
  if (id < 0) {
    id = m.fargate ? popBack(m.runningTasks) : runningTaskToStop(m);
    if (id >= 0) m.running--;
  }
  if (id < 0) return;
  if (m.fargate) {
    const ranS = (tick - (m.taskStartTick[id] ?? tick)) * TICK_S;
    addCost(
      m.metrics,
      (billedSeconds(ranS, FACTS.fargate.minimumBilledS.value) - ranS) * fargateUsdPerS(m),
      0,
    );
  }
  unplace(m, id, tick);
  m.taskState[id] = TASK_STATE.none;
  pushBack(m.freeTasks, id);
}

function fargateUsdPerS(m: EcsModel): number {
  const F = FACTS.fargate;
  const { arch, taskVcpu, taskMemoryGb } = m.settings;
  return (
    (taskVcpu * F.vcpuUsdPerHour[arch].value + taskMemoryGb * F.memoryUsdPerGbHour[arch].value) /
    SECONDS_PER_HOUR
  );
}

function placePending(m: EcsModel, tick: number): void {
  if (!m.placementDirty) return;
  m.placementDirty = false;
  // All tasks of a service have the same size: once one does not fit, none does.
  for (let id = peekFront(m.pendingTasks); id >= 0; id = peekFront(m.pendingTasks)) {
    const h = chooseHost(m);
    if (h < 0) return;
    popFront(m.pendingTasks);
    place(m, id, h, tick);
    m.taskState[id] = TASK_STATE.starting;
    pushBack(m.startingTasks, id);
  }
}

/**
 * The capacity provider (managed scaling, target capacity 100%): launches hosts for tasks that
 * cannot be placed and removes hosts that stayed empty for `hostScaleInIdleS`. It acts once per
 * metric period, like the CloudWatch metric it follows.
 */
function scaleCluster(m: EcsModel, tick: number): void {
  if ((tick + 1) % PERIOD_TICKS !== 0) return;
  const needed = Math.ceil(m.pendingTasks.length / m.tasksPerHost) - m.launchingHosts.length;
  for (let i = 0; i < needed && m.freeHosts.length > 0; i++) {
    const h = popFront(m.freeHosts);
    m.hostState[h] = HOST_STATE.launching;
    m.hostLaunchTick[h] = tick;
    m.hostBillStartTick[h] = tick + HOST_BILLING_TICKS;
    pushBack(m.launchingHosts, h);
  }
  if (m.pendingTasks.length > 0) return;
  for (let h = 0; h < m.hostState.length; h++) {
    if (m.hostState[h] !== HOST_STATE.active || (m.hostTaskCount[h] ?? 0) > 0) continue;
    if (tick - (m.hostEmptySince[h] ?? 0) < HOST_IDLE_TICKS) continue;
    const ranS = (tick - (m.hostBillStartTick[h] ?? 0)) * TICK_S;
    addCost(
      m.metrics,
      (billedSeconds(ranS, FACTS.ec2.minimumBilledS.value) - ranS) * m.hostUsdPerS,
      0,
    );
    m.hostState[h] = HOST_STATE.none;
    m.activeHosts--;
    pushBack(m.freeHosts, h);
  }
}

/** Hosts launched but not yet billed (still pending in EC2 terms): the front of the launch FIFO. */
function unbilledLaunching(m: EcsModel, tick: number): number {
  let n = 0;
  for (let i = 0; i < m.launchingHosts.length; i++) {
    const h = m.launchingHosts.ids[(m.launchingHosts.head + i) % m.launchingHosts.ids.length] ?? 0;
    if ((m.hostBillStartTick[h] ?? 0) <= tick) continue;
    n++;
  }
  return n;
}

export function tickEcs(m: EcsModel, tick: number, arrivals: number): void {
  const { launchingHosts, hostLaunchTick, startingTasks, taskStartTick } = m;
  for (
    let h = popReady(launchingHosts, hostLaunchTick, HOST_JOIN_TICKS, tick);
    h >= 0;
    h = popReady(launchingHosts, hostLaunchTick, HOST_JOIN_TICKS, tick)
  ) {
    m.hostState[h] = HOST_STATE.active;
    m.hostEmptySince[h] = tick;
    m.activeHosts++;
    m.placementDirty = true;
  }
  for (
    let id = popReady(startingTasks, taskStartTick, TASK_START_TICKS, tick);
    id >= 0;
    id = popReady(startingTasks, taskStartTick, TASK_START_TICKS, tick)
  ) {
    toRunning(m, id);
  }
  placePending(m, tick);

  const slots = m.running * m.slotsPerTask;
  const mx = m.metrics;
  servePool(m.pool, tick, arrivals, slots, mx);

  const onTheWay = m.pendingTasks.length + m.startingTasks.length;
  m.desired = trackTarget(
    m.tracker,
    tick,
    poolUtilization(m.pool, slots),
    m.running,
    onTheWay,
    m.desired,
    m.settings,
    false,
  );
  for (let total = onTheWay + m.running; total < m.desired && m.freeTasks.length > 0; total++)
    addTask(m, tick);
  for (let total = onTheWay + m.running; total > m.desired; total--) stopOne(m, tick);
  placePending(m, tick);
  if (!m.fargate) scaleCluster(m, tick);

  const busyVcpuS = m.pool.busyS * m.vcpuPerSlot;
  let paidVcpuS: number;
  if (m.fargate) {
    const billedTasks = m.startingTasks.length + m.running;
    paidVcpuS = billedTasks * m.settings.taskVcpu * TICK_S;
    addCost(
      mx,
      billedTasks * fargateUsdPerS(m) * TICK_S,
      paidVcpuS > 0 ? busyVcpuS / paidVcpuS : 0,
    );
  } else {
    const billedHosts = m.activeHosts + m.launchingHosts.length - unbilledLaunching(m, tick);
    paidVcpuS = billedHosts * m.hostVcpu * TICK_S;
    addCost(mx, billedHosts * m.hostUsdPerS * TICK_S, paidVcpuS > 0 ? busyVcpuS / paidVcpuS : 0);
  }

  mx.desired = m.desired;
  mx.pendingTasks = m.pendingTasks.length;
  mx.startingTasks = m.startingTasks.length;
  mx.runningTasks = m.running;
  mx.hosts = m.activeHosts;
  mx.hostsLaunching = m.launchingHosts.length;
  mx.units = m.running;
  mx.utilization = paidVcpuS > 0 ? Math.min(1, busyVcpuS / paidVcpuS) : 0;
}
