import { decodeStored, encodeStored } from './codec';
import { EXPECTED_V1 } from './fixtures/expected';
import { MAX_BACKUPS } from './storage-adapter';
import { createProgressStore, type ProgressStoreOptions } from './store';
import { SharedStorage, seededRandom, tickingClock, type FakeTab } from './test-support';
import { BACKUP_PREFIX, STORAGE_KEY, type NewAnswer, type ProgressData } from './types';

const ANSWER: NewAnswer = {
  questionId: '3.3-lambda-image-resize',
  selected: ['lambda'],
  correct: true,
  mode: 'practice',
};

let seed = 0;

function openTab(shared: SharedStorage, options: ProgressStoreOptions = {}) {
  const tab: FakeTab = shared.tab();
  const progress = createProgressStore({
    getStorage: () => tab.storage,
    subscribeToStorage: tab.subscribe,
    now: tickingClock(),
    random: seededRandom(++seed),
    ...options,
  });
  return {
    tab,
    progress,
    state: () => progress.store.getState(),
    status: () => progress.statusStore.getState(),
  };
}

function stored(shared: SharedStorage): ProgressData {
  const text = shared.get(STORAGE_KEY);
  if (text === undefined) throw new Error('nothing stored');
  const outcome = decodeStored(text, 0);
  if (outcome.kind !== 'data' || !outcome.canonical) throw new Error('stored text is not clean');
  return outcome.data;
}

const backupTexts = (shared: SharedStorage) =>
  shared
    .keys()
    .filter((key) => key.startsWith(BACKUP_PREFIX))
    .map((key) => shared.get(key));

describe('start-up', () => {
  it('touches no storage before start, and merges (not replaces) on start', () => {
    const shared = new SharedStorage();
    shared.set(STORAGE_KEY, encodeStored(EXPECTED_V1));
    const getStorage = vi.fn(() => tab.storage);
    const tab = shared.tab();
    const progress = createProgressStore({ getStorage, subscribeToStorage: tab.subscribe });
    const early = progress.store.getState().recordAnswer(ANSWER);
    expect(getStorage).not.toHaveBeenCalled();

    progress.start();
    const ids = progress.store.getState().answers.map((a) => a.id);
    expect(ids).toContain(early.id);
    expect(ids).toEqual(expect.arrayContaining(EXPECTED_V1.answers.map((a) => a.id)));
    expect(stored(shared).answers.map((a) => a.id)).toEqual(ids);
  });

  it('reloads what an earlier session saved', () => {
    const shared = new SharedStorage();
    const first = openTab(shared);
    first.progress.start();
    first.state().recordAnswer(ANSWER);
    first.state().markLessonRead('iam', 5);

    const second = openTab(shared);
    second.progress.start();
    expect(second.state().answers).toEqual(first.state().answers);
    expect(second.state().lessonsRead).toEqual({ iam: 5 });
    expect(second.status().mode).toBe('ok');
  });

  it('stop() stops writing, and a restart saves what happened meanwhile', () => {
    const shared = new SharedStorage();
    const { progress, state } = openTab(shared);
    const stop = progress.start();
    expect(progress.start()).toBe(stop);
    stop();
    state().recordAnswer(ANSWER);
    expect(shared.get(STORAGE_KEY)).toBe(encodeStored(EXPECTED_EMPTY()));
    progress.start();
    expect(stored(shared).answers).toHaveLength(1);
  });
});

function EXPECTED_EMPTY(): ProgressData {
  return createProgressStore({ getStorage: () => null }).store.getState();
}

