// Compiles the whole content/ tree (course, diagrams, lessons, questions) and checks it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  LANGS,
  TASK_IDS,
  type CourseDomain,
  type Lang,
  type GlossaryTerm,
  type LessonDoc,
} from '../../src/shared/content/types.ts';
import { compileDiagram, type CompiledDiagram, type DiagramSource } from './diagrams.ts';
import { parseCourse } from './course.ts';
import { checkGlossary, isGlossaryFile } from './glossary.ts';
import { ContentError, type ContentIssue } from './issues.ts';
import {
  checkParity,
  parseLesson,
  renderLesson,
  resolveLinks,
  type ParsedLesson,
} from './lessons.ts';
import { checkQuestionBank, type ParsedQuestion } from './questions.ts';

/** Repo-relative path (content/…) → file text. */
export type ContentFiles = ReadonlyMap<string, string>;

export interface CompiledContent {
  course: CourseDomain[];
  lessons: Record<Lang, LessonDoc[]>;
  questions: ParsedQuestion[];
  glossary: GlossaryTerm[];
}

export function readContentFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else
        files.set(path.relative(root, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  visit(path.join(root, 'content'));
  return files;
}

const DIAGRAM_FILE = /^content\/(diagrams\/[a-z0-9-]+\.svg|(en|es)\/diagrams\/[a-z0-9-]+\.yaml)$/;

function collectDiagrams(
  files: ContentFiles,
  issues: ContentIssue[],
): Map<string, CompiledDiagram> {
  const sources = new Map<string, DiagramSource>();
  for (const [file, text] of files) {
    const svg = /^content\/diagrams\/([a-z0-9-]+)\.svg$/.exec(file);
    if (svg?.[1]) {
      const id = svg[1];
      const strings: DiagramSource['strings'] = {};
      for (const lang of LANGS) {
        const f = `content/${lang}/diagrams/${id}.yaml`;
        const t = files.get(f);
        if (t !== undefined) strings[lang] = { file: f, text: t };
      }
      sources.set(id, { id, svgFile: file, svg: text, strings });
    }
  }
  for (const file of files.keys()) {
    const y = /^content\/(en|es)\/diagrams\/([a-z0-9-]+)\.yaml$/.exec(file);
    if (y?.[2] && !sources.has(y[2]))
      issues.push({
        file,
        line: 1,
        message: `strings for a diagram that does not exist (content/diagrams/${y[2]}.svg)`,
      });
  }
  const out = new Map<string, CompiledDiagram>();
  for (const source of sources.values()) {
    const d = compileDiagram(source, issues);
    if (d) out.set(d.id, d);
  }
  return out;
}

/** Compiles everything; throws a ContentError listing every problem with file and line. */
export function compileContent(files: ContentFiles): CompiledContent {
  const issues: ContentIssue[] = [];
  const known = new Set<string>();
  const courseText = files.get('content/course.yaml');
  const course =
    courseText === undefined ? null : parseCourse('content/course.yaml', courseText, issues);
  if (courseText === undefined)
    issues.push({ file: 'content/course.yaml', line: 1, message: 'missing course file' });

  const diagrams = collectDiagrams(files, issues);
  const ctx = { taskIds: new Set<string>(TASK_IDS), diagrams };
  const parsed: Record<Lang, Map<string, ParsedLesson>> = { en: new Map(), es: new Map() };
  for (const [file, text] of files) {
    known.add(file);
    // Only well-named diagram files are picked up by collectDiagrams; anything else there is unexpected.
    if (
      file === 'content/course.yaml' ||
      file.startsWith('content/questions/') ||
      isGlossaryFile(file) ||
      DIAGRAM_FILE.test(file)
    )
      continue;
    if (!file.endsWith('.md')) {
      issues.push({ file, line: 1, message: 'unexpected file in content/' });
      continue;
    }
    const lesson = parseLesson({ file, text }, ctx, issues);
    if (lesson) parsed[lesson.lang].set(lesson.rel, lesson);
  }

  // Every lesson exists in both languages with the same structure.
  const relsEn = new Set(parsed.en.keys());
  const relsEs = new Set(parsed.es.keys());
  for (const rel of relsEn)
    if (!relsEs.has(rel) && !known.has(`content/es/${rel}`))
      issues.push({
        file: `content/en/${rel}`,
        line: 1,
        message: `no Spanish translation (expected content/es/${rel})`,
      });
  for (const rel of relsEs)
    if (!relsEn.has(rel) && !known.has(`content/en/${rel}`))
      issues.push({
        file: `content/es/${rel}`,
        line: 1,
        message: `no English original (expected content/en/${rel})`,
      });
  for (const [rel, en] of parsed.en) {
    const es = parsed.es.get(rel);
    if (es) checkParity(en, es, issues);
  }
  const ids = new Map<string, string>();
  for (const lesson of parsed.en.values()) {
    const other = ids.get(lesson.front.id);
    if (other)
      issues.push({
        file: lesson.file,
        line: lesson.frontLines.id,
        message: `lesson id "${lesson.front.id}" is also used by ${other}`,
      });
    ids.set(lesson.front.id, lesson.file);
  }
  for (const lang of LANGS)
    for (const l of parsed[lang].values()) resolveLinks(l, { byRel: parsed[lang] }, issues);

  const anchors = new Map<string, Set<string>>();
  for (const l of parsed.en.values()) anchors.set(l.front.id, new Set(l.headings.map((h) => h.id)));
  const questionFiles = [...files]
    .filter(([f]) => f.startsWith('content/questions/'))
    .map(([file, text]) => ({ file, text }));
  const bank = checkQuestionBank(questionFiles, anchors);
  issues.push(...bank.issues);
  const glossaryFiles = [...files]
    .filter(([f]) => isGlossaryFile(f))
    .map(([file, text]) => ({ file, text }));
  const glossary = checkGlossary(glossaryFiles, anchors, issues);

  if (issues.length > 0 || !course) throw new ContentError(issues);
  const order = (l: ParsedLesson) => l.domainFolder * 1000 + l.order;
  const lessons = {} as Record<Lang, LessonDoc[]>;
  for (const lang of LANGS)
    lessons[lang] = [...parsed[lang].values()]
      .sort((a, b) => order(a) - order(b))
      .map((l) => ({ ...renderLesson(l, diagrams), terms: termsOf(glossary, l, lang) }));
  return { course, lessons, questions: bank.questions, glossary };
}

/** The glossary terms a lesson explains, sorted as that language sorts them. */
function termsOf(glossary: readonly GlossaryTerm[], lesson: ParsedLesson, lang: Lang) {
  return glossary
    .filter((t) => t.lesson.startsWith(`${lesson.front.id}#`))
    .map((t) => ({ id: t.id, term: t[lang].term }))
    .sort((a, b) => a.term.localeCompare(b.term, lang));
}
