// The traffic that drives all three models: a rate over time per preset, burstiness, and Poisson arrivals per tick.
import { createRng, type Rng } from '../../../shared/random';
import { FACTS } from './facts';

export const PRESETS = [
  'image-uploads',
  'steady-api',
  'daily-peak',
  'sudden-spike',
  'idle-night',
  'custom',
] as const;
export type Preset = (typeof PRESETS)[number];

export interface WorkloadSettings {
  /** Mean requests per second at the preset's base level. */
  ratePerSecond: number;
  /** 0 = smooth Poisson traffic; 1 = all traffic arrives in bursts (see `burstMultiplier`). */
  burstiness: number;
  /** Work per request, as the Lambda duration at the reference memory (1,024 MB). */
  workMs: number;
}

/** Default workload of each preset; `image-uploads` is the lesson's example (bursts of uploads, one resize each). */
export const PRESET_WORKLOADS: Readonly<Record<Preset, WorkloadSettings>> = {
  'image-uploads': { ratePerSecond: 5, burstiness: 0.8, workMs: 200 },
  'steady-api': { ratePerSecond: 50, burstiness: 0.1, workMs: 50 },
  'daily-peak': { ratePerSecond: 40, burstiness: 0.2, workMs: 100 },
  'sudden-spike': { ratePerSecond: 20, burstiness: 0.1, workMs: 100 },
  'idle-night': { ratePerSecond: 0, burstiness: 0, workMs: 200 },
  custom: { ratePerSecond: 20, burstiness: 0.5, workMs: 200 },
};

const W = FACTS.workload;

/** Multiplier of the base rate at `tS` seconds for a preset; its mean over a day is 1 except for spikes and idle. */
export function presetShape(preset: Preset, tS: number): number {
  switch (preset) {
    case 'idle-night':
      return 0;
    case 'daily-peak': {
      const low = W.dailyLowFactor.value;
      const high = W.dailyHighFactor.value;
      const phase = (2 * Math.PI * (tS - W.dailyPeakAtS.value)) / W.dayS.value;
      return low + (high - low) * (0.5 + 0.5 * Math.cos(phase));
    }
    case 'sudden-spike': {
      const start = W.spikeStartS.value;
      const ramp = W.spikeRampS.value;
      const end = start + ramp + W.spikeHoldS.value;
      const peak = W.spikeFactor.value;
      if (tS < start || tS >= end + ramp) return 1;
      if (tS < start + ramp) return 1 + ((peak - 1) * (tS - start)) / ramp;
      if (tS < end) return peak;
      return peak - ((peak - 1) * (tS - end)) / ramp;
    }
    default:
      return 1;
  }
}

/** Rate multiplier inside or outside a burst; the time-weighted mean is 1, so burstiness keeps the mean rate. */
export function burstMultiplier(burstiness: number, inBurst: boolean): number {
  return inBurst ? 1 + burstiness * (1 / W.burstShareOfTime.value - 1) : 1 - burstiness;
}

export interface WorkloadState {
  readonly preset: Preset;
  readonly settings: WorkloadSettings;
  readonly rng: Rng;
  inBurst: boolean;
  /** Mean arrivals of the last tick (before the random draw), for charts of the underlying demand. */
  lastRate: number;
}

export function createWorkload(
  preset: Preset,
  settings: WorkloadSettings,
  seed: number,
): WorkloadState {
  return { preset, settings, rng: createRng(seed), inBurst: false, lastRate: 0 };
}

/** Requests arriving in the tick [tS, tS + dtS). Advances the burst state and the PRNG. */
export function sampleArrivals(w: WorkloadState, tS: number, dtS: number): number {
  const { burstiness, ratePerSecond } = w.settings;
  // Two-state burst process: mean burst length burstMeanS, in a burst burstShareOfTime of the time.
  const onS = W.burstMeanS.value;
  const share = W.burstShareOfTime.value;
  const switchChance = w.inBurst ? dtS / onS : (dtS * share) / (onS * (1 - share));
  if (w.rng() < switchChance) w.inBurst = !w.inBurst;
  const rate = ratePerSecond * presetShape(w.preset, tS) * burstMultiplier(burstiness, w.inBurst);
  w.lastRate = rate;
  return poisson(rate * dtS, w.rng);
}

/** Poisson draw: exact (Knuth) for small means, normal approximation above `poissonNormalAbove`. */
export function poisson(mean: number, rng: Rng): number {
  if (!(mean > 0)) return 0;
  if (mean > W.poissonNormalAbove.value) {
    // Box-Muller; 1 - rng() keeps the logarithm finite.
    const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

const FULL_VCPU_MB = FACTS.lambda.fullVcpuMemoryMb.value;
const REFERENCE_MB = FACTS.engine.workReferenceMemoryMb.value;

/** vCPU-seconds of work in one request: Lambda's CPU share grows with memory up to one vCPU at `fullVcpuMemoryMb`. */
export function cpuSecondsPerRequest(workMs: number): number {
  return ((workMs / 1000) * Math.min(REFERENCE_MB, FULL_VCPU_MB)) / FULL_VCPU_MB;
}

/** Lambda duration at `memoryMb`: more memory is more CPU, up to one full vCPU (single-threaded work). */
export function lambdaDurationS(workMs: number, memoryMb: number): number {
  return (
    ((workMs / 1000) * Math.min(REFERENCE_MB, FULL_VCPU_MB)) / Math.min(memoryMb, FULL_VCPU_MB)
  );
}
