// Parses and validates the glossary (content/glossary/*.yaml): recurring terms, EN ↔ ES, each tied to
// the lesson section that explains it.
import * as v from 'valibot';
import { LineCounter, parseDocument } from 'yaml';
import type { GlossaryTerm } from '../../src/shared/content/types.ts';
import type { ContentIssue } from './issues.ts';
import type { LessonAnchors } from './questions.ts';
import { KEBAB, LESSON_REF, locator } from './yaml-source.ts';

const GLOSSARY_FILE = /^content\/glossary\/[a-z0-9.-]+\.yaml$/;

const text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));
const entry = v.strictObject(
  { term: text, definition: text },
  'must be { term: …, definition: … }',
);
const termSchema = v.strictObject(
  {
    id: v.pipe(v.string('must be text'), v.regex(KEBAB, 'must be kebab-case (a-z, 0-9 and -)')),
    lesson: v.pipe(
      v.string('must be text'),
      v.regex(LESSON_REF, 'must be "<lesson-id>#<heading-id>"'),
    ),
    en: entry,
    es: entry,
  },
  'a term is a map with id, lesson, en and es',
);
const fileSchema = v.strictObject(
  { terms: v.pipe(v.array(v.unknown(), 'must be a list'), v.minLength(1, 'must not be empty')) },
  'the file must be a map with a list of terms',
);

export const isGlossaryFile = (file: string) => file.startsWith('content/glossary/');

export function checkGlossary(
  files: readonly { file: string; text: string }[],
  anchors: LessonAnchors,
  issues: ContentIssue[],
): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  const seen = new Map<string, string>();
  for (const { file, text: source } of files) {
    if (!GLOSSARY_FILE.test(file)) {
      issues.push({ file, line: 1, message: 'glossary files are content/glossary/<name>.yaml' });
      continue;
    }
    const lines = new LineCounter();
    const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors)
        issues.push({
          file,
          line: e.linePos?.[0]?.line ?? 1,
          message: `invalid YAML: ${e.message}`,
        });
      continue;
    }
    const parsedFile = v.safeParse(fileSchema, doc.toJS());
    if (!parsedFile.success) {
      issues.push({ file, line: 1, message: parsedFile.issues[0].message });
      continue;
    }
    const locate = locator(doc, lines);
    parsedFile.output.terms.forEach((raw, index) => {
      const at = (path: (string | number)[]) => locate(['terms', index, ...path]).line;
      const parsed = v.safeParse(termSchema, raw);
      if (!parsed.success) {
        for (const issue of parsed.issues) {
          const path = (issue.path ?? []).map((p) => p.key as string | number);
          const where = path.length > 0 ? `"${path.join('.')}" ` : '';
          issues.push({
            file,
            line: at(path),
            message: `term ${index + 1}: ${where}${issue.message}`,
          });
        }
        return;
      }
      const term = parsed.output;
      const other = seen.get(term.id);
      if (other)
        issues.push({
          file,
          line: at(['id']),
          message: `term id "${term.id}" is also used in ${other}`,
        });
      seen.set(term.id, file);
      const [, lesson = '', heading = ''] = LESSON_REF.exec(term.lesson) ?? [];
      const headings = anchors.get(lesson);
      if (!headings) issues.push({ file, line: at(['lesson']), message: `no lesson "${lesson}"` });
      else if (!headings.has(heading))
        issues.push({
          file,
          line: at(['lesson']),
          message: `lesson "${lesson}" has no section "#${heading}"`,
        });
      terms.push(term);
    });
  }
  return terms.sort((a, b) => a.id.localeCompare(b.id));
}
