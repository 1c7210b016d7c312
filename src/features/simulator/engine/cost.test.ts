import { describe, expect, it } from 'vitest';
import { ec2MonthlyCost, fargateMonthlyCost, lambdaMonthlyCost } from './cost';

const usd = (b: { lines: { item: string; usd: number }[] }) =>
  Object.fromEntries(b.lines.map((l) => [l.item, l.usd]));

describe('lambdaMonthlyCost', () => {
  it('costs nothing when the free tier covers the whole month', () => {
    // 500,000 requests <= 1M free; 500,000 x 0.1 s x 0.5 GB = 25,000 GB-s <= 400,000 free.
    const b = lambdaMonthlyCost({ requests: 500_000, durationMs: 100, memoryMb: 512 });
    expect(b.totalUsd).toBe(0);
    expect(usd(b)).toEqual({ 'lambda.requests': 0, 'lambda.duration': 0, 'lambda.ephemeral': 0 });
  });

  it('prices only what the free tier leaves over', () => {
    // requests: 5M - 1M = 4M x $0.20/M = $0.80
    // duration: 5M x 0.2 s x 1 GB = 1,000,000 GB-s - 400,000 = 600,000 x $0.0000166667 = $10.00002 -> $10.00
    const b = lambdaMonthlyCost({ requests: 5_000_000, durationMs: 200, memoryMb: 1024 });
    expect(usd(b)).toEqual({
      'lambda.requests': 0.8,
      'lambda.duration': 10,
      'lambda.ephemeral': 0,
    });
    expect(b.totalUsd).toBe(10.8);
  });

  it('rounds each duration up to the next ms before pricing', () => {
    // 101.2 ms -> 102 ms. 1M x 0.102 s x 0.5 GB = 51,000 GB-s x $0.0000166667 = $0.8500017 -> $0.85
    // (101 ms would give 50,500 GB-s = $0.84). requests: 1M x $0.20/M = $0.20, no free tier.
    const b = lambdaMonthlyCost({
      requests: 1_000_000,
      durationMs: 101.2,
      memoryMb: 512,
      freeTier: false,
    });
    expect(usd(b)).toEqual({
      'lambda.requests': 0.2,
      'lambda.duration': 0.85,
      'lambda.ephemeral': 0,
    });
    expect(b.totalUsd).toBe(1.05);
  });

  it('prices Arm duration below x86', () => {
    // 10M x 0.5 s x 2 GB = 10,000,000 GB-s. x86: x $0.0000166667 = $166.667 -> $166.67;
    // Arm: x $0.0000133334 = $133.334 -> $133.33. requests: 10M x $0.20/M = $2.00.
    const usage = { requests: 10_000_000, durationMs: 500, memoryMb: 2048, freeTier: false };
    const x86 = lambdaMonthlyCost(usage);
    const arm = lambdaMonthlyCost({ ...usage, arch: 'arm64' });
    expect(usd(x86)['lambda.duration']).toBe(166.67);
    expect(usd(arm)['lambda.duration']).toBe(133.33);
    expect(x86.totalUsd).toBe(168.67);
    expect(arm.totalUsd).toBe(135.33);
  });

  it('bills ephemeral storage above 512 MB per GB-second', () => {
    // extra = (10,240 - 512) MB = 9,728 MB = 9.5 GB; 1M x 1 s x 9.5 GB = 9,500,000 GB-s x $0.0000000309 = $0.29355 -> $0.29
    // duration: 1M x 1 s x 0.125 GB = 125,000 GB-s x $0.0000166667 = $2.0833375 -> $2.08; requests $0.20.
    const b = lambdaMonthlyCost({
      requests: 1_000_000,
      durationMs: 1000,
      memoryMb: 128,
      ephemeralMb: 10_240,
      freeTier: false,
    });
    expect(usd(b)).toEqual({
      'lambda.requests': 0.2,
      'lambda.duration': 2.08,
      'lambda.ephemeral': 0.29,
    });
    expect(b.totalUsd).toBe(2.57);
  });

  it('sums rounded cents, so the total has no floating error', () => {
    // requests: 0.5M x $0.20/M = $0.10; duration: 0.5M x 0.024 s x 1 GB = 12,000 GB-s = $0.2000004 -> $0.20.
    // 0.1 + 0.2 in floating point is 0.30000000000000004; the bill must say 0.3.
    const b = lambdaMonthlyCost({
      requests: 500_000,
      durationMs: 24,
      memoryMb: 1024,
      freeTier: false,
    });
    expect(b.totalUsd).toBe(0.3);
  });

  it('is zero for zero usage, with or without the free tier', () => {
    for (const freeTier of [true, false]) {
      const b = lambdaMonthlyCost({ requests: 0, durationMs: 0, memoryMb: 128, freeTier });
      expect(b.totalUsd).toBe(0);
      expect(b.lines.map((l) => l.item)).toEqual([
        'lambda.requests',
        'lambda.duration',
        'lambda.ephemeral',
      ]);
    }
  });
});

