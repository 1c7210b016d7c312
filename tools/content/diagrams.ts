// Validates diagram SVG templates and their per-language strings, and inlines them as hast.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import * as v from 'valibot';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { LANGS, type Lang } from '../../src/shared/content/types.ts';
import type { ContentIssue } from './issues.ts';
import { KEBAB } from './yaml-source.ts';

export const DIAGRAM_CLASSES = new Set([
  'd-frame',
  'd-aws',
  'd-you',
  'd-event',
  'd-muted',
  'd-host',
  'd-container',
  'd-line',
  'd-line-dashed',
  'd-arrowhead',
  'd-label',
  'd-label-sm',
  'd-heading',
]);

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'foreignObject',
  'image',
  'title',
  'desc',
  'a',
  'iframe',
  'use',
]);
const PLACEHOLDER = /^\s*\{\{([a-z0-9]+(?:-[a-z0-9]+)*)\}\}\s*$/;
const COLOUR_PROPS = new Set([
  'fill',
  'stroke',
  'color',
  'stopColor',
  'floodColor',
  'lightingColor',
]);

export interface DiagramStrings {
  title: string;
  desc: string;
  labels: Record<string, string>;
}

export interface DiagramSource {
  id: string;
  svgFile: string;
  svg: string;
  strings: Partial<Record<Lang, { file: string; text: string }>>;
}

export interface CompiledDiagram {
  id: string;
  placeholders: string[];
  strings: Partial<Record<Lang, DiagramStrings>>;
  template: Element;
}

const StringsSchema = v.strictObject({
  title: v.pipe(v.string(), v.trim(), v.minLength(1)),
  desc: v.pipe(v.string(), v.trim(), v.minLength(1)),
  labels: v.record(
    v.pipe(v.string(), v.regex(KEBAB, 'label keys are kebab-case')),
    v.pipe(v.string(), v.minLength(1)),
  ),
});

function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}

function parseStrings(
  file: string,
  text: string,
  issues: ContentIssue[],
): { strings: DiagramStrings; keyLines: Map<string, number> } | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = lineCounter.linePos(e.pos[0]);
      issues.push({ file, line: pos.line, column: pos.col, message: `invalid YAML: ${e.message}` });
    }
    return null;
  }
  const result = v.safeParse(StringsSchema, doc.toJS());
  if (!result.success) {
    for (const issue of result.issues) {
      const path = v.getDotPath(issue) ?? '';
      const node = path ? doc.getIn(path.split('.'), true) : undefined;
      const offset =
        node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)
          ? (node.range[0] as number)
          : 0;
      issues.push({
        file,
        line: lineCounter.linePos(offset).line,
        message: `diagram strings${path ? ` at "${path}"` : ''}: ${issue.message}`,
      });
    }
    return null;
  }
  const keyLines = new Map<string, number>();
  const labels = doc.get('labels', true);
  if (isMap(labels)) {
    for (const pair of labels.items) {
      if (isScalar(pair.key) && pair.key.range)
        keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
    }
  }
  return { strings: result.output, keyLines };
}

