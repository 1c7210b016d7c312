// Stored text ↔ progress: the compact current format, and a decoder that migrates and salvages.
import * as v from 'valibot';
import { parseJsonPrefixAt, parseJsonSalvaging } from './json-salvage';
import { normalizeProgress } from './merge';
import { decodeV0 } from './migrations';
import {
  CountSchema,
  IdSchema,
  SalvageContext,
  TimeSchema,
  asRecord,
  reportUnknownKeys,
  salvageEntries,
  salvageItems,
  salvageOne,
} from './salvage';
import {
  ANSWER_MODES,
  CONFIDENCES,
  CURRENT_VERSION,
  DOMAIN_KEYS,
  INITIAL_GENERATION,
  type ActiveExam,
  type AnswerRecord,
  type ByDomain,
  type FinishedExam,
  type ProgressData,
} from './types';

/*
 * Version 1 layout, smallest and most valuable parts first so that a truncated text keeps
 * them (answers, the bulk, come last):
 *   { "version": 1, "state": {
 *       "g": [generationAt, generationId],
 *       "s": [...strings],                 question and option ids, each stored once
 *       "l": { lessonId: [readAt | null, changedAt] },
 *       "d": [...discarded exam ids],
 *       "x": [...active exams],            { i, s, q, dl, t, u, r: [[pos, at, [opt]]], fl: [[pos, at, 0|1]] }
 *       "e": [...finished exams],          { i, s, f, q, r: [[opt] per question], fl: [pos], t, p, sc, b }
 *       "a": [[id, question, [opt], flags, at], ...] } }
 * Numbers in q, r and a index into "s". Every answer tuple is self-contained apart from
 * those indexes, so damage to one never spoils the others.
 */

type EncodedAnswer = [id: string, question: number, selected: number[], flags: number, at: number];

interface EncodedExam {
  i: string;
  s: number;
  f: number;
  q: number[];
  r: number[][];
  fl: number[];
  t: 0 | 1;
  p: number;
  sc: number;
  b: [number, number][];
}

interface EncodedActive {
  i: string;
  s: number;
  q: number[];
  dl: number;
  t: 0 | 1;
  u: number;
  r: [number, number, number[]][];
  fl: [number, number, 0 | 1][];
}

export interface EncodedState {
  g: [number, string];
  s: string[];
  l: Record<string, [number | null, number]>;
  d: string[];
  x: EncodedActive[];
  e: EncodedExam[];
  a: EncodedAnswer[];
}

const STATE_KEYS = ['g', 's', 'l', 'd', 'x', 'e', 'a'] as const;

// Answer flags: bit 0 correct, bits 1-2 confidence (0 = not asked), bits 3-4 mode.
const CONFIDENCE_SHIFT = 1;
const MODE_SHIFT = 3;

function packFlags(answer: AnswerRecord): number {
  const confidence =
    answer.confidence === undefined ? 0 : CONFIDENCES.indexOf(answer.confidence) + 1;
  return (
    (answer.correct ? 1 : 0) |
    (confidence << CONFIDENCE_SHIFT) |
    (ANSWER_MODES.indexOf(answer.mode) << MODE_SHIFT)
  );
}

function unpackFlags(
  flags: number,
): Pick<AnswerRecord, 'correct' | 'confidence' | 'mode'> | undefined {
  const confidence = (flags >> CONFIDENCE_SHIFT) & 3;
  const mode = ANSWER_MODES[flags >> MODE_SHIFT];
  if (mode === undefined) return undefined;
  const sure = confidence === 0 ? undefined : CONFIDENCES[confidence - 1];
  return { correct: (flags & 1) === 1, mode, ...(sure === undefined ? {} : { confidence: sure }) };
}

class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  ref(value: string): number {
    let at = this.index.get(value);
    if (at === undefined) {
      at = this.strings.push(value) - 1;
      this.index.set(value, at);
    }
    return at;
  }

  refs(values: readonly string[]): number[] {
    return values.map((value) => this.ref(value));
  }
}

