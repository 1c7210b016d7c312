// One-question-at-a-time sessions (practice and review): a pure state machine kept in a
// module-level store, so a session survives the remount a language switch causes.
import { create } from 'zustand';
import type { Confidence, QuestionMeta } from '../engine';
import { isCorrect, requiredCount } from '../engine';
import { toggleSelection } from './exam-logic';

export interface RunState {
  /** Question ids in the order asked. */
  ids: readonly string[];
  /** Seeds the option order of every question in the session. */
  seed: number;
  index: number;
  selected: readonly string[];
  confidence: Confidence | null;
  /** Set once the current question is checked: whether it was right. */
  outcome: boolean | null;
  /** The learner tried to check with the wrong number of options. */
  countError: boolean;
  /** Question id → answered right, for the questions checked so far. */
  results: Readonly<Record<string, boolean>>;
}

export function startRun(ids: readonly string[], seed: number): RunState {
  return {
    ids,
    seed,
    index: 0,
    selected: [],
    confidence: null,
    outcome: null,
    countError: false,
    results: {},
  };
}

export function currentId(run: RunState): string | undefined {
  return run.ids[run.index];
}

export function isFinished(run: RunState): boolean {
  return run.index >= run.ids.length;
}

/** Single choice replaces the pick; multiple response toggles it. Ignored once checked. */
export function toggleOption(
  run: RunState,
  question: Pick<QuestionMeta, 'type'>,
  optionId: string,
): RunState {
  if (run.outcome !== null) return run;
  return {
    ...run,
    selected: toggleSelection(question.type, run.selected, optionId),
    countError: false,
  };
}

export function setConfidence(run: RunState, confidence: Confidence | null): RunState {
  return run.outcome === null ? { ...run, confidence } : run;
}

/**
 * Checks the current answer. Returns the same state with `countError` set when the number
 * of picked options is not the number the question asks for (nothing is recorded then).
 */
export function checkAnswer(
  run: RunState,
  question: Pick<QuestionMeta, 'id' | 'answer'>,
): RunState {
  if (run.outcome !== null) return run;
  if (run.selected.length !== requiredCount(question)) return { ...run, countError: true };
  const outcome = isCorrect(question, run.selected);
  return {
    ...run,
    outcome,
    countError: false,
    results: { ...run.results, [question.id]: outcome },
  };
}

export function nextQuestion(run: RunState): RunState {
  if (run.outcome === null) return run;
  return { ...run, index: run.index + 1, selected: [], confidence: null, outcome: null };
}

export function tallyRun(run: RunState): { correct: number; total: number } {
  const values = Object.values(run.results);
  return { correct: values.filter(Boolean).length, total: values.length };
}

interface RunStore {
  run: RunState | null;
  set: (run: RunState | null) => void;
}

const createRunStore = () =>
  create<RunStore>()((set) => ({ run: null, set: (run) => set({ run }) }));

/** Not persisted on purpose: every checked answer is already in the progress log. */
export const usePracticeRun = createRunStore();
export const useReviewRun = createRunStore();
export type RunStoreHook = typeof usePracticeRun;
