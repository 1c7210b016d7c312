// Every way content/ can fail the build, reported with file and line, and the shape of what compiles.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ContentElement, ContentNode, LessonDoc } from '../../src/shared/content/types.ts';
import {
  compileContent,
  readContentFiles,
  type CompiledContent,
  type ContentFiles,
} from './compile.ts';
import { ContentError, type ContentIssue } from './issues.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COURSE_FILE = 'content/course.yaml';
const COURSE = readFileSync(new URL('../../content/course.yaml', import.meta.url), 'utf8');

const EN = 'content/en/lessons/03-cloud-technology/01-serverless-basics.md';
const ES = 'content/es/lessons/03-cloud-technology/01-serverless-basics.md';
const EN2 = 'content/en/lessons/03-cloud-technology/02-containers.md';
const ES2 = 'content/es/lessons/03-cloud-technology/02-containers.md';
const SVG = 'content/diagrams/tiny-flow.svg';
const EN_STRINGS = 'content/en/diagrams/tiny-flow.yaml';
const ES_STRINGS = 'content/es/diagrams/tiny-flow.yaml';

const EN_TEXT = `---
id: serverless-basics
task: "3.3"
title: Serverless basics
summary: What serverless means, in one short page.
---

With serverless, AWS runs the servers for you.

## What serverless means {#what-serverless-means}

You pay only while your code runs. See [how it works](#how-it-works).

::diagram{id="tiny-flow"}

### How it works {#how-it-works}

:::tip
Lambda bills per request and per millisecond.
:::
`;

const ES_TEXT = `---
id: serverless-basics
task: "3.3"
title: Conceptos de serverless
summary: Qué significa serverless, en una página corta.
---

Con serverless, AWS administra los servidores por ti.

## Qué significa serverless {#what-serverless-means}

Pagas solo mientras tu código se ejecuta. Mira [cómo funciona](#how-it-works).

::diagram{id="tiny-flow"}

### Cómo funciona {#how-it-works}

:::tip
Lambda cobra por solicitud y por milisegundo.
:::
`;

const SVG_TEXT = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 60">
  <defs>
    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
      <path class="d-arrowhead" d="M0 0 L10 5 L0 10 Z"/>
    </marker>
  </defs>
  <rect class="d-you" x="4" y="4" width="80" height="40" rx="6"/>
  <text class="d-label" x="12" y="28">{{you}}</text>
  <line class="d-line" x1="84" y1="24" x2="116" y2="24" marker-end="url(#arrow)"/>
  <rect class="d-aws" x="116" y="4" width="80" height="40" rx="6"/>
  <text class="d-label" x="124" y="28">{{aws}}</text>
</svg>
`;

const EN_STRINGS_TEXT = `title: You call AWS
desc: An arrow goes from you to an AWS service.
labels:
  you: You
  aws: AWS
`;

const ES_STRINGS_TEXT = `title: Tú llamas a AWS
desc: Una flecha va de ti a un servicio de AWS.
labels:
  you: Tú
  aws: AWS
`;

/** A second lesson, for links between lessons. */
function containersLesson(lang: 'en' | 'es'): string {
  const [title, heading] =
    lang === 'en'
      ? ['Containers', 'What a container is']
      : ['Contenedores', 'Qué es un contenedor'];
  return `---\nid: containers\ntask: "3.3"\ntitle: ${title}\nsummary: ${title}.\n---\n\n## ${heading} {#what-a-container-is}\n\n${title}.\n`;
}

/** The smallest valid content tree: the real course map, one lesson and one diagram in both languages. */
function validTree(): Map<string, string> {
  return new Map([
    [COURSE_FILE, COURSE],
    [EN, EN_TEXT],
    [ES, ES_TEXT],
    [SVG, SVG_TEXT],
    [EN_STRINGS, EN_STRINGS_TEXT],
    [ES_STRINGS, ES_STRINGS_TEXT],
  ]);
}

/** The valid tree with some files replaced, added or (with null) removed. */
function treeWith(changes: Record<string, string | null>): Map<string, string> {
  const files = validTree();
  for (const [file, text] of Object.entries(changes)) {
    if (text === null) files.delete(file);
    else files.set(file, text);
  }
  return files;
}

/** Replaces text that must be present, so a fixture edit cannot silently do nothing. */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" not in the fixture`);
  return text.replace(from, to);
}

/** 1-based line of the first line containing `needle`: the line an issue must point to. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in the fixture`);
  return i + 1;
}

/** 1-based column of `needle` on its line. */
function columnOf(text: string, needle: string): number {
  const line = text.split('\n')[lineOf(text, needle) - 1] ?? '';
  return line.indexOf(needle) + 1;
}

function compileIssues(files: ContentFiles): ContentIssue[] {
  try {
    compileContent(files);
  } catch (err) {
    if (err instanceof ContentError) return [...err.issues];
    throw err;
  }
  throw new Error('expected the content to fail to compile');
}

interface Expected {
  file: string;
  line: number;
  /** A recognizable part of the message. */
  message: string;
}