describe('damaged saved data', () => {
  const cases: [string, string][] = [
    ['corrupt JSON', 'garbage{"version":1'],
    ['truncated JSON', encodeStored(EXPECTED_V1).slice(0, -40)],
    ['wrong shape', JSON.stringify({ version: 1, state: { a: 'nope', l: [] } })],
    ['not an object', '42'],
  ];

  it.each(cases)(
    '%s: is backed up before anything is written, and status says recovered',
    (_, raw) => {
      const shared = new SharedStorage();
      shared.set(STORAGE_KEY, raw);
      const { progress, state, status } = openTab(shared);
      progress.start();
      state().recordAnswer(ANSWER);

      expect(backupTexts(shared)).toEqual([raw]);
      expect(progress.getBackups()).toEqual([
        { key: expect.stringMatching(BACKUP_PREFIX) as unknown, text: raw, stored: true },
      ]);
      expect(status().mode).toBe('recovered');
      expect(status().backups).toHaveLength(1);
      expect(status().lastError).toMatch(/recovered/);
      expect(stored(shared).answers.map((a) => a.id)).toEqual(state().answers.map((a) => a.id));
    },
  );

  it('keeps what a truncated text still holds', () => {
    const shared = new SharedStorage();
    shared.set(STORAGE_KEY, encodeStored(EXPECTED_V1).slice(0, -40));
    const { progress, state } = openTab(shared);
    progress.start();
    expect(state().answers.map((a) => a.id)).toEqual(
      EXPECTED_V1.answers.slice(0, 2).map((a) => a.id),
    );
    expect(state().exams).toEqual(EXPECTED_V1.exams);
  });

  it('does not overwrite damaged data it cannot back up, and keeps the copy in memory', () => {
    const shared = new SharedStorage();
    const raw = `${encodeStored(EXPECTED_V1)}###`;
    shared.set(STORAGE_KEY, raw);
    shared.quota = raw.length + STORAGE_KEY.length + 10;
    const { progress, state, status } = openTab(shared);
    progress.start();
    state().recordAnswer(ANSWER);

    expect(shared.get(STORAGE_KEY)).toBe(raw);
    expect(status().mode).toBe('not-saving');
    expect(progress.getBackups()).toEqual([
      { key: expect.stringMatching(/^memory:/) as unknown, text: raw, stored: false },
    ]);
    // What could be read is still shown.
    expect(state().answers).toHaveLength(EXPECTED_V1.answers.length + 1);
  });

  it('backs up the same text once and keeps at most a few backups', () => {
    const shared = new SharedStorage();
    const { progress, state } = openTab(shared);
    progress.start();
    for (let i = 0; i < MAX_BACKUPS + 2; i++) {
      const raw = `damaged ${i}`;
      shared.set(STORAGE_KEY, raw);
      state().recordAnswer(ANSWER);
      shared.set(STORAGE_KEY, raw);
      state().recordAnswer(ANSWER);
    }
    const texts = backupTexts(shared);
    expect(texts).toHaveLength(MAX_BACKUPS);
    expect(texts).toEqual(['damaged 2', 'damaged 3', 'damaged 4']);
  });

  it('backs up an older format before migrating it', () => {
    const shared = new SharedStorage();
    const v0 = JSON.stringify({ state: { lessonsRead: ['iam'], answers: [] }, version: 0 });
    shared.set(STORAGE_KEY, v0);
    const { progress, state, status } = openTab(shared);
    progress.start();
    expect(backupTexts(shared)).toEqual([v0]);
    expect(Object.keys(state().lessonsRead)).toEqual(['iam']);
    expect(stored(shared).lessonsRead).toEqual(state().lessonsRead);
    expect(status().mode).toBe('ok');
  });
});

describe('data from a newer version', () => {
  const newer = JSON.stringify({ version: 2, state: { future: true } });

  it('is never written over: the store works in memory only', () => {
    const shared = new SharedStorage();
    shared.set(STORAGE_KEY, newer);
    const { progress, state, status } = openTab(shared);
    progress.start();
    state().recordAnswer(ANSWER);
    state().markLessonRead('iam');
    expect(shared.get(STORAGE_KEY)).toBe(newer);
    expect(shared.writes).toBe(0);
    expect(status().mode).toBe('read-only-newer');
    expect(state().answers).toHaveLength(1);
  });

  it('stops writing when another tab saves a newer version', () => {
    const shared = new SharedStorage();
    const old = openTab(shared);
    old.progress.start();
    shared.set(STORAGE_KEY, newer);
    old.tab.pending.push(STORAGE_KEY);
    old.tab.deliverAll();
    old.state().recordAnswer(ANSWER);
    expect(shared.get(STORAGE_KEY)).toBe(newer);
    expect(old.status().mode).toBe('read-only-newer');
  });
});

