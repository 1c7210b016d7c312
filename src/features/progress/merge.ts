// Pure merge of two progress states (two tabs, or a tab and storage): a join that never drops data.
import type { ActiveExam, AnswerRecord, FinishedExam, Generation, ProgressData } from './types';

/**
 * Every conflict is settled by a total order on the competing values (newest first, then a
 * canonical text), so the merge is commutative, associative and idempotent whatever the
 * order in which tabs see each other's writes.
 */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  const order = compareGeneration(a.generation, b.generation);
  if (order === 0) return union(a, b);
  const [winner, loser] = order > 0 ? [a, b] : [b, a];
  return union(winner, recordedAfter(loser, winner.generation.at));
}

/** Sorts, dedupes and drops closed exams: the form every state is kept in. */
export function normalizeProgress(data: ProgressData): ProgressData {
  return union(data, data);
}

export function compareGeneration(a: Generation, b: Generation): number {
  return a.at - b.at || compareText(a.id, b.id);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON with object keys sorted, so equal values always give equal text. */
export function canonicalText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => compareText(x, y)))
      : v,
  );
}

/** What a losing (older) generation still contributes: only what happened after the reset. */
function recordedAfter(data: ProgressData, at: number): ProgressData {
  const lessonChangedAt = Object.fromEntries(
    Object.entries(data.lessonChangedAt).filter(([, changed]) => changed > at),
  );
  return {
    generation: data.generation,
    lessonChangedAt,
    lessonsRead: Object.fromEntries(
      Object.entries(data.lessonsRead).filter(([id]) => id in lessonChangedAt),
    ),
    answers: data.answers.filter((answer) => answer.at > at),
    exams: data.exams.filter((exam) => exam.finishedAt > at),
    // Filtering by the immutable start time keeps this step commuting with the per-exam join.
    activeExams: Object.fromEntries(
      Object.entries(data.activeExams).filter(([, exam]) => exam.startedAt > at),
    ),
    discardedExamIds: data.discardedExamIds,
  };
}

function union(a: ProgressData, b: ProgressData): ProgressData {
  const exams = joinById(a.exams, b.exams, pickExam).sort(
    (x, y) => x.finishedAt - y.finishedAt || compareText(x.id, y.id),
  );
  const discardedExamIds = [...new Set([...a.discardedExamIds, ...b.discardedExamIds])].sort(
    compareText,
  );
  const closed = new Set([...discardedExamIds, ...exams.map((exam) => exam.id)]);
  const activeExams = Object.fromEntries(
    joinById(Object.values(a.activeExams), Object.values(b.activeExams), joinActive)
      .filter((exam) => !closed.has(exam.id))
      .sort((x, y) => compareText(x.id, y.id))
      .map((exam) => [exam.id, exam]),
  );
  return {
    generation: a.generation,
    ...joinLessons(a, b),
    answers: joinById(a.answers, b.answers, pickAnswer).sort(
      (x, y) => x.at - y.at || compareText(x.id, y.id),
    ),
    exams,
    activeExams,
    discardedExamIds,
  };
}

function joinById<T extends { id: string }>(
  a: readonly T[],
  b: readonly T[],
  join: (x: T, y: T) => T,
): T[] {
  const byId = new Map<string, T>();
  for (const item of [...a, ...b]) {
    const seen = byId.get(item.id);
    byId.set(item.id, seen === undefined || seen === item ? item : join(seen, item));
  }
  return [...byId.values()];
}

/**
 * Ids are unique by construction; two different records under one id only come from damaged
 * data. The later one wins, then the greater canonical text, so the pick is order-free.
 */
function pickLater<T>(time: (item: T) => number): (x: T, y: T) => T {
  return (x, y) => {
    const order = time(x) - time(y) || compareText(canonicalText(x), canonicalText(y));
    return order >= 0 ? x : y;
  };
}

const pickAnswer = pickLater((answer: AnswerRecord) => answer.at);
const pickExam = pickLater((exam: FinishedExam) => exam.finishedAt);

