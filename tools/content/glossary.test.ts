import { checkGlossary } from './glossary.ts';
import type { ContentIssue } from './issues.ts';

const anchors = new Map([['global-infrastructure', new Set(['regions', 'availability-zones'])]]);

const term = (over = '') => `
  - id: availability-zone
    lesson: global-infrastructure#availability-zones
    en: { term: Availability Zone, definition: Separate data centers inside a Region. }
    es: { term: zona de disponibilidad, definition: Centros de datos separados dentro de una región. }
${over}`;

function check(files: Record<string, string>) {
  const issues: ContentIssue[] = [];
  const terms = checkGlossary(
    Object.entries(files).map(([file, text]) => ({ file, text })),
    anchors,
    issues,
  );
  return { terms, issues };
}

describe('glossary', () => {
  it('keeps valid terms with both languages', () => {
    const { terms, issues } = check({ 'content/glossary/3.2.yaml': `terms:${term()}` });
    expect(issues).toEqual([]);
    expect(terms).toEqual([
      {
        id: 'availability-zone',
        lesson: 'global-infrastructure#availability-zones',
        en: { term: 'Availability Zone', definition: 'Separate data centers inside a Region.' },
        es: {
          term: 'zona de disponibilidad',
          definition: 'Centros de datos separados dentro de una región.',
        },
      },
    ]);
  });

  it('reports a term id used twice, naming the other file', () => {
    const { issues } = check({
      'content/glossary/a.yaml': `terms:${term()}`,
      'content/glossary/b.yaml': `terms:${term()}`,
    });
    expect(issues).toEqual([
      {
        file: 'content/glossary/b.yaml',
        line: 2,
        message: 'term id "availability-zone" is also used in content/glossary/a.yaml',
      },
    ]);
  });

  it('reports lesson references that do not resolve, with the line', () => {
    const text = `terms:${term().replace('#availability-zones', '#nowhere')}
  - id: edge-location
    lesson: no-such-lesson#edge
    en: { term: edge location, definition: A site close to users. }
    es: { term: ubicación de borde, definition: Un sitio cerca de los usuarios. }
`;
    const { issues } = check({ 'content/glossary/x.yaml': text });
    expect(issues).toEqual([
      {
        file: 'content/glossary/x.yaml',
        line: 3,
        message: 'lesson "global-infrastructure" has no section "#nowhere"',
      },
      { file: 'content/glossary/x.yaml', line: 8, message: 'no lesson "no-such-lesson"' },
    ]);
  });

  it('requires both languages and points at the term', () => {
    const text = `terms:
  - id: region
    lesson: global-infrastructure#regions
    en: { term: Region, definition: A geographic area. }
`;
    const { terms, issues } = check({ 'content/glossary/x.yaml': text });
    expect(terms).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'content/glossary/x.yaml', line: 2 });
    expect(issues[0]?.message).toMatch(/term 1: "es"/);
  });

  it('reports invalid YAML and files outside the naming rule', () => {
    const { issues } = check({
      'content/glossary/bad.yaml': 'terms:\n  - id: [unclosed\n',
      'content/glossary/Notes.txt': 'x',
    });
    expect(issues.map((i) => i.file)).toEqual([
      'content/glossary/bad.yaml',
      'content/glossary/Notes.txt',
    ]);
    expect(issues[0]?.message).toMatch(/^invalid YAML/);
    expect(issues[1]?.message).toBe('glossary files are content/glossary/<name>.yaml');
  });
});