/** The build fails with exactly these issues, in this order. */
function expectIssues(files: ContentFiles, expected: Expected[]) {
  const issues = compileIssues(files).map(({ file, line, message }) => ({ file, line, message }));
  expect(issues).toEqual(
    expected.map((e) => ({ ...e, message: expect.stringContaining(e.message) as unknown })),
  );
}

/** The build fails with (at least) this issue; for checks whose effects cascade into other files. */
function expectIssue(files: ContentFiles, expected: Expected) {
  expect(compileIssues(files)).toContainEqual(
    expect.objectContaining({
      ...expected,
      message: expect.stringContaining(expected.message) as unknown,
    }),
  );
}

const isElement = (n: ContentNode): n is ContentElement => typeof n !== 'string';

/** Every element of a compiled tree, depth first. */
function elements(nodes: readonly ContentNode[]): ContentElement[] {
  return nodes.filter(isElement).flatMap((el) => {
    const [, , ...children] = el;
    return [el, ...elements(children)];
  });
}

const textOf = (el: ContentElement): string => {
  const [, , ...children] = el;
  return children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
};

function lessonOf(out: CompiledContent, lang: 'en' | 'es', id: string): LessonDoc {
  const lesson = out.lessons[lang].find((l) => l.id === id);
  if (!lesson) throw new Error(`no ${lang} lesson ${id}`);
  return lesson;
}