function joinLessons(
  a: ProgressData,
  b: ProgressData,
): Pick<ProgressData, 'lessonsRead' | 'lessonChangedAt'> {
  const lessonsRead: Record<string, number> = {};
  const lessonChangedAt: Record<string, number> = {};
  const ids = new Set([
    ...Object.keys(a.lessonChangedAt),
    ...Object.keys(b.lessonChangedAt),
    ...Object.keys(a.lessonsRead),
    ...Object.keys(b.lessonsRead),
  ]);
  for (const id of [...ids].sort(compareText)) {
    const x = lessonMark(a, id);
    const y = lessonMark(b, id);
    const pick = x === undefined ? y : y === undefined ? x : compareMarks(x, y) >= 0 ? x : y;
    if (pick === undefined) continue;
    lessonChangedAt[id] = pick.changedAt;
    if (pick.readAt !== null) lessonsRead[id] = pick.readAt;
  }
  return { lessonsRead, lessonChangedAt };
}

interface LessonMark {
  readAt: number | null;
  changedAt: number;
}

function lessonMark(data: ProgressData, id: string): LessonMark | undefined {
  const readAt = data.lessonsRead[id] ?? null;
  const changedAt = data.lessonChangedAt[id] ?? readAt;
  return changedAt === null ? undefined : { readAt, changedAt };
}

/** Latest change wins; on a tie, read beats unread and the earlier first read is kept. */
function compareMarks(x: LessonMark, y: LessonMark): number {
  if (x.changedAt !== y.changedAt) return x.changedAt - y.changedAt;
  if (x.readAt === null || y.readAt === null)
    return (x.readAt === null ? 0 : 1) - (y.readAt === null ? 0 : 1);
  return y.readAt - x.readAt;
}

/** The parts of an exam that never change after it starts. */
function examHeader(exam: ActiveExam): string {
  return canonicalText([exam.startedAt, exam.questionIds, exam.deadline, exam.extraTime]);
}

function joinActive(x: ActiveExam, y: ActiveExam): ActiveExam {
  const hx = examHeader(x);
  const hy = examHeader(y);
  // Same id with a different header only happens with damaged data: keep one whole exam.
  if (hx !== hy) return (x.startedAt - y.startedAt || compareText(hx, hy)) >= 0 ? x : y;
  const responses: Record<string, readonly string[]> = {};
  const responseAt: Record<string, number> = {};
  const flagAt: Record<string, number> = {};
  const flagged: string[] = [];
  for (const questionId of x.questionIds) {
    const rx = stampedResponse(x, questionId);
    const ry = stampedResponse(y, questionId);
    const response = rx === undefined ? ry : ry === undefined ? rx : laterStamped(rx, ry);
    if (response !== undefined) {
      responseAt[questionId] = response.at;
      if (response.value.length > 0) responses[questionId] = response.value;
    }
    const fx = stampedFlag(x, questionId);
    const fy = stampedFlag(y, questionId);
    const flag = fx === undefined ? fy : fy === undefined ? fx : laterStamped(fx, fy);
    if (flag !== undefined) flagAt[questionId] = flag.at;
    if (flag?.value === true) flagged.push(questionId);
  }
  return {
    ...x,
    responses,
    responseAt,
    flagged,
    flagAt,
    updatedAt: Math.max(x.updatedAt, y.updatedAt),
  };
}

interface Stamped<T> {
  value: T;
  at: number;
}

function stampedResponse(
  exam: ActiveExam,
  questionId: string,
): Stamped<readonly string[]> | undefined {
  const at = exam.responseAt[questionId];
  return at === undefined ? undefined : { value: exam.responses[questionId] ?? [], at };
}

function stampedFlag(exam: ActiveExam, questionId: string): Stamped<boolean> | undefined {
  const at = exam.flagAt[questionId];
  return at === undefined ? undefined : { value: exam.flagged.includes(questionId), at };
}

function laterStamped<T>(x: Stamped<T>, y: Stamped<T>): Stamped<T> {
  return pickLater((stamped: Stamped<T>) => stamped.at)(x, y);
}
