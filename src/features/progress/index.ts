// Public API of learner progress: the persisted store, its save status, export/import and reset.
import { useStore } from 'zustand';
import { createProgressStore, pickData, type ProgressActions, type ProgressState } from './store';
import { exportProgress as exportData, type ImportedProgress } from './transfer';
import type { ActiveExam, ProgressData, ProgressStatus } from './types';

const progress = createProgressStore();

/** The app's one progress store (vanilla), for code outside React. */
export const progressStore = progress.store;

export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(progress.store, selector);
}

export function useProgressStatus<T>(selector: (status: ProgressStatus) => T): T {
  return useStore(progress.statusStore, selector);
}

export function getProgressStatus(): ProgressStatus {
  return progress.statusStore.getState();
}

/**
 * Call once from an effect at app start (never during render): reads saved progress,
 * merges it in and starts following other tabs. Returns the cleanup for the effect.
 */
export function startProgressPersistence(): () => void {
  return progress.start();
}

/** Saved text that could not be kept as it was, for the learner to download. */
export function getBackups() {
  return progress.getBackups();
}

/** The current progress (or the given state) as a file's JSON text. */
export function exportProgress(state: ProgressData = progress.store.getState()): string {
  return exportData(pickData(state), Date.now());
}

export const markLessonRead: ProgressActions['markLessonRead'] = (...args) =>
  progress.store.getState().markLessonRead(...args);
export const unmarkLessonRead: ProgressActions['unmarkLessonRead'] = (...args) =>
  progress.store.getState().unmarkLessonRead(...args);
export const recordAnswer: ProgressActions['recordAnswer'] = (...args) =>
  progress.store.getState().recordAnswer(...args);
export const startExam: ProgressActions['startExam'] = (...args) =>
  progress.store.getState().startExam(...args);
export const answerExamQuestion: ProgressActions['answerExamQuestion'] = (...args) =>
  progress.store.getState().answerExamQuestion(...args);
export const flagExamQuestion: ProgressActions['flagExamQuestion'] = (...args) =>
  progress.store.getState().flagExamQuestion(...args);
export const finishExam: ProgressActions['finishExam'] = (...args) =>
  progress.store.getState().finishExam(...args);
export const discardExam: ProgressActions['discardExam'] = (...args) =>
  progress.store.getState().discardExam(...args);
/** Empties progress in every open tab (a backup of what it replaces is kept). Ask the learner first. */
export const resetProgress: ProgressActions['resetProgress'] = (...args) =>
  progress.store.getState().resetProgress(...args);
/** `merge` adds the file's progress to ours; `replace` makes it the only progress (a backup is kept). */
export function importProgress(imported: ImportedProgress, mode: 'merge' | 'replace'): void {
  progress.store.getState().importProgress(imported, mode);
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

export { parseImport, EXPORT_FORMAT } from './transfer';
export type { ImportError, ImportResult, ImportedProgress } from './transfer';
export { requestPersistentStorage, type PersistResult } from './persistent-storage';
export { createProgressStore } from './store';
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