describe('a valid tree', () => {
  it('compiles', () => {
    const out = compileContent(validTree());
    expect(out.course.map((d) => d.id)).toEqual([1, 2, 3, 4]);
    expect(out.lessons.en.map((l) => [l.id, l.lang, l.task, l.domain])).toEqual([
      ['serverless-basics', 'en', '3.3', 3],
    ]);
    expect(out.lessons.es.map((l) => [l.id, l.lang, l.title])).toEqual([
      ['serverless-basics', 'es', 'Conceptos de serverless'],
    ]);
    expect(out.questions).toEqual([]);
  });

  it('lists headings and gives them their explicit ids as id props, without the {#id}', () => {
    const es = lessonOf(compileContent(validTree()), 'es', 'serverless-basics');
    expect(es.headings).toEqual([
      { id: 'what-serverless-means', depth: 2, text: 'Qué significa serverless' },
      { id: 'how-it-works', depth: 3, text: 'Cómo funciona' },
    ]);
    expect(es.body).toContainEqual([
      'h2',
      { id: 'what-serverless-means' },
      'Qué significa serverless',
    ]);
    expect(es.body).toContainEqual(['h3', { id: 'how-it-works' }, 'Cómo funciona']);
  });

  it('turns callouts into Callout elements with their kind', () => {
    const text = edit(EN_TEXT, ':::tip', ':::exam');
    const files = treeWith({
      [EN]: `${text}\n:::note\nA note.\n:::\n`,
      [ES]: `${edit(ES_TEXT, ':::tip', ':::exam')}\n:::note\nUna nota.\n:::\n`,
    });
    const en = lessonOf(compileContent(files), 'en', 'serverless-basics');
    expect(elements(en.body).filter(([tag]) => tag === 'Callout')).toEqual([
      ['Callout', { kind: 'exam' }, ['p', null, 'Lambda bills per request and per millisecond.']],
      ['Callout', { kind: 'note' }, ['p', null, 'A note.']],
    ]);
  });

  it('rewrites lesson links to app paths in each language and keeps in-page and web links', () => {
    const files = treeWith({
      [EN]: `${EN_TEXT}\nSee [containers](./02-containers.md#what-a-container-is), [them](02-containers.md), [AWS](https://aws.amazon.com/) and [mail](mailto:team@example.com).\n`,
      [ES]: `${ES_TEXT}\nMira [contenedores](./02-containers.md#what-a-container-is), [eso](02-containers.md), [AWS](https://aws.amazon.com/) y [correo](mailto:team@example.com).\n`,
      [EN2]: containersLesson('en'),
      [ES2]: containersLesson('es'),
    });
    const out = compileContent(files);
    const hrefs = (lang: 'en' | 'es') =>
      elements(lessonOf(out, lang, 'serverless-basics').body)
        .filter(([tag]) => tag === 'a')
        .map(([, props]) => props?.href);
    expect(hrefs('en')).toEqual([
      '#how-it-works',
      '/en/lessons/containers#what-a-container-is',
      '/en/lessons/containers',
      'https://aws.amazon.com/',
      'mailto:team@example.com',
    ]);
    expect(hrefs('es')).toEqual([
      '#how-it-works',
      '/es/lessons/containers#what-a-container-is',
      '/es/lessons/containers',
      'https://aws.amazon.com/',
      'mailto:team@example.com',
    ]);
    expect(out.lessons.en.map((l) => l.id)).toEqual(['serverless-basics', 'containers']);
  });

  it('resolves links into another domain folder and reference-style links', () => {
    const other = (lang: 'en' | 'es') =>
      `---\nid: cloud-benefits\ntask: "1.1"\ntitle: Benefits\nsummary: Benefits.\n---\n\nSee [serverless][s] and [again][s].\n\n[s]: ../03-cloud-technology/01-serverless-basics.md#how-it-works\n${lang === 'es' ? '\nEn español.\n' : ''}`;
    const files = treeWith({
      'content/en/lessons/01-cloud-concepts/01-cloud-benefits.md': other('en'),
      'content/es/lessons/01-cloud-concepts/01-cloud-benefits.md': other('es'),
    });
    const out = compileContent(files);
    expect(out.lessons.es.map((l) => l.id)).toEqual(['cloud-benefits', 'serverless-basics']);
    const links = elements(lessonOf(out, 'es', 'cloud-benefits').body).filter(
      ([tag]) => tag === 'a',
    );
    expect(links.map(([, props]) => props?.href)).toEqual([
      '/es/lessons/serverless-basics#how-it-works',
      '/es/lessons/serverless-basics#how-it-works',
    ]);
  });

  it('renders a diagram as an accessible figure with translated text and ids prefixed per diagram', () => {
    const out = compileContent(validTree());
    for (const [lang, title, desc, label] of [
      ['en', 'You call AWS', 'An arrow goes from you to an AWS service.', 'You'],
      ['es', 'Tú llamas a AWS', 'Una flecha va de ti a un servicio de AWS.', 'Tú'],
    ] as const) {
      const all = elements(lessonOf(out, lang, 'serverless-basics').body);
      const figure = all.find(([tag]) => tag === 'figure');
      if (!figure) throw new Error('no figure');
      expect(figure[1]).toEqual({ className: 'diagram' });
      const inside = elements([figure]);
      const svg = inside.find(([tag]) => tag === 'svg');
      const byId = (id: unknown) => inside.find(([, props]) => props?.id === id);
      expect(svg?.[1]).toMatchObject({
        role: 'img',
        'aria-labelledby': 'dg-tiny-flow-title',
        'aria-describedby': 'dg-tiny-flow-desc',
      });
      const titleEl = byId(svg?.[1]?.['aria-labelledby']);
      const descEl = byId(svg?.[1]?.['aria-describedby']);
      expect(titleEl?.[0]).toBe('title');
      expect(titleEl && textOf(titleEl)).toBe(title);
      expect(descEl?.[0]).toBe('desc');
      expect(descEl && textOf(descEl)).toBe(desc);
      expect(inside.filter(([tag]) => tag === 'text').map(textOf)).toEqual([label, 'AWS']);
      expect(inside.find(([tag]) => tag === 'figcaption')).toEqual([
        'figcaption',
        { 'aria-hidden': 'true' },
        title,
      ]);

      // Marker ids and the url(#…) references to them are rewritten together.
      const ids = inside.flatMap(([, props]) => (typeof props?.id === 'string' ? [props.id] : []));
      expect(ids).toEqual(['dg-tiny-flow-title', 'dg-tiny-flow-desc', 'dg-tiny-flow-arrow']);
      const refs = inside.flatMap(([, props]) =>
        Object.values(props ?? {}).flatMap((v) =>
          [...String(v).matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]),
        ),
      );
      expect(refs).toEqual(['dg-tiny-flow-arrow']);
    }
  });

  it('uses React prop names throughout the compact tree', () => {
    const out = compileContent(validTree());
    const props = [...out.lessons.en, ...out.lessons.es]
      .flatMap((l) => elements(l.body))
      .flatMap(([, p]) => Object.entries(p ?? {}));
    expect(props.length).toBeGreaterThan(0);
    for (const [key, value] of props) {
      expect(key).not.toBe('class');
      // aria-* and data-* in attribute form; every other prop is camelCase.
      if (/^(aria|data)-/.test(key)) expect(key).toMatch(/^(aria|data)(-[a-z]+)+$/);
      else expect(key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      if (key === 'className') expect(typeof value).toBe('string');
    }
    const keys = new Set(props.map(([key]) => key));
    expect(keys).toContain('className');
    expect(keys).toContain('aria-labelledby');
    expect(keys).toContain('markerEnd');
    expect(keys).toContain('viewBox');
  });

  it('keeps "AWS::Lambda" in prose as text: a colon after a colon starts no directive', () => {
    const files = treeWith({
      [EN]: `${EN_TEXT}\nThe resource type AWS::Lambda::Function and \`arn:aws:lambda:us-east-1\`.\n`,
    });
    const en = lessonOf(compileContent(files), 'en', 'serverless-basics');
    expect(en.body).toContainEqual([
      'p',
      null,
      'The resource type AWS::Lambda::Function and ',
      ['code', null, 'arn:aws:lambda:us-east-1'],
      '.',
    ]);
  });

  it('compiles the real repository content', () => {
    const out = compileContent(readContentFiles(ROOT));
    expect(out.lessons.en.length).toBeGreaterThanOrEqual(2);
    expect(out.lessons.es.length).toBe(out.lessons.en.length);
    expect(out.lessons.es.map((l) => l.id)).toEqual(out.lessons.en.map((l) => l.id));
    for (const lesson of [...out.lessons.en, ...out.lessons.es]) {
      // Several diagrams on one page must not share an id (their markers would collide).
      const ids = elements(lesson.body).flatMap(([, p]) =>
        typeof p?.id === 'string' ? [p.id] : [],
      );
      expect(new Set(ids).size, lesson.id).toBe(ids.length);
    }
  });
});

