// The build puts quiz.css into the app's one stylesheet (vite.config.ts), so its rules apply on every
// page. A rule on a class that other pages use too must be scoped to the quiz pages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '../../src');
const QUIZ = path.join(SRC, 'features/quiz');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

/**
 * The text of every className: `className="a b"` gives "a b"; `className={…}` gives the string
 * literals in the expression ('a', "b", `c ${d}` as "c "), read up to its matching brace.
 */
function classNameTexts(source: string): string[] {
  const texts: string[] = [];
  for (const match of source.matchAll(/className=(?:"([^"]*)"|\{)/g)) {
    if (match[1] !== undefined) {
      texts.push(match[1]);
      continue;
    }
    let depth = 1;
    let end = match.index + match[0].length;
    while (depth > 0 && end < source.length) {
      if (source[end] === '{') depth++;
      else if (source[end] === '}') depth--;
      end++;
    }
    const expression = source.slice(match.index + match[0].length, end - 1);
    for (const [, , text] of expression.replace(/\$\{[^}]*\}/g, ' ').matchAll(/(['"`])(.*?)\1/g))
      texts.push(text ?? '');
  }
  return texts;
}

/** Class names the rest of the app (everything outside src/features/quiz) puts on elements. */
function classesOutsideQuiz(): Set<string> {
  const used = new Set<string>();
  for (const file of files(SRC)) {
    if (!file.endsWith('.tsx') || file.startsWith(QUIZ + path.sep) || file.includes('.test.'))
      continue;
    const source = readFileSync(file, 'utf8');
    for (const literals of classNameTexts(source))
      for (const name of literals.split(/\s+/)) if (name) used.add(name);
  }
  return used;
}

/** Every selector of quiz.css (comments removed), with the classes it names. */
function quizSelectors(): { selector: string; classes: string[] }[] {
  const css = readFileSync(path.join(QUIZ, 'ui/quiz.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/([^{}]+)\{/g)]
    .map(([, prelude]) => (prelude ?? '').trim())
    .filter((prelude) => !prelude.startsWith('@'))
    .flatMap((prelude) => prelude.split(',').map((s) => s.trim()))
    .map((selector) => ({
      selector,
      classes: [...selector.matchAll(/\.([\w-]+)/g)].map(([, name]) => name ?? ''),
    }));
}

describe('quiz.css in the app-wide stylesheet', () => {
  it('scopes every rule on a class used outside the quiz to .quiz-page', () => {
    const shared = classesOutsideQuiz();
    // Lessons use these (content-renderer.tsx), one of them in a template literal.
    expect(shared.has('callout')).toBe(true);
    expect(shared.has('callout-')).toBe(true);
    const leaks = quizSelectors()
      .filter(({ selector }) => !selector.startsWith('.quiz-page '))
      .filter(({ classes }) => classes.some((name) => shared.has(name)))
      .map(({ selector }) => selector);
    expect(leaks).toEqual([]);
  });
});
