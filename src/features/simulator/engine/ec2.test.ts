import { describe, expect, it } from 'vitest';
import { createEc2, INSTANCE_STATE, tickEc2 } from './ec2';
import { FACTS } from './facts';
import { DEFAULT_SETTINGS, type Ec2Settings, type SimulationSettings } from './settings';
import { createSimulation, ec2Instances, metrics } from './simulation';
import { run } from './test-helpers';

const BOOT_TICKS = FACTS.ec2.pendingS.value + FACTS.ec2.bootS.value;

function settings(ec2: Partial<Ec2Settings>): SimulationSettings {
  return {
    ...DEFAULT_SETTINGS,
    preset: 'custom',
    workload: { ratePerSecond: 0, burstiness: 0, workMs: 200 },
    ec2: { ...DEFAULT_SETTINGS.ec2, instanceType: 'm5.large', ...ec2 },
  };
}

describe('EC2 Auto Scaling', () => {
  it('adds capacity only after the instances have booted', () => {
    const sim = createSimulation(
      settings({ fleet: 'asg', min: 1, desired: 1, max: 4, targetCpuPercent: 50 }),
      { arrivals: () => 40 },
    );
    let launchedAt = -1;
    let inServiceAt = -1;
    run(sim, 900, (s) => {
      const m = s.ec2.metrics;
      if (launchedAt < 0 && m.desired > 1) {
        launchedAt = s.tick;
        expect(m.pending).toBe(m.desired - 1);
        expect(m.inService).toBe(1);
      }
      if (launchedAt >= 0 && inServiceAt < 0) {
        if (m.inService > 1) inServiceAt = s.tick;
        else expect(m.capacityRps).toBe(sim.ec2.slotsPerInstance / sim.ec2.pool.serviceS);
      }
    });
    expect(launchedAt).toBeGreaterThan(0);
    expect(inServiceAt - launchedAt).toBe(BOOT_TICKS);
  });

  it('queues requests, then drops them once they have waited past the timeout', () => {
    // One m5.large (2 vCPU) serves 2 / 0.1158 s = ~17 requests/s; 100/s saturates it.
    const sim = createSimulation(settings({ fleet: 'fixed', desired: 1 }), { arrivals: () => 100 });
    run(sim, 10);
    expect(sim.ec2.metrics.queued).toBeGreaterThan(0);
    expect(sim.ec2.metrics.dropped).toBe(0);
    run(sim, FACTS.engine.requestTimeoutS.value + 10);
    expect(sim.ec2.metrics.dropped).toBeGreaterThan(0);
    expect(sim.ec2.metrics.utilization).toBeCloseTo(1, 1);
    expect(metrics(sim).ec2.p95Ms).toBeGreaterThan(10_000);
  });

  it('bills at least 60 seconds for an instance stopped sooner', () => {
    const m = createEc2(settings({ fleet: 'asg', min: 1, desired: 1, max: 2 }).ec2, 0.1);
    const perS = FACTS.ec2Types['m5.large'].usdPerHour.value / 3600;
    m.desired = 2;
    for (let tick = 0; tick < 50; tick++) tickEc2(m, tick, 0);
    m.desired = 1;
    tickEc2(m, 50, 0);
    // The first instance runs ticks 0..50: 51 s. The second is launched at tick 0, billed from
    // tick 30 (end of pending), stopped at tick 50 after 20 s, and billed the 60 s minimum.
    expect(m.metrics.booting + m.metrics.inService + m.metrics.pending).toBe(1);
    expect(m.metrics.costUsd).toBeCloseTo((51 + 60) * perS, 12);
  });

  it('shows the idle share of a fixed fleet', () => {
    const sim = createSimulation(settings({ fleet: 'fixed', desired: 4 }), { arrivals: () => 5 });
    run(sim, 600);
    const view = ec2Instances(sim);
    expect(Array.from(view.state).filter((s) => s === INSTANCE_STATE.inService)).toHaveLength(4);
    // 5 x 0.1158 s of work per second on 8 vCPU: ~7% busy, ~93% of the cost idle.
    expect(view.busy).toBeCloseTo((5 * sim.ec2.pool.serviceS) / 8, 9);
    expect(sim.ec2.metrics.idleCostUsd / sim.ec2.metrics.costUsd).toBeCloseTo(1 - view.busy, 6);
  });
});
