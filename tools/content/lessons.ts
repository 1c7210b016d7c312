// Parses lesson Markdown, enforces the authoring rules and compiles lessons to the reader's tree.
import path from 'node:path/posix';
import type { Element } from 'hast';
import type { Definition, Heading, Link, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toHast, type State } from 'mdast-util-to-hast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import * as v from 'valibot';
import { LineCounter, parseDocument } from 'yaml';
import {
  EMBEDS,
  type Lang,
  type LessonDoc,
  type LessonHeading,
} from '../../src/shared/content/types.ts';
import { diagramFigure, type CompiledDiagram } from './diagrams.ts';
import type { ContentIssue } from './issues.ts';
import { hastToContent } from './tree.ts';
import { KEBAB } from './yaml-source.ts';

type At = Omit<ContentIssue, 'message'>;

const CALLOUTS = new Set(['note', 'tip', 'exam']);
const HEADING_ID = /\s*\{#([^}\s]*)\}\s*$/;
const LESSON_PATH = /^content\/(en|es)\/lessons\/(\d\d)-[a-z0-9-]+\/(\d\d)-([a-z0-9-]+)\.md$/;

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkDirective);

export interface LessonSource {
  file: string;
  text: string;
}

export interface ParsedLesson {
  file: string;
  lang: Lang;
  /** Path below content/<lang>/, identical for a lesson and its translation. */
  rel: string;
  domainFolder: number;
  order: number;
  front: { id: string; task: string; title: string; summary: string };
  /** File lines of the front matter's id and task, for issues that concern them. */
  frontLines: { id: number; task: number };
  headings: (LessonHeading & { line: number })[];
  diagrams: { id: string; line: number }[];
  embeds: { name: string; line: number }[];
  links: { node: Link | Definition; line: number }[];
  tree: Root;
}

function frontSchema(taskIds: ReadonlySet<string>) {
  return v.strictObject({
    id: v.pipe(v.string(), v.regex(KEBAB, 'id must be kebab-case')),
    task: v.pipe(
      v.string('task must be a quoted string such as "3.3"'),
      v.check((t) => taskIds.has(t), 'task must be one of the 19 task statement ids (1.1 … 4.3)'),
    ),
    title: v.pipe(v.string(), v.trim(), v.minLength(1, 'title is required')),
    summary: v.pipe(
      v.string(),
      v.trim(),
      v.minLength(1, 'summary is required'),
      v.maxLength(160, 'summary must be at most 160 characters'),
    ),
  });
}

const lineOf = (n: { position?: { start: { line: number } } | undefined }) =>
  n.position?.start.line ?? 1;
const colOf = (n: { position?: { start: { column: number } } | undefined }) =>
  n.position?.start.column ?? 1;

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'yaml') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

function walk(
  node: Nodes,
  fn: (n: Nodes, parent: Parent | null) => void,
  parent: Parent | null = null,
) {
  fn(node, parent);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, fn, node);
}

function parseFront(
  file: string,
  tree: Root,
  taskIds: ReadonlySet<string>,
  issues: ContentIssue[],
): Pick<ParsedLesson, 'front' | 'frontLines'> | null {
  const first = tree.children[0];
  if (first?.type !== 'yaml') {
    issues.push({
      file,
      line: 1,
      message: 'missing front matter (--- id, task, title, summary ---)',
    });
    return null;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(first.value, { lineCounter, prettyErrors: false });
  // Front matter text starts on the line after the opening ---.
  const base = lineOf(first);
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      issues.push({
        file,
        line: base + lineCounter.linePos(e.pos[0]).line,
        message: `invalid front matter YAML: ${e.message}`,
      });
    return null;
  }
  const lineOfKey = (key: string | null) => {
    const node = key ? doc.get(key, true) : undefined;
    const range =
      node && typeof node === 'object' && 'range' in node ? (node.range as [number]) : undefined;
    return range ? base + lineCounter.linePos(range[0]).line : base;
  };
  const result = v.safeParse(frontSchema(taskIds), doc.toJS() ?? {});
  if (result.success)
    return { front: result.output, frontLines: { id: lineOfKey('id'), task: lineOfKey('task') } };
  for (const issue of result.issues) {
    const key = v.getDotPath(issue);
    const line = lineOfKey(key);
    const what =
      issue.kind === 'schema' && issue.received === 'undefined' && key
        ? `missing "${key}"`
        : issue.message;
    issues.push({ file, line, message: `front matter${key ? ` "${key}"` : ''}: ${what}` });
  }
  return null;
}

