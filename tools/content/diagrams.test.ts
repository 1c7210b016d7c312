// Diagram SVG rules, per-language strings and the accessible <figure> each diagram becomes.
import type { Element, ElementContent } from 'hast';
import {
  compileDiagram,
  diagramFigure,
  type CompiledDiagram,
  type DiagramSource,
} from './diagrams.ts';
import type { ContentIssue } from './issues.ts';

const SVG_FILE = 'content/diagrams/tiny-flow.svg';
const EN_FILE = 'content/en/diagrams/tiny-flow.yaml';
const ES_FILE = 'content/es/diagrams/tiny-flow.yaml';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 60">
  <defs>
    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
      <path class="d-arrowhead" d="M0 0 L10 5 L0 10 Z"/>
    </marker>
  </defs>
  <rect class="d-you" x="4" y="4" width="80" height="40" rx="6" fill="none"/>
  <text class="d-label" x="12" y="28">{{you}}</text>
  <line class="d-line" x1="84" y1="24" x2="116" y2="24" marker-end="url(#arrow)"/>
  <rect class="d-aws" x="116" y="4" width="80" height="40" rx="6"/>
  <text class="d-label" x="124" y="28"><tspan>{{aws}}</tspan></text>
</svg>
`;
const EN = `title: You call AWS
desc: An arrow goes from you to an AWS service.
labels:
  you: You
  aws: AWS
`;
const ES = `title: Tú llamas a AWS
desc: Una flecha va de ti a un servicio de AWS.
labels:
  you: Tú
  aws: AWS
