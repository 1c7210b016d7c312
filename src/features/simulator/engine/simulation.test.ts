import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTS } from './facts';
import { DEFAULT_SETTINGS, parseSettings, withPreset, type SimulationSettings } from './settings';
import {
  MODELS,
  createSimulation,
  historyIndex,
  metrics,
  step,
  type Simulation,
} from './simulation';
import { conservationErrors, run } from './test-helpers';
import { PRESETS } from './workload';

const HOUR = 3600;

describe('conservation of requests', () => {
  it.each(PRESETS)('holds at every tick for %s', (preset) => {
    const sim = createSimulation(withPreset(DEFAULT_SETTINGS, preset));
    const errors: string[] = [];
    run(sim, 4 * HOUR, (s) => errors.push(...conservationErrors(s)));
    expect(errors.slice(0, 3)).toEqual([]);
    expect(sim.ec2.metrics.arrived).toBe(sim.lambda.metrics.arrived);
    expect(sim.ecs.metrics.arrived).toBe(sim.lambda.metrics.arrived);
  });

  it('holds for arbitrary (clamped) settings', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.nat(),
          preset: fc.constantFrom(...PRESETS),
          workload: fc.record({
            ratePerSecond: fc.double({ min: 0, max: 400, noNaN: true }),
            burstiness: fc.double({ min: 0, max: 1, noNaN: true }),
            workMs: fc.integer({ min: 1, max: 5000 }),
          }),
          ec2: fc.record({
            fleet: fc.constantFrom('fixed', 'asg'),
            min: fc.nat(5),
            max: fc.nat(20),
            desired: fc.nat(20),
          }),
          lambda: fc.record({
            memoryMb: fc.integer({ min: 0, max: 20_000 }),
            reservedConcurrency: fc.option(fc.nat(50)),
            provisionedConcurrency: fc.nat(10),
          }),
          ecs: fc.record({
            launchType: fc.constantFrom('ec2', 'fargate'),
            taskVcpu: fc.double({ min: 0, max: 4, noNaN: true }),
            desired: fc.nat(20),
            min: fc.nat(5),
            max: fc.nat(40),
          }),
        }),
        (input) => {
          const sim = createSimulation(parseSettings(input));
          for (let i = 0; i < 900; i++) {
            step(sim, 1);
            expect(conservationErrors(sim)).toEqual([]);
          }
          for (const id of MODELS) expect(Number.isFinite(sim[id].metrics.costUsd)).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('idle traffic', () => {
  const idle = (patch: (s: SimulationSettings) => void) => {
    const s = withPreset(DEFAULT_SETTINGS, 'idle-night');
    patch(s);
    const sim = createSimulation(s);
    run(sim, HOUR);
    return metrics(sim);
  };

  it('costs nothing on Lambda and on Fargate with zero tasks', () => {
    const m = idle((s) => {
      s.ecs = { ...s.ecs, launchType: 'fargate', desired: 0, min: 0, max: 0 };
    });
    expect(m.lambda.arrived).toBe(0);
    expect(m.lambda.costUsd).toBe(0);
    expect(m.ecs.costUsd).toBe(0);
  });

  it('still costs the full price of a running EC2 fleet, all of it idle', () => {
    const m = idle((s) => {
      s.ec2 = { ...s.ec2, instanceType: 'm5.large', fleet: 'fixed', desired: 2 };
    });
    // 2 instances x 1 h x $0.096 = $0.192, none of it busy.
    expect(m.ec2.costUsd).toBeCloseTo(0.192, 9);
    expect(m.ec2.idleCostUsd).toBeCloseTo(m.ec2.costUsd, 9);
  });

  it('costs the configured Provisioned Concurrency on Lambda', () => {
    const m = idle((s) => {
      s.lambda = { ...s.lambda, memoryMb: 1024, provisionedConcurrency: 5 };
    });
    // 5 environments x 1 GB x 3,600 s x $0.0000041667 = $0.07500060, all idle.
    expect(m.lambda.costUsd).toBeCloseTo(0.0750006, 9);
    expect(m.lambda.idleCostUsd).toBeCloseTo(m.lambda.costUsd, 9);
  });
});

/** Per-tick figures of every model, for comparing whole runs. */
function trace(settings: SimulationSettings, ticks: number): number[] {
  const sim = createSimulation(settings);
  const out: number[] = [];
  run(sim, ticks, (s) => {
    for (const id of MODELS) {
      const m = s[id].metrics;
      out.push(m.tickArrived, m.served, m.dropped, m.queued, m.units, m.costUsd);
    }
  });
  return out;
}

describe('determinism', () => {
  const settings = withPreset({ ...DEFAULT_SETTINGS, seed: 42 }, 'custom');

  it('gives the same trace for the same seed and settings', () => {
    expect(trace(settings, 1800)).toEqual(trace(structuredClone(settings), 1800));
  });

  it('gives a different trace for a different seed', () => {
    expect(trace(settings, 1800)).not.toEqual(trace({ ...settings, seed: 43 }, 1800));
  });

  it('depends on simulated time only, not on how it is cut into steps', () => {
    const whole = createSimulation(settings);
    const frames = createSimulation(settings);
    step(whole, 600);
    for (let i = 0; i < 600 * 60; i++) step(frames, 1 / 60);
    expect(frames.tick).toBe(600);
    expect(metrics(frames)).toEqual(metrics(whole));
  });

  it('keeps less than a tick for the next step', () => {
    const sim = createSimulation(settings);
    expect(step(sim, 0.6)).toBe(0);
    expect(step(sim, 0.6)).toBe(1);
    expect(sim.accumulatorS).toBeCloseTo(0.2, 12);
    expect(step(sim, Number.NaN)).toBe(0);
    expect(step(sim, 3600, 10)).toBe(10);
    expect(sim.accumulatorS).toBe(0);
    expect(sim.tick).toBe(11);
    expect(step(sim, -5)).toBe(0);
  });
});

describe('history', () => {
  it('keeps the last samples in a ring, rates averaged over each interval', () => {
    const arrivals = (tick: number) => tick % 5;
    const sim = createSimulation(DEFAULT_SETTINGS, {
      arrivals,
      historyCapacity: 10,
      historyEverySeconds: 5,
    });
    run(sim, 100);
    const h = sim.history;
    expect(h.length).toBe(10);
    const times = Array.from({ length: h.length }, (_, i) => h.timeS[historyIndex(h, i)]);
    expect(times).toEqual([55, 60, 65, 70, 75, 80, 85, 90, 95, 100]);
    // Each 5-tick interval holds 0 + 1 + 2 + 3 + 4 = 10 requests: 2 per second.
    for (let i = 0; i < h.length; i++)
      expect(h.models.lambda.demandRps[historyIndex(h, i)]).toBe(2);
    const newest = historyIndex(h, h.length - 1);
    expect(h.models.ec2.costUsd[newest]).toBe(sim.ec2.metrics.costUsd);
  });
});

describe('trace snapshots', () => {
  const checkpoints = [HOUR / 2, 2 * HOUR, 6 * HOUR];

  function summary(sim: Simulation) {
    const m = metrics(sim);
    const pick = (x: (typeof m)['ec2' | 'lambda' | 'ecs']) => ({
      arrived: x.arrived,
      served: x.served,
      dropped: x.dropped,
      queued: x.queued,
      inFlight: x.inFlight,
      units: x.units,
      p95Ms: Number.isNaN(x.p95Ms) ? null : Math.round(x.p95Ms),
      costCents: Math.round(x.costUsd * 100),
      idleCents: Math.round(x.idleCostUsd * 100),
    });
    return {
      hour: sim.tick / HOUR,
      ec2: { ...pick(m.ec2), desired: m.ec2.desired },
      lambda: { ...pick(m.lambda), coldStarts: m.lambda.coldStarts },
      ecs: { ...pick(m.ecs), hosts: m.ecs.hosts, pending: m.ecs.pendingTasks },
    };
  }

  it.each(PRESETS)('%s', (preset) => {
    const sim = createSimulation(withPreset(DEFAULT_SETTINGS, preset));
    const out = [];
    for (const at of checkpoints) {
      run(sim, at - sim.tick);
      out.push(summary(sim));
    }
    expect(out).toMatchSnapshot();
  });
});

describe('latency window', () => {
  it('reports p50/p95 of the last window only', () => {
    const windowS = FACTS.engine.latencyWindowS.value;
    const sim = createSimulation(DEFAULT_SETTINGS, { arrivals: (t) => (t < 10 ? 1 : 0) });
    run(sim, 20);
    expect(metrics(sim).ec2.p50Ms).toBeGreaterThan(0);
    run(sim, windowS);
    expect(metrics(sim).ec2.p50Ms).toBeNaN();
  });
});

describe('figures before the first tick', () => {
  it('show the EC2 fleet and the ECS service that exist from the start', () => {
    const sim = createSimulation(DEFAULT_SETTINGS);
    const m = metrics(sim);
    expect(m.ec2.inService).toBe(DEFAULT_SETTINGS.ec2.desired);
    expect(m.ec2.units).toBe(DEFAULT_SETTINGS.ec2.desired);
    expect(m.ecs.runningTasks).toBe(DEFAULT_SETTINGS.ecs.desired);
    expect(m.ecs.units).toBe(DEFAULT_SETTINGS.ecs.desired);
    expect(m.ecs.hosts).toBeGreaterThan(0);
  });
});