/** Phase one: parse a lesson, check its local rules and collect what cross-file checks need. */
export function parseLesson(
  source: LessonSource,
  ctx: { taskIds: ReadonlySet<string>; diagrams: ReadonlyMap<string, CompiledDiagram> },
  issues: ContentIssue[],
): ParsedLesson | null {
  const { file, text } = source;
  const m = LESSON_PATH.exec(file);
  if (!m) {
    issues.push({
      file,
      line: 1,
      message: 'lessons live at content/<en|es>/lessons/<NN-domain>/<NN-slug>.md',
    });
    return null;
  }
  const [, lang, domainNum, orderNum, slug] = m as unknown as [
    string,
    Lang,
    string,
    string,
    string,
  ];
  const before = issues.length;
  const tree = processor.parse(text);
  const head = parseFront(file, tree, ctx.taskIds, issues);
  if (head && head.front.id !== slug)
    issues.push({
      file,
      line: head.frontLines.id,
      message: `front matter id "${head.front.id}" must match the file name slug "${slug}"`,
    });
  if (head && Number(head.front.task.split('.')[0]) !== Number(domainNum))
    issues.push({
      file,
      line: head.frontLines.task,
      message: `task ${head.front.task} does not belong to domain folder ${domainNum}`,
    });

  const headings: ParsedLesson['headings'] = [];
  const diagrams: ParsedLesson['diagrams'] = [];
  const embeds: ParsedLesson['embeds'] = [];
  const links: ParsedLesson['links'] = [];
  const seenIds = new Set<string>();

  walk(tree, (node) => {
    const line = lineOf(node);
    const at = { file, line, column: colOf(node) };
    switch (node.type) {
      case 'html':
        issues.push({ ...at, message: 'raw HTML is not allowed in lessons' });
        break;
      case 'image':
      case 'imageReference':
        issues.push({
          ...at,
          message: 'images are not allowed: draw a diagram and embed it with ::diagram{id="…"}',
        });
        break;
      case 'heading':
        checkHeading(node, at, headings, seenIds, issues);
        break;
      case 'link':
      case 'definition':
        links.push({ node, line });
        break;
      case 'textDirective':
        issues.push({
          ...at,
          message: `unknown directive ":${node.name}" (a colon before a letter or digit starts a directive; put text such as a::b in \`code\`)`,
        });
        break;
      case 'containerDirective':
        if (!CALLOUTS.has(node.name))
          issues.push({
            ...at,
            message: `unknown directive ":::${node.name}"; callouts are :::note, :::tip and :::exam`,
          });
        break;
      case 'leafDirective':
        checkLeaf(node, at, ctx.diagrams, diagrams, embeds, issues);
        break;
      default:
        break;
    }
  });

  if (issues.length > before || !head) return null;
  return {
    file,
    lang,
    rel: file.slice(`content/${lang}/`.length),
    domainFolder: Number(domainNum),
    order: Number(orderNum),
    ...head,
    headings,
    diagrams,
    embeds,
    links,
    tree,
  };
}

function checkHeading(
  node: Heading,
  at: At,
  headings: ParsedLesson['headings'],
  seenIds: Set<string>,
  issues: ContentIssue[],
) {
  if (node.depth === 1) {
    issues.push({ ...at, message: 'do not use # headings: the title comes from the front matter' });
    return;
  }
  if (node.depth > 3) {
    issues.push({ ...at, message: 'use ## and ### headings only' });
    return;
  }
  const last = node.children[node.children.length - 1];
  const m = last?.type === 'text' ? HEADING_ID.exec(last.value) : null;
  if (!m || last?.type !== 'text') {
    issues.push({
      ...at,
      message: 'heading needs an explicit id, e.g. "## How Lambda works {#how-lambda-works}"',
    });
    return;
  }
  const depth: 2 | 3 = node.depth === 2 ? 2 : 3;
  const id = m[1] ?? '';
  if (!KEBAB.test(id)) issues.push({ ...at, message: `heading id "${id}" must be kebab-case` });
  else if (seenIds.has(id)) issues.push({ ...at, message: `duplicate heading id "${id}"` });
  seenIds.add(id);
  last.value = last.value.slice(0, m.index);
  node.data = { ...node.data, hProperties: { id } };
  headings.push({ id, depth, text: plainText(node).trim(), line: at.line });
}

function checkLeaf(
  node: LeafDirective,
  at: At,
  known: ReadonlyMap<string, CompiledDiagram>,
  diagrams: ParsedLesson['diagrams'],
  embeds: ParsedLesson['embeds'],
  issues: ContentIssue[],
) {
  const attrs = node.attributes ?? {};
  if (node.name === 'diagram') {
    const id = attrs.id ?? '';
    if (!known.has(id))
      issues.push({
        ...at,
        message: `unknown diagram "${id}" (expected content/diagrams/${id}.svg)`,
      });
    else diagrams.push({ id, line: at.line });
    return;
  }
  const spec = (EMBEDS as Record<string, Record<string, readonly string[]>>)[node.name];
  if (!spec) {
    const names = ['diagram', ...Object.keys(EMBEDS)].join(', ');
    issues.push({ ...at, message: `unknown directive "::${node.name}"; known: ${names}` });
    return;
  }
  for (const [key, value] of Object.entries(attrs)) {
    const allowed = spec[key];
    if (!allowed) issues.push({ ...at, message: `::${node.name} has no attribute "${key}"` });
    else if (!allowed.includes(value ?? ''))
      issues.push({
        ...at,
        message: `::${node.name} ${key}="${value ?? ''}" must be one of ${allowed.join(', ')}`,
      });
  }
  embeds.push({ name: node.name, line: at.line });
}

