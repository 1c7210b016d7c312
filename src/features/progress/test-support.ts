// Test helpers: an in-memory Storage shared by fake tabs, and generators of valid progress.
import fc from 'fast-check';
import { createRng } from '../../shared/random';
import { normalizeProgress } from './merge';
import {
  ANSWER_MODES,
  CONFIDENCES,
  type ActiveExam,
  type AnswerRecord,
  type FinishedExam,
  type Generation,
  type ProgressData,
  type StorageLike,
} from './types';

export type Failure = 'quota' | 'security' | undefined;

function domError(name: string): Error {
  return new DOMException(`simulated ${name}`, name);
}

/**
 * One origin's localStorage as several tabs see it: each tab gets a view, and a write by
 * one view queues a `storage` event for every other view, delivered when the test says.
 */
export class SharedStorage {
  readonly items = new Map<string, string>();
  /** Total characters allowed (keys and values), like a browser's quota. */
  quota = Number.POSITIVE_INFINITY;
  writeFailure: Failure;
  readFailure: Failure;
  writes = 0;
  private readonly tabs: FakeTab[] = [];

  tab(): FakeTab {
    const tab = new FakeTab(this);
    this.tabs.push(tab);
    return tab;
  }

  /** Raw access for arranging a test, without events or failures. */
  get(key: string): string | undefined {
    return this.items.get(key);
  }

  set(key: string, value: string): void {
    this.items.set(key, value);
  }

  keys(): string[] {
    return [...this.items.keys()];
  }

  write(from: FakeTab, key: string, value: string | null): void {
    if (this.writeFailure === 'quota') throw domError('QuotaExceededError');
    if (this.writeFailure === 'security') throw domError('SecurityError');
    if (value !== null) {
      const used = [...this.items].reduce(
        (sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length),
        0,
      );
      if (used + key.length + value.length > this.quota) throw domError('QuotaExceededError');
      this.items.set(key, value);
    } else {
      this.items.delete(key);
    }
    this.writes++;
    for (const tab of this.tabs) if (tab !== from) tab.pending.push(key);
  }

  read(key: string): string | null {
    if (this.readFailure === 'security') throw domError('SecurityError');
    return this.items.get(key) ?? null;
  }

  /** Delivers queued events until every tab is quiet (a delivery may cause new writes). */
  settle(): void {
    for (let round = 0; this.tabs.some((tab) => tab.pending.length > 0); round++) {
      if (round > 1000) throw new Error('storage events never settle');
      for (const tab of this.tabs) tab.deliverAll();
    }
  }
}

export class FakeTab {
  readonly pending: string[] = [];
  private readonly listeners = new Set<(key: string | null) => void>();
  readonly storage: StorageLike;

  constructor(shared: SharedStorage) {
    this.storage = {
      getItem: (key) => shared.read(key),
      setItem: (key, value) => shared.write(this, key, value),
      removeItem: (key) => shared.write(this, key, null),
      key: (index) => shared.keys()[index] ?? null,
      get length() {
        return shared.keys().length;
      },
    };
  }