export function encodeState(data: ProgressData): EncodedState {
  const table = new StringTable();
  const x = Object.values(data.activeExams).map((exam): EncodedActive => {
    const positions = new Map(exam.questionIds.map((id, pos) => [id, pos]));
    const stamped = (stamps: Readonly<Record<string, number>>) =>
      Object.entries(stamps)
        .flatMap(([id, at]) => {
          const pos = positions.get(id);
          return pos === undefined ? [] : [{ id, pos, at }];
        })
        .sort((p, q) => p.pos - q.pos);
    return {
      i: exam.id,
      s: exam.startedAt,
      q: table.refs(exam.questionIds),
      dl: exam.deadline,
      t: exam.extraTime ? 1 : 0,
      u: exam.updatedAt,
      r: stamped(exam.responseAt).map(({ id, pos, at }) => [
        pos,
        at,
        table.refs(exam.responses[id] ?? []),
      ]),
      fl: stamped(exam.flagAt).map(({ id, pos, at }) => [
        pos,
        at,
        exam.flagged.includes(id) ? 1 : 0,
      ]),
    };
  });
  const e = data.exams.map((exam): EncodedExam => ({
    i: exam.id,
    s: exam.startedAt,
    f: exam.finishedAt,
    q: table.refs(exam.questionIds),
    r: exam.questionIds.map((id) => table.refs(exam.responses[id] ?? [])),
    fl: exam.questionIds.flatMap((id, pos) => (exam.flagged.includes(id) ? [pos] : [])),
    t: exam.extraTime ? 1 : 0,
    p: exam.scorePercent,
    sc: exam.estimatedScaled,
    b: DOMAIN_KEYS.map((key) => [exam.byDomain[key].correct, exam.byDomain[key].total]),
  }));
  const a = data.answers.map((answer): EncodedAnswer => [
    answer.id,
    table.ref(answer.questionId),
    table.refs(answer.selected),
    packFlags(answer),
    answer.at,
  ]);
  const l: Record<string, [number | null, number]> = {};
  for (const id of Object.keys(data.lessonChangedAt).sort()) {
    l[id] = [data.lessonsRead[id] ?? null, data.lessonChangedAt[id] ?? 0];
  }
  return {
    g: [data.generation.at, data.generation.id],
    s: table.strings,
    l,
    d: [...data.discardedExamIds],
    x,
    e,
    a,
  };
}

export function encodeStored(data: ProgressData): string {
  return JSON.stringify({ version: CURRENT_VERSION, state: encodeState(data) });
}

/** Equal progress encodes to equal text, since states are kept normalized. */
export function sameProgress(a: ProgressData, b: ProgressData): boolean {
  return a === b || encodeStored(a) === encodeStored(b);
}

// ---------------------------------------------------------------- decoding

const IndexSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const IndexListSchema = v.array(IndexSchema);
const BitSchema = v.picklist([0, 1]);
const FlagsSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(31));
const EncodedAnswerSchema = v.strictTuple([
  IdSchema,
  IndexSchema,
  IndexListSchema,
  FlagsSchema,
  TimeSchema,
]);
const LessonSchema = v.strictTuple([v.nullable(TimeSchema), TimeSchema]);
const GenerationSchema = v.strictTuple([TimeSchema, v.pipe(v.string(), v.maxLength(200))]);
const TallySchema = v.pipe(
  v.strictTuple([CountSchema, CountSchema]),
  v.check(([correct, total]) => correct <= total),
);
const PercentSchema = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100));
const ScaledSchema = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1000));

const EncodedExamSchema = v.object({
  i: IdSchema,
  s: TimeSchema,
  f: TimeSchema,
  q: IndexListSchema,
  r: v.array(IndexListSchema),
  fl: IndexListSchema,
  t: BitSchema,
  p: PercentSchema,
  sc: ScaledSchema,
  b: v.strictTuple([TallySchema, TallySchema, TallySchema, TallySchema]),
});

const EncodedActiveSchema = v.object({
  i: IdSchema,
  s: TimeSchema,
  q: IndexListSchema,
  dl: TimeSchema,
  t: BitSchema,
  u: TimeSchema,
  r: v.array(v.strictTuple([IndexSchema, TimeSchema, IndexListSchema])),
  fl: v.array(v.strictTuple([IndexSchema, TimeSchema, BitSchema])),
});

/** Resolves indexes into the string table; undefined when any of them is missing or damaged. */
class Lookup {
  constructor(private readonly table: readonly (string | null)[]) {}

  one(index: number): string | undefined {
    return this.table[index] ?? undefined;
  }

