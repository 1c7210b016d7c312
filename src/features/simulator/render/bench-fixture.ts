// The draw benchmark's frame: the engine's scale scenario run until ECS holds its peak (~3,000 tasks on ~300 hosts).
import { SCALE_SCENARIO, createSimulation, step, type Simulation } from '../engine';

/** Stops at the first tick with at least this many running tasks (the scenario's service maximum is 3,000). */
const PEAK_TASKS = 2900;
const LIMIT_S = 3 * 3600;

export function scaleSimulation(): Simulation {
  const sim = createSimulation(SCALE_SCENARIO);
  while (sim.ecs.metrics.runningTasks < PEAK_TASKS && sim.tick < LIMIT_S) step(sim, 1);
  return sim;
}
