import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, PRESETS, parseSettings, withPreset } from '../engine';
import { RUN_LENGTH_S, TASK_SIZES, settingsFromQuery, settingsToQuery } from './scenario';

const q = (s: string) => new URLSearchParams(s);

describe('settingsFromQuery', () => {
  it('gives the default scenario for an empty query', () => {
    expect(settingsFromQuery(q(''))).toEqual(parseSettings(DEFAULT_SETTINGS));
  });

  it('reads the preset with its workload, and each field from its short name', () => {
    const s = settingsFromQuery(
      q(
        'preset=sudden-spike&seed=42&rate=35&ec2=c5.large&ec2min=2&ec2max=30&ec2target=60&mem=512&reserved=100&provisioned=5&launch=fargate&task=1-2&ecstarget=70&host=t3.medium',
      ),
    );
    expect(s.preset).toBe('sudden-spike');
    expect(s.seed).toBe(42);
    expect(s.workload).toEqual({
      ...withPreset(DEFAULT_SETTINGS, 'sudden-spike').workload,
      ratePerSecond: 35,
    });
    expect(s.ec2).toMatchObject({
      instanceType: 'c5.large',
      min: 2,
      max: 30,
      targetCpuPercent: 60,
    });
    expect(s.lambda).toMatchObject({
      memoryMb: 512,
      reservedConcurrency: 100,
      provisionedConcurrency: 5,
    });
    expect(s.ecs).toMatchObject({
      launchType: 'fargate',
      taskVcpu: 1,
      taskMemoryGb: 2,
      targetCpuPercent: 70,
      hostType: 't3.medium',
    });
  });

  it('falls back to defaults for malformed values, without throwing', () => {
    const s = settingsFromQuery(
      q(
        'preset=nope&seed=abc&rate=1e999&ec2=m9.huge&ec2min=-&mem=%00&reserved=lots&launch=k8s&task=3-3&host=',
      ),
    );
    const d = parseSettings(DEFAULT_SETTINGS);
    expect(s).toEqual(d);
  });

  it('clamps out-of-range numbers through the engine parser', () => {
    const s = settingsFromQuery(q('mem=99999&ec2target=500&ec2min=50&ec2max=3'));
    expect(s.lambda.memoryMb).toBe(10240);
    expect(s.ec2.targetCpuPercent).toBe(100);
    expect(s.ec2.max).toBeGreaterThanOrEqual(s.ec2.min);
  });

  it('ignores unknown parameters and uses the first of repeated ones', () => {
    const s = settingsFromQuery(q('utm_source=x&seed=7&seed=8'));
    expect(s.seed).toBe(7);
  });

  it('reads reserved=none as unreserved', () => {
    expect(settingsFromQuery(q('reserved=none')).lambda.reservedConcurrency).toBeNull();
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const s = settingsFromQuery(q(raw));
        expect(PRESETS).toContain(s.preset);
      }),
    );
  });
});

describe('settingsToQuery', () => {
  it('writes only the preset for a preset with default settings', () => {
    for (const preset of PRESETS)
      expect(settingsToQuery(withPreset(DEFAULT_SETTINGS, preset)).toString()).toBe(
        `preset=${preset}`,
      );
  });

  it('round-trips every field the panel offers', () => {
    const s = parseSettings({
      ...withPreset(DEFAULT_SETTINGS, 'daily-peak'),
      seed: 9,
      workload: { ratePerSecond: 12.5, burstiness: 0.3, workMs: 250 },
      ec2: {
        ...DEFAULT_SETTINGS.ec2,
        instanceType: 't3.micro',
        min: 3,
        max: 12,
        targetCpuPercent: 40,
      },
      lambda: {
        ...DEFAULT_SETTINGS.lambda,
        memoryMb: 2048,
        reservedConcurrency: 50,
        provisionedConcurrency: 10,
      },
      ecs: {
        ...DEFAULT_SETTINGS.ecs,
        launchType: 'fargate',
        taskVcpu: 0.25,
        taskMemoryGb: 0.5,
        targetCpuPercent: 65,
      },
    });
    expect(settingsFromQuery(settingsToQuery(s))).toEqual(s);
  });

  it('offers only valid Fargate task sizes', () => {
    for (const size of TASK_SIZES) {
      const s = parseSettings({
        ...DEFAULT_SETTINGS,
        ecs: {
          ...DEFAULT_SETTINGS.ecs,
          launchType: 'fargate',
          taskVcpu: size.vcpu,
          taskMemoryGb: size.memoryGb,
        },
      });
      expect({ vcpu: s.ecs.taskVcpu, memoryGb: s.ecs.taskMemoryGb }).toEqual(size);
    }
  });

  it('has a run length for every preset', () => {
    for (const preset of PRESETS) expect(RUN_LENGTH_S[preset]).toBeGreaterThan(0);
  });
});
