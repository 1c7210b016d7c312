// Chooses which questions a mock exam or a practice session asks, reproducibly from a seed.
import { createRng, shuffled, type Rng } from '../../../shared/random';
import { DOMAINS } from './blueprint';
import type { DomainId, QuestionRef, TaskId } from './types';

export interface DomainShortfall {
  domain: DomainId;
  /** Questions the blueprint asks from this domain. */
  wanted: number;
  /** Questions the bank holds for it (all of them were drawn). */
  available: number;
}

export interface ExamDraw {
  /** Question ids in the order the exam asks them. */
  questionIds: string[];
  /** Domains the bank could not fill; empty when the exam has its full length. */
  shortfall: DomainShortfall[];
}

/**
 * A mock exam: each domain gets its blueprint count (16/19/22/8), spread as evenly as the bank
 * allows over the domain's task statements, then everything is shuffled together. A domain
 * short of questions gives all it has and is reported; the gap is not filled from other
 * domains, because that would misweight the mock while still not being a full exam.
 */
export function drawExam(bank: readonly QuestionRef[], seed: number): ExamDraw {
  const rng = createRng(seed);
  const pool = canonical(bank);
  const picked: string[] = [];
  const shortfall: DomainShortfall[] = [];
  for (const domain of DOMAINS) {
    const inDomain = pool.filter((q) => q.domain === domain.id);
    picked.push(...spreadOverTasks(inDomain, domain.examQuestions, rng));
    if (inDomain.length < domain.examQuestions)
      shortfall.push({
        domain: domain.id,
        wanted: domain.examQuestions,
        available: inDomain.length,
      });
  }
  return { questionIds: shuffled(picked, rng), shortfall };
}

export interface PracticeRequest {
  count: number;
  /** Only these domains; an empty list matches nothing. */
  domains?: readonly DomainId[];
  /** Only these task statements; combined with `domains` both must match. */
  tasks?: readonly TaskId[];
  /** A lesson id (`slug`) or one of its sections (`slug#heading-id`). */
  lesson?: string;
  /** Ids to ask first, e.g. never answered or last answered wrong (see `needsPractice`). */
  prefer?: ReadonlySet<string>;
}

/** A practice set: questions matching every given filter, preferred ones first, then shuffled. */
export function drawPractice(
  bank: readonly QuestionRef[],
  request: PracticeRequest,
  seed: number,
): string[] {
  const rng = createRng(seed);
  const { domains, tasks, lesson, prefer } = request;
  const matches = canonical(bank).filter(
    (q) =>
      (domains === undefined || domains.includes(q.domain)) &&
      (tasks === undefined || tasks.includes(q.task)) &&
      (lesson === undefined || teaches(q.lesson, lesson)),
  );
  const first = matches.filter((q) => prefer?.has(q.id) === true);
  const rest = matches.filter((q) => prefer?.has(q.id) !== true);
  const ordered = [...shuffled(first, rng), ...shuffled(rest, rng)];
  return shuffled(ordered.slice(0, Math.max(0, Math.floor(request.count))), rng).map((q) => q.id);
}

function teaches(reference: string, lesson: string): boolean {
  return lesson.includes('#') ? reference === lesson : reference.split('#')[0] === lesson;
}

/** One entry per id, sorted by id, so a draw depends on the seed and the bank's content, not its order. */
function canonical(bank: readonly QuestionRef[]): QuestionRef[] {
  const byId = new Map<string, QuestionRef>();
  for (const q of bank) if (!byId.has(q.id)) byId.set(q.id, q);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Round-robin over the task statements (in a shuffled order, so no task is always the one to
 * get the extra question): the counts per task differ by at most one, except where a task
 * runs out of questions and the others make up for it.
 */
function spreadOverTasks(questions: readonly QuestionRef[], count: number, rng: Rng): string[] {
  const byTask = new Map<TaskId, QuestionRef[]>();
  for (const q of questions) {
    const list = byTask.get(q.task);
    if (list) list.push(q);
    else byTask.set(q.task, [q]);
  }
  const queues = shuffled([...byTask.values()], rng).map((list) => shuffled(list, rng));
  const out: string[] = [];
  for (let round = 0; out.length < count; round++) {
    let tookAny = false;
    for (const queue of queues) {
      const q = queue[round];
      if (q === undefined || out.length >= count) continue;
      out.push(q.id);
      tookAny = true;
    }
    if (!tookAny) break;
  }
  return out;
}
