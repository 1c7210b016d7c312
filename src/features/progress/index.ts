// Public API of learner progress: the persisted store, its save status, export/import and reset.
// This module is in every page's initial bundle, so it is a thin view: the store itself (storage,
// salvage, merging, validation) is loaded by loadProgress(), which the app starts after mounting.
import { createElement, lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type * as RuntimeModule from './runtime';
import type { ProgressActions, ProgressState, ProgressStore } from './store';
import type { ImportResult, ImportedProgress } from './transfer';
import { emptyProgress, type ActiveExam, type ProgressData, type ProgressStatus } from './types';

type Runtime = ProgressStore & Omit<typeof RuntimeModule, 'createProgressStore'>;

let runtime: Runtime | undefined;
let loading: Promise<Runtime> | undefined;

const notLoaded = (): never => {
  throw new Error('progress is not loaded yet: await loadProgress() first');
};

function loaded(): Runtime {
  return runtime ?? notLoaded();
}

/** Until the store loads: empty progress, and actions that say they must wait. */
const view = createStore<ProgressState>()(() => ({
  ...emptyProgress(),
  markLessonRead: notLoaded,
  unmarkLessonRead: notLoaded,
  recordAnswer: notLoaded,
  startExam: notLoaded,
  answerExamQuestion: notLoaded,
  flagExamQuestion: notLoaded,
  finishExam: notLoaded,
  discardExam: notLoaded,
  resetProgress: notLoaded,
  importProgress: notLoaded,
}));
const statusView = createStore<ProgressStatus>()(() => ({ mode: 'ok', backups: [] }));

/** Loads the store once; the view then mirrors it (same objects, so selectors stay stable). */
export function loadProgress(): Promise<ProgressStore> {
  loading ??= import('./runtime').then(({ createProgressStore, ...tools }) => {
    const store = createProgressStore();
    view.setState(store.store.getState(), true);
    store.store.subscribe((state) => view.setState(state, true));
    statusView.setState(store.statusStore.getState(), true);
    store.statusStore.subscribe((status) => statusView.setState(status, true));
    runtime = { ...store, ...tools };
    return runtime;
  });
  return loading;
}

/** The app's one progress store (vanilla), for code outside React. Actions need loadProgress(). */
export const progressStore = view;

export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(view, selector);
}

export function useProgressStatus<T>(selector: (status: ProgressStatus) => T): T {
  return useStore(statusView, selector);
}

export function getProgressStatus(): ProgressStatus {
  return statusView.getState();
}

/**
 * Call once from an effect at app start (never during render): loads the store, reads saved
 * progress, merges it in and starts following other tabs. Returns the cleanup for the effect.
 */
export function startProgressPersistence(): () => void {
  if (runtime) return runtime.start();
  let stop: (() => void) | undefined;
  let cancelled = false;
  void loadProgress().then((store) => {
    if (!cancelled) stop = store.start();
  });
  return () => {
    cancelled = true;
    stop?.();
  };
}

/** Saved text that could not be kept as it was, for the learner to download. */
export function getBackups() {
  return runtime?.getBackups() ?? [];
}

/** The current progress (or the given state) as a file's JSON text. */
export function exportProgress(state?: ProgressData): string {
  const tools = loaded();
  return state ? tools.exportData(tools.pickData(state), Date.now()) : tools.exportProgress();
}

/** Validates an export file's text; a broken file is explained, never applied. */
export function parseImport(text: string): ImportResult {
  return loaded().parseImport(text);
}

/** Runs now once the store has loaded, else as soon as it has (a click never fails). */
function whenLoaded(run: (store: ProgressStore) => void): void {
  if (runtime) run(runtime);
  else void loadProgress().then(run);
}
export function markLessonRead(lessonId: string, at?: number): void {
  whenLoaded((store) => store.store.getState().markLessonRead(lessonId, at));
}
export function unmarkLessonRead(lessonId: string, at?: number): void {
  whenLoaded((store) => store.store.getState().unmarkLessonRead(lessonId, at));
}

const act =
  <K extends keyof ProgressActions>(name: K) =>
  (...args: Parameters<ProgressActions[K]>): ReturnType<ProgressActions[K]> =>
    (loaded().store.getState()[name] as (...a: typeof args) => ReturnType<ProgressActions[K]>)(
      ...args,
    );

export const recordAnswer = act('recordAnswer');
export const startExam = act('startExam');
export const answerExamQuestion = act('answerExamQuestion');
export const flagExamQuestion = act('flagExamQuestion');
export const finishExam = act('finishExam');
export const discardExam = act('discardExam');
/** Empties progress in every open tab (a backup of what it replaces is kept). Ask the learner first. */
export const resetProgress = act('resetProgress');
/** `merge` adds the file's progress to ours; `replace` makes it the only progress (a backup is kept). */
export function importProgress(imported: ImportedProgress, mode: 'merge' | 'replace'): void {
  loaded().store.getState().importProgress(imported, mode);
}

// Selectors return stored references, so components re-render only when that part changes.
export const selectLessonsRead = (state: ProgressData) => state.lessonsRead;
export const selectAnswers = (state: ProgressData) => state.answers;
export const selectExams = (state: ProgressData) => state.exams;

/** The unfinished exam to resume: the most recently touched one if tabs started two at once. */
export function selectActiveExam(state: ProgressData): ActiveExam | undefined {
  let newest: ActiveExam | undefined;
  for (const exam of Object.values(state.activeExams)) {
    if (
      newest === undefined ||
      exam.updatedAt > newest.updatedAt ||
      (exam.updatedAt === newest.updatedAt && exam.id > newest.id)
    ) {
      newest = exam;
    }
  }
  return newest;
}

export type { ImportError, ImportResult, ImportedProgress } from './transfer';
export { requestPersistentStorage, type PersistResult } from './persistent-storage';
export type {
  ExamResult,
  ProgressActions,
  ProgressState,
  ProgressStore,
  ProgressStoreOptions,
  StartExamInput,
} from './store';
export { CURRENT_VERSION } from './types';
export type {
  ActiveExam,
  AnswerMode,
  AnswerRecord,
  Backup,
  ByDomain,
  Confidence,
  DomainKey,
  DomainTally,
  FinishedExam,
  NewAnswer,
  ProgressData,
  ProgressStatus,
  ProgressStatusMode,
  StorageLike,
} from './types';

const StatusBannerBody = lazy(() => import('./status-banner-body'));

/**
 * App-wide notice when progress is not being saved normally. It sits in the initial bundle,
 * so it stays tiny: its texts and markup load only when there is something to say.
 */
export function ProgressStatusBanner() {
  const mode = useProgressStatus((s) => s.mode);
  if (mode === 'ok') return null;
  return createElement(Suspense, { fallback: null }, createElement(StatusBannerBody, { mode }));
}
