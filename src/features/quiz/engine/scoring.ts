// Scores a finished mock exam the way AWS reports it: overall, per domain and per task statement.
import { DOMAINS, EXAM, SCORE_ESTIMATE, domainOf } from './blueprint';
import { isCorrect } from './answers';
import { TASK_IDS, type DomainId, type QuestionMeta, type TaskId } from './types';

/** Selected option ids per question id; a missing or empty entry is unanswered. */
export type Responses = Readonly<Record<string, readonly string[]>>;

export interface Tally {
  correct: number;
  total: number;
  /** 0–100, unrounded; 0 when `total` is 0. */
  percent: number;
}

/** Codes, not labels: the UI translates them. */
export type DomainStatus = 'meets' | 'needs-improvement';

export interface DomainScore extends Tally {
  domain: DomainId;
  status: DomainStatus;
}

export interface TaskScore extends Tally {
  task: TaskId;
  domain: DomainId;
}

export interface ExamScore extends Tally {
  unanswered: number;
  /** An ESTIMATE on AWS's 100–1000 scale (see SCORE_ESTIMATE); never show it without saying so. */
  estimatedScaled: number;
  /** `estimatedScaled` reaches the passing score; also only an estimate. */
  passedEstimate: boolean;
  /** Domains that had questions in this exam, in domain order. */
  domains: DomainScore[];
  /** Task statements that had questions in this exam, in task order. */
  tasks: TaskScore[];
}

/** Piecewise-linear estimate of the scaled score for a percent correct, rounded to SCORE_ESTIMATE.roundTo. */
export function estimateScaledScore(percent: number): number {
  const p = Math.min(100, Math.max(0, Number.isFinite(percent) ? percent : 0));
  const { anchors, roundTo } = SCORE_ESTIMATE;
  let raw: number = EXAM.scaledMax;
  for (let i = 1; i < anchors.length; i++) {
    const lo = anchors[i - 1];
    const hi = anchors[i];
    if (lo === undefined || hi === undefined || p > hi.percent) continue;
    raw = lo.scaled + ((p - lo.percent) / (hi.percent - lo.percent)) * (hi.scaled - lo.scaled);
    break;
  }
  return Math.round(raw / roundTo) * roundTo;
}

export function tally(correct: number, total: number): Tally {
  return { correct, total, percent: total === 0 ? 0 : (correct / total) * 100 };
}

/** Every question counts; an unanswered one is wrong, as on the exam (no penalty for guessing). */
export function scoreExam(questions: readonly QuestionMeta[], responses: Responses): ExamScore {
  const byDomain = new Map<DomainId, [correct: number, total: number]>();
  const byTask = new Map<TaskId, [correct: number, total: number]>();
  let correct = 0;
  let unanswered = 0;
  for (const q of questions) {
    // hasOwn: a question id such as "constructor" must not read Object.prototype.
    const selected = Object.hasOwn(responses, q.id) ? responses[q.id] : undefined;
    if (selected === undefined || selected.length === 0) unanswered++;
    const ok = selected !== undefined && isCorrect(q, selected);
    if (ok) correct++;
    bump(byDomain, q.domain, ok);
    bump(byTask, q.task, ok);
  }
  const overall = tally(correct, questions.length);
  const estimatedScaled = estimateScaledScore(overall.percent);
  return {
    ...overall,
    unanswered,
    estimatedScaled,
    passedEstimate: estimatedScaled >= EXAM.passingScaled,
    domains: DOMAINS.flatMap(({ id }) => {
      const counts = byDomain.get(id);
      if (!counts) return [];
      const t = tally(...counts);
      const status: DomainStatus =
        t.percent >= SCORE_ESTIMATE.meetsDomainPercent ? 'meets' : 'needs-improvement';
      return [{ domain: id, ...t, status }];
    }),
    tasks: TASK_IDS.flatMap((task) => {
      const counts = byTask.get(task);
      return counts ? [{ task, domain: domainOf(task), ...tally(...counts) }] : [];
    }),
  };
}

function bump<K>(map: Map<K, [number, number]>, key: K, ok: boolean): void {
  const counts = map.get(key) ?? [0, 0];
  map.set(key, [counts[0] + (ok ? 1 : 0), counts[1] + 1]);
}
