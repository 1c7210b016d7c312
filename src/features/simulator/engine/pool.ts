// A load-balanced pool of identical servers with one FIFO queue: how EC2 instances and ECS tasks serve requests.
import { FACTS } from './facts';
import {
  createCompletions,
  createLatencyWindow,
  createRequestQueue,
  advanceLatencyWindow,
  dropExpired,
  enqueue,
  startQueued,
  takeDue,
  type Completions,
  type LatencyWindow,
  type RequestQueue,
} from './flow';
import { countTick, type ModelMetrics } from './metrics';

const TICK_S = FACTS.engine.tickS.value;
const TIMEOUT_TICKS = Math.round(FACTS.engine.requestTimeoutS.value / TICK_S);
export const LATENCY_ROWS = Math.round(FACTS.engine.latencyWindowS.value / TICK_S);

/**
 * The load balancer spreads requests evenly, so servers are interchangeable here: the pool
 * knows how many request slots are in service, not which server holds which request. Service
 * is fluid within a tick (slots x tick / serviceS requests per tick); the fractional remainder
 * carries over while the queue is backed up.
 */
export interface ServerPool {
  readonly serviceS: number;
  readonly queue: RequestQueue;
  readonly completions: Completions;
  readonly latency: LatencyWindow;
  carry: number;
  /** Slot-seconds of work started in the last tick. */
  busyS: number;
}

export function createPool(serviceS: number): ServerPool {
  return {
    serviceS,
    queue: createRequestQueue(TIMEOUT_TICKS),
    completions: createCompletions(serviceS),
    latency: createLatencyWindow(LATENCY_ROWS),
    carry: 0,
    busyS: 0,
  };
}

/** One tick: finish due work, queue arrivals, drop timed-out requests, start what `slots` allow. */
export function servePool(
  p: ServerPool,
  tick: number,
  arrivals: number,
  slots: number,
  m: ModelMetrics,
): void {
  advanceLatencyWindow(p.latency);
  let served = takeDue(p.completions, tick);
  enqueue(p.queue, tick, arrivals);
  const dropped = dropExpired(p.queue, tick, TIMEOUT_TICKS);
  const perTick = (slots * TICK_S) / p.serviceS;
  const capacity = perTick + p.carry;
  const starts = Math.min(p.queue.queued, Math.floor(capacity));
  p.carry = p.queue.queued > starts ? capacity - starts : 0;
  served += startQueued(p.queue, tick, starts, perTick, p.serviceS, p.latency, p.completions);
  p.busyS = starts * p.serviceS;

  countTick(m, arrivals, served, dropped, p.queue.queued, p.completions.inFlight);
  m.capacityRps = slots / p.serviceS;
}

/** Busy share of `slots` over the last tick. */
export function poolUtilization(p: ServerPool, slots: number): number {
  return slots > 0 ? Math.min(1, p.busyS / (slots * TICK_S)) : 0;
}

/** Requests a server runs at once: one per whole vCPU (the work is single-threaded), at least one. */
export function serverSlots(vcpu: number): number {
  return Math.max(1, Math.floor(vcpu));
}

/** Time one request takes on a server with `vcpu`; a fractional vCPU (e.g. a 0.25 vCPU task) runs it slower. */
export function slotServiceS(cpuS: number, vcpu: number): number {
  return cpuS / Math.min(1, vcpu / serverSlots(vcpu));
}
