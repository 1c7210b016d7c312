// Synthetic question banks for engine tests.
import { domainOf } from './blueprint';
import { TASK_IDS, type QuestionMeta, type TaskId } from './types';

/** `perTask` questions for each task statement (a number for all, or a count per task; missing = 0). */
export function syntheticBank(perTask: number | Partial<Record<TaskId, number>>): QuestionMeta[] {
  return TASK_IDS.flatMap((task) => {
    const n = typeof perTask === 'number' ? perTask : (perTask[task] ?? 0);
    return Array.from({ length: n }, (_, i) =>
      question(`q${task.replace('.', '-')}-${i + 1}`, task),
    );
  });
}

export function question(
  id: string,
  task: TaskId,
  overrides: Partial<QuestionMeta> = {},
): QuestionMeta {
  return {
    id,
    task,
    domain: domainOf(task),
    type: 'single',
    difficulty: 'medium',
    optionIds: ['a', 'b', 'c', 'd'],
    answer: ['a'],
    lesson: `lesson-${task.replace('.', '-')}#section-${(id.length % 3) + 1}`,
    ...overrides,
  };
}
