// The simulator's one settings object: plain, serializable (it rides in the URL), with defaults and a clamping parser.
import * as v from 'valibot';
import {
  ARCHES,
  FACTS,
  FARGATE_SIZES,
  INSTANCE_TYPES,
  type Arch,
  type InstanceType,
} from './facts';
import { clamp } from './money';
import { PRESET_WORKLOADS, PRESETS, type Preset, type WorkloadSettings } from './workload';

export const FLEET_MODES = ['fixed', 'asg'] as const;
export type FleetMode = (typeof FLEET_MODES)[number];
export const LAUNCH_TYPES = ['ec2', 'fargate'] as const;
export type LaunchType = (typeof LAUNCH_TYPES)[number];
export const PLACEMENTS = ['binpack', 'spread'] as const;
export type Placement = (typeof PLACEMENTS)[number];

export interface Ec2Settings {
  instanceType: InstanceType;
  /** `fixed`: `desired` instances, always. `asg`: Auto Scaling between `min` and `max`, starting at `desired`. */
  fleet: FleetMode;
  min: number;
  max: number;
  desired: number;
  targetCpuPercent: number;
  warmupS: number;
}

export interface LambdaSettings {
  memoryMb: number;
  arch: Arch;
  /** Caps this function's concurrency; `null` = unreserved (shares the account limit). */
  reservedConcurrency: number | null;
  provisionedConcurrency: number;
  freeTier: boolean;
  accountConcurrency: number;
}

export interface EcsSettings {
  launchType: LaunchType;
  taskVcpu: number;
  taskMemoryGb: number;
  /** Initial task count; service auto scaling then keeps it between `min` and `max`. */
  desired: number;
  min: number;
  max: number;
  targetCpuPercent: number;
  /** Container instance type for the EC2 launch type. */
  hostType: InstanceType;
  placement: Placement;
  /** Fargate CPU architecture (prices differ). */
  arch: Arch;
}

export interface SimulationSettings {
  seed: number;
  preset: Preset;
  workload: WorkloadSettings;
  ec2: Ec2Settings;
  lambda: LambdaSettings;
  ecs: EcsSettings;
}

export const DEFAULT_SETTINGS: SimulationSettings = {
  seed: 1,
  preset: 'image-uploads',
  workload: PRESET_WORKLOADS['image-uploads'],
  ec2: {
    instanceType: 'm5.large',
    fleet: 'asg',
    min: 1,
    max: 10,
    desired: 2,
    targetCpuPercent: 50,
    warmupS: FACTS.ec2.defaultWarmupS.value,
  },
  lambda: {
    memoryMb: 1024,
    arch: 'x86_64',
    reservedConcurrency: null,
    provisionedConcurrency: 0,
    freeTier: true,
    accountConcurrency: FACTS.lambda.accountConcurrency.value,
  },
  ecs: {
    launchType: 'ec2',
    taskVcpu: 0.5,
    taskMemoryGb: 1,
    desired: 2,
    min: 1,
    max: 40,
    targetCpuPercent: 50,
    hostType: 'm5.large',
    placement: 'binpack',
    arch: 'x86_64',
  },
};

/** Bounds of the inputs the UI offers; wider than any lesson needs, tight enough to keep the engine fast. */
const BOUNDS = {
  ratePerSecond: 100_000,
  /** One minute of work: even at 128 MB the Lambda run (8x longer) stays under its 900 s timeout. */
  workMs: 60_000,
  warmupS: 3600,
  accountConcurrency: 100_000,
} as const;

/** A number from JSON or from a query string, moved to the nearest bound when out of range. */
function numeric(min: number, max: number, integer: boolean) {
  return v.pipe(
    v.union([v.number(), v.pipe(v.string(), v.trim(), v.nonEmpty(), v.transform(Number))]),
    v.check((n: number) => Number.isFinite(n)),
    v.transform((n: number) => clamp(integer ? Math.round(n) : n, min, max)),
  );
}

/** Anything that is not a number takes `fallback`. */
function num(min: number, max: number, fallback: number, integer = false) {
  return v.fallback(numeric(min, max, integer), fallback);
}

function pick<const T extends readonly string[]>(options: T, fallback: T[number]) {
  return v.fallback(v.picklist(options), fallback);
}

function bool(fallback: boolean) {
  return v.fallback(
    v.union([
      v.boolean(),
      v.pipe(
        v.picklist(['true', 'false', '1', '0']),
        v.transform((s) => s === 'true' || s === '1'),
      ),
    ]),
    fallback,
  );
}

