import fc from 'fast-check';
import { decodeStored, encodeState, encodeStored } from './codec';
import { createProgressStore } from './store';
import { SharedStorage, progressArb, tickingClock, PROPERTY_TIMEOUT } from './test-support';
import { BACKUP_PREFIX, STORAGE_KEY, type ProgressData } from './types';

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace' | 'insert'; at: number; char: string }
  | { kind: 'duplicate'; at: number; length: number };

const CHARS = [
  '"',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '0',
  '1',
  '7',
  '9',
  '-',
  'a',
  'x',
  '\\',
  ' ',
  '\n',
];

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({
    kind: fc.constantFrom('replace' as const, 'insert' as const),
    at: fc.nat(),
    char: fc.constantFrom(...CHARS),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 30 }),
  }),
);

function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'replace':
      return text.slice(0, at) + m.char + text.slice(at + 1);
    case 'insert':
      return text.slice(0, at) + m.char + text.slice(at);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at);
  }
}

// Unique random answer ids: one damaged character cannot turn one answer's id into another's.
const dataArb = progressArb({ answerIds: fc.uuid(), maxAnswers: 15 });

function load(raw: string) {
  const shared = new SharedStorage();
  shared.set(STORAGE_KEY, raw);
  const tab = shared.tab();
  const progress = createProgressStore({
    getStorage: () => tab.storage,
    subscribeToStorage: tab.subscribe,
    now: tickingClock(),
  });
  progress.start();
  const backups = shared
    .keys()
    .filter((key) => key.startsWith(BACKUP_PREFIX))
    .map((key) => shared.get(key));
  return {
    shared,
    state: progress.store.getState(),
    status: progress.statusStore.getState(),
    backups,
  };
}

function answerTexts(data: ProgressData) {
  const encoded = encodeState(data);
  return { encoded, tuples: encoded.a.map((tuple) => JSON.stringify(tuple)) };
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

describe('damaged saved data (property)', () => {
  it(
    'never throws, never loses the original text, and keeps every intact answer',
    () => {
      fc.assert(
        fc.property(
          dataArb,
          fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
          (data, mutations) => {
            const original = encodeStored(data);
            const damaged = mutations.reduce(mutate, original);
            const { shared, state, status, backups } = load(damaged);

            // The exact text survives: untouched, or in a backup.
            expect(shared.get(STORAGE_KEY) === damaged || backups.includes(damaged)).toBe(true);

            const outcome = decodeStored(damaged, 0);
            if (outcome.kind === 'newer') {
              expect(shared.get(STORAGE_KEY)).toBe(damaged);
              expect(status.mode).toBe('read-only-newer');
              return;
            }
            if (!outcome.canonical) expect(backups).toContain(damaged);
            if (outcome.ctx.issueCount > 0) expect(status.mode).toBe('recovered');
            // Whatever is stored now is clean current-version text.
            const now = decodeStored(shared.get(STORAGE_KEY) ?? '', 0);
            expect(now.kind === 'data' && now.canonical).toBe(true);

            let parsed: unknown;
            try {
              parsed = JSON.parse(damaged);
            } catch {
              return;
            }
            const stateValue = asRecord(asRecord(parsed)?.state);
            const table = stateValue?.s;
            const tuples = stateValue?.a;
            if (!Array.isArray(table) || !Array.isArray(tuples)) return;
            const { encoded } = answerTexts(data);
            const tableIntact = (index: number) => table[index] === encoded.s[index];
            encoded.a.forEach((tuple, i) => {
              const [, question, options] = tuple;
              const present = tuples.some((item) => JSON.stringify(item) === JSON.stringify(tuple));
              if (present && tableIntact(question) && options.every(tableIntact)) {
                expect(state.answers).toContainEqual(data.answers[i]);
              }
            });
          },
        ),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'after a truncation keeps every answer and lesson that ended before the cut',
    () => {
      fc.assert(
        fc.property(dataArb, fc.nat(), (data, n) => {
          const original = encodeStored(data);
          const cut = n % (original.length + 1);
          const { state, backups } = load(original.slice(0, cut));
          if (cut < original.length) expect(backups).toEqual([original.slice(0, cut)]);

          const { tuples } = answerTexts(data);
          tuples.forEach((text, i) => {
            const end = original.indexOf(text) + text.length;
            if (end <= cut) expect(state.answers).toContainEqual(data.answers[i]);
          });
          for (const [id, changedAt] of Object.entries(data.lessonChangedAt)) {
            const entry = `${JSON.stringify(id)}:${JSON.stringify([data.lessonsRead[id] ?? null, changedAt])}`;
            if (original.indexOf(entry) + entry.length <= cut) {
              expect(state.lessonChangedAt[id]).toBe(changedAt);
              expect(state.lessonsRead[id]).toBe(data.lessonsRead[id]);
            }
          }
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