`;

/** Replaces text that must be present, so a fixture edit cannot silently do nothing. */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" not in the fixture`);
  return text.replace(from, to);
}

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in the fixture`);
  return i + 1;
}

function source(svg = SVG, en: string | null = EN, es: string | null = ES): DiagramSource {
  const strings: DiagramSource['strings'] = {};
  if (en !== null) strings.en = { file: EN_FILE, text: en };
  if (es !== null) strings.es = { file: ES_FILE, text: es };
  return { id: 'tiny-flow', svgFile: SVG_FILE, svg, strings };
}

function compile(src: DiagramSource): { diagram: CompiledDiagram | null; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  return { diagram: compileDiagram(src, issues), issues };
}

/** The issues as file, line and message; `message` in `expected` is a recognizable part. */
function expectIssues(
  src: DiagramSource,
  expected: { file: string; line: number; message: string }[],
) {
  const { diagram, issues } = compile(src);
  expect(diagram).toBeNull();
  expect(issues.map(({ file, line, message }) => ({ file, line, message }))).toEqual(
    expected.map((e) => ({ ...e, message: expect.stringContaining(e.message) as unknown })),
  );
}

describe('compileDiagram', () => {
  it('accepts a valid diagram and lists its placeholders in order', () => {
    const { diagram, issues } = compile(source());
    expect(issues).toEqual([]);
    expect(diagram?.placeholders).toEqual(['you', 'aws']);
    expect(diagram?.strings.es?.labels.you).toBe('Tú');
  });

  describe('SVG rules', () => {
    it('rejects a style attribute', () => {
      const svg = edit(SVG, '<rect class="d-aws"', '<rect class="d-aws" style="fill: red"');
      expectIssues(source(svg), [
        {
          file: SVG_FILE,
          line: lineOf(svg, 'style='),
          message: 'style attributes are not allowed',
        },
      ]);
    });

    it('rejects <script>, with its text', () => {
      const svg = edit(SVG, '</defs>', '</defs>\n  <script>alert(1)</script>');
      const line = lineOf(svg, '<script>');
      expectIssues(source(svg), [
        { file: SVG_FILE, line, message: '<script> is not allowed in a diagram' },
        { file: SVG_FILE, line, message: 'text "alert(1)" must be a single {{key}} placeholder' },
      ]);
    });

    it.each(['style', 'foreignObject', 'image', 'title', 'desc', 'a', 'iframe', 'use'])(
      'rejects the <%s> element',
      (tag) => {
        const svg = edit(SVG, '</defs>', `</defs>\n  <${tag} class="d-line"/>`);
        expectIssues(source(svg), [
          {
            file: SVG_FILE,
            line: lineOf(svg, `<${tag} `),
            message: `<${tag}> is not allowed in a diagram`,
          },
        ]);
      },
    );

    it.each([
      ['fill', '#ff9900'],
      ['stroke', 'red'],
      ['stop-color', 'black'],
    ])('rejects a hard-coded colour %s="%s"', (attr, value) => {
      const svg = edit(SVG, '<rect class="d-aws"', `<rect class="d-aws" ${attr}="${value}"`);
      expectIssues(source(svg), [
        { file: SVG_FILE, line: lineOf(svg, value), message: `hard-coded colour` },
      ]);
    });

    it('allows fill="none"', () => {
      expect(lineOf(SVG, 'fill="none"')).toBeGreaterThan(0);
      expect(compile(source()).issues).toEqual([]);
    });

    it('rejects a class outside the d-* palette', () => {
      const svg = edit(SVG, 'class="d-aws"', 'class="d-aws brand-orange"');
      expectIssues(source(svg), [
        {
          file: SVG_FILE,
          line: lineOf(svg, 'brand-orange'),
          message: 'unknown class "brand-orange"',
        },
      ]);
    });

    it('rejects literal text inside <text>', () => {
      const svg = edit(SVG, '{{you}}', 'You');
      expectIssues(source(svg, edit(EN, '  you: You\n', ''), edit(ES, '  you: Tú\n', '')), [
        {
          file: SVG_FILE,
          line: lineOf(svg, '>You<'),
          message: 'text "You" must be a single {{key}} placeholder',
        },
      ]);
    });

    it('rejects text mixed with a placeholder', () => {
      const svg = edit(SVG, '{{you}}', '{{you}} (you)');
      expectIssues(source(svg, edit(EN, '  you: You\n', ''), edit(ES, '  you: Tú\n', '')), [
        {
          file: SVG_FILE,
          line: lineOf(svg, '(you)'),
          message: 'text "{{you}} (you)" must be a single {{key}}',
        },
      ]);
    });

    it('rejects a placeholder outside <text> or <tspan>', () => {
      const svg = edit(SVG, '</defs>', '</defs>\n  <g class="d-frame">{{you}}</g>');
      expectIssues(source(svg), [
        { file: SVG_FILE, line: lineOf(svg, '<g '), message: 'inside <text> or <tspan>' },
      ]);
    });

    it.each(['width', 'height'])('rejects a %s attribute on the <svg>', (attr) => {
      const svg = edit(SVG, 'viewBox="0 0 200 60"', `viewBox="0 0 200 60" ${attr}="200"`);
      expectIssues(source(svg), [
        { file: SVG_FILE, line: 1, message: `remove the ${attr} attribute` },
      ]);
    });

    it.each([
      ['missing', ''],
      ['not at the origin', 'viewBox="10 0 200 60"'],
      ['not numeric', 'viewBox="0 0 auto 60"'],
    ])('rejects a viewBox that is %s', (_what, viewBox) => {
      const svg = edit(SVG, 'viewBox="0 0 200 60"', viewBox);
      expectIssues(source(svg), [
        { file: SVG_FILE, line: 1, message: 'the <svg> needs viewBox="0 0 W H"' },
      ]);
    });

    it('rejects event handlers', () => {
      const svg = edit(SVG, '<rect class="d-aws"', '<rect class="d-aws" onclick="go()"');
      expectIssues(source(svg), [
        {
          file: SVG_FILE,
          line: lineOf(svg, 'onclick'),
          message: 'event handler "onClick" is not allowed',
        },
      ]);
    });

    it('rejects inline font attributes', () => {
      const svg = edit(
        SVG,
        '<text class="d-label" x="12"',
        '<text class="d-label" font-size="20" x="12"',
      );
      expectIssues(source(svg), [
        {
          file: SVG_FILE,
          line: lineOf(svg, 'font-size'),
          message: 'fontSize is set by the d-label classes',
        },
      ]);
    });

    it('rejects a link to outside the diagram', () => {
      const svg = edit(
        SVG,
        '<path class="d-arrowhead"',
        '<path class="d-arrowhead" href="https://example.com/x"',
      );
      expectIssues(source(svg), [
        {
          file: SVG_FILE,
          line: lineOf(svg, 'example.com'),
          message: 'links to outside the diagram are not allowed',
        },
      ]);
    });

    it.each([
      ['two <svg> elements', `${SVG}${SVG}`],
      ['no <svg> at all', '<div class="d-frame"></div>'],
      ['loose text', `hello\n${SVG}`],
    ])('rejects a file with %s', (_what, svg) => {
      expectIssues(source(svg), [
        { file: SVG_FILE, line: 1, message: 'a diagram file holds exactly one <svg> element' },
      ]);
    });

    it('counts leading blank lines and comments in issue lines', () => {
      const svg = `\n\n<!-- A tiny flow. -->\n${edit(SVG, '<rect class="d-aws"', '<rect class="d-aws" fill="red"')}`;
      expectIssues(source(svg), [
        { file: SVG_FILE, line: lineOf(svg, 'fill="red"'), message: 'hard-coded colour' },
      ]);
    });
  });

  describe('strings', () => {
    it('reports a missing language file on the SVG', () => {
      expectIssues(source(SVG, EN, null), [
        {
          file: SVG_FILE,
          line: 1,
          message: 'missing strings file content/es/diagrams/tiny-flow.yaml',
        },
      ]);
      expectIssues(source(SVG, null, ES), [
        {
          file: SVG_FILE,
          line: 1,
          message: 'missing strings file content/en/diagrams/tiny-flow.yaml',
        },
      ]);
    });

    it('reports a placeholder without a label', () => {
      expectIssues(source(SVG, EN, edit(ES, '  aws: AWS\n', '')), [
        { file: ES_FILE, line: 1, message: `no label for placeholder {{aws}} used in ${SVG_FILE}` },
      ]);
    });

    it('reports a label no placeholder uses, on its line', () => {
      const en = `${EN}  lambda: AWS Lambda\n`;
      expectIssues(source(SVG, en, ES), [
        {
          file: EN_FILE,
          line: lineOf(en, 'lambda:'),
          message: `label "lambda" is not used in ${SVG_FILE}`,
        },
      ]);
    });

    it('reports invalid YAML with its line', () => {
      const es = edit(ES, 'desc: Una flecha', 'desc: Flecha: una flecha');
      expectIssues(source(SVG, EN, es), [
        { file: ES_FILE, line: lineOf(es, 'desc:'), message: 'invalid YAML' },
      ]);
    });

    it('reports a duplicate key as invalid YAML', () => {
      const en = `${EN}  you: Again\n`;
      expectIssues(source(SVG, en, ES), [
        {
          file: EN_FILE,
          line: lineOf(en, 'Again'),
          message: 'invalid YAML: Map keys must be unique',
        },
      ]);
    });

    it('reports a missing title', () => {
      expectIssues(source(SVG, edit(EN, 'title: You call AWS\n', ''), ES), [
        { file: EN_FILE, line: 1, message: 'diagram strings at "title"' },
      ]);
    });

    it('reports an empty description on its line', () => {
      const es = edit(ES, 'desc: Una flecha va de ti a un servicio de AWS.', 'desc: "  "');
      expectIssues(source(SVG, EN, es), [
        { file: ES_FILE, line: lineOf(es, 'desc:'), message: 'at "desc"' },
      ]);
    });

    it('reports a label key that is not kebab-case, and a label that is not text', () => {
      const en = `${EN}  Extra_Key: x\n`;
      const es = edit(ES, 'aws: AWS', 'aws: 42');
      const { issues } = compile(source(SVG, en, es));
      expect(issues.map(({ file, line, message }) => ({ file, line, message }))).toEqual([
        {
          file: EN_FILE,
          line: lineOf(en, 'Extra_Key'),
          message: expect.stringContaining('label keys are kebab-case') as unknown,
        },
        {
          file: ES_FILE,
          line: lineOf(es, 'aws: 42'),
          message: expect.stringContaining('at "labels.aws"') as unknown,
        },
      ]);
    });

    it('reports a key the schema does not know', () => {
      const en = `author: someone\n${EN}`;
      expectIssues(source(SVG, en, ES), [{ file: EN_FILE, line: 1, message: 'at "author"' }]);
    });
  });
});

describe('diagramFigure', () => {
  const compiled = (): CompiledDiagram => {
    const { diagram } = compile(source());
    if (!diagram) throw new Error('fixture diagram does not compile');
    return diagram;
  };
  const child = (el: Element, tag: string): Element => {
    const found = el.children.find((c): c is Element => c.type === 'element' && c.tagName === tag);
    if (!found) throw new Error(`no <${tag}>`);
    return found;
  };
  const text = (el: Element) =>
    el.children.map((c: ElementContent) => (c.type === 'text' ? c.value : '')).join('');
  const elements = (el: Element): Element[] => [
    el,
    ...el.children.flatMap((c) => (c.type === 'element' ? elements(c) : [])),
  ];

  it('wraps an accessible <svg> in a <figure> with the translated title and description', () => {
    const figure = diagramFigure(compiled(), 'es');
    expect(figure.tagName).toBe('figure');
    expect(figure.properties.className).toEqual(['diagram']);
    const svgEl = child(figure, 'svg');
    expect(svgEl.properties).toMatchObject({
      role: 'img',
      ariaLabelledBy: ['dg-tiny-flow-title'],
      ariaDescribedBy: ['dg-tiny-flow-desc'],
    });
    const title = child(svgEl, 'title');
    const desc = child(svgEl, 'desc');
    expect(title.properties.id).toBe('dg-tiny-flow-title');
    expect(text(title)).toBe('Tú llamas a AWS');
    expect(desc.properties.id).toBe('dg-tiny-flow-desc');
    expect(text(desc)).toBe('Una flecha va de ti a un servicio de AWS.');
    const caption = child(figure, 'figcaption');
    expect(caption.properties.ariaHidden).toBe('true');
    expect(text(caption)).toBe('Tú llamas a AWS');
  });

  it('fills placeholders with the labels of the language', () => {
    const texts = (lang: 'en' | 'es') =>
      elements(diagramFigure(compiled(), lang))
        .filter((e) => e.tagName === 'text' || e.tagName === 'tspan')
        .map(text)
        .filter((t) => t.trim() !== '');
    expect(texts('en')).toEqual(['You', 'AWS']);
    expect(texts('es')).toEqual(['Tú', 'AWS']);
  });

  it('prefixes ids per diagram and rewrites url(#…) and #href references to match', () => {
    const svg = edit(
      SVG,
      '<line class="d-line"',
      '<line class="d-line" clip-path="url(#arrow)" href="#arrow"',
    );
    const { diagram } = compile(source(svg));
    if (!diagram) throw new Error('fixture diagram does not compile');
    const all = elements(diagramFigure(diagram, 'en'));
    const ids = all.flatMap((e) => (typeof e.properties.id === 'string' ? [e.properties.id] : []));
    expect(ids).toEqual(['dg-tiny-flow-title', 'dg-tiny-flow-desc', 'dg-tiny-flow-arrow']);
    const line = all.find((e) => e.tagName === 'line');
    expect(line?.properties).toMatchObject({
      markerEnd: 'url(#dg-tiny-flow-arrow)',
      clipPath: 'url(#dg-tiny-flow-arrow)',
      href: '#dg-tiny-flow-arrow',
    });
  });

  it('does not change the compiled template', () => {
    const diagram = compiled();
    diagramFigure(diagram, 'en');
    const marker = elements(diagram.template).find((e) => e.tagName === 'marker');
    expect(marker?.properties.id).toBe('arrow');
  });
});