describe('fargateMonthlyCost', () => {
  it('bills a short task for a full minute', () => {
    // 10,000 runs of 20 s are billed 60 s each: 600,000 s = 166.667 h.
    // vCPU: 166.667 h x 1 vCPU x $0.04048 = $6.7467 -> $6.75; memory: 166.667 h x 2 GB x $0.004445 = $1.4817 -> $1.48.
    // (Without the minimum it would be 55.556 h: $2.25 + $0.49.)
    const b = fargateMonthlyCost({ tasks: 10_000, secondsPerTask: 20, vcpu: 1, memoryGb: 2 });
    expect(usd(b)).toEqual({ 'fargate.vcpu': 6.75, 'fargate.memory': 1.48 });
    expect(b.totalUsd).toBe(8.23);
  });

  it('prices Arm below x86 for a month-long service', () => {
    // 2 tasks x 730 h, 0.5 vCPU, 1 GB: 730 vCPU-h and 1,460 GB-h.
    // x86: 730 x $0.04048 = $29.5504 -> $29.55; 1,460 x $0.004445 = $6.4897 -> $6.49; total $36.04.
    // Arm: 730 x $0.03238 = $23.6374 -> $23.64; 1,460 x $0.00356 = $5.1976 -> $5.20; total $28.84.
    const usage = { tasks: 2, secondsPerTask: 730 * 3600, vcpu: 0.5, memoryGb: 1 };
    expect(fargateMonthlyCost(usage).totalUsd).toBe(36.04);
    const arm = fargateMonthlyCost({ ...usage, arch: 'arm64' });
    expect(usd(arm)).toEqual({ 'fargate.vcpu': 23.64, 'fargate.memory': 5.2 });
    expect(arm.totalUsd).toBe(28.84);
  });

  it('is zero with no tasks or no running time', () => {
    expect(
      fargateMonthlyCost({ tasks: 0, secondsPerTask: 3600, vcpu: 4, memoryGb: 8 }).totalUsd,
    ).toBe(0);
    expect(
      fargateMonthlyCost({ tasks: 10, secondsPerTask: 0, vcpu: 4, memoryGb: 8 }).totalUsd,
    ).toBe(0);
  });
});

describe('ec2MonthlyCost', () => {
  it('bills each start for at least 60 seconds', () => {
    // 100 starts of 30 s are billed 60 s each: 6,000 s = 1.6667 h x $0.096 = $0.16 (without the minimum: $0.08).
    const b = ec2MonthlyCost({ instanceType: 'm5.large', instances: 100, secondsPerInstance: 30 });
    expect(b).toEqual({ lines: [{ item: 'ec2.compute', usd: 0.16 }], totalUsd: 0.16 });
  });

  it('bills per second past the minimum', () => {
    // 3 x c5.large x 730 h = 2,190 h x $0.085 = $186.15.
    expect(
      ec2MonthlyCost({ instanceType: 'c5.large', instances: 3, secondsPerInstance: 730 * 3600 })
        .totalUsd,
    ).toBe(186.15);
    // 1 x t3.medium x 5,400 s = 1.5 h x $0.0416 = $0.0624 -> $0.06.
    expect(
      ec2MonthlyCost({ instanceType: 't3.medium', instances: 1, secondsPerInstance: 5400 })
        .totalUsd,
    ).toBe(0.06);
    // 1 x t3.micro x 10 h: $0.104 -> $0.10.
    expect(
      ec2MonthlyCost({ instanceType: 't3.micro', instances: 1, secondsPerInstance: 36_000 })
        .totalUsd,
    ).toBe(0.1);
  });

  it('is zero for zero usage', () => {
    expect(
      ec2MonthlyCost({ instanceType: 'm5.large', instances: 0, secondsPerInstance: 3600 }).totalUsd,
    ).toBe(0);
    expect(
      ec2MonthlyCost({ instanceType: 'm5.large', instances: 5, secondsPerInstance: 0 }).totalUsd,
    ).toBe(0);
  });
});
