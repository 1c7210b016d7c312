import { describe, expect, it } from 'vitest';
import { fargateMonthlyCost } from './cost';
import { createEcs, HOST_STATE, TASK_STATE, tickEcs, type EcsModel } from './ecs';
import { FACTS } from './facts';
import { DEFAULT_SETTINGS, type EcsSettings, type SimulationSettings } from './settings';
import { createSimulation, ecsHosts, ecsTasks } from './simulation';
import { SCALE_SCENARIO } from './scale-scenario';
import { run } from './test-helpers';

function settings(ecs: Partial<EcsSettings>): SimulationSettings {
  return {
    ...DEFAULT_SETTINGS,
    preset: 'custom',
    workload: { ratePerSecond: 0, burstiness: 0, workMs: 200 },
    ecs: { ...DEFAULT_SETTINGS.ecs, hostType: 'm5.large', ...ecs },
  };
}

/** Every host holds what its tasks say, within its vCPU and memory; returns the first broken rule. */
function placementError(m: EcsModel): string | null {
  const count = new Int32Array(m.hostState.length);
  for (let id = 0; id < m.taskState.length; id++) {
    const h = m.taskHost[id] ?? -1;
    const state = m.taskState[id];
    if (h >= 0) {
      if (m.hostState[h] !== HOST_STATE.active) return `task ${id} on inactive host ${h}`;
      if (state !== TASK_STATE.starting && state !== TASK_STATE.running)
        return `task ${id} placed in state ${state}`;
      count[h] = (count[h] ?? 0) + 1;
    } else if (!m.fargate && (state === TASK_STATE.starting || state === TASK_STATE.running)) {
      return `task ${id} runs without a host`;
    }
  }
  for (let h = 0; h < m.hostState.length; h++) {
    if (count[h] !== m.hostTaskCount[h])
      return `host ${h} counts ${m.hostTaskCount[h]} tasks, holds ${count[h]}`;
    if ((count[h] ?? 0) * m.settings.taskVcpu > m.hostVcpu + 1e-9) return `host ${h} over its vCPU`;
    if ((count[h] ?? 0) * m.settings.taskMemoryGb > m.hostMemoryGb + 1e-9)
      return `host ${h} over its memory`;
  }
  return null;
}

describe('ECS on the EC2 launch type', () => {
  it('keeps new tasks pending while hosts are full, until a new host has joined', () => {
    // 1-vCPU tasks: two fit on an m5.large. Saturating traffic makes the service scale from 2 to its max of 4.
    const sim = createSimulation(
      settings({ launchType: 'ec2', taskVcpu: 1, taskMemoryGb: 2, desired: 2, min: 2, max: 4 }),
      { arrivals: () => 60 },
    );
    const joinTicks = FACTS.ecs.hostJoinS.value;
    let pendingFrom = -1;
    let launchedAt = -1;
    let clearedAt = -1;
    run(sim, 1200, (s) => {
      const m = s.ecs.metrics;
      if (pendingFrom < 0 && m.pendingTasks > 0) {
        pendingFrom = s.tick;
        expect(m.hosts).toBe(1);
      }
      if (launchedAt < 0 && m.hostsLaunching > 0) launchedAt = s.tick;
      if (pendingFrom >= 0 && clearedAt < 0 && m.pendingTasks === 0) clearedAt = s.tick;
      if (pendingFrom >= 0 && clearedAt < 0) expect(m.runningTasks + m.startingTasks).toBe(2);
      expect(placementError(s.ecs)).toBeNull();
    });
    expect(pendingFrom).toBeGreaterThan(0);
    expect(launchedAt).toBeGreaterThanOrEqual(pendingFrom);
    // The host joins `hostJoinS` after its launch and takes the pending tasks at once.
    expect(clearedAt - launchedAt).toBe(joinTicks);
    expect(sim.ecs.metrics.hosts).toBe(2);
    expect(sim.ecs.metrics.runningTasks).toBe(4);
  });

  it('binpacks tasks onto as few hosts as possible, or spreads them evenly', () => {
    const base = {
      launchType: 'ec2',
      taskVcpu: 0.5,
      taskMemoryGb: 1,
      desired: 8,
      min: 8,
      max: 8,
    } as const;
    const packed = createSimulation(settings({ ...base, placement: 'binpack' }));
    const spread = createSimulation(settings({ ...base, placement: 'spread' }));
    const counts = (sim: typeof packed) =>
      Array.from(ecsHosts(sim).taskCount).filter(
        (_, h) => ecsHosts(sim).state[h] === HOST_STATE.active,
      );
    // 8 tasks of 0.5 vCPU on 2-vCPU hosts: 2 full hosts either way at the start.
    expect(counts(packed)).toEqual([4, 4]);
    expect(counts(spread)).toEqual([4, 4]);
    expect(ecsTasks(packed).host.filter((h) => h >= 0)).toHaveLength(8);
  });

  it('removes a host that stayed empty, and not before', () => {
    const sim = createSimulation(
      settings({ launchType: 'ec2', taskVcpu: 1, taskMemoryGb: 2, desired: 4, min: 1, max: 4 }),
      { arrivals: () => 0 },
    );
    let hostsAfterScaleIn = -1;
    let emptySince = -1;
    let removedAt = -1;
    run(sim, 4000, (s) => {
      const m = s.ecs.metrics;
      if (emptySince < 0 && m.runningTasks <= 2) {
        emptySince = s.tick;
        hostsAfterScaleIn = m.hosts;
      }
      if (emptySince >= 0 && removedAt < 0 && m.hosts < hostsAfterScaleIn) removedAt = s.tick;
    });
    expect(hostsAfterScaleIn).toBe(2);
    expect(removedAt - emptySince).toBeGreaterThanOrEqual(FACTS.ecs.hostScaleInIdleS.value);
    expect(sim.ecs.metrics.hosts).toBe(1);
  });

  it('keeps placement consistent at the scale of the benchmark', () => {
    const sim = createSimulation(SCALE_SCENARIO);
    let peakTasks = 0;
    let peakHosts = 0;
    for (let minute = 0; minute < 60; minute++) {
      run(sim, 60);
      peakTasks = Math.max(peakTasks, sim.ecs.metrics.runningTasks);
      peakHosts = Math.max(peakHosts, sim.ecs.metrics.hosts);
      expect(placementError(sim.ecs)).toBeNull();
    }
    expect(peakTasks).toBe(SCALE_SCENARIO.ecs.max);
    expect(peakHosts).toBe(SCALE_SCENARIO.ecs.max / 10);
  });
});