describe('front matter', () => {
  it('is required', () => {
    const text = 'Intro.\n\n## What serverless means {#what-serverless-means}\n';
    expectIssues(treeWith({ [EN]: text }), [
      { file: EN, line: 1, message: 'missing front matter' },
    ]);
  });

  it('must be valid YAML', () => {
    const text = edit(EN_TEXT, 'title: Serverless basics', 'title: Serverless: the basics');
    expectIssues(treeWith({ [EN]: text }), [
      { file: EN, line: lineOf(text, 'title:'), message: 'invalid front matter YAML' },
    ]);
  });

  it('must not repeat a key', () => {
    const text = edit(EN_TEXT, 'summary:', 'title: Again\nsummary:');
    expectIssues(treeWith({ [EN]: text }), [
      {
        file: EN,
        line: lineOf(text, 'Again'),
        message: 'invalid front matter YAML: Map keys must be unique',
      },
    ]);
  });

  it.each(['id', 'task', 'title', 'summary'])('needs "%s"', (key) => {
    const text = EN_TEXT.split('\n')
      .filter((l) => !l.startsWith(`${key}:`))
      .join('\n');
    expectIssues(treeWith({ [EN]: text }), [{ file: EN, line: 1, message: `missing "${key}"` }]);
  });

  it.each([
    [
      'id',
      'not kebab-case',
      'id: serverless-basics',
      'id: Serverless_Basics',
      'id must be kebab-case',
    ],
    [
      'task',
      'an unquoted number',
      'task: "3.3"',
      'task: 3.3',
      'task must be a quoted string such as "3.3"',
    ],
    [
      'task',
      'an unknown id',
      'task: "3.3"',
      'task: "3.9"',
      'task must be one of the 19 task statement ids',
    ],
    ['title', 'blank', 'title: Serverless basics', 'title: "   "', 'title is required'],
    [
      'summary',
      'over 160 characters',
      'summary: What serverless means, in one short page.',
      `summary: ${'x'.repeat(161)}`,
      'summary must be at most 160 characters',
    ],
  ])('rejects a "%s" that is %s', (key, _what, from, to, message) => {
    const text = edit(EN_TEXT, from, to);
    expectIssues(treeWith({ [EN]: text }), [
      { file: EN, line: lineOf(text, `${key}:`), message: `front matter "${key}": ${message}` },
    ]);
  });

  it('accepts a summary of exactly 160 characters', () => {
    const summary = 'x'.repeat(160);
    const files = treeWith({
      [EN]: edit(EN_TEXT, 'What serverless means, in one short page.', summary),
    });
    expect(compileContent(files).lessons.en[0]?.summary).toBe(summary);
  });

  it('rejects a key it does not know', () => {
    const text = edit(EN_TEXT, 'summary:', 'author: Ana\nsummary:');
    expectIssues(treeWith({ [EN]: text }), [
      { file: EN, line: lineOf(text, 'author:'), message: 'front matter "author"' },
    ]);
  });

  it('needs an id equal to the file name slug, reported on the id line', () => {
    const text = edit(
      EN_TEXT,
      'id: serverless-basics\ntask: "3.3"',
      'task: "3.3"\nid: serverless-intro',
    );
    expectIssues(treeWith({ [EN]: text }), [
      {
        file: EN,
        line: lineOf(text, 'id:'),
        message:
          'front matter id "serverless-intro" must match the file name slug "serverless-basics"',
      },
    ]);
  });

  it('needs a task of the domain folder, reported on the task line', () => {
    const text = edit(EN_TEXT, 'task: "3.3"', 'task: "4.1"');
    expectIssues(treeWith({ [EN]: text }), [
      {
        file: EN,
        line: lineOf(text, 'task:'),
        message: 'task 4.1 does not belong to domain folder 03',
      },
    ]);
  });

  it('needs a lesson id used by one lesson only', () => {
    const dup = 'content/en/lessons/03-cloud-technology/02-serverless-basics.md';
    const dupEs = 'content/es/lessons/03-cloud-technology/02-serverless-basics.md';
    const text = edit(
      EN_TEXT,
      'id: serverless-basics\ntask: "3.3"',
      'task: "3.3"\nid: serverless-basics',
    );
    expectIssues(
      treeWith({
        [dup]: text,
        [dupEs]: edit(
          ES_TEXT,
          'id: serverless-basics\ntask: "3.3"',
          'task: "3.3"\nid: serverless-basics',
        ),
      }),
      [
        {
          file: dup,
          line: lineOf(text, 'id:'),
          message: `lesson id "serverless-basics" is also used by ${EN}`,
        },
      ],
    );
  });
});