describe('when storage fails', () => {
  it.each(['quota', 'security'] as const)(
    'write throws (%s): keeps working in memory, says so, and saves on the next change',
    (failure) => {
      const shared = new SharedStorage();
      const { progress, state, status } = openTab(shared);
      progress.start();
      shared.writeFailure = failure;
      const first = state().recordAnswer(ANSWER);
      expect(status().mode).toBe('not-saving');
      expect(status().lastError).toMatch(
        failure === 'quota' ? /QuotaExceededError/ : /SecurityError/,
      );
      expect(state().answers).toEqual([first]);

      shared.writeFailure = undefined;
      state().recordAnswer(ANSWER);
      expect(status().mode).toBe('ok');
      expect(stored(shared).answers.map((a) => a.id)).toContain(first.id);
    },
  );

  it('write fails for lack of space (real quota)', () => {
    const shared = new SharedStorage();
    const { progress, state, status } = openTab(shared);
    progress.start();
    shared.quota = 300;
    for (let i = 0; i < 10; i++) state().recordAnswer(ANSWER);
    expect(status().mode).toBe('not-saving');
    expect(state().answers).toHaveLength(10);
  });

  it('the localStorage getter throws: unavailable, then saves and merges once it works', () => {
    const shared = new SharedStorage();
    shared.set(STORAGE_KEY, encodeStored(EXPECTED_V1));
    const tab = shared.tab();
    let blocked = true;
    const progress = createProgressStore({
      getStorage: () => {
        if (blocked) throw new DOMException('blocked', 'SecurityError');
        return tab.storage;
      },
      subscribeToStorage: tab.subscribe,
    });
    progress.start();
    const answer = progress.store.getState().recordAnswer(ANSWER);
    expect(progress.statusStore.getState().mode).toBe('unavailable');
    expect(shared.get(STORAGE_KEY)).toBe(encodeStored(EXPECTED_V1));

    blocked = false;
    progress.store.getState().markLessonRead('iam');
    expect(progress.statusStore.getState().mode).toBe('ok');
    const ids = stored(shared).answers.map((a) => a.id);
    expect(ids).toContain(answer.id);
    expect(ids).toEqual(expect.arrayContaining(EXPECTED_V1.answers.map((a) => a.id)));
    // The tab also picks up what was saved before it could read storage.
    expect(progress.store.getState().answers.map((a) => a.id)).toEqual(ids);
  });

  it('reading throws: nothing is written, since nothing could be merged', () => {
    const shared = new SharedStorage();
    shared.set(STORAGE_KEY, encodeStored(EXPECTED_V1));
    shared.readFailure = 'security';
    const { progress, state, status } = openTab(shared);
    progress.start();
    state().recordAnswer(ANSWER);
    expect(status().mode).toBe('unavailable');
    expect(shared.get(STORAGE_KEY)).toBe(encodeStored(EXPECTED_V1));
  });

  it('no storage at all (pre-rendering): works in memory', () => {
    const progress = createProgressStore({
      getStorage: () => null,
      subscribeToStorage: () => () => undefined,
    });
    progress.start();
    progress.store.getState().recordAnswer(ANSWER);
    expect(progress.statusStore.getState().mode).toBe('unavailable');
    expect(progress.store.getState().answers).toHaveLength(1);
  });
});

describe('two tabs', () => {
  it('merge on the storage event instead of overwriting', () => {
    const shared = new SharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    a.progress.start();
    b.progress.start();
    const fromA = a.state().recordAnswer(ANSWER);
    const fromB = b.state().recordAnswer(ANSWER); // B has not seen A's event yet
    shared.settle();
    for (const tab of [a, b]) {
      expect(
        tab
          .state()
          .answers.map((x) => x.id)
          .sort(),
      ).toEqual([fromA.id, fromB.id].sort());
    }
    expect(stored(shared).answers).toHaveLength(2);
  });

  it('an unmark survives a merge with a tab that still has the lesson read', () => {
    const shared = new SharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    a.progress.start();
    b.progress.start();
    a.state().markLessonRead('iam', 10);
    shared.settle();
    a.state().unmarkLessonRead('iam', 20);
    b.state().recordAnswer(ANSWER); // stale B still has iam read and writes
    shared.settle();
    expect(a.state().lessonsRead).toEqual({});
    expect(b.state().lessonsRead).toEqual({});
  });

  it('write our state back when another party clears storage', () => {
    const shared = new SharedStorage();
    const a = openTab(shared);
    a.progress.start();
    a.state().recordAnswer(ANSWER);
    shared.items.clear();
    a.tab.pending.push(STORAGE_KEY);
    a.tab.deliverAll();
    expect(stored(shared).answers).toHaveLength(1);
  });

  it('reset empties both tabs, keeps a backup, and keeps what the other tab recorded after it', () => {
    const shared = new SharedStorage();
    const clock = tickingClock();
    const a = openTab(shared, { now: clock });
    const b = openTab(shared, { now: clock });
    a.progress.start();
    b.progress.start();
    a.state().recordAnswer(ANSWER);
    shared.settle();
    const before = shared.get(STORAGE_KEY);
    a.state().resetProgress();
    const late = b.state().recordAnswer(ANSWER); // before B hears of the reset
    shared.settle();
    expect(backupTexts(shared)).toContain(before);
    expect(a.state().answers).toEqual([late]);
    expect(b.state().answers).toEqual([late]);
  });

  it('work on the same mock exam merges question by question', () => {
    const shared = new SharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    a.progress.start();
    b.progress.start();
    const id = a.state().startExam({ questionIds: ['q1', 'q2'], deadline: 9e12, extraTime: false });
    shared.settle();
    a.state().answerExamQuestion(id, 'q1', ['a']);
    b.state().answerExamQuestion(id, 'q2', ['b']);
    b.state().flagExamQuestion(id, 'q2', true);
    shared.settle();
    for (const tab of [a, b]) {
      expect(tab.state().activeExams[id]?.responses).toEqual({ q1: ['a'], q2: ['b'] });
      expect(tab.state().activeExams[id]?.flagged).toEqual(['q2']);
    }
  });
});