function settingsSchema(preset: Preset) {
  const d = DEFAULT_SETTINGS;
  const w = PRESET_WORKLOADS[preset];
  const maxTasks = FACTS.ecs.maxTasksPerService.value;
  const maxInstances = FACTS.ec2.maxInstances.value;
  const L = FACTS.lambda;
  return v.object({
    seed: num(0, 0xffffffff, d.seed, true),
    workload: v.object({
      ratePerSecond: num(0, BOUNDS.ratePerSecond, w.ratePerSecond),
      burstiness: num(0, 1, w.burstiness),
      workMs: num(1, BOUNDS.workMs, w.workMs),
    }),
    ec2: v.object({
      instanceType: pick(INSTANCE_TYPES, d.ec2.instanceType),
      fleet: pick(FLEET_MODES, d.ec2.fleet),
      min: num(0, maxInstances, d.ec2.min, true),
      max: num(0, maxInstances, d.ec2.max, true),
      desired: num(0, maxInstances, d.ec2.desired, true),
      targetCpuPercent: num(1, 100, d.ec2.targetCpuPercent),
      warmupS: num(0, BOUNDS.warmupS, d.ec2.warmupS, true),
    }),
    lambda: v.object({
      memoryMb: num(L.memoryMinMb.value, L.memoryMaxMb.value, d.lambda.memoryMb, true),
      arch: pick(ARCHES, d.lambda.arch),
      reservedConcurrency: v.fallback(
        v.nullable(numeric(0, BOUNDS.accountConcurrency, true)),
        d.lambda.reservedConcurrency,
      ),
      provisionedConcurrency: num(
        0,
        BOUNDS.accountConcurrency,
        d.lambda.provisionedConcurrency,
        true,
      ),
      freeTier: bool(d.lambda.freeTier),
      accountConcurrency: num(1, BOUNDS.accountConcurrency, d.lambda.accountConcurrency, true),
    }),
    ecs: v.object({
      launchType: pick(LAUNCH_TYPES, d.ecs.launchType),
      taskVcpu: num(FACTS.ecs.minTaskVcpuEc2.value, FACTS.ecs.maxTaskVcpu.value, d.ecs.taskVcpu),
      taskMemoryGb: num(
        FACTS.ecs.minTaskMemoryGbEc2.value,
        FACTS.ecs.maxTaskMemoryGb.value,
        d.ecs.taskMemoryGb,
      ),
      desired: num(0, maxTasks, d.ecs.desired, true),
      min: num(0, maxTasks, d.ecs.min, true),
      max: num(0, maxTasks, d.ecs.max, true),
      targetCpuPercent: num(1, 100, d.ecs.targetCpuPercent),
      hostType: pick(INSTANCE_TYPES, d.ecs.hostType),
      placement: pick(PLACEMENTS, d.ecs.placement),
      arch: pick(ARCHES, d.ecs.arch),
    }),
  });
}

function asRecord(x: unknown): Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : {};
}

const presetSchema = v.object({ preset: pick(PRESETS, DEFAULT_SETTINGS.preset) });

/** Orders min <= desired <= max, keeping `min` and `max` as given where they conflict. */
function orderRange(r: { min: number; max: number; desired: number }): void {
  if (r.max < r.min) r.max = r.min;
  r.desired = clamp(r.desired, r.min, r.max);
}

/** Nearest valid Fargate size: vCPU from the fixed list, memory inside that size's range. */
function fargateSize(vcpu: number, memoryGb: number): { vcpu: number; memoryGb: number } {
  let best = FARGATE_SIZES.sizes[0];
  for (const s of FARGATE_SIZES.sizes)
    if (best === undefined || Math.abs(s.vcpu - vcpu) < Math.abs(best.vcpu - vcpu)) best = s;
  if (best === undefined) return { vcpu, memoryGb };
  return { vcpu: best.vcpu, memoryGb: clamp(memoryGb, best.minMemoryGb, best.maxMemoryGb) };
}

/**
 * Reads settings from untrusted input (a URL, storage): unknown keys are dropped, each bad or
 * missing field takes its default (workload defaults follow the preset), numbers are clamped
 * into range, and cross-field rules are enforced. Never throws; idempotent.
 */
export function parseSettings(input: unknown): SimulationSettings {
  const root = asRecord(input);
  // A missing or broken section becomes an empty object, so each of its fields falls back on its own.
  const sections = {
    ...root,
    workload: asRecord(root.workload),
    ec2: asRecord(root.ec2),
    lambda: asRecord(root.lambda),
    ecs: asRecord(root.ecs),
  };
  const { preset } = v.parse(presetSchema, root);
  const s: SimulationSettings = { preset, ...v.parse(settingsSchema(preset), sections) };

  orderRange(s.ec2);
  orderRange(s.ecs);

  const lambda = s.lambda;
  if (lambda.reservedConcurrency !== null)
    lambda.reservedConcurrency = Math.min(lambda.reservedConcurrency, lambda.accountConcurrency);
  lambda.provisionedConcurrency = Math.min(
    lambda.provisionedConcurrency,
    lambda.reservedConcurrency ?? lambda.accountConcurrency,
  );

  const ecs = s.ecs;
  if (ecs.launchType === 'fargate') {
    const size = fargateSize(ecs.taskVcpu, ecs.taskMemoryGb);
    ecs.taskVcpu = size.vcpu;
    ecs.taskMemoryGb = size.memoryGb;
  } else {
    // A task larger than its host could never be placed.
    const host = FACTS.ec2Types[ecs.hostType];
    ecs.taskVcpu = Math.min(ecs.taskVcpu, host.vcpu.value);
    ecs.taskMemoryGb = Math.min(ecs.taskMemoryGb, host.memoryGib.value);
  }
  return s;
}

/** Settings for a preset: its workload defaults, everything else kept. */
export function withPreset(settings: SimulationSettings, preset: Preset): SimulationSettings {
  return parseSettings({ ...settings, preset, workload: PRESET_WORKLOADS[preset] });
}
