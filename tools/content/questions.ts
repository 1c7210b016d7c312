// Parses and validates the question bank (content/questions/<task-id>-<slug>.yaml) at build time.
import * as v from 'valibot';
import { LineCounter, parseDocument } from 'yaml';
import { QUESTION_FORMAT, TASK_DOMAIN } from '../../src/features/quiz/engine/blueprint.ts';
import {
  DIFFICULTIES,
  QUESTION_TYPES,
  TASK_IDS,
  type QuestionMeta,
  type TaskId,
} from '../../src/features/quiz/engine/types.ts';
import { LANGS, type Lang, type Localized } from '../../src/shared/content/types.ts';
import type { ContentIssue } from './issues.ts';
import { KEBAB, LESSON_REF, locator, type Path, type Position } from './yaml-source.ts';

export interface QuestionFile {
  /** Path relative to the repository root. */
  file: string;
  text: string;
}

/** Lesson id → the heading ids it has (identical in both languages). */
export type LessonAnchors = ReadonlyMap<string, ReadonlySet<string>>;

export interface ParsedOption {
  id: string;
  text: Localized;
  why: Localized;
}

/** Engine metadata plus the texts the UI shows. */
export interface ParsedQuestion extends QuestionMeta {
  stem: Localized;
  options: ParsedOption[];
}

export interface QuestionParseResult {
  /** Questions without any issue; a question with one is left out. */
  questions: ParsedQuestion[];
  issues: ContentIssue[];
}

const QUESTION_FILE = /^content\/questions\/(\d\.\d)-([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;

/** How a multiple-response stem states the count, per language; index = number of answers. */
const SELECT_PHRASE: Readonly<Record<Lang, { verb: string; words: readonly string[] }>> = {
  en: {
    verb: 'Select',
    words: ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'],
  },
  es: {
    verb: 'Selecciona',
    words: ['CERO', 'UNA', 'DOS', 'TRES', 'CUATRO', 'CINCO', 'SEIS', 'SIETE', 'OCHO', 'NUEVE'],
  },
};

const text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));

const localized = v.strictObject({ en: text, es: text }, 'needs both languages: { en: …, es: … }');

const kebabId = v.pipe(
  v.string('must be text'),
  v.regex(KEBAB, 'must be kebab-case (a-z, 0-9 and -)'),
);

const optionSchema = v.strictObject(
  { id: kebabId, text: localized, why: localized },
  'must be a map with id, text and why',
);

const questionSchema = v.strictObject(
  {
    id: kebabId,
    type: v.picklist(QUESTION_TYPES, `must be one of: ${QUESTION_TYPES.join(', ')}`),
    difficulty: v.picklist(DIFFICULTIES, `must be one of: ${DIFFICULTIES.join(', ')}`),
    lesson: v.pipe(
      v.string('must be text'),
      v.regex(LESSON_REF, 'must be "<lesson-id>#<heading-id>"'),
    ),
    stem: localized,
    options: v.array(optionSchema, 'must be a list of options'),
    answer: v.pipe(
      v.array(v.string('must be an option id'), 'must be a list of option ids, e.g. [lambda]'),
      v.minLength(1, 'must name at least one option'),
    ),
  },
  'must be a map with id, type, difficulty, lesson, stem, options and answer',
);

const fileSchema = v.strictObject(
  {
    task: v.pipe(
      v.string('must be a quoted string such as "3.3"'),
      v.picklist(TASK_IDS, 'must be one of the 19 task statement ids (1.1 … 4.3)'),
    ),
    questions: v.pipe(
      v.array(v.unknown(), 'must be a list of questions'),
      v.minLength(1, 'must list at least one question'),
    ),
  },
  'the file must be a map with task and questions',
);

/** What the cross-file checks need besides the questions. */
interface FileAnalysis extends QuestionParseResult {
  task?: { id: TaskId; at: Position };
  ids: { id: string; at: Position }[];
}

/** A readable name for where an issue is, using question and option ids when they exist. */
function describePath(raw: unknown, path: Path): string {
  const parts: string[] = [];
  let rest = path;
  const [q, qi, o, oi] = path;
  if (q === 'questions' && typeof qi === 'number') {
    const question = itemAt(field(raw, 'questions'), qi);
    parts.push(named('question', field(question, 'id'), qi));
    rest = path.slice(2);
    if (o === 'options' && typeof oi === 'number') {
      parts.push(named('option', field(itemAt(field(question, 'options'), oi), 'id'), oi));
      rest = path.slice(4);
    }
  }
  const tail = rest.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`));
  if (tail.length > 0) parts.push(tail.join(''));
  return parts.join(', ');
}

function itemAt(list: unknown, index: number): unknown {
  return Array.isArray(list) ? (list[index] as unknown) : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function named(kind: string, id: unknown, index: number): string {
  return typeof id === 'string' && id !== '' ? `${kind} "${id}"` : `${kind} #${index + 1}`;
}