/** Parses and checks one diagram: SVG rules, placeholders and label parity across languages. */
export function compileDiagram(
  source: DiagramSource,
  issues: ContentIssue[],
): CompiledDiagram | null {
  const file = source.svgFile;
  const before = issues.length;
  // Not trimmed: leading blank lines must keep counting so issue lines match the file.
  const tree: Root = fromHtml(source.svg, { fragment: true });
  const roots = tree.children.filter(
    (c): c is Element => c.type === 'element' || (c.type === 'text' && c.value.trim() !== ''),
  );
  const svgRoot = roots[0];
  if (roots.length !== 1 || svgRoot?.tagName !== 'svg') {
    issues.push({ file, line: 1, message: 'a diagram file holds exactly one <svg> element' });
    return null;
  }
  const viewBox = svgRoot.properties.viewBox;
  if (typeof viewBox !== 'string' || !/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/.test(viewBox))
    issues.push({ file, line: lineOf(svgRoot), message: 'the <svg> needs viewBox="0 0 W H"' });
  for (const attr of ['width', 'height'] as const)
    if (svgRoot.properties[attr] !== undefined)
      issues.push({
        file,
        line: lineOf(svgRoot),
        message: `remove the ${attr} attribute: diagrams scale to the column`,
      });

  const placeholders: string[] = [];
  const visit = (node: Element) => {
    const line = lineOf(node);
    if (FORBIDDEN_ELEMENTS.has(node.tagName))
      issues.push({ file, line, message: `<${node.tagName}> is not allowed in a diagram` });
    for (const [key, value] of Object.entries(node.properties)) {
      if (key === 'style')
        issues.push({
          file,
          line,
          message: 'style attributes are not allowed: use the d-* classes',
        });
      if (/^on/i.test(key))
        issues.push({ file, line, message: `event handler "${key}" is not allowed` });
      if (COLOUR_PROPS.has(key) && value !== 'none')
        issues.push({
          file,
          line,
          message: `hard-coded colour ${key}="${String(value)}": use a d-* class`,
        });
      if (key === 'fontSize' || key === 'fontFamily')
        issues.push({ file, line, message: `${key} is set by the d-label classes, not inline` });
      if ((key === 'href' || key === 'xLinkHref') && !String(value).startsWith('#'))
        issues.push({ file, line, message: 'links to outside the diagram are not allowed' });
      if (key === 'className' && Array.isArray(value))
        for (const cls of value)
          if (!DIAGRAM_CLASSES.has(String(cls)))
            issues.push({
              file,
              line,
              message: `unknown class "${String(cls)}"; allowed: ${[...DIAGRAM_CLASSES].join(', ')}`,
            });
    }
    const isTextual = node.tagName === 'text' || node.tagName === 'tspan';
    for (const child of node.children) {
      if (child.type === 'element') visit(child);
      else if (child.type === 'text' && child.value.trim() !== '') {
        const m = PLACEHOLDER.exec(child.value);
        if (!isTextual || !m?.[1])
          issues.push({
            file,
            line: lineOf(child),
            message: `text "${child.value.trim()}" must be a single {{key}} placeholder inside <text> or <tspan>`,
          });
        else placeholders.push(m[1]);
      }
    }
  };
  visit(svgRoot);

  const strings: Partial<Record<Lang, DiagramStrings>> = {};
  for (const lang of LANGS) {
    const src = source.strings[lang];
    if (!src) {
      issues.push({
        file,
        line: 1,
        message: `missing strings file content/${lang}/diagrams/${source.id}.yaml`,
      });
      continue;
    }
    const parsed = parseStrings(src.file, src.text, issues);
    if (!parsed) continue;
    strings[lang] = parsed.strings;
    const used = new Set(placeholders);
    for (const key of used)
      if (!(key in parsed.strings.labels))
        issues.push({
          file: src.file,
          line: 1,
          message: `no label for placeholder {{${key}}} used in ${file}`,
        });
    for (const key of Object.keys(parsed.strings.labels))
      if (!used.has(key))
        issues.push({
          file: src.file,
          line: parsed.keyLines.get(key) ?? 1,
          message: `label "${key}" is not used in ${file}`,
        });
  }
  return issues.length > before
    ? null
    : { id: source.id, placeholders, strings, template: svgRoot };
}

function prefixIds(value: string, prefix: string): string {
  return value.replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`);
}

function instantiate(
  node: ElementContent,
  labels: Record<string, string>,
  prefix: string,
): ElementContent {
  if (node.type === 'text') {
    const m = PLACEHOLDER.exec(node.value);
    return m?.[1]
      ? { type: 'text', value: labels[m[1]] ?? '' }
      : { type: 'text', value: node.value };
  }
  if (node.type !== 'element') return node;
  const properties: Element['properties'] = {};
  for (const [key, value] of Object.entries(node.properties)) {
    if (key === 'id' && typeof value === 'string') properties[key] = prefix + value;
    else if ((key === 'href' || key === 'xLinkHref') && typeof value === 'string')
      properties[key] = `#${prefix}${value.slice(1)}`;
    else properties[key] = typeof value === 'string' ? prefixIds(value, prefix) : value;
  }
  return {
    type: 'element',
    tagName: node.tagName,
    properties,
    children: node.children.map((c) => instantiate(c, labels, prefix)),
  };
}

/** The accessible <figure> for one diagram in one language; ids are unique per diagram. */
export function diagramFigure(diagram: CompiledDiagram, lang: Lang): Element {
  const strings = diagram.strings[lang];
  if (!strings) throw new Error(`diagram ${diagram.id} has no ${lang} strings`);
  const prefix = `dg-${diagram.id}-`;
  const svgEl = instantiate(diagram.template, strings.labels, prefix) as Element;
  svgEl.properties = {
    ...svgEl.properties,
    role: 'img',
    ariaLabelledBy: [`${prefix}title`],
    ariaDescribedBy: [`${prefix}desc`],
    focusable: 'false',
  };
  svgEl.children = [
    {
      type: 'element',
      tagName: 'title',
      properties: { id: `${prefix}title` },
      children: [{ type: 'text', value: strings.title }],
    },
    {
      type: 'element',
      tagName: 'desc',
      properties: { id: `${prefix}desc` },
      children: [{ type: 'text', value: strings.desc }],
    },
    ...svgEl.children,
  ];
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['diagram'] },
    children: [
      svgEl,
      {
        type: 'element',
        tagName: 'figcaption',
        properties: { ariaHidden: 'true' },
        children: [{ type: 'text', value: strings.title }],
      },
    ],
  };
}
