// "Predict, then watch": the questions a learner answers before a run and how a finished run answers them.
import { MODELS, historyIndex, type ModelId, type Simulation } from '../engine';

export const QUESTIONS = ['cheapest', 'fastest', 'drops'] as const;
export type Question = (typeof QUESTIONS)[number];

/** A model, or `none` (only for "which drops the most requests"). */
export type Choice = ModelId | 'none';
export type Guesses = Partial<Record<Question, Choice>>;

export function choicesFor(question: Question): readonly Choice[] {
  return question === 'drops' ? [...MODELS, 'none'] : MODELS;
}

/** Costs closer than this are a tie (a fraction of a cent over a run). */
const COST_TIE_USD = 0.0001;
/** Latencies closer than this are a tie. */
const LATENCY_TIE_MS = 1;

/** Mean of the run's p95 latency samples (ms), ignoring stretches with no requests; NaN if none. */
export function meanP95Ms(sim: Simulation, model: ModelId): number {
  const h = sim.history;
  const data = h.models[model].p95Ms;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < h.length; i++) {
    const v = data[historyIndex(h, i)] ?? Number.NaN;
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return n > 0 ? sum / n : Number.NaN;
}

/** Models whose value is within `tie` of the smallest (finite) value. */
function lowest(values: Readonly<Record<ModelId, number>>, tie: number): Choice[] {
  const finite = MODELS.filter((m) => Number.isFinite(values[m]));
  if (finite.length === 0) return ['none'];
  const best = Math.min(...finite.map((m) => values[m]));
  return finite.filter((m) => values[m] - best <= tie);
}

/** The right answers (ties give several) from a run's figures. */
export function answers(sim: Simulation): Record<Question, Choice[]> {
  const cost = { ec2: 0, lambda: 0, ecs: 0 };
  const p95 = { ec2: 0, lambda: 0, ecs: 0 };
  const dropped = { ec2: 0, lambda: 0, ecs: 0 };
  for (const m of MODELS) {
    cost[m] = sim[m].metrics.costUsd;
    p95[m] = meanP95Ms(sim, m);
    dropped[m] = sim[m].metrics.dropped;
  }
  const most = Math.max(...MODELS.map((m) => dropped[m]));
  return {
    cheapest: lowest(cost, COST_TIE_USD),
    fastest: lowest(p95, LATENCY_TIE_MS),
    drops: most > 0 ? MODELS.filter((m) => dropped[m] === most) : ['none'],
  };
}