describe('files in content/', () => {
  it.each([
    'content/en/lessons/serverless-basics.md',
    'content/en/lessons/03-cloud-technology/serverless-basics.md',
    'content/en/lessons/3-cloud-technology/01-serverless-basics.md',
    'content/en/lessons/03-cloud-technology/1-serverless-basics.md',
    'content/en/lessons/03-Cloud/01-serverless-basics.md',
    'content/en/03-cloud-technology/01-serverless-basics.md',
    'content/fr/lessons/03-cloud-technology/01-serverless-basics.md',
    'content/diagrams/tiny-flow.md',
  ])('rejects a lesson at %s', (file) => {
    expectIssues(treeWith({ [file]: EN_TEXT }), [
      {
        file,
        line: 1,
        message: 'lessons live at content/<en|es>/lessons/<NN-domain>/<NN-slug>.md',
      },
    ]);
  });

  it.each([
    'content/en/lessons/03-cloud-technology/notes.txt',
    'content/README',
    'content/diagrams/tiny-flow.png',
    'content/diagrams/Tiny-Flow.svg',
    'content/en/diagrams/tiny-flow.json',
    'content/en/diagrams/tiny-flow.yml',
  ])('rejects an unexpected file %s', (file) => {
    expectIssues(treeWith({ [file]: 'x' }), [
      { file, line: 1, message: 'unexpected file in content/' },
    ]);
  });

  it('needs content/course.yaml', () => {
    expectIssues(treeWith({ [COURSE_FILE]: null }), [
      { file: COURSE_FILE, line: 1, message: 'missing course file' },
    ]);
  });
});

describe('headings', () => {
  const withLine = (line: string) => `${EN_TEXT}\n${line}\n`;

  it.each([
    ['# Serverless {#serverless}', 'do not use # headings'],
    ['Serverless {#serverless}\n===', 'do not use # headings'],
    ['#### Details {#details}', 'use ## and ### headings only'],
    ['##### Details {#details}', 'use ## and ### headings only'],
    ['## Details', 'heading needs an explicit id'],
    ['## Details {#details} **now**', 'heading needs an explicit id'],
    ['## Details {#Details_Here}', 'heading id "Details_Here" must be kebab-case'],
    ['## Details {#}', 'heading id "" must be kebab-case'],
    ['## Details again {#how-it-works}', 'duplicate heading id "how-it-works"'],
  ])('rejects %j', (heading, message) => {
    const text = withLine(heading);
    const first = heading.split('\n')[0] ?? '';
    expectIssues(treeWith({ [EN]: text }), [{ file: EN, line: lineOf(text, first), message }]);
  });

  it('accepts inline code before the id', () => {
    const files = treeWith({
      [EN]: withLine('## The `handler` {#the-handler}'),
      [ES]: `${ES_TEXT}\n## El \`handler\` {#the-handler}\n`,
    });
    const en = lessonOf(compileContent(files), 'en', 'serverless-basics');
    expect(en.body).toContainEqual([
      'h2',
      { id: 'the-handler' },
      'The ',
      ['code', null, 'handler'],
    ]);
  });
});

