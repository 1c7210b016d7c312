// Item-by-item validation of untrusted stored data: a bad item drops itself, never its neighbours.
import * as v from 'valibot';

/** Enough to tell the learner and a bug report what happened without storing a novel. */
const MAX_LISTED_ISSUES = 20;

export class SalvageContext {
  readonly issues: string[] = [];
  issueCount = 0;

  constructor(
    /** Containers cut short by damaged text (see parseJsonSalvaging). */
    readonly incomplete: WeakSet<object> = new WeakSet(),
    /** Time of this decode, for migrations that must invent a timestamp. */
    readonly now: number = 0,
  ) {}

  issue(message: string): void {
    this.issueCount++;
    if (this.issues.length < MAX_LISTED_ISSUES) this.issues.push(message);
  }

  isIncomplete(value: unknown): boolean {
    return typeof value === 'object' && value !== null && this.incomplete.has(value);
  }

  summary(): string | undefined {
    if (this.issueCount === 0) return undefined;
    const more = this.issueCount - this.issues.length;
    return this.issues.join('; ') + (more > 0 ? `; and ${more} more` : '');
  }
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Unknown fields are dropped on rewrite, so they count as something lost (and kept in the backup). */
export function reportUnknownKeys(
  record: Record<string, unknown>,
  known: readonly string[],
  path: string,
  ctx: SalvageContext,
): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) ctx.issue(`${path}.${key}: unexpected field`);
  }
}

/**
 * Validates each item of an array on its own. `decode` may still refuse a well-formed item
 * (for example one pointing outside a lookup table) by returning undefined.
 */
export function salvageItems<S extends v.GenericSchema, T>(
  value: unknown,
  path: string,
  schema: S,
  decode: (item: v.InferOutput<S>) => T | undefined,
  ctx: SalvageContext,
): T[] {
  if (value === undefined) {
    ctx.issue(`${path}: missing`);
    return [];
  }
  if (!Array.isArray(value)) {
    ctx.issue(`${path}: not a list`);
    return [];
  }
  const out: T[] = [];
  value.forEach((item: unknown, index) => {
    const decoded = salvageOne(item, `${path}[${index}]`, schema, decode, ctx);
    if (decoded !== undefined) out.push(decoded);
  });
  return out;
}

/** Same as salvageItems for a record keyed by id. */
export function salvageEntries<S extends v.GenericSchema, T>(
  value: unknown,
  path: string,
  schema: S,
  decode: (item: v.InferOutput<S>, key: string) => T | undefined,
  ctx: SalvageContext,
): [string, T][] {
  const record = asRecord(value);
  if (record === undefined) {
    ctx.issue(`${path}: ${value === undefined ? 'missing' : 'not a record'}`);
    return [];
  }
  const out: [string, T][] = [];
  for (const [key, item] of Object.entries(record)) {
    const decoded = salvageOne(item, `${path}.${key}`, schema, (x) => decode(x, key), ctx);
    if (decoded !== undefined) out.push([key, decoded]);
  }
  return out;
}

export function salvageOne<S extends v.GenericSchema, T>(
  item: unknown,
  path: string,
  schema: S,
  decode: (item: v.InferOutput<S>) => T | undefined,
  ctx: SalvageContext,
): T | undefined {
  if (ctx.isIncomplete(item)) {
    ctx.issue(`${path}: cut short`);
    return undefined;
  }
  const result = v.safeParse(schema, item);
  const decoded = result.success ? decode(result.output) : undefined;
  if (decoded === undefined) ctx.issue(`${path}: invalid`);
  return decoded;
}

// Shared field schemas: times are epoch milliseconds, ids are short non-empty strings.
export const TimeSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
export const CountSchema = TimeSchema;
export const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
