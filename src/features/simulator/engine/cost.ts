// Monthly bills for a given usage, priced from the facts table with AWS's rounding rules.
import { FACTS, MS_PER_SECOND, SECONDS_PER_HOUR, type Arch, type InstanceType } from './facts';
import { bill, clamp, nonNegative, type Bill } from './money';

export type { Bill, BillLine } from './money';

const L = FACTS.lambda;

export interface LambdaUsage {
  requests: number;
  /** Average duration per request; billed rounded up to the ms. */
  durationMs: number;
  memoryMb: number;
  /** /tmp size; the first 512 MB are included. */
  ephemeralMb?: number;
  arch?: Arch;
  /** Subtract the monthly free tier (1M requests, 400,000 GB-s) before pricing. */
  freeTier?: boolean;
}

/** Billed duration in ms: rounded up to the billing granularity. */
export function lambdaBilledMs(durationMs: number): number {
  const g = L.billingGranularityMs.value;
  return Math.ceil(nonNegative(durationMs) / g) * g;
}

/** Lines: 'lambda.requests', 'lambda.duration', 'lambda.ephemeral' (always all three, zero when unused). */
export function lambdaMonthlyCost(usage: LambdaUsage): Bill {
  const { arch = 'x86_64', freeTier = true } = usage;
  const requests = nonNegative(usage.requests);
  const billedS = lambdaBilledMs(usage.durationMs) / MS_PER_SECOND;
  const memoryGb =
    clamp(nonNegative(usage.memoryMb), L.memoryMinMb.value, L.memoryMaxMb.value) / L.mbPerGb.value;
  const ephemeralMb = clamp(
    nonNegative(usage.ephemeralMb ?? L.ephemeralFreeMb.value),
    L.ephemeralFreeMb.value,
    L.ephemeralMaxMb.value,
  );
  const extraEphemeralGb = (ephemeralMb - L.ephemeralFreeMb.value) / L.mbPerGb.value;

  const gbSeconds = requests * billedS * memoryGb;
  const billableRequests = freeTier ? Math.max(0, requests - L.freeTierRequests.value) : requests;
  const billableGbSeconds = freeTier
    ? Math.max(0, gbSeconds - L.freeTierGbSeconds.value)
    : gbSeconds;

  return bill([
    ['lambda.requests', (billableRequests / 1_000_000) * L.requestUsdPerMillion.value],
    ['lambda.duration', billableGbSeconds * L.durationUsdPerGbSecond[arch].value],
    ['lambda.ephemeral', requests * billedS * extraEphemeralGb * L.ephemeralUsdPerGbSecond.value],
  ]);
}

export interface FargateUsage {
  /** Number of task runs. */
  tasks: number;
  /** Length of each run, from image pull to stop; billed per second with a 1-minute minimum. */
  secondsPerTask: number;
  vcpu: number;
  memoryGb: number;
  arch?: Arch;
}

/** Seconds billed for one run under per-second billing with a minimum per start; zero for no run. */
export function billedSeconds(seconds: number, minimumS: number): number {
  const s = nonNegative(seconds);
  return s === 0 ? 0 : Math.max(minimumS, Math.ceil(s));
}

/** Lines: 'fargate.vcpu', 'fargate.memory'. */
export function fargateMonthlyCost(usage: FargateUsage): Bill {
  const { arch = 'x86_64' } = usage;
  const F = FACTS.fargate;
  const hours =
    (nonNegative(usage.tasks) * billedSeconds(usage.secondsPerTask, F.minimumBilledS.value)) /
    SECONDS_PER_HOUR;
  return bill([
    ['fargate.vcpu', hours * nonNegative(usage.vcpu) * F.vcpuUsdPerHour[arch].value],
    ['fargate.memory', hours * nonNegative(usage.memoryGb) * F.memoryUsdPerGbHour[arch].value],
  ]);
}

export interface Ec2Usage {
  instanceType: InstanceType;
  /** Number of instance starts. */
  instances: number;
  /** Running time of each start; billed per second with a 60-second minimum. */
  secondsPerInstance: number;
}

/** On-Demand Linux. Line: 'ec2.compute'. */
export function ec2MonthlyCost(usage: Ec2Usage): Bill {
  const seconds =
    nonNegative(usage.instances) *
    billedSeconds(usage.secondsPerInstance, FACTS.ec2.minimumBilledS.value);
  return bill([
    [
      'ec2.compute',
      (seconds / SECONDS_PER_HOUR) * FACTS.ec2Types[usage.instanceType].usdPerHour.value,
    ],
  ]);
}