describe('translations', () => {
  it('needs every English lesson in Spanish', () => {
    expectIssues(treeWith({ [ES]: null }), [
      { file: EN, line: 1, message: `no Spanish translation (expected ${ES})` },
    ]);
  });

  it('needs every Spanish lesson in English', () => {
    expectIssues(treeWith({ [EN]: null }), [
      { file: ES, line: 1, message: `no English original (expected ${EN})` },
    ]);
  });

  it('needs the same file name in both languages', () => {
    const renamed = 'content/es/lessons/03-cloud-technology/01-conceptos-serverless.md';
    const text = edit(ES_TEXT, 'id: serverless-basics', 'id: conceptos-serverless');
    expectIssues(treeWith({ [ES]: null, [renamed]: text }), [
      { file: EN, line: 1, message: `no Spanish translation (expected ${ES})` },
      {
        file: renamed,
        line: 1,
        message:
          'no English original (expected content/en/lessons/03-cloud-technology/01-conceptos-serverless.md)',
      },
    ]);
  });

  it('does not report a missing translation when the translation exists but is invalid', () => {
    const text = edit(ES_TEXT, '### Cómo', '#### Cómo');
    expectIssues(treeWith({ [ES]: text }), [
      { file: ES, line: lineOf(text, '#### Cómo'), message: 'use ## and ### headings only' },
    ]);
  });

  it('needs the same heading ids', () => {
    const text = edit(ES_TEXT, '{#how-it-works}', '{#como-funciona}');
    expectIssues(treeWith({ [ES]: text.replace('(#how-it-works)', '(#como-funciona)') }), [
      {
        file: ES,
        line: lineOf(text, '{#como-funciona}'),
        message: `headings differ from ${EN}: expected "### {#how-it-works}" but found "### {#como-funciona}" (#2)`,
      },
    ]);
  });

  it('needs the headings in the same order', () => {
    const text = ES_TEXT.replace(
      '## Qué significa serverless {#what-serverless-means}',
      '## Cómo funciona {#how-it-works}',
    ).replace(
      '### Cómo funciona {#how-it-works}',
      '### Qué significa serverless {#what-serverless-means}',
    );
    expectIssues(treeWith({ [ES]: text }), [
      {
        file: ES,
        line: lineOf(text, '{#how-it-works}'),
        message: 'expected "## {#what-serverless-means}" but found "## {#how-it-works}" (#1)',
      },
    ]);
  });

  it('needs the same heading levels', () => {
    const text = edit(ES_TEXT, '### Cómo funciona', '## Cómo funciona');
    expectIssues(treeWith({ [ES]: text }), [
      {
        file: ES,
        line: lineOf(text, '## Cómo funciona'),
        message: 'expected "### {#how-it-works}" but found "## {#how-it-works}"',
      },
    ]);
  });

  it('reports an extra heading on its line', () => {
    const text = `${ES_TEXT}\n## Más {#more}\n`;
    expectIssues(treeWith({ [ES]: text }), [
      {
        file: ES,
        line: lineOf(text, '{#more}'),
        message: 'expected nothing more but found "## {#more}" (#3)',
      },
    ]);
  });

  it('reports a missing heading after the last one', () => {
    const text = `${EN_TEXT}\n## More {#more}\n`;
    expectIssues(treeWith({ [EN]: text }), [
      {
        file: ES,
        line: lineOf(ES_TEXT, '{#how-it-works}'),
        message: 'expected "## {#more}" but found nothing (#3)',
      },
    ]);
  });

  it('needs the same diagrams', () => {
    const extra = `${ES_TEXT}\n::diagram{id="tiny-flow"}\n`;
    expectIssues(treeWith({ [ES]: extra }), [
      {
        file: ES,
        line: extra.split('\n').lastIndexOf('::diagram{id="tiny-flow"}') + 1,
        message: 'expected nothing more but found "tiny-flow" (#2)',
      },
    ]);
  });

  it('reports a diagram missing from the translation', () => {
    const text = edit(ES_TEXT, '::diagram{id="tiny-flow"}\n', '');
    expectIssues(treeWith({ [ES]: text }), [
      { file: ES, line: 1, message: 'diagrams differ from' },
    ]);
  });

  it('reports a different diagram on its line', () => {
    const svg2 = 'content/diagrams/other-flow.svg';
    const text = edit(ES_TEXT, '::diagram{id="tiny-flow"}', '::diagram{id="other-flow"}');
    expectIssues(
      treeWith({
        [ES]: text,
        [svg2]: SVG_TEXT,
        'content/en/diagrams/other-flow.yaml': EN_STRINGS_TEXT,
        'content/es/diagrams/other-flow.yaml': ES_STRINGS_TEXT,
      }),
      [
        {
          file: ES,
          line: lineOf(text, 'other-flow'),
          message: 'expected "tiny-flow" but found "other-flow" (#1)',
        },
      ],
    );
  });

  it('needs the same task, reported on the task line', () => {
    const text = edit(ES_TEXT, 'task: "3.3"', 'task: "3.4"');
    expectIssues(treeWith({ [ES]: text }), [
      { file: ES, line: lineOf(text, 'task:'), message: `task "3.4" differs from ${EN} ("3.3")` },
    ]);
  });

  it('needs the same id, which is also the shared file name', () => {
    const text = edit(ES_TEXT, 'id: serverless-basics', 'id: conceptos-serverless');
    expectIssues(treeWith({ [ES]: text }), [
      {
        file: ES,
        line: lineOf(text, 'id:'),
        message: 'front matter id "conceptos-serverless" must match the file name slug',
      },
    ]);
  });
});