  subscribe = (listener: (key: string | null) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  deliverOne(): void {
    const key = this.pending.shift();
    if (key !== undefined) for (const listener of this.listeners) listener(key);
  }

  deliverAll(): void {
    while (this.pending.length > 0) this.deliverOne();
  }
}

/** A clock that ticks on every read, so every action in a test has its own time. */
export function tickingClock(start = 1_700_000_000_000): () => number {
  let time = start;
  return () => time++;
}

export function seededRandom(seed = 1): () => number {
  return createRng(seed);
}

// ---------------------------------------------------------------- generators

export const QUESTION_IDS = [
  '3.3-lambda-image-resize',
  '3.3-ec2-full-os-control',
  '1.1-cloud-benefits-agility',
  '2.3-iam-root-user',
  '4.1-savings-plans',
];
export const OPTION_IDS = ['ec2', 'lambda', 'fargate', 'general-purpose', 'a'];
const LESSON_IDS = ['cloud-concepts', 'compute-services', 'serverless-computing', 'iam'];

/** Small pools of times and ids make ties and id clashes common, where merge bugs hide. */
const time = fc.integer({ min: 0, max: 60 });
const subset = <T>(items: readonly T[], minLength = 0) => fc.subarray([...items], { minLength });

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export const answerArb = (ids: fc.Arbitrary<string>): fc.Arbitrary<AnswerRecord> =>
  fc
    .record({
      id: ids,
      questionId: fc.constantFrom(...QUESTION_IDS),
      selected: subset(OPTION_IDS),
      correct: fc.boolean(),
      confidence: fc.option(fc.constantFrom(...CONFIDENCES), { nil: undefined }),
      mode: fc.constantFrom(...ANSWER_MODES),
      at: time,
    })
    .map(withoutUndefined);

const examIds = fc.constantFrom('x1', 'x2', 'x3');

const tallyArb = fc
  .tuple(fc.nat(20), fc.nat(20))
  .map(([a, b]) => ({ correct: Math.min(a, b), total: Math.max(a, b) }));

export const finishedExamArb: fc.Arbitrary<FinishedExam> = fc
  .record({
    id: examIds,
    startedAt: time,
    finishedAt: time,
    questionIds: subset(QUESTION_IDS, 1),
    answered: fc.array(subset(OPTION_IDS), { minLength: 5, maxLength: 5 }),
    flags: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    extraTime: fc.boolean(),
    scorePercent: fc.integer({ min: 0, max: 100 }),
    estimatedScaled: fc.integer({ min: 100, max: 1000 }),
    byDomain: fc.record({ '1': tallyArb, '2': tallyArb, '3': tallyArb, '4': tallyArb }),
  })
  .map(({ answered, flags, questionIds, ...exam }) => ({
    ...exam,
    questionIds,
    responses: Object.fromEntries(
      questionIds.flatMap((id, i) => {
        const selected = answered[i] ?? [];
        return selected.length > 0 ? [[id, selected]] : [];
      }),
    ),
    flagged: questionIds.filter((_, i) => flags[i] === true),
  }));

export const activeExamArb: fc.Arbitrary<ActiveExam> = fc
  .record({
    id: examIds,
    startedAt: fc.constantFrom(5, 10),
    questionIds: fc.constantFrom(QUESTION_IDS.slice(0, 3), QUESTION_IDS),
    deadline: fc.constant(1000),
    extraTime: fc.boolean(),
    updatedAt: time,
    responses: fc.array(fc.option(fc.record({ at: time, selected: subset(OPTION_IDS) })), {
      minLength: 5,
      maxLength: 5,
    }),
    flags: fc.array(fc.option(fc.record({ at: time, on: fc.boolean() })), {
      minLength: 5,
      maxLength: 5,
    }),
  })
  .map(({ responses: rs, flags, ...exam }) => {
    const responses: Record<string, readonly string[]> = {};
    const responseAt: Record<string, number> = {};
    const flagAt: Record<string, number> = {};
    exam.questionIds.forEach((id, i) => {
      const response = rs[i];
      if (response) {
        responseAt[id] = response.at;
        if (response.selected.length > 0) responses[id] = response.selected;
      }
      const flag = flags[i];
      if (flag) flagAt[id] = flag.at;
    });
    const flagged = exam.questionIds.filter((id, i) => flags[i]?.on === true && id in flagAt);
    return { ...exam, responses, responseAt, flagAt, flagged };
  });

const generationArb: fc.Arbitrary<Generation> = fc.constantFrom(
  { at: 0, id: '' },
  { at: 20, id: 'g1' },
  { at: 20, id: 'g2' },
  { at: 35, id: 'g3' },
);

const lessonArb = fc.record({ readAt: fc.option(time), changedAt: time });

export interface ProgressArbOptions {
  /** Answer ids: a small pool (clashes) by default, or unique random ones. */
  answerIds?: fc.Arbitrary<string>;
  maxAnswers?: number;
}

export function progressArb(options: ProgressArbOptions = {}): fc.Arbitrary<ProgressData> {
  const ids = options.answerIds ?? fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5', 'a6');
  return fc
    .record({
      generation: generationArb,
      lessons: fc.dictionary(fc.constantFrom(...LESSON_IDS), lessonArb),
      answers: fc.array(answerArb(ids), { maxLength: options.maxAnswers ?? 12 }),
      exams: fc.array(finishedExamArb, { maxLength: 3 }),
      actives: fc.array(activeExamArb, { maxLength: 2 }),
      discardedExamIds: subset(['x1', 'x2', 'x3', 'x9']),
    })
    .map(({ lessons, actives, ...rest }) =>
      normalizeProgress({
        ...rest,
        lessonsRead: Object.fromEntries(
          Object.entries(lessons).flatMap(([id, mark]) =>
            mark.readAt === null ? [] : [[id, mark.readAt]],
          ),
        ),
        lessonChangedAt: Object.fromEntries(
          Object.entries(lessons).map(([id, mark]) => [id, mark.changedAt]),
        ),
        activeExams: Object.fromEntries(actives.map((exam) => [exam.id, exam])),
      }),
    );
}

/** Property tests run thousands of cases: give slow CI machines room instead of a wall-clock limit. */
export const PROPERTY_TIMEOUT = 300_000;