function analyzeFile(file: string, source: string, lessons: LessonAnchors): FileAnalysis {
  const issues: ContentIssue[] = [];
  const result: FileAnalysis = { questions: [], issues, ids: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const { line, col } = lineCounter.linePos(e.pos[0]);
      issues.push({
        file,
        line,
        column: col,
        message: `invalid YAML: ${e.message.split('\n')[0] ?? e.code}`,
      });
    }
    return result;
  }
  const raw: unknown = doc.toJS();
  const locate = locator(doc, lineCounter);
  /** `path` is where the issue points; an unknown key is described by its parent but points at the key. */
  const report = (path: Path, message: string, pointAtKey = false) => {
    const where = describePath(raw, pointAtKey ? path.slice(0, -1) : path);
    issues.push({
      file,
      ...locate(path, pointAtKey),
      message: where ? `${where}: ${message}` : message,
    });
  };
  const reportSchemaIssues = (base: Path, schemaIssues: readonly v.BaseIssue<unknown>[]) => {
    for (const issue of schemaIssues) {
      const keys = (issue.path ?? []).map((p) => p.key as string | number);
      const path = [...base, ...keys];
      const last = issue.path?.at(-1);
      if (last?.origin === 'key' && issue.expected === 'never')
        report(path, `unknown key "${String(last.key)}"`, true);
      else if (last?.origin === 'key') report(path.slice(0, -1), missingKey(String(last.key)));
      else report(path, issue.message);
    }
  };

  if (raw === null || raw === undefined) {
    issues.push({
      file,
      line: 1,
      column: 1,
      message: 'the file is empty: expected task and questions',
    });
    return result;
  }
  // Check the file's own keys and each question separately, so one bad question hides no other issue.
  const top = v.safeParse(fileSchema, raw);
  if (top.success) result.task = { id: top.output.task, at: locate(['task']) };
  else reportSchemaIssues([], top.issues);
  const questions = field(raw, 'questions');
  if (!Array.isArray(questions)) return result;

  const seenIds = new Map<string, Position>();
  questions.forEach((item: unknown, index) => {
    const base: Path = ['questions', index];
    const before = issues.length;
    const parsed = v.safeParse(questionSchema, item);
    const id = field(item, 'id');
    if (typeof id === 'string' && KEBAB.test(id)) {
      const at = locate([...base, 'id']);
      const first = seenIds.get(id);
      if (first)
        report([...base, 'id'], `duplicate question id (first used on line ${first.line})`);
      else {
        seenIds.set(id, at);
        result.ids.push({ id, at });
      }
    }
    if (!parsed.success) {
      reportSchemaIssues(base, parsed.issues);
      return;
    }
    checkQuestion(parsed.output, base, lessons, report);
    if (issues.length > before || !result.task) return;
    const q = parsed.output;
    result.questions.push({
      id: q.id,
      task: result.task.id,
      domain: TASK_DOMAIN[result.task.id],
      type: q.type,
      difficulty: q.difficulty,
      optionIds: q.options.map((o) => o.id),
      answer: q.answer,
      lesson: q.lesson,
      stem: q.stem,
      options: q.options,
    });
  });
  return result;
}

function missingKey(key: string): string {
  return (LANGS as readonly string[]).includes(key)
    ? `missing "${key}": every text needs both en and es`
    : `missing "${key}"`;
}