describe('links', () => {
  const linking = (link: string) => `${EN_TEXT}\nSee ${link} for more.\n`;
  const withSecond = (en: string) =>
    treeWith({ [EN]: en, [EN2]: containersLesson('en'), [ES2]: containersLesson('es') });

  it.each([
    ['[a](./02-missing.md)', 'link to missing lesson "./02-missing.md"'],
    ['[a](../01-cloud-concepts/01-containers.md)', 'link to missing lesson'],
    ['[a](#no-such-section)', 'link to missing section "#no-such-section"'],
    [
      '[a](./02-containers.md#no-such-section)',
      `link to missing section "#no-such-section" in ${EN2}`,
    ],
    [
      '[a](./01-serverless-basics.md#no-such-section)',
      `link to missing section "#no-such-section" in ${EN}`,
    ],
    ['[a](./02-containers.txt)', 'must point to a lesson file'],
    ['[a](javascript:alert(1))', 'link "javascript:alert(1)" is not allowed'],
    ['[a](JavaScript:alert(1))', 'is not allowed'],
    ['[a](&#106;avascript:alert(1))', 'link "javascript:alert(1)" is not allowed'],
    ['<javascript:alert(1)>', 'link "javascript:alert(1)" is not allowed'],
    ['[a](data:text/html,hi)', 'link "data:text/html,hi" is not allowed'],
    ['[a](ftp://example.com/file)', 'link "ftp://example.com/file" is not allowed'],
    ['[a](//example.com/x)', 'link "//example.com/x" is not allowed'],
    ['[a](https:///x)', 'link "https:///x" is not allowed'],
    ['[a](/en/lessons/containers)', 'link "/en/lessons/containers" is not allowed'],
  ])('rejects %s', (link, message) => {
    const text = linking(link);
    expectIssues(withSecond(text), [{ file: EN, line: lineOf(text, link), message }]);
  });

  it('reports the column of a bad link', () => {
    const text = linking('[a](ftp://example.com/file)');
    const [issue] = compileIssues(withSecond(text));
    expect(issue?.column).toBe(columnOf(text, '[a]'));
  });

  it('checks reference-style definitions, used or not, on their own line', () => {
    const text = `${EN_TEXT}\nSee [this][bad] now.\n\n[bad]: javascript:alert(1)\n[unused]: ftp://example.com/x\n`;
    expectIssues(withSecond(text), [
      {
        file: EN,
        line: lineOf(text, '[bad]:'),
        message: 'link "javascript:alert(1)" is not allowed',
      },
      {
        file: EN,
        line: lineOf(text, '[unused]:'),
        message: 'link "ftp://example.com/x" is not allowed',
      },
    ]);
  });

  it('checks Spanish links against Spanish lessons', () => {
    const text = `${ES_TEXT}\nMira [eso](./02-containers.md).\n`;
    expectIssues(treeWith({ [ES]: text }), [
      {
        file: ES,
        line: lineOf(text, '[eso]'),
        message: 'link to missing lesson "./02-containers.md"',
      },
    ]);
  });
});

describe('Markdown that lessons may not use', () => {
  const withBlock = (block: string) => `${EN_TEXT}\n${block}\n`;

  it('rejects raw HTML blocks', () => {
    const text = withBlock('<div class="box">\nHi\n</div>');
    expectIssues(treeWith({ [EN]: text }), [
      { file: EN, line: lineOf(text, '<div'), message: 'raw HTML is not allowed' },
    ]);
  });

  it('rejects inline HTML, each tag with its column', () => {
    const text = withBlock('Some <b>bold</b> text.');
    const line = lineOf(text, '<b>');
    expect(compileIssues(treeWith({ [EN]: text }))).toEqual([
      {
        file: EN,
        line,
        column: columnOf(text, '<b>'),
        message: 'raw HTML is not allowed in lessons',
      },
      {
        file: EN,
        line,
        column: columnOf(text, '</b>'),
        message: 'raw HTML is not allowed in lessons',
      },
    ]);
  });

  it('rejects HTML comments', () => {
    const text = withBlock('<!-- a note to self -->');
    expectIssues(treeWith({ [EN]: text }), [
      { file: EN, line: lineOf(text, '<!--'), message: 'raw HTML is not allowed' },
    ]);
  });

  it.each([
    ['![A server](server.png)'],
    ['![A server][img]\n\n[img]: https://example.com/server.png'],
  ])('rejects an image: %s', (image) => {
    const text = withBlock(image);
    expectIssues(treeWith({ [EN]: text }), [
      { file: EN, line: lineOf(text, '!['), message: 'images are not allowed: draw a diagram' },
    ]);
  });

  it('rejects an unknown container directive', () => {
    const text = withBlock(':::warning\nCareful.\n:::');
    expectIssues(treeWith({ [EN]: text }), [
      {
        file: EN,
        line: lineOf(text, ':::warning'),
        message: 'unknown directive ":::warning"; callouts are :::note, :::tip and :::exam',
      },
    ]);
  });

  it('rejects an unknown leaf directive', () => {
    const text = withBlock('::video{src="intro.mp4"}');
    expectIssues(treeWith({ [EN]: text }), [
      { file: EN, line: lineOf(text, '::video'), message: 'unknown directive "::video"' },
    ]);
  });

  it.each([
    ['The ARN is arn:aws:lambda:us-east-1.', ':us-east-1'],
    ['Open at 10:30 every day.', ':30'],
    ['Note:Remember this.', ':Remember'],
  ])('rejects a text directive in %j', (prose, name) => {
    const text = withBlock(prose);
    const [issue, ...rest] = compileIssues(treeWith({ [EN]: text }));
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      file: EN,
      line: lineOf(text, prose),
      column: columnOf(text, name),
      message: expect.stringContaining(`unknown directive "${name}"`) as unknown,
    });
  });

  it('accepts colons in code and escaped colons', () => {
    const files = treeWith({
      [EN]: withBlock('Use `arn:aws:lambda:us-east-1` or 10\\:30.\n\n```\nkey:value\n```'),
    });
    expect(compileContent(files).lessons.en).toHaveLength(1);
  });

  it('rejects a diagram that does not exist', () => {
    const text = withBlock('::diagram{id="no-such-diagram"}');
    expectIssues(treeWith({ [EN]: text }), [
      {
        file: EN,
        line: lineOf(text, 'no-such-diagram'),
        message:
          'unknown diagram "no-such-diagram" (expected content/diagrams/no-such-diagram.svg)',
      },
    ]);
  });

  it('rejects a diagram directive without an id', () => {
    const text = withBlock('::diagram');
    expectIssues(treeWith({ [EN]: text }), [
      {
        file: EN,
        line: text.split('\n').lastIndexOf('::diagram') + 1,
        message: 'unknown diagram ""',
      },
    ]);
  });
});