  all(indexes: readonly number[]): string[] | undefined {
    const out: string[] = [];
    for (const index of indexes) {
      const value = this.one(index);
      if (value === undefined) return undefined;
      out.push(value);
    }
    return out;
  }

  /** Question ids of an exam: all resolvable and no question twice. */
  questions(indexes: readonly number[]): string[] | undefined {
    const ids = this.all(indexes);
    return ids !== undefined && new Set(ids).size === ids.length ? ids : undefined;
  }
}

function decodeAnswer(
  [id, question, selected, flags, at]: EncodedAnswer,
  lookup: Lookup,
): AnswerRecord | undefined {
  const questionId = lookup.one(question);
  const options = lookup.all(selected);
  const unpacked = unpackFlags(flags);
  if (questionId === undefined || options === undefined || unpacked === undefined) return undefined;
  return { id, questionId, selected: options, ...unpacked, at };
}

function decodeExam(
  exam: v.InferOutput<typeof EncodedExamSchema>,
  lookup: Lookup,
): FinishedExam | undefined {
  const questionIds = lookup.questions(exam.q);
  if (questionIds === undefined || exam.r.length !== questionIds.length) return undefined;
  const responses: Record<string, readonly string[]> = {};
  for (const [pos, id] of questionIds.entries()) {
    const selected = lookup.all(exam.r[pos] ?? []);
    if (selected === undefined) return undefined;
    if (selected.length > 0) responses[id] = selected;
  }
  const flagged: string[] = [];
  for (const pos of [...new Set(exam.fl)].sort((x, y) => x - y)) {
    const id = questionIds[pos];
    if (id === undefined) return undefined;
    flagged.push(id);
  }
  const tally = ([correct, total]: readonly [number, number]) => ({ correct, total });
  const byDomain: ByDomain = {
    '1': tally(exam.b[0]),
    '2': tally(exam.b[1]),
    '3': tally(exam.b[2]),
    '4': tally(exam.b[3]),
  };
  return {
    id: exam.i,
    startedAt: exam.s,
    finishedAt: exam.f,
    questionIds,
    responses,
    flagged,
    extraTime: exam.t === 1,
    scorePercent: exam.p,
    estimatedScaled: exam.sc,
    byDomain,
  };
}

function decodeActive(
  exam: v.InferOutput<typeof EncodedActiveSchema>,
  lookup: Lookup,
): ActiveExam | undefined {
  const questionIds = lookup.questions(exam.q);
  if (questionIds === undefined) return undefined;
  const responses: Record<string, readonly string[]> = {};
  const responseAt: Record<string, number> = {};
  for (const [pos, at, selectedRefs] of exam.r) {
    const id = questionIds[pos];
    const selected = lookup.all(selectedRefs);
    if (id === undefined || selected === undefined || id in responseAt) return undefined;
    responseAt[id] = at;
    if (selected.length > 0) responses[id] = selected;
  }
  const flagAt: Record<string, number> = {};
  for (const [pos, at] of exam.fl) {
    const id = questionIds[pos];
    if (id === undefined || id in flagAt) return undefined;
    flagAt[id] = at;
  }
  const flaggedPositions = new Set(exam.fl.filter(([, , on]) => on === 1).map(([pos]) => pos));
  return {
    id: exam.i,
    startedAt: exam.s,
    questionIds,
    deadline: exam.dl,
    extraTime: exam.t === 1,
    responses,
    flagged: questionIds.filter((_, pos) => flaggedPositions.has(pos)),
    updatedAt: exam.u,
    responseAt,
    flagAt,
  };
}

/** Where damaged text can still be read: the raw text, to resync on known fields. */
interface DamagedText {
  text: string;
}

