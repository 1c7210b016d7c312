import { describe, expect, it } from 'vitest';
import { FACTS } from './facts';
import { DEFAULT_SETTINGS, type LambdaSettings, type SimulationSettings } from './settings';
import { createSimulation, lambdaEnvironments, metrics } from './simulation';
import { run, script } from './test-helpers';
import { ENVIRONMENT_STATE } from './lambda';

const L = FACTS.lambda;
/** 200 ms of work at 1,024 MB: 0.2 s per request, so one environment serves 5 requests per 1 s tick. */
function settings(lambda: Partial<LambdaSettings> = {}): SimulationSettings {
  return {
    ...DEFAULT_SETTINGS,
    preset: 'custom',
    workload: { ratePerSecond: 0, burstiness: 0, workMs: 200 },
    lambda: { ...DEFAULT_SETTINGS.lambda, memoryMb: 1024, ...lambda },
  };
}

describe('cold starts', () => {
  it('happen only when no warm environment is free', () => {
    const sim = createSimulation(settings(), { arrivals: script({ 0: 1, 10: 1, 20: 5, 30: 6 }) });
    run(sim, 1);
    expect(sim.lambda.metrics.coldStarts).toBe(1);
    // Cold: init + duration.
    expect(metrics(sim).lambda.p50Ms).toBeCloseTo(L.coldStartInitMs.value + 200, 6);

    run(sim, 10); // tick 10: the environment is idle and warm
    expect(sim.lambda.metrics.coldStarts).toBe(1);
    run(sim, 10); // tick 20: 5 x 0.2 s fit in one warm environment's second
    expect(sim.lambda.metrics.coldStarts).toBe(1);
    expect(sim.lambda.metrics.environments).toBe(1);
    run(sim, 10); // tick 30: the sixth request finds no free environment
    expect(sim.lambda.metrics.coldStarts).toBe(2);
    expect(sim.lambda.metrics.environments).toBe(2);
  });

  it('come back after an environment has been idle long enough to be reclaimed', () => {
    const reclaimTicks = L.idleReclaimS.value;
    const sim = createSimulation(settings(), {
      arrivals: script({ 0: 1, [reclaimTicks - 10]: 1, [2 * reclaimTicks + 10]: 1 }),
    });
    run(sim, reclaimTicks);
    expect(sim.lambda.metrics.coldStarts).toBe(1);
    run(sim, reclaimTicks + 20);
    expect(sim.lambda.metrics.coldStarts).toBe(2);
    expect(sim.lambda.metrics.environments).toBe(1);
  });

  it('never happen up to the provisioned level, and environments stay initialized', () => {
    const sim = createSimulation(settings({ provisionedConcurrency: 2 }), {
      arrivals: (t) => (t % 50 === 0 ? 10 : 0),
    });
    run(sim, 2000);
    expect(sim.lambda.metrics.coldStarts).toBe(0);
    expect(sim.lambda.metrics.environments).toBe(2);
    expect(sim.lambda.metrics.served).toBe(sim.lambda.metrics.arrived);
  });

  it('spill over to on-demand environments above the provisioned level', () => {
    // 2 provisioned x 5 per tick = 10 without cold start. A new environment runs its cold request
    // (0.2 s init + 0.2 s) and then 3 more in the same second: 4 more requests need 1, 5 need 2.
    const four = createSimulation(settings({ provisionedConcurrency: 2 }), {
      arrivals: script({ 0: 14 }),
    });
    const five = createSimulation(settings({ provisionedConcurrency: 2 }), {
      arrivals: script({ 0: 15 }),
    });
    run(four, 1);
    run(five, 1);
    expect(four.lambda.metrics.coldStarts).toBe(1);
    expect(five.lambda.metrics.coldStarts).toBe(2);
    expect(five.lambda.metrics.dropped).toBe(0);
  });
});