describe('ECS on Fargate', () => {
  it('bills running tasks per vCPU and GB like the Fargate price list', () => {
    const sim = createSimulation(
      settings({
        launchType: 'fargate',
        taskVcpu: 0.5,
        taskMemoryGb: 1,
        desired: 2,
        min: 2,
        max: 2,
      }),
    );
    run(sim, 3600);
    // 2 tasks x 1 h x (0.5 x $0.04048 + 1 x $0.004445) = $0.04937.
    expect(sim.ecs.metrics.costUsd).toBeCloseTo(0.04937, 9);
    expect(
      fargateMonthlyCost({ tasks: 2, secondsPerTask: 3600, vcpu: 0.5, memoryGb: 1 }).totalUsd,
    ).toBe(0.05);
    expect(ecsHosts(sim).state.every((s) => s === HOST_STATE.none)).toBe(true);
  });

  it('bills a task stopped within a minute for the full minute', () => {
    const s = settings({
      launchType: 'fargate',
      taskVcpu: 1,
      taskMemoryGb: 2,
      desired: 1,
      min: 1,
      max: 2,
    });
    const m = createEcs(s.ecs, 0.1);
    m.desired = 2;
    for (let tick = 0; tick < 20; tick++) tickEcs(m, tick, 0);
    m.desired = 1;
    tickEcs(m, 20, 0);
    // Per second: 1 vCPU x $0.04048/h + 2 GB x $0.004445/h = $0.04937/h.
    // The first task runs ticks 0..20 (21 s); the second starts at tick 0 (end of tick), stops
    // at tick 20 after 20 s and pays the 60 s minimum: 81 s in all.
    expect(m.metrics.runningTasks + m.metrics.startingTasks).toBe(1);
    expect(m.metrics.costUsd).toBeCloseTo((81 * 0.04937) / 3600, 12);
  });

  it('starts new tasks after the task start delay, with no hosts to wait for', () => {
    const sim = createSimulation(
      settings({
        launchType: 'fargate',
        taskVcpu: 0.25,
        taskMemoryGb: 0.5,
        desired: 1,
        min: 1,
        max: 10,
      }),
      { arrivals: () => 30 },
    );
    let startedAt = -1;
    let runningAt = -1;
    run(sim, 600, (s) => {
      const m = s.ecs.metrics;
      expect(m.pendingTasks).toBe(0);
      if (startedAt < 0 && m.startingTasks > 0) startedAt = s.tick;
      if (startedAt >= 0 && runningAt < 0 && m.runningTasks > 1) runningAt = s.tick;
    });
    expect(runningAt - startedAt).toBe(FACTS.ecs.taskStartS.value);
  });
});