/** Rules a schema cannot express: ids that must resolve, counts per type, the stem's "(Select N.)". */
function checkQuestion(
  q: v.InferOutput<typeof questionSchema>,
  base: Path,
  lessons: LessonAnchors,
  report: (path: Path, message: string) => void,
): void {
  const optionIds = new Set<string>();
  q.options.forEach((o, i) => {
    if (optionIds.has(o.id)) report([...base, 'options', i, 'id'], `duplicate option id "${o.id}"`);
    optionIds.add(o.id);
  });
  const answers = new Set<string>();
  q.answer.forEach((a, i) => {
    if (answers.has(a)) report([...base, 'answer', i], `"${a}" is listed twice in answer`);
    else if (!optionIds.has(a)) report([...base, 'answer', i], `answer "${a}" is not an option id`);
    answers.add(a);
  });

  const { single, multiple } = QUESTION_FORMAT;
  if (q.type === 'single') {
    if (q.options.length !== single.options)
      report(
        [...base, 'options'],
        `a single-answer question has exactly ${single.options} options (found ${q.options.length})`,
      );
    if (q.answer.length !== single.answers)
      report(
        [...base, 'answer'],
        `a single-answer question has exactly ${single.answers} answer (found ${q.answer.length})`,
      );
  } else {
    if (q.options.length < multiple.minOptions)
      report(
        [...base, 'options'],
        `a multiple-response question has at least ${multiple.minOptions} options (found ${q.options.length})`,
      );
    if (q.answer.length < multiple.minAnswers)
      report(
        [...base, 'answer'],
        `a multiple-response question has at least ${multiple.minAnswers} answers (found ${q.answer.length})`,
      );
    // With every option correct there is nothing to tell apart.
    else if (q.answer.length >= q.options.length)
      report([...base, 'answer'], 'at least one option must be wrong');
  }

  for (const lang of LANGS) {
    const problem = selectPhraseProblem(
      q.stem[lang],
      lang,
      q.type === 'multiple' ? q.answer.length : null,
    );
    if (problem) report([...base, 'stem', lang], problem);
  }

  const [, lessonId = '', headingId = ''] = LESSON_REF.exec(q.lesson) ?? [];
  const headings = lessons.get(lessonId);
  if (!headings) report([...base, 'lesson'], `lesson "${lessonId}" does not exist`);
  else if (!headings.has(headingId))
    report([...base, 'lesson'], `lesson "${lessonId}" has no heading with id "${headingId}"`);
}

/** `answers` is null for single-answer questions, whose stems must not ask for a count. */
function selectPhraseProblem(stem: string, lang: Lang, answers: number | null): string | null {
  const { verb, words } = SELECT_PHRASE[lang];
  const found = [...stem.matchAll(new RegExp(`\\(${verb} ([A-ZÁÉÍÓÚÑ]+)\\.\\)`, 'g'))].at(-1)?.[0];
  if (answers === null) return found ? `a single-answer stem must not say "${found}"` : null;
  const word = words[answers];
  if (word === undefined) return `no "(${verb} …)" wording for ${answers} answers`;
  const expected = `(${verb} ${word}.)`;
  if (stem.endsWith(expected)) return null;
  return found && found !== expected
    ? `stem (${lang}) says "${found}" but the question has ${answers} answers: use "${expected}"`
    : `a multiple-response stem (${lang}) must end with "${expected}"`;
}

/** Parses one question file and checks everything that does not need the other files. */
export function parseQuestionFile(
  file: string,
  text: string,
  lessons: LessonAnchors,
): QuestionParseResult {
  const { questions, issues } = analyzeFile(file, text, lessons);
  return { questions, issues };
}

/**
 * Parses every question file and adds the cross-file rules: file names, one file per task
 * statement, question ids unique across the bank. Files are read in path order so the
 * result does not depend on the order they were found in.
 */
export function checkQuestionBank(
  files: readonly QuestionFile[],
  lessons: LessonAnchors,
): QuestionParseResult {
  const questions: ParsedQuestion[] = [];
  const issues: ContentIssue[] = [];
  const fileForTask = new Map<TaskId, string>();
  const firstUse = new Map<string, { file: string; at: Position }>();
  const sorted = files.slice().sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  for (const { file, text } of sorted) {
    const analysis = analyzeFile(file, text, lessons);
    issues.push(...analysis.issues);
    let usable = true;

    const prefix = QUESTION_FILE.exec(file)?.[1];
    const task = analysis.task;
    if (prefix === undefined || !(TASK_IDS as readonly string[]).includes(prefix)) {
      usable = false;
      issues.push({
        file,
        line: 1,
        column: 1,
        message:
          'question files are named content/questions/<task-id>-<slug>.yaml with a task id from 1.1 to 4.3, e.g. 3.3-compute.yaml',
      });
    } else if (task && task.id !== prefix) {
      usable = false;
      issues.push({
        file,
        ...task.at,
        message: `task "${task.id}" does not match the file name's task id "${prefix}"`,
      });
    }
    if (task && usable) {
      const other = fileForTask.get(task.id);
      if (other) {
        usable = false;
        issues.push({
          file,
          ...task.at,
          message: `task ${task.id} already has a question file (${other}); use one file per task statement`,
        });
      } else fileForTask.set(task.id, file);
    }

    const duplicates = new Set<string>();
    for (const { id, at } of analysis.ids) {
      const first = firstUse.get(id);
      if (first) {
        duplicates.add(id);
        issues.push({
          file,
          ...at,
          message: `question id "${id}" is already used in ${first.file}:${first.at.line}`,
        });
      } else firstUse.set(id, { file, at });
    }
    // Every question takes the file's task, so a file whose task is in doubt contributes none.
    if (usable) questions.push(...analysis.questions.filter((q) => !duplicates.has(q.id)));
  }
  return { questions, issues };
}
