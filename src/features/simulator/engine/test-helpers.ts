// Helpers for the engine tests: run a simulation tick by tick and read a compact trace.
import { MODELS, step, type Simulation } from './simulation';

/** Runs `ticks` ticks, calling `each` after every one. */
export function run(sim: Simulation, ticks: number, each?: (sim: Simulation) => void): void {
  for (let i = 0; i < ticks; i++) {
    step(sim, 1);
    each?.(sim);
  }
}

/** Arrivals script: `counts[tick]` requests in that tick, none after the end. */
export function script(counts: Record<number, number>): (tick: number) => number {
  return (tick) => counts[tick] ?? 0;
}

/** Conservation of requests for every model: arrived = served + dropped + queued + in flight. */
export function conservationErrors(sim: Simulation): string[] {
  const errors: string[] = [];
  for (const id of MODELS) {
    const m = sim[id].metrics;
    const sum = m.served + m.dropped + m.queued + m.inFlight;
    if (sum !== m.arrived || m.queued < 0 || m.inFlight < 0) {
      errors.push(
        `${id} tick ${sim.tick}: arrived ${m.arrived} != served ${m.served} + dropped ${m.dropped} + queued ${m.queued} + in flight ${m.inFlight}`,
      );
    }
  }
  return errors;
}