describe('diagrams in the tree', () => {
  it('reports a missing strings file on the SVG', () => {
    expectIssue(treeWith({ [ES_STRINGS]: null }), {
      file: SVG,
      line: 1,
      message: `missing strings file ${ES_STRINGS}`,
    });
  });

  it('reports strings for a diagram that does not exist', () => {
    const orphan = 'content/es/diagrams/no-such-diagram.yaml';
    expectIssues(treeWith({ [orphan]: ES_STRINGS_TEXT }), [
      {
        file: orphan,
        line: 1,
        message: 'strings for a diagram that does not exist (content/diagrams/no-such-diagram.svg)',
      },
    ]);
  });

  it('reports SVG rule violations with the SVG line', () => {
    const svg = edit(SVG_TEXT, '<rect class="d-aws"', '<rect class="d-aws" fill="#ff9900"');
    expectIssue(treeWith({ [SVG]: svg }), {
      file: SVG,
      line: lineOf(svg, '#ff9900'),
      message: 'hard-coded colour fill="#ff9900"',
    });
  });

  it('reports strings problems with the strings file line', () => {
    const en = `${EN_STRINGS_TEXT}  lambda: AWS Lambda\n`;
    expectIssue(treeWith({ [EN_STRINGS]: en }), {
      file: EN_STRINGS,
      line: lineOf(en, 'lambda:'),
      message: 'label "lambda" is not used',
    });
  });
});

describe('course.yaml', () => {
  const courseWith = (from: string, to: string) => edit(COURSE, from, to);

  it('needs the 19 task statements in order, reported on the first wrong one', () => {
    const text = courseWith("- id: '3.8'", "- id: '3.9'");
    expectIssues(treeWith({ [COURSE_FILE]: text }), [
      {
        file: COURSE_FILE,
        line: lineOf(text, "'3.9'"),
        message: 'task statements must be exactly 1.1, 1.2',
      },
    ]);
  });

  it('reports a missing last task statement on the last one listed', () => {
    const lines = COURSE.split('\n');
    const at = lines.findIndex((l) => l.includes("- id: '4.3'"));
    const text = [...lines.slice(0, at), ...lines.slice(at + 2)].join('\n');
    expectIssues(treeWith({ [COURSE_FILE]: text }), [
      {
        file: COURSE_FILE,
        line: lineOf(text, "- id: '4.2'"),
        message: 'task statements must be exactly',
      },
    ]);
  });

  it('needs every task statement under its own domain', () => {
    const text = courseWith("- id: '2.4'", "- id: '3.1'");
    expectIssues(treeWith({ [COURSE_FILE]: text }), [
      {
        file: COURSE_FILE,
        line: lineOf(text, "'3.1'"),
        message: 'task statements must be exactly',
      },
      {
        file: COURSE_FILE,
        line: lineOf(text, "'3.1'"),
        message: 'domain 2 lists a task statement of another domain',
      },
    ]);
  });

  it('needs the exam guide weight, reported on the weight line', () => {
    const text = courseWith('weight: 30', 'weight: 31');
    expectIssues(treeWith({ [COURSE_FILE]: text }), [
      {
        file: COURSE_FILE,
        line: lineOf(text, 'weight: 31'),
        message: 'domain 2 must have weight 30 and 19 exam questions',
      },
    ]);
  });

  it('needs the mock-exam question count, reported on its line', () => {
    const text = courseWith('examQuestions: 19', 'examQuestions: 20');
    expectIssues(treeWith({ [COURSE_FILE]: text }), [
      {
        file: COURSE_FILE,
        line: lineOf(text, 'examQuestions: 20'),
        message: 'domain 2 must have weight 30 and 19 exam questions',
      },
    ]);
  });

  it('needs every domain', () => {
    const text = courseWith('  - id: 4\n', '  - id: 5\n');
    expectIssues(treeWith({ [COURSE_FILE]: text }), [
      { file: COURSE_FILE, line: 1, message: 'domain 4 must have weight 12 and 8 exam questions' },
    ]);
  });

  it('checks the schema, on the offending line', () => {
    const text = courseWith('weight: 30', 'weight: "30"');
    expectIssues(treeWith({ [COURSE_FILE]: text }), [
      {
        file: COURSE_FILE,
        line: lineOf(text, 'weight: "30"'),
        message: 'domains.1.weight: Invalid type',
      },
    ]);
  });

  it('must be valid YAML', () => {
    const text = courseWith('weight: 30', 'weight: 30: 31');
    expectIssues(treeWith({ [COURSE_FILE]: text }), [
      { file: COURSE_FILE, line: lineOf(text, 'weight: 30: 31'), message: 'invalid YAML' },
    ]);
  });
});
