// What a practice set covers (domains, task statements or a lesson, and how many), as plain data.
import {
  DOMAIN_IDS,
  TASK_IDS,
  domainOf,
  drawPractice,
  needsPractice,
  type AnswerLogEntry,
  type DomainId,
  type PracticeRequest,
  type QuestionRef,
  type TaskId,
} from '../engine';
import { lessonRef } from '../bank';

export const PRACTICE_SCOPES = ['domain', 'task', 'lesson'] as const;
export type PracticeScope = (typeof PRACTICE_SCOPES)[number];

/** Sizes offered for a set; `all` asks every matching question. */
export const PRACTICE_COUNTS = [5, 10, 20, 'all'] as const;
export type PracticeCount = number | 'all';

export interface PracticeSetup {
  scope: PracticeScope;
  domains: readonly DomainId[];
  tasks: readonly TaskId[];
  lesson: string | null;
  count: PracticeCount;
}

export const DEFAULT_SETUP: PracticeSetup = {
  scope: 'domain',
  domains: DOMAIN_IDS,
  tasks: [],
  lesson: null,
  count: 10,
};

const isTask = (value: string | null): value is TaskId =>
  value !== null && (TASK_IDS as readonly string[]).includes(value);

/** `?task=3.3` or `?lesson=compute-services` (from links on the course map) preselect a scope. */
export function setupFromQuery(query: URLSearchParams, base: PracticeSetup): PracticeSetup {
  const task = query.get('task');
  if (isTask(task)) return { ...base, scope: 'task', tasks: [task] };
  const lesson = query.get('lesson');
  if (lesson) return { ...base, scope: 'lesson', lesson: lessonRef(lesson).slug };
  return base;
}

/** Only the chooser of the selected scope counts; the others keep their state for later. */
export function practiceFilter(setup: PracticeSetup): Omit<PracticeRequest, 'count' | 'prefer'> {
  switch (setup.scope) {
    case 'domain':
      return { domains: setup.domains };
    case 'task':
      return { tasks: setup.tasks };
    case 'lesson':
      return setup.lesson === null ? { tasks: [] } : { lesson: setup.lesson };
  }
}

/** True when the learner has not chosen anything to practise yet (as opposed to an empty bank). */
export function nothingChosen(setup: PracticeSetup): boolean {
  switch (setup.scope) {
    case 'domain':
      return setup.domains.length === 0;
    case 'task':
      return setup.tasks.length === 0;
    case 'lesson':
      return setup.lesson === null;
  }
}

export function matchingCount(bank: readonly QuestionRef[], setup: PracticeSetup): number {
  return drawPractice(bank, { ...practiceFilter(setup), count: bank.length }, 0).length;
}

/** The set to ask: never-answered and last-wrong questions first (see `needsPractice`). */
export function drawPracticeSet(
  bank: readonly QuestionRef[],
  log: readonly AnswerLogEntry[],
  setup: PracticeSetup,
  seed: number,
): string[] {
  const count = setup.count === 'all' ? bank.length : setup.count;
  return drawPractice(
    bank,
    { ...practiceFilter(setup), count, prefer: needsPractice(bank, log) },
    seed,
  );
}

/** Questions per domain, task and lesson, for the labels of the choosers. */
export function bankCounts(bank: readonly QuestionRef[]) {
  const domains = new Map<DomainId, number>();
  const tasks = new Map<TaskId, number>();
  const lessons = new Map<string, number>();
  for (const q of bank) {
    const domain = domainOf(q.task);
    domains.set(domain, (domains.get(domain) ?? 0) + 1);
    tasks.set(q.task, (tasks.get(q.task) ?? 0) + 1);
    const { slug } = lessonRef(q.lesson);
    lessons.set(slug, (lessons.get(slug) ?? 0) + 1);
  }
  return { domains, tasks, lessons };
}

/** A fresh seed for each set; the draw itself stays reproducible from it. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}
