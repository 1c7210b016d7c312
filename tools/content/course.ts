// Parses content/course.yaml: the exam's domains and task statements with translated titles.
import * as v from 'valibot';
import { LineCounter, parseDocument } from 'yaml';
import { TASK_IDS, type CourseDomain } from '../../src/shared/content/types.ts';
import { DOMAINS } from '../../src/features/quiz/engine/blueprint.ts';
import type { ContentIssue } from './issues.ts';

const Localized = v.strictObject({
  en: v.pipe(v.string(), v.minLength(1)),
  es: v.pipe(v.string(), v.minLength(1)),
});

const CourseSchema = v.strictObject({
  domains: v.array(
    v.strictObject({
      id: v.number(),
      weight: v.number(),
      examQuestions: v.number(),
      title: Localized,
      tasks: v.array(v.strictObject({ id: v.string(), title: Localized })),
    }),
  ),
});

export function parseCourse(
  file: string,
  text: string,
  issues: ContentIssue[],
): CourseDomain[] | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  for (const e of doc.errors)
    issues.push({
      file,
      line: lineCounter.linePos(e.pos[0]).line,
      message: `invalid YAML: ${e.message}`,
    });
  if (doc.errors.length > 0) return null;
  const lineAt = (p: readonly (string | number)[]) => {
    const node = doc.getIn(p, true);
    const start =
      node && typeof node === 'object' && 'range' in node ? (node.range as [number])[0] : 0;
    return lineCounter.linePos(start).line;
  };
  const result = v.safeParse(CourseSchema, doc.toJS());
  if (!result.success) {
    for (const issue of result.issues) {
      const p = v.getDotPath(issue);
      const line = p ? lineAt(p.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))) : 1;
      issues.push({ file, line, message: `${p ?? 'course'}: ${issue.message}` });
    }
    return null;
  }
  const domains = result.output.domains;
  // The quiz blueprint and the course map must agree on ids, weights and mock-exam counts.
  const tasks = domains.flatMap((d, di) =>
    d.tasks.map((t, ti) => ({ id: t.id, path: ['domains', di, 'tasks', ti, 'id'] })),
  );
  const wrong = Array.from({ length: Math.max(tasks.length, TASK_IDS.length) }, (_, i) => i).find(
    (i) => tasks[i]?.id !== TASK_IDS[i],
  );
  if (wrong !== undefined) {
    const at = tasks[wrong] ?? tasks[tasks.length - 1];
    issues.push({
      file,
      line: at ? lineAt(at.path) : 1,
      message: `task statements must be exactly ${TASK_IDS.join(', ')} in order`,
    });
  }
  for (const spec of DOMAINS) {
    const di = domains.findIndex((x) => x.id === spec.id);
    const d = domains[di];
    const message = `domain ${spec.id} must have weight ${spec.weightPercent} and ${spec.examQuestions} exam questions`;
    if (!d) {
      issues.push({ file, line: 1, message });
      continue;
    }
    const key =
      d.weight !== spec.weightPercent
        ? 'weight'
        : d.examQuestions !== spec.examQuestions
          ? 'examQuestions'
          : null;
    const stray = d.tasks.findIndex((t) => Number(t.id.split('.')[0]) !== d.id);
    if (key) issues.push({ file, line: lineAt(['domains', di, key]), message });
    else if (stray >= 0)
      issues.push({
        file,
        line: lineAt(['domains', di, 'tasks', stray, 'id']),
        message: `domain ${d.id} lists a task statement of another domain`,
      });
  }
  return domains;
}