export function decodeV1(state: unknown, ctx: SalvageContext, damaged?: DamagedText): ProgressData {
  const record = asRecord(state) ?? {};
  if (asRecord(state) === undefined) ctx.issue('state: not an object');
  else reportUnknownKeys(record, STATE_KEYS, 'state', ctx);
  const field = (key: (typeof STATE_KEYS)[number], opener: '[' | '{'): unknown =>
    damaged === undefined ? record[key] : resyncField(record[key], key, opener, damaged.text, ctx);

  const generation =
    salvageOne(field('g', '['), 'state.g', GenerationSchema, ([at, id]) => ({ at, id }), ctx) ??
    INITIAL_GENERATION;
  const tableValue = field('s', '[');
  if (!Array.isArray(tableValue)) ctx.issue('state.s: not a list');
  const table: (string | null)[] = Array.isArray(tableValue)
    ? tableValue.map((item: unknown) => (v.is(IdSchema, item) ? item : null))
    : [];
  const lookup = new Lookup(table);

  const lessons = salvageEntries(
    field('l', '{'),
    'state.l',
    LessonSchema,
    (mark, id) => (v.is(IdSchema, id) ? mark : undefined),
    ctx,
  );
  const answers = salvageItems(
    field('a', '['),
    'state.a',
    EncodedAnswerSchema,
    (a) => decodeAnswer(a, lookup),
    ctx,
  );
  if (damaged !== undefined) {
    const parsedIds = new Set(answers.map((answer) => answer.id));
    answers.push(
      ...scanAnswerTuples(damaged.text, lookup).filter((answer) => !parsedIds.has(answer.id)),
    );
  }
  return {
    generation,
    lessonsRead: Object.fromEntries(
      lessons.flatMap(([id, [readAt]]) => (readAt === null ? [] : [[id, readAt]])),
    ),
    lessonChangedAt: Object.fromEntries(lessons.map(([id, [, changedAt]]) => [id, changedAt])),
    answers,
    exams: salvageItems(
      field('e', '['),
      'state.e',
      EncodedExamSchema,
      (e) => decodeExam(e, lookup),
      ctx,
    ),
    activeExams: Object.fromEntries(
      salvageItems(
        field('x', '['),
        'state.x',
        EncodedActiveSchema,
        (x) => decodeActive(x, lookup),
        ctx,
      ).map((exam) => [exam.id, exam]),
    ),
    discardedExamIds: salvageItems(field('d', '['), 'state.d', IdSchema, (id) => id, ctx),
  };
}

/**
 * After damage the prefix parser stops, so later fields never arrive. Each field's key is
 * unique in the text with its opening bracket, so parsing can restart there.
 */
function resyncField(
  parsed: unknown,
  key: string,
  opener: string,
  text: string,
  ctx: SalvageContext,
): unknown {
  if (parsed !== undefined && !ctx.isIncomplete(parsed)) return parsed;
  let best = parsed;
  const marker = `"${key}":${opener}`;
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
    const candidate = parseJsonPrefixAt(text, at + marker.length - 1, ctx.incomplete);
    if (size(candidate.value) > size(best)) best = candidate.value;
  }
  return best;
}

function size(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  const record = asRecord(value);
  return record === undefined ? -1 : Object.keys(record).length;
}

/**
 * Answers are the bulk and the most valuable part: when the text is damaged, every answer
 * tuple still intact anywhere in it is recovered, even past the point where parsing stopped.
 */
const STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const ANSWER_TUPLE = new RegExp(String.raw`\[${STRING},\d+,\[(?:\d+(?:,\d+)*)?\],\d+,\d+\]`, 'g');

function scanAnswerTuples(text: string, lookup: Lookup): AnswerRecord[] {
  const found = new Map<string, AnswerRecord>();
  for (const match of text.matchAll(ANSWER_TUPLE)) {
    const tuple = v.safeParse(EncodedAnswerSchema, parseOrUndefined(match[0]));
    const answer = tuple.success ? decodeAnswer(tuple.output, lookup) : undefined;
    if (answer !== undefined && !found.has(answer.id)) found.set(answer.id, answer);
  }
  return [...found.values()];
}

/** The tuple pattern does not check escapes inside strings. */
function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- versions

type Decoder = (state: unknown, ctx: SalvageContext, damaged?: DamagedText) => ProgressData;

/** One decoder per stored version; each salvages its own format and migrates it to the current shape. */
export const DECODERS: Readonly<Record<number, Decoder>> = { 0: decodeV0, 1: decodeV1 };

function itemCount(data: ProgressData): number {
  return (
    data.answers.length +
    Object.keys(data.lessonChangedAt).length +
    data.exams.length +
    Object.keys(data.activeExams).length +
    data.discardedExamIds.length
  );
}

/** Normalizing drops duplicates and exams that are both open and closed; only damage makes them. */
function normalizeCounting(data: ProgressData, ctx: SalvageContext): ProgressData {
  const normalized = normalizeProgress(data);
  const lost = itemCount(data) - itemCount(normalized);
  if (lost > 0) ctx.issue(`${lost} conflicting duplicate item(s) merged`);
  return normalized;
}

