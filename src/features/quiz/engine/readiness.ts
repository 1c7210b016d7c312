// How ready the learner is, per domain and task statement, derived from the answer log and the bank.
import { DOMAINS, domainOf } from './blueprint';
import { latestAnswers } from './log';
import { cardsFromLog, type ReviewCard } from './review';
import {
  TASK_IDS,
  type AnswerLogEntry,
  type DomainId,
  type QuestionRef,
  type TaskId,
} from './types';

export interface Readiness {
  /** Questions in the bank. */
  total: number;
  /** Bank questions answered at least once. */
  answered: number;
  /** Bank questions whose latest answer is right. */
  correct: number;
  /** answered / total, 0–100; 0 for an empty bank. */
  coveragePercent: number;
  /** correct / answered, 0–100; `null` until something is answered. */
  accuracyPercent: number | null;
  /** Bank questions due for review now. */
  due: number;
}

export interface ReadinessReport {
  overall: Readiness;
  /** All four domains, in order, even those without questions yet. */
  domains: (Readiness & { domain: DomainId })[];
  /** All 19 task statements, in order. */
  tasks: (Readiness & { task: TaskId; domain: DomainId })[];
}

/** `cards` may be passed when already rebuilt; it must come from the same log. */
export function readiness(
  bank: readonly QuestionRef[],
  log: readonly AnswerLogEntry[],
  nowMs: number,
  cards: ReadonlyMap<string, ReviewCard> = cardsFromLog(log),
): ReadinessReport {
  const latest = latestAnswers(log);
  const measure = (questions: readonly QuestionRef[]): Readiness => {
    let answered = 0;
    let correct = 0;
    let due = 0;
    for (const q of questions) {
      const last = latest.get(q.id);
      if (last) answered++;
      if (last?.correct) correct++;
      const card = cards.get(q.id);
      if (card && card.due <= nowMs) due++;
    }
    return {
      total: questions.length,
      answered,
      correct,
      coveragePercent: questions.length === 0 ? 0 : (answered / questions.length) * 100,
      accuracyPercent: answered === 0 ? null : (correct / answered) * 100,
      due,
    };
  };
  const unique = [...new Map(bank.map((q) => [q.id, q])).values()];
  return {
    overall: measure(unique),
    domains: DOMAINS.map(({ id }) => ({
      domain: id,
      ...measure(unique.filter((q) => q.domain === id)),
    })),
    tasks: TASK_IDS.map((task) => ({
      task,
      domain: domainOf(task),
      ...measure(unique.filter((q) => q.task === task)),
    })),
  };
}

/** Questions never answered or last answered wrong: a good `prefer` set for practice. */
export function needsPractice(
  bank: readonly QuestionRef[],
  log: readonly AnswerLogEntry[],
): Set<string> {
  const latest = latestAnswers(log);
  return new Set(bank.filter((q) => latest.get(q.id)?.correct !== true).map((q) => q.id));
}
