// The per-model figures the UI reads every frame; one mutable object per model, updated in place each tick.

/**
 * Counts are cumulative since the start unless marked "this tick". Conservation holds after
 * every tick: `arrived = served + dropped + queued + inFlight`.
 */
export interface ModelMetrics {
  arrived: number;
  /** Requests that finished. */
  served: number;
  /** Timed out in a queue (EC2, ECS) or throttled (Lambda). */
  dropped: number;
  /** Waiting for a free server now. */
  queued: number;
  /** Being processed now. */
  inFlight: number;
  tickArrived: number;
  tickServed: number;
  tickDropped: number;
  /**
   * Latency percentiles in ms of the requests that started service in the last
   * `latencyWindowS` seconds (queue wait + cold start + service time); NaN when there were none.
   */
  p50Ms: number;
  p95Ms: number;
  /** Capacity units: instances in service, execution environments, running tasks. */
  units: number;
  /** Requests per second the capacity in service can serve right now. */
  capacityRps: number;
  /** 0..1, share of the paid capacity that was busy this tick (booting capacity counts as idle). */
  utilization: number;
  /** Cumulative cost in USD since the start, unrounded (a meter, not a bill). */
  costUsd: number;
  /** The part of `costUsd` that paid for capacity while it was not busy. */
  idleCostUsd: number;
}

export function createModelMetrics(): ModelMetrics {
  return {
    arrived: 0,
    served: 0,
    dropped: 0,
    queued: 0,
    inFlight: 0,
    tickArrived: 0,
    tickServed: 0,
    tickDropped: 0,
    p50Ms: Number.NaN,
    p95Ms: Number.NaN,
    units: 0,
    capacityRps: 0,
    utilization: 0,
    costUsd: 0,
    idleCostUsd: 0,
  };
}

/** Adds one tick's cost; `busyShare` of it bought work, the rest was idle. */
export function addCost(m: ModelMetrics, usd: number, busyShare: number): void {
  m.costUsd += usd;
  m.idleCostUsd += usd * (1 - Math.min(1, Math.max(0, busyShare)));
}

/** Records one tick's request counts; `queued` and `inFlight` are the levels at the end of the tick. */
export function countTick(
  m: ModelMetrics,
  arrived: number,
  served: number,
  dropped: number,
  queued: number,
  inFlight: number,
): void {
  m.tickArrived = arrived;
  m.tickServed = served;
  m.tickDropped = dropped;
  m.arrived += arrived;
  m.served += served;
  m.dropped += dropped;
  m.queued = queued;
  m.inFlight = inFlight;
}