export interface DecodedState {
  data: ProgressData;
  ctx: SalvageContext;
  /** The version the data was read as; differs from the declared one when that one fitted worse. */
  version: number;
}

/**
 * Decodes a state of a known or unknown version. When the declared version does not fit
 * cleanly, every known version is tried and the one that keeps the most items wins, so a
 * damaged version number does not throw the data away.
 */
export function decodeState(
  state: unknown,
  declared: number | undefined,
  now: number,
  incomplete?: WeakSet<object>,
  damaged?: DamagedText,
): DecodedState {
  const attempt = (version: number) => decodeAs(state, version, now, incomplete, damaged);
  const preferred = declared === undefined ? undefined : attempt(declared);
  if (preferred !== undefined && preferred.ctx.issueCount === 0) return preferred;
  let best = preferred;
  for (const version of Object.keys(DECODERS).map(Number)) {
    if (version === declared) continue;
    const candidate = attempt(version);
    if (candidate === undefined) continue;
    if (best === undefined || itemCount(candidate.data) > itemCount(best.data)) best = candidate;
  }
  if (best === undefined) throw new Error('no decoders');
  if (declared !== best.version) {
    best.ctx.issue(
      declared === undefined
        ? `version unknown, read as ${best.version}`
        : `version ${declared} read as ${best.version}`,
    );
  }
  return best;
}

/** Decodes strictly as one version; undefined for a version this build does not know. */
export function decodeAs(
  state: unknown,
  version: number,
  now: number,
  incomplete?: WeakSet<object>,
  damaged?: DamagedText,
): DecodedState | undefined {
  const decoder = DECODERS[version];
  if (decoder === undefined) return undefined;
  const ctx = new SalvageContext(incomplete, now);
  const data = normalizeCounting(decoder(state, ctx, damaged), ctx);
  return { data, ctx, version };
}

export type StoredOutcome =
  | { kind: 'newer'; version: number }
  | {
      kind: 'data';
      data: ProgressData;
      /** What was dropped or repaired; empty when every item was read. */
      ctx: SalvageContext;
      /** True when rewriting would give back exactly this text, so no backup is needed. */
      canonical: boolean;
      version: number;
    };

const EnvelopeVersionSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

export function decodeStored(raw: string, now: number): StoredOutcome {
  const parsed = parseJsonSalvaging(raw);
  const damaged = parsed.damagedAt === null ? undefined : { text: raw };
  let envelope = asRecord(parsed.value);
  if (damaged !== undefined && (envelope?.state === undefined || parsed.incomplete.has(envelope))) {
    // The envelope itself broke before its state: restart on the state's own key.
    const state = resyncField(
      envelope?.state,
      'state',
      '{',
      raw,
      new SalvageContext(parsed.incomplete),
    );
    envelope = { ...envelope, state };
  }
  const versionResult = v.safeParse(EnvelopeVersionSchema, envelope?.version);
  const declared = versionResult.success ? versionResult.output : undefined;
  if (declared !== undefined && declared > CURRENT_VERSION)
    return { kind: 'newer', version: declared };

  const decoded = decodeState(envelope?.state, declared, now, parsed.incomplete, damaged);
  const { ctx } = decoded;
  if (parsed.damagedAt !== null) ctx.issue(`text damaged at character ${parsed.damagedAt}`);
  if (envelope === undefined) ctx.issue('not a saved-progress object');
  else reportUnknownKeys(envelope, ['version', 'state'], 'saved', ctx);
  const canonical = ctx.issueCount === 0 && encodeStored(decoded.data) === raw;
  return { kind: 'data', data: decoded.data, ctx, canonical, version: decoded.version };
}

/**
 * Actions call this on what they are about to add: anything that would not read back
 * exactly (an empty id, a fractional time, NaN) is refused loudly instead of being stored
 * and then dropped as damage on the next load.
 */
export function assertStorable(data: ProgressData): void {
  const outcome = decodeStored(encodeStored(normalizeProgress(data)), 0);
  if (outcome.kind === 'data' && outcome.canonical) return;
  const reason =
    outcome.kind === 'data' ? (outcome.ctx.summary() ?? 'does not read back') : 'version';
  throw new Error(`progress: refusing to store invalid data (${reason})`);
}
