// The persisted progress store: state, actions, and the start-up that reads storage and listens to tabs.
import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { assertStorable, decodeState, sameProgress } from './codec';
import { compareText, mergeProgress, normalizeProgress } from './merge';
import { StatusReporter } from './status';
import { createProgressStorage } from './storage-adapter';
import { exportProgress, type ImportedProgress } from './transfer';
import {
  CURRENT_VERSION,
  STORAGE_KEY,
  emptyProgress,
  type ActiveExam,
  type AnswerRecord,
  type Backup,
  type ByDomain,
  type Confidence,
  type FinishedExam,
  type Generation,
  type NewAnswer,
  type ProgressData,
  type ProgressStatus,
  type StorageLike,
} from './types';

export interface StartExamInput {
  questionIds: readonly string[];
  /** Epoch milliseconds at which time runs out. */
  deadline: number;
  extraTime: boolean;
  at?: number;
}

/** Scores come from the quiz engine; the store only keeps them. */
export interface ExamResult {
  finishedAt?: number;
  scorePercent: number;
  estimatedScaled: number;
  byDomain: ByDomain;
  /** Appended to the answer log in the same write as the exam, in mode 'exam'. */
  answers?: readonly {
    questionId: string;
    selected: readonly string[];
    correct: boolean;
    confidence?: Confidence;
  }[];
}

export interface ProgressActions {
  /** Keeps the first read time if the lesson is already marked read. */
  markLessonRead(lessonId: string, at?: number): void;
  unmarkLessonRead(lessonId: string, at?: number): void;
  /** Throws on a malformed answer (empty ids, bad time) rather than store what cannot be read back. */
  recordAnswer(answer: NewAnswer): AnswerRecord;
  /** Returns the new exam's id. Any other unfinished exam is discarded: the UI confirms first. */
  startExam(input: StartExamInput): string;
  /** An empty selection clears the response. False if the exam or question is not open. */
  answerExamQuestion(
    examId: string,
    questionId: string,
    selected: readonly string[],
    at?: number,
  ): boolean;
  flagExamQuestion(examId: string, questionId: string, flagged: boolean, at?: number): boolean;
  /** Moves the exam to the finished list; undefined if it is not open. */
  finishExam(examId: string, result: ExamResult): FinishedExam | undefined;
  discardExam(examId: string, at?: number): boolean;
  /** Empties progress in every tab; the previous data is kept as a backup. The UI confirms first. */
  resetProgress(): void;
  importProgress(imported: ImportedProgress, mode: 'merge' | 'replace'): void;
}

export type ProgressState = ProgressData & ProgressActions;

export interface ProgressStoreOptions {
  key?: string;
  /** Defaults to window.localStorage, looked up lazily on each access. */
  getStorage?: () => StorageLike | null | undefined;
  /** Defaults to the window `storage` event (fired when another tab writes). */
  subscribeToStorage?: (onChange: (key: string | null) => void) => () => void;
  now?: () => number;
  random?: () => number;
}

export interface ProgressStore {
  store: StoreApi<ProgressState>;
  statusStore: StoreApi<ProgressStatus>;
  /** Reads storage, merges it in and starts listening to other tabs; returns the stop function. */
  start(): () => void;
  getBackups(): Backup[];
  exportProgress(): string;
}

const DATA_KEYS = [
  'generation',
  'lessonsRead',
  'lessonChangedAt',
  'answers',
  'exams',
  'activeExams',
  'discardedExamIds',
] as const satisfies readonly (keyof ProgressData)[];

export function pickData(state: ProgressData): ProgressData {
  const data = emptyProgress();
  for (const key of DATA_KEYS) Object.assign(data, { [key]: state[key] });
  return data;
}

function defaultStorage(): StorageLike | null {
  return typeof window === 'undefined' ? null : window.localStorage;
}