describe('concurrency limits', () => {
  it('throttles above reserved concurrency, and not without it', () => {
    const burst = script({ 0: 100, 1: 100, 2: 100 });
    const limited = createSimulation(settings({ reservedConcurrency: 2 }), { arrivals: burst });
    const free = createSimulation(settings(), { arrivals: burst });
    let maxEnvironments = 0;
    run(
      limited,
      3,
      (s) => (maxEnvironments = Math.max(maxEnvironments, s.lambda.metrics.environments)),
    );
    run(free, 3);
    expect(maxEnvironments).toBe(2);
    // 2 environments x 5 requests per tick, at most, over 3 ticks.
    expect(limited.lambda.metrics.throttled).toBeGreaterThanOrEqual(300 - 3 * 10);
    expect(free.lambda.metrics.throttled).toBe(0);
  });

  it('throttles above the account concurrency', () => {
    const sim = createSimulation(settings({ accountConcurrency: 10 }), { arrivals: () => 200 });
    run(sim, 20);
    expect(sim.lambda.metrics.environments).toBe(10);
    expect(sim.lambda.metrics.throttled).toBeGreaterThan(0);
  });

  it('adds at most 1,000 environments per 10 s, even with room under the limit', () => {
    const windowTicks = L.scalingWindowS.value;
    const sim = createSimulation(settings({ accountConcurrency: 10_000 }), {
      arrivals: () => 40_000,
    });
    const environments: number[] = [];
    run(sim, 3 * windowTicks, (s) => environments.push(s.lambda.metrics.environments));
    for (let t = windowTicks; t < environments.length; t++) {
      expect((environments[t] ?? 0) - (environments[t - windowTicks] ?? 0)).toBeLessThanOrEqual(
        L.scalingEnvironments.value,
      );
    }
    expect(environments[0]).toBe(L.scalingEnvironments.value);
    expect(environments.at(-1)).toBe(3 * L.scalingEnvironments.value);
    expect(sim.lambda.metrics.throttled).toBeGreaterThan(0);
  });
});

describe('Lambda billing in the simulation', () => {
  it('charges requests and GB-seconds, after the free tier when it is on', () => {
    const arrivals = (t: number) => (t < 100 ? 10 : 0);
    const paid = createSimulation(settings({ freeTier: false }), { arrivals });
    const free = createSimulation(settings({ freeTier: true }), { arrivals });
    run(paid, 200);
    run(free, 200);
    // 1,000 requests x $0.20/M = $0.0002; 1,000 x 0.2 s x 1 GB = 200 GB-s x $0.0000166667 = $0.00333334.
    expect(paid.lambda.metrics.costUsd).toBeCloseTo(0.0002 + 0.00333334, 10);
    expect(free.lambda.metrics.costUsd).toBe(0);
  });

  it('bills Arm duration at the Arm price', () => {
    const arrivals = (t: number) => (t < 100 ? 10 : 0);
    const arm = createSimulation(settings({ freeTier: false, arch: 'arm64' }), { arrivals });
    run(arm, 200);
    // 200 GB-s x $0.0000133334 = $0.00266668, plus $0.0002 of requests.
    expect(arm.lambda.metrics.costUsd).toBeCloseTo(0.0002 + 0.00266668, 10);
  });
});

describe('environment view', () => {
  it('lists every environment once, grouped by state', () => {
    const sim = createSimulation(settings({ provisionedConcurrency: 3 }), {
      arrivals: script({ 0: 40, 5: 4 }),
    });
    run(sim, 1);
    let view = lambdaEnvironments(sim);
    expect(view.count).toBe(sim.lambda.metrics.environments);
    const states = Array.from(view.state.subarray(0, view.count));
    expect(states.filter((s) => s === ENVIRONMENT_STATE.initializing)).toHaveLength(
      sim.lambda.metrics.initializing,
    );
    expect(
      Array.from(view.provisioned.subarray(0, view.count)).filter((p) => p === 1),
    ).toHaveLength(3);
    run(sim, 10);
    view = lambdaEnvironments(sim);
    expect(
      Array.from(view.state.subarray(0, view.count)).every((s) => s === ENVIRONMENT_STATE.idle),
    ).toBe(true);
  });
});
