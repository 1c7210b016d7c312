import fc from 'fast-check';
import { decodeStored, encodeStored } from './codec';
import { EXPECTED_V0, EXPECTED_V1, MIGRATED_AT } from './fixtures/expected';
import { createProgressStore, pickData } from './store';
import { PROPERTY_TIMEOUT, SharedStorage, progressArb, tickingClock } from './test-support';
import { EXPORT_FORMAT, exportProgress, parseImport, type ImportedProgress } from './transfer';
import { BACKUP_PREFIX, STORAGE_KEY, emptyProgress, type ProgressData } from './types';

const v0Fixture = import.meta.glob<string>('./fixtures/v0.json', {
  query: '?raw',
  import: 'default',
  eager: true,
})['./fixtures/v0.json'];

function imported(text: string): ImportedProgress {
  const result = parseImport(text, MIGRATED_AT);
  if (!result.ok) throw new Error(`${result.error}: ${result.details}`);
  return result;
}

function tabs(count: number) {
  const shared = new SharedStorage();
  const clock = tickingClock(1_800_000_000_000);
  const opened = Array.from({ length: count }, () => {
    const tab = shared.tab();
    const progress = createProgressStore({
      getStorage: () => tab.storage,
      subscribeToStorage: tab.subscribe,
      now: clock,
    });
    progress.start();
    return progress;
  });
  return { shared, opened };
}

const data = (progress: { store: { getState(): ProgressData } }) =>
  pickData(progress.store.getState());

describe('exportProgress / parseImport', () => {
  it(
    'round-trips any state exactly',
    () => {
      fc.assert(
        fc.property(progressArb(), fc.nat(), (state, exportedAt) => {
          const result = imported(exportProgress(state, exportedAt));
          expect(result.state).toEqual(state);
          expect(result.exportedAt).toBe(exportedAt);
          expect(result.version).toBe(1);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('marks the file as ours, with version and export time', () => {
    const file = JSON.parse(exportProgress(EXPECTED_V1, 123)) as Record<string, unknown>;
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: 123 });
  });

  it.each([
    ['not-json', '{"format":"cirrus-progress",'],
    ['not-json', ''],
    ['not-cirrus', '{"hello":"world"}'],
    ['not-cirrus', '[1,2,3]'],
    ['not-cirrus', '"cirrus-progress"'],
    [
      'newer-version',
      JSON.stringify({ format: EXPORT_FORMAT, version: 2, exportedAt: 1, state: {} }),
    ],
    ['invalid', JSON.stringify({ format: EXPORT_FORMAT, version: 'one', state: {} })],
    ['invalid', JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: 1 })],
    ['invalid', JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: -5, state: {} })],
  ] as const)('refuses %s: %s', (error, text) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe(error);
      expect(result.details.length).toBeGreaterThan(0);
    }
  });

  it('refuses a file with any bad part instead of importing the rest', () => {
    const file = JSON.parse(exportProgress(EXPECTED_V1, 1)) as { state: { a: unknown[] } };
    file.state.a.push(['bad', 999, [], 0, 1]);
    const result = parseImport(JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    if (!result.ok) expect(result.details).toMatch(/state\.a\[3\]/);
  });

  it('migrates files of an older version', () => {
    const v0 = JSON.parse(v0Fixture ?? '') as { state: unknown };
    const result = imported(JSON.stringify({ format: EXPORT_FORMAT, version: 0, state: v0.state }));
    expect(result.state).toEqual(EXPECTED_V0);
    expect(result.version).toBe(0);
  });

  it('accepts a backup of saved data, so a downloaded backup can be brought back', () => {
    expect(imported(encodeStored(EXPECTED_V1)).state).toEqual(EXPECTED_V1);
    expect(imported(v0Fixture ?? '').state).toEqual(EXPECTED_V0);
  });
});

describe('importProgress', () => {
  it('merge adds the file to what we have, in every tab', () => {
    const { opened } = tabs(2);
    const [a, b] = opened;
    if (!a || !b) throw new Error('tabs');
    const mine = a.store.getState().recordAnswer({
      questionId: 'q',
      selected: ['x'],
      correct: true,
      mode: 'review',
    });
    a.store.getState().importProgress(imported(exportProgress(EXPECTED_V1, 1)), 'merge');
    const ids = a.store.getState().answers.map((x) => x.id);
    expect(ids).toContain(mine.id);
    expect(ids).toEqual(expect.arrayContaining(EXPECTED_V1.answers.map((x) => x.id)));
    // The file's older generation does not wipe what this device had.
    expect(a.store.getState().generation).toEqual({ at: 0, id: '' });
  });

  it('replace makes the file the only progress in every tab and backs up what it replaced', () => {
    const { shared, opened } = tabs(2);
    const [a, b] = opened;
    if (!a || !b) throw new Error('tabs');
    a.store
      .getState()
      .recordAnswer({ questionId: 'q', selected: [], correct: false, mode: 'practice' });
    shared.settle();
    const before = shared.get(STORAGE_KEY);
    a.store.getState().importProgress(imported(exportProgress(EXPECTED_V1, 1)), 'replace');
    shared.settle();
    const expected = { ...EXPECTED_V1, generation: a.store.getState().generation };
    expect(data(a)).toEqual(expected);
    expect(data(b)).toEqual(expected);
    const backups = shared.keys().filter((key) => key.startsWith(BACKUP_PREFIX));
    expect(backups.map((key) => shared.get(key))).toContain(before);
  });

  it('a refused file changes nothing', () => {
    const { shared, opened } = tabs(1);
    const [a] = opened;
    if (!a) throw new Error('tabs');
    a.store.getState().markLessonRead('iam', 5);
    const before = shared.get(STORAGE_KEY);
    const result = parseImport('{"format":"cirrus-progress","version":1,"state":{"a":"x"}}');
    expect(result.ok).toBe(false);
    expect(shared.get(STORAGE_KEY)).toBe(before);
    expect(a.store.getState().lessonsRead).toEqual({ iam: 5 });
  });
});

describe('resetProgress', () => {
  it('empties progress in every tab, saved as a new generation, with a backup of the old', () => {
    const { shared, opened } = tabs(2);
    const [a, b] = opened;
    if (!a || !b) throw new Error('tabs');
    a.store.getState().importProgress(imported(exportProgress(EXPECTED_V1, 1)), 'merge');
    shared.settle();
    const before = shared.get(STORAGE_KEY);
    b.store.getState().resetProgress();
    shared.settle();
    const generation = b.store.getState().generation;
    expect(generation.at).toBeGreaterThan(0);
    for (const tab of [a, b]) {
      expect({ ...data(tab), discardedExamIds: [] }).toEqual(emptyProgress(generation));
    }
    const saved = decodeStored(shared.get(STORAGE_KEY) ?? '', 0);
    expect(saved.kind === 'data' && saved.data.answers).toEqual([]);
    const backups = shared.keys().filter((key) => key.startsWith(BACKUP_PREFIX));
    expect(backups.map((key) => shared.get(key))).toContain(before);
  });
});
