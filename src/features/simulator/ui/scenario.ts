// A scenario as the panel runs it: run length and speeds, and its round trip through the URL query.
import * as v from 'valibot';
import {
  DEFAULT_SETTINGS,
  INSTANCE_TYPES,
  LAUNCH_TYPES,
  PRESETS,
  parseSettings,
  withPreset,
  type Preset,
  type SimulationSettings,
} from '../engine';

/** Playback choices of the panel (UI pacing, not AWS figures). */
export const PLAYBACK = {
  /** Simulated seconds per real second. */
  speeds: [1, 10, 60, 300, 600] as const,
  defaultSpeed: 60,
  /** Simulated seconds the Step button advances. */
  stepS: 60,
  /** Longest real time one animation frame may account for (a background tab must not run minutes at once). */
  maxFrameS: 0.1,
  /** With reduced motion the scene moves in steps of this much real time. */
  reducedMotionStepS: 1,
  /** Figures and the cost meter re-render at most this often (ms). */
  figuresEveryMs: 250,
  /** The screen-reader summary is announced at most this often (ms). */
  announceEveryMs: 5000,
  /** Chart samples kept per run. */
  chartSamples: 3600,
} as const;

export type Speed = (typeof PLAYBACK.speeds)[number];

/** Simulated seconds one run lasts: long enough for the preset's story (a day for the daily peak). */
export const RUN_LENGTH_S: Readonly<Record<Preset, number>> = {
  'image-uploads': 3600,
  'steady-api': 3600,
  'daily-peak': 86_400,
  'sudden-spike': 3600,
  'idle-night': 3600,
  custom: 3600,
};

/** ECS task sizes the panel offers (each valid on Fargate). */
export const TASK_SIZES = [
  { vcpu: 0.25, memoryGb: 0.5 },
  { vcpu: 0.5, memoryGb: 1 },
  { vcpu: 1, memoryGb: 2 },
  { vcpu: 2, memoryGb: 4 },
] as const;

export function taskSizeId(size: { vcpu: number; memoryGb: number }): string {
  return `${size.vcpu}-${size.memoryGb}`;
}

/** Query parameter → path in the settings object. Short names keep shared links readable. */
const QUERY_FIELDS = {
  seed: ['seed'],
  rate: ['workload', 'ratePerSecond'],
  burst: ['workload', 'burstiness'],
  work: ['workload', 'workMs'],
  ec2: ['ec2', 'instanceType'],
  ec2min: ['ec2', 'min'],
  ec2max: ['ec2', 'max'],
  ec2target: ['ec2', 'targetCpuPercent'],
  mem: ['lambda', 'memoryMb'],
  reserved: ['lambda', 'reservedConcurrency'],
  provisioned: ['lambda', 'provisionedConcurrency'],
  launch: ['ecs', 'launchType'],
  ecstarget: ['ecs', 'targetCpuPercent'],
  host: ['ecs', 'hostType'],
} as const;
type QueryField = keyof typeof QUERY_FIELDS;

/** A finite number written as text; anything else is dropped (the field then takes its default). */
const numberText = v.fallback(
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.regex(/^-?\d+(\.\d+)?$/),
      v.transform(Number),
      v.check((n) => Number.isFinite(n)),
    ),
  ),
  undefined,
);
const oneOf = <const T extends readonly string[]>(options: T) =>
  v.fallback(v.optional(v.picklist(options)), undefined);

const querySchema = v.object({
  preset: oneOf(PRESETS),
  seed: numberText,
  rate: numberText,
  burst: numberText,
  work: numberText,
  ec2: oneOf(INSTANCE_TYPES),
  ec2min: numberText,
  ec2max: numberText,
  ec2target: numberText,
  mem: numberText,
  reserved: v.fallback(
    v.optional(
      v.union([v.literal('none'), v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number))]),
    ),
    undefined,
  ),
  provisioned: numberText,
  launch: oneOf(LAUNCH_TYPES),
  task: oneOf(TASK_SIZES.map(taskSizeId) as readonly string[]),
  ecstarget: numberText,
  host: oneOf(INSTANCE_TYPES),
});

function first(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, value] of params) if (!(k in out)) out[k] = value;
  return out;
}

function setPath(
  target: Record<string, Record<string, unknown>>,
  path: readonly string[],
  value: unknown,
) {
  const [a, b] = path;
  if (a === undefined) return;
  if (b === undefined) {
    (target as Record<string, unknown>)[a] = value;
    return;
  }
  target[a] = { ...target[a], [b]: value };
}

function getPath(settings: SimulationSettings, path: readonly string[]): unknown {
  let at: unknown = settings;
  for (const key of path) at = (at as Record<string, unknown>)[key];
  return at;
}

/**
 * Settings from a URL query. Unknown parameters are ignored, malformed ones fall back to the
 * preset's defaults, and the engine's parser clamps the rest; never throws.
 */
export function settingsFromQuery(params: URLSearchParams): SimulationSettings {
  const q = v.parse(querySchema, first(params));
  const base = withPreset(DEFAULT_SETTINGS, q.preset ?? DEFAULT_SETTINGS.preset);
  const raw: Record<string, Record<string, unknown>> = {
    workload: { ...base.workload },
    ec2: { ...base.ec2 },
    lambda: { ...base.lambda },
    ecs: { ...base.ecs },
  };
  (raw as Record<string, unknown>).preset = base.preset;
  (raw as Record<string, unknown>).seed = base.seed;
  for (const field of Object.keys(QUERY_FIELDS) as QueryField[]) {
    const value = q[field];
    if (value === undefined) continue;
    setPath(raw, QUERY_FIELDS[field], field === 'reserved' && value === 'none' ? null : value);
  }
  const size = TASK_SIZES.find((s) => taskSizeId(s) === q.task);
  if (size) raw.ecs = { ...raw.ecs, taskVcpu: size.vcpu, taskMemoryGb: size.memoryGb };
  return parseSettings(raw);
}

function text(value: unknown): string {
  if (value === null) return 'none';
  return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
}

/** The query for `settings`: the preset, plus only what differs from that preset's defaults. */
export function settingsToQuery(settings: SimulationSettings): URLSearchParams {
  const base = withPreset(DEFAULT_SETTINGS, settings.preset);
  const out = new URLSearchParams({ preset: settings.preset });
  for (const field of Object.keys(QUERY_FIELDS) as QueryField[]) {
    const value = text(getPath(settings, QUERY_FIELDS[field]));
    if (value !== text(getPath(base, QUERY_FIELDS[field]))) out.set(field, value);
  }
  const task = taskSizeId({ vcpu: settings.ecs.taskVcpu, memoryGb: settings.ecs.taskMemoryGb });
  if (task !== taskSizeId({ vcpu: base.ecs.taskVcpu, memoryGb: base.ecs.taskMemoryGb }))
    out.set('task', task);
  return out;
}
