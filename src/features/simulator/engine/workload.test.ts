import { describe, expect, it } from 'vitest';
import { createRng } from '../../../shared/random';
import { FACTS } from './facts';
import {
  burstMultiplier,
  cpuSecondsPerRequest,
  createWorkload,
  lambdaDurationS,
  poisson,
  presetShape,
  sampleArrivals,
} from './workload';

const W = FACTS.workload;

function meanAndVariance(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { mean, variance: xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length };
}

describe('presetShape', () => {
  it('multiplies the rate by 10 within a minute for the spike, then comes back', () => {
    const start = W.spikeStartS.value;
    expect(presetShape('sudden-spike', start - 1)).toBe(1);
    expect(presetShape('sudden-spike', start + 30)).toBeCloseTo(5.5, 9);
    expect(presetShape('sudden-spike', start + 60)).toBe(10);
    const after = start + 2 * W.spikeRampS.value + W.spikeHoldS.value;
    expect(presetShape('sudden-spike', after)).toBe(1);
  });

  it('peaks at midday and averages 1 over a day for daily-peak', () => {
    const day = Array.from({ length: 24 * 60 }, (_, m) => presetShape('daily-peak', m * 60));
    expect(day.reduce((a, b) => a + b, 0) / day.length).toBeCloseTo(1, 9);
    expect(presetShape('daily-peak', W.dailyPeakAtS.value)).toBeCloseTo(W.dailyHighFactor.value, 9);
    expect(Math.min(...day)).toBeCloseTo(W.dailyLowFactor.value, 9);
  });

  it('is zero all the time for idle-night', () => {
    expect([0, 3600, 50_000].map((t) => presetShape('idle-night', t))).toEqual([0, 0, 0]);
  });
});

describe('arrivals', () => {
  it('draws Poisson counts with the right mean and variance, small or large', () => {
    for (const mean of [0.5, 4, 200]) {
      const rng = createRng(3);
      const stats = meanAndVariance(Array.from({ length: 20_000 }, () => poisson(mean, rng)));
      expect(stats.mean).toBeCloseTo(mean, mean < 10 ? 1 : 0);
      expect(stats.variance / mean).toBeGreaterThan(0.9);
      expect(stats.variance / mean).toBeLessThan(1.1);
    }
    expect(poisson(0, createRng(1))).toBe(0);
  });

  it('keeps the mean rate under burstiness, with much larger swings', () => {
    const draw = (burstiness: number) => {
      const w = createWorkload('custom', { ratePerSecond: 10, burstiness, workMs: 100 }, 11);
      return meanAndVariance(Array.from({ length: 200_000 }, (_, t) => sampleArrivals(w, t, 1)));
    };
    const smooth = draw(0);
    const bursty = draw(1);
    expect(smooth.mean).toBeCloseTo(10, 0);
    expect(bursty.mean / 10).toBeGreaterThan(0.9);
    expect(bursty.mean / 10).toBeLessThan(1.1);
    expect(bursty.variance).toBeGreaterThan(5 * smooth.variance);
    expect(burstMultiplier(1, false)).toBe(0);
    expect(burstMultiplier(0, true)).toBe(1);
  });
});

describe('work size', () => {
  it('is the Lambda duration at 1,024 MB, shorter with more memory up to one vCPU', () => {
    expect(lambdaDurationS(200, 1024)).toBeCloseTo(0.2, 12);
    expect(lambdaDurationS(200, 512)).toBeCloseTo(0.4, 12);
    const full = FACTS.lambda.fullVcpuMemoryMb.value;
    expect(lambdaDurationS(200, full)).toBeCloseTo(cpuSecondsPerRequest(200), 12);
    expect(lambdaDurationS(200, 10_240)).toBe(lambdaDurationS(200, full));
  });
});
