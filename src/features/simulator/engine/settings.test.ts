import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTS } from './facts';
import { DEFAULT_SETTINGS, parseSettings, withPreset } from './settings';
import { PRESET_WORKLOADS } from './workload';

describe('parseSettings', () => {
  it('keeps valid settings as they are', () => {
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to the defaults for anything that is not settings', () => {
    for (const input of [undefined, null, 42, 'x', [], { ec2: 'broken', lambda: null }]) {
      expect(parseSettings(input)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('reads numbers and booleans from query-string text', () => {
    const s = parseSettings({
      seed: '7',
      ec2: { desired: '3' },
      lambda: { freeTier: 'false', memoryMb: '2048' },
    });
    expect(s.seed).toBe(7);
    expect(s.ec2.desired).toBe(3);
    expect(s.lambda.freeTier).toBe(false);
    expect(s.lambda.memoryMb).toBe(2048);
  });

  it('clamps out-of-range numbers and replaces unknown choices', () => {
    const s = parseSettings({
      workload: { ratePerSecond: -5, burstiness: 3 },
      ec2: { instanceType: 'x1e.32xlarge', targetCpuPercent: 500 },
      lambda: { memoryMb: 64, arch: 'sparc' },
    });
    expect(s.workload.ratePerSecond).toBe(0);
    expect(s.workload.burstiness).toBe(1);
    expect(s.ec2.instanceType).toBe(DEFAULT_SETTINGS.ec2.instanceType);
    expect(s.ec2.targetCpuPercent).toBe(100);
    expect(s.lambda.memoryMb).toBe(FACTS.lambda.memoryMinMb.value);
    expect(s.lambda.arch).toBe('x86_64');
  });

  it('orders min <= desired <= max', () => {
    const s = parseSettings({
      ec2: { min: 5, max: 2, desired: 9 },
      ecs: { min: 3, max: 10, desired: 1 },
    });
    expect([s.ec2.min, s.ec2.desired, s.ec2.max]).toEqual([5, 5, 5]);
    expect([s.ecs.min, s.ecs.desired, s.ecs.max]).toEqual([3, 3, 10]);
  });

  it('keeps Lambda concurrency settings consistent', () => {
    expect(
      parseSettings({ lambda: { reservedConcurrency: null } }).lambda.reservedConcurrency,
    ).toBeNull();
    expect(parseSettings({ lambda: {} }).lambda.reservedConcurrency).toBeNull();
    expect(
      parseSettings({ lambda: { reservedConcurrency: 'abc' } }).lambda.reservedConcurrency,
    ).toBeNull();
    const s = parseSettings({
      lambda: { reservedConcurrency: 5000, accountConcurrency: 1000, provisionedConcurrency: 2000 },
    });
    expect(s.lambda.reservedConcurrency).toBe(1000);
    expect(s.lambda.provisionedConcurrency).toBe(1000);
    expect(
      parseSettings({ lambda: { reservedConcurrency: 10, provisionedConcurrency: 50 } }).lambda
        .provisionedConcurrency,
    ).toBe(10);
  });

  it('snaps Fargate tasks to a valid size and keeps EC2 tasks within their host', () => {
    const fargate = parseSettings({
      ecs: { launchType: 'fargate', taskVcpu: 0.3, taskMemoryGb: 8 },
    });
    expect([fargate.ecs.taskVcpu, fargate.ecs.taskMemoryGb]).toEqual([0.25, 2]);
    const ec2 = parseSettings({
      ecs: { launchType: 'ec2', hostType: 't3.micro', taskVcpu: 4, taskMemoryGb: 4 },
    });
    expect([ec2.ecs.taskVcpu, ec2.ecs.taskMemoryGb]).toEqual([2, 1]);
  });

  it('takes workload defaults from the preset', () => {
    expect(parseSettings({ preset: 'steady-api' }).workload).toEqual(
      PRESET_WORKLOADS['steady-api'],
    );
    expect(parseSettings({ preset: 'nope' }).preset).toBe(DEFAULT_SETTINGS.preset);
    const s = withPreset(
      { ...DEFAULT_SETTINGS, ec2: { ...DEFAULT_SETTINGS.ec2, max: 7 } },
      'sudden-spike',
    );
    expect(s.workload).toEqual(PRESET_WORKLOADS['sudden-spike']);
    expect(s.ec2.max).toBe(7);
  });

  it('is idempotent and survives a JSON round trip, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const once = parseSettings(input);
        expect(parseSettings(once)).toEqual(once);
        expect(parseSettings(JSON.parse(JSON.stringify(once)))).toEqual(once);
      }),
    );
  });
});