export interface LinkContext {
  /** Lessons of one language by their path below content/<lang>/. */
  byRel: ReadonlyMap<string, ParsedLesson>;
}

/** Checks every link of a lesson and rewrites lesson links to app paths. */
export function resolveLinks(lesson: ParsedLesson, ctx: LinkContext, issues: ContentIssue[]) {
  const ownIds = new Set(lesson.headings.map((h) => h.id));
  for (const { node, line } of lesson.links) {
    const at = { file: lesson.file, line, column: colOf(node) };
    const url = node.url.trim();
    if (/^https?:\/\/[^/]/i.test(url) || /^mailto:[^/]/i.test(url)) continue;
    if (url.startsWith('#')) {
      if (!ownIds.has(url.slice(1)))
        issues.push({ ...at, message: `link to missing section "${url}"` });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) {
      issues.push({
        ...at,
        message: `link "${url}" is not allowed: use https://, mailto:, #section or a relative ./lesson.md`,
      });
      continue;
    }
    const [target = '', anchor] = url.split('#', 2);
    if (!target.endsWith('.md')) {
      issues.push({
        ...at,
        message: `link "${url}" must point to a lesson file (./NN-slug.md#section)`,
      });
      continue;
    }
    const rel = path.normalize(path.join(path.dirname(lesson.rel), target));
    const dest = ctx.byRel.get(rel);
    if (!dest) {
      issues.push({ ...at, message: `link to missing lesson "${url}"` });
      continue;
    }
    if (anchor !== undefined && !dest.headings.some((h) => h.id === anchor)) {
      issues.push({ ...at, message: `link to missing section "#${anchor}" in ${dest.file}` });
      continue;
    }
    node.url = `/${lesson.lang}/lessons/${dest.front.id}${anchor ? `#${anchor}` : ''}`;
  }
}

/** Reports the first way a translation's structure differs from the English lesson. */
export function checkParity(en: ParsedLesson, es: ParsedLesson, issues: ContentIssue[]) {
  const at = (line: number) => ({ file: es.file, line });
  if (en.front.id !== es.front.id)
    issues.push({
      ...at(es.frontLines.id),
      message: `id "${es.front.id}" differs from ${en.file} ("${en.front.id}")`,
    });
  if (en.front.task !== es.front.task)
    issues.push({
      ...at(es.frontLines.task),
      message: `task "${es.front.task}" differs from ${en.file} ("${en.front.task}")`,
    });
  const compare = <T extends { line: number }>(
    what: string,
    a: T[],
    b: T[],
    key: (x: T) => string,
  ) => {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const x = a[i];
      const y = b[i];
      if (x && y && key(x) === key(y)) continue;
      const line = y?.line ?? b[b.length - 1]?.line ?? 1;
      issues.push({
        ...at(line),
        message: `${what} differ from ${en.file}: expected ${x ? `"${key(x)}"` : 'nothing more'} but found ${y ? `"${key(y)}"` : 'nothing'} (#${i + 1})`,
      });
      return;
    }
  };
  compare('headings', en.headings, es.headings, (h) => `${'#'.repeat(h.depth)} {#${h.id}}`);
  compare('diagrams', en.diagrams, es.diagrams, (d) => d.id);
  compare('embedded components', en.embeds, es.embeds, (e) => e.name);
}

/** Phase two: turn a checked lesson into the compact tree the reader renders. */
export function renderLesson(
  lesson: ParsedLesson,
  diagrams: ReadonlyMap<string, CompiledDiagram>,
): LessonDoc {
  const handlers = {
    containerDirective(state: State, node: ContainerDirective): Element {
      return {
        type: 'element',
        tagName: 'Callout',
        properties: { kind: node.name },
        children: state.all(node),
      };
    },
    leafDirective(_state: State, node: LeafDirective): Element {
      const attrs = node.attributes ?? {};
      if (node.name === 'diagram') {
        const d = diagrams.get(attrs.id ?? '');
        if (!d) throw new Error(`unchecked diagram ${attrs.id ?? ''}`);
        return diagramFigure(d, lesson.lang);
      }
      return {
        type: 'element',
        tagName: 'Embed',
        properties: { name: node.name, ...attrs },
        children: [],
      };
    },
    yaml(): undefined {
      return undefined;
    },
  };
  const hast = toHast(lesson.tree, { handlers, clobberPrefix: 'fn-' });
  const body = hastToContent(hast.type === 'root' ? hast : { type: 'root', children: [hast] });
  return {
    id: lesson.front.id,
    lang: lesson.lang,
    task: lesson.front.task,
    domain: lesson.domainFolder,
    title: lesson.front.title,
    summary: lesson.front.summary,
    headings: lesson.headings.map(({ id, depth, text }) => ({ id, depth, text })),
    body,
    terms: [],
  };
}

export type { PhrasingContent };