describe('exam actions', () => {
  const byDomain = {
    '1': { correct: 1, total: 1 },
    '2': { correct: 0, total: 1 },
    '3': { correct: 0, total: 0 },
    '4': { correct: 0, total: 0 },
  };

  it('start, answer, flag, finish: one finished exam and its answers logged', () => {
    const { state } = openTab(new SharedStorage());
    const id = state().startExam({
      questionIds: ['q1', 'q2'],
      deadline: 5000,
      extraTime: true,
      at: 1000,
    });
    expect(state().answerExamQuestion(id, 'q1', ['a'], 1100)).toBe(true);
    expect(state().answerExamQuestion(id, 'nope', ['a'])).toBe(false);
    state().flagExamQuestion(id, 'q2', true, 1200);
    state().answerExamQuestion(id, 'q2', ['b'], 1300);
    state().answerExamQuestion(id, 'q2', [], 1400); // cleared
    const exam = state().finishExam(id, {
      finishedAt: 2000,
      scorePercent: 50,
      estimatedScaled: 650,
      byDomain,
      answers: [
        { questionId: 'q1', selected: ['a'], correct: true },
        { questionId: 'q2', selected: [], correct: false },
      ],
    });
    expect(exam).toEqual({
      id,
      startedAt: 1000,
      finishedAt: 2000,
      questionIds: ['q1', 'q2'],
      responses: { q1: ['a'] },
      flagged: ['q2'],
      extraTime: true,
      scorePercent: 50,
      estimatedScaled: 650,
      byDomain,
    });
    expect(state().exams).toEqual([exam]);
    expect(state().activeExams).toEqual({});
    expect(
      state()
        .answers.map((a) => [a.questionId, a.mode, a.at])
        .sort(),
    ).toEqual([
      ['q1', 'exam', 2000],
      ['q2', 'exam', 2000],
    ]);
    expect(
      state().finishExam(id, { scorePercent: 0, estimatedScaled: 100, byDomain }),
    ).toBeUndefined();
  });

  it('discard closes the exam for good; starting another discards the open one', () => {
    const { state } = openTab(new SharedStorage());
    const first = state().startExam({ questionIds: ['q1'], deadline: 5000, extraTime: false });
    const second = state().startExam({ questionIds: ['q2'], deadline: 5000, extraTime: false });
    expect(Object.keys(state().activeExams)).toEqual([second]);
    expect(state().discardedExamIds).toEqual([first]);
    expect(state().discardExam(second)).toBe(true);
    expect(state().discardExam(second)).toBe(false);
    expect(state().activeExams).toEqual({});
  });

  it('refuses malformed input instead of storing it', () => {
    const { state } = openTab(new SharedStorage());
    expect(() => state().recordAnswer({ ...ANSWER, questionId: '' })).toThrow();
    expect(() => state().recordAnswer({ ...ANSWER, at: Number.NaN })).toThrow();
    expect(() =>
      state().startExam({ questionIds: ['q1', 'q1'], deadline: 1, extraTime: false }),
    ).toThrow();
    const id = state().startExam({ questionIds: ['q1'], deadline: 1, extraTime: false });
    expect(() =>
      state().finishExam(id, {
        scorePercent: Number.NaN,
        estimatedScaled: 100,
        byDomain: { ...byDomain, '1': { correct: 2, total: 1 } },
      }),
    ).toThrow();
    expect(state().answers).toEqual([]);
    expect(Object.keys(state().activeExams)).toEqual([id]);
  });

  it('keeps the first read time and orders a tab’s own changes even if the clock steps back', () => {
    const { state } = openTab(new SharedStorage());
    state().markLessonRead('iam', 100);
    state().markLessonRead('iam', 200);
    expect(state().lessonsRead).toEqual({ iam: 100 });
    state().unmarkLessonRead('iam', 50);
    expect(state().lessonChangedAt.iam).toBe(101);
    state().markLessonRead('iam', 40);
    expect(state().lessonsRead).toEqual({ iam: 40 });
    expect(state().lessonChangedAt.iam).toBe(102);
  });
});