function windowStorageEvents(onChange: (key: string | null) => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const listener = (event: StorageEvent) => onChange(event.key);
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/** A time-ordered, collision-safe id: milliseconds then random digits, both base 36. */
function makeId(prefix: string, at: number, random: () => number): string {
  const noise = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${prefix}${at.toString(36)}-${noise}`;
}

/** Change stamps only move forward, so a tab's own latest change wins over its earlier ones even if the clock steps back. */
function nextStamp(at: number, previous: number | undefined): number {
  return previous === undefined ? at : Math.max(at, previous + 1);
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** Appends in log order; a clock that stepped back falls back to a full sort. */
function insertByTime(
  answers: readonly AnswerRecord[],
  added: readonly AnswerRecord[],
): AnswerRecord[] {
  const sorted = [...added].sort((x, y) => x.at - y.at || compareText(x.id, y.id));
  const last = answers[answers.length - 1];
  const first = sorted[0];
  if (last === undefined || first === undefined || first.at > last.at)
    return [...answers, ...sorted];
  return [...normalizeProgress({ ...emptyProgress(), answers: [...answers, ...sorted] }).answers];
}

export function createProgressStore(options: ProgressStoreOptions = {}): ProgressStore {
  const key = options.key ?? STORAGE_KEY;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const status = new StatusReporter();
  const storage = createProgressStorage({
    key,
    getStorage: options.getStorage ?? defaultStorage,
    now,
    status,
  });
  const subscribeToStorage = options.subscribeToStorage ?? windowStorageEvents;

  const store = createStore<ProgressState>()(
    persist(
      (set, get): ProgressState => {
        const data = (): ProgressData => pickData(get());
        const update = (next: ProgressData) => set(next);
        const newGeneration = (): Generation => ({
          at: Math.max(now(), get().generation.at + 1),
          id: makeId('g', now(), random),
        });
        const updateExam = (
          examId: string,
          questionId: string,
          change: (exam: ActiveExam) => ActiveExam,
        ) => {
          const exam = get().activeExams[examId];
          if (exam === undefined || !exam.questionIds.includes(questionId)) return false;
          update({ ...data(), activeExams: { ...get().activeExams, [examId]: change(exam) } });
          return true;
        };

        return {
          ...emptyProgress(),

          markLessonRead(lessonId, at = now()) {
            const current = data();
            if (lessonId in current.lessonsRead) return;
            const stamp = nextStamp(at, current.lessonChangedAt[lessonId]);
            assertStorable({
              ...emptyProgress(),
              lessonsRead: { [lessonId]: at },
              lessonChangedAt: { [lessonId]: stamp },
            });
            update({
              ...current,
              lessonsRead: { ...current.lessonsRead, [lessonId]: at },
              lessonChangedAt: { ...current.lessonChangedAt, [lessonId]: stamp },
            });
          },

          unmarkLessonRead(lessonId, at = now()) {
            const current = data();
            if (!(lessonId in current.lessonsRead)) return;
            update({
              ...current,
              lessonsRead: without(current.lessonsRead, lessonId),
              lessonChangedAt: {
                ...current.lessonChangedAt,
                [lessonId]: nextStamp(at, current.lessonChangedAt[lessonId]),
              },
            });
          },

          recordAnswer({ at = now(), questionId, selected, correct, confidence, mode }) {
            const record: AnswerRecord = {
              id: makeId('', at, random),
              questionId,
              selected: [...selected],
              correct,
              ...(confidence === undefined ? {} : { confidence }),
              mode,
              at,
            };
            assertStorable({ ...emptyProgress(), answers: [record] });
            const current = data();
            update({ ...current, answers: insertByTime(current.answers, [record]) });
            return record;
          },

          startExam({ questionIds, deadline, extraTime, at = now() }) {
            const current = data();
            const exam: ActiveExam = {
              id: makeId('x', at, random),
              startedAt: at,
              questionIds: [...questionIds],
              deadline,
              extraTime,
              responses: {},
              flagged: [],
              updatedAt: at,
              responseAt: {},
              flagAt: {},
            };
            assertStorable({ ...emptyProgress(), activeExams: { [exam.id]: exam } });
            update({
              ...current,
              activeExams: { [exam.id]: exam },
              discardedExamIds: [
                ...current.discardedExamIds,
                ...Object.keys(current.activeExams),
              ].sort(),
            });
            return exam.id;
          },

          answerExamQuestion(examId, questionId, selected, at = now()) {
            return updateExam(examId, questionId, (exam) => {
              const stamp = nextStamp(at, exam.responseAt[questionId]);
              const responses =
                selected.length === 0
                  ? without(exam.responses, questionId)
                  : { ...exam.responses, [questionId]: [...selected] };
              const next = {
                ...exam,
                responses,
                responseAt: { ...exam.responseAt, [questionId]: stamp },
                updatedAt: Math.max(exam.updatedAt, stamp),
              };
              assertStorable({ ...emptyProgress(), activeExams: { [examId]: next } });
              return next;
            });
          },

          flagExamQuestion(examId, questionId, flagged, at = now()) {
            return updateExam(examId, questionId, (exam) => {
              const stamp = nextStamp(at, exam.flagAt[questionId]);
              return {
                ...exam,
                flagged: exam.questionIds.filter((id) =>
                  id === questionId ? flagged : exam.flagged.includes(id),
                ),
                flagAt: { ...exam.flagAt, [questionId]: stamp },
                updatedAt: Math.max(exam.updatedAt, stamp),
              };
            });
          },

          finishExam(examId, { finishedAt = now(), answers = [], ...score }) {
            const current = data();
            const active = current.activeExams[examId];
            if (active === undefined) return undefined;
            const exam: FinishedExam = {
              id: active.id,
              startedAt: active.startedAt,
              finishedAt,
              questionIds: active.questionIds,
              responses: active.responses,
              flagged: active.flagged,
              extraTime: active.extraTime,
              ...score,
            };
            const logged = answers.map(
              ({ questionId, selected, correct, confidence }): AnswerRecord => ({
                id: makeId('', finishedAt, random),
                questionId,
                selected: [...selected],
                correct,
                ...(confidence === undefined ? {} : { confidence }),
                mode: 'exam',
                at: finishedAt,
              }),
            );
            assertStorable({ ...emptyProgress(), exams: [exam], answers: logged });
            update({
              ...current,
              exams: [...current.exams, exam].sort(
                (x, y) => x.finishedAt - y.finishedAt || compareText(x.id, y.id),
              ),
              activeExams: without(current.activeExams, examId),
              answers: insertByTime(current.answers, logged),
            });
            return exam;
          },

          discardExam(examId) {
            const current = data();
            if (!(examId in current.activeExams)) return false;
            update({
              ...current,
              activeExams: without(current.activeExams, examId),
              discardedExamIds: [...new Set([...current.discardedExamIds, examId])].sort(),
            });
            return true;
          },

          resetProgress() {
            update(emptyProgress(newGeneration()));
          },

          importProgress(imported, mode) {
            const current = data();
            if (mode === 'replace') {
              update({ ...normalizeProgress(imported.state), generation: newGeneration() });
            } else {
              // Same generation on both sides makes the merge a plain union, whatever the file's history.
              update(mergeProgress(current, { ...imported.state, generation: current.generation }));
            }
          },
        };
      },
      {
        name: key,
        version: CURRENT_VERSION,
        storage,
        skipHydration: true,
        partialize: pickData,
        // Our storage already migrates (it must salvage per version); this serves any envelope it hands over unmigrated.
        migrate: (persisted, version) =>
          storage.markDecoded(decodeState(persisted, version, now()).data),
        // Hydration merges instead of replacing, so nothing done before start-up is lost.
        merge: (persisted, current) =>
          storage.isDecoded(persisted)
            ? { ...current, ...mergeProgress(pickData(current), persisted) }
            : current,
      },
    ),
  );

  /** Takes in another tab's progress; writing happens only if it added something. */
  function adopt(incoming: ProgressData): void {
    const current = pickData(store.getState());
    const merged = mergeProgress(current, incoming);
    if (!sameProgress(merged, current)) store.setState(merged);
  }
  storage.onMerged = adopt;

  let stop: (() => void) | undefined;

  function start(): () => void {
    if (stop !== undefined) return stop;
    storage.setEnabled(true);
    const unsubscribe = subscribeToStorage((changed) => {
      if (changed !== null && changed !== key) return;
      const incoming = storage.readChanged();
      // No news (or our key was cleared): write our state back through the usual merge.
      if (incoming === undefined) storage.flush(pickData(store.getState()));
      else adopt(incoming);
    });
    void store.persist.rehydrate();
    storage.flush(pickData(store.getState()));
    const stopNow = () => {
      unsubscribe();
      storage.setEnabled(false);
      stop = undefined;
    };
    stop = stopNow;
    return stopNow;
  }

  return {
    store,
    statusStore: status.store,
    start,
    getBackups: () => storage.getBackups(),
    exportProgress: () => exportProgress(pickData(store.getState()), now()),
  };
}
