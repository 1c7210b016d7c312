import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { runInThisContext } from 'node:vm';
import { rewriteSentinels } from './react-dom-sentinels';

const reactDom = path.dirname(createRequire(import.meta.url).resolve('react-dom/package.json'));
const installed = readFileSync(path.join(reactDom, 'cjs/react-dom-client.production.js'), 'utf8');

describe('rewriteSentinels', () => {
  it('rewrites the five errors the installed React DOM creates when it loads, nothing else', () => {
    const { code, names } = rewriteSentinels(installed);
    expect(names.sort()).toEqual([
      'HydrationMismatchException',
      'SelectiveHydrationException',
      'SuspenseActionException',
      'SuspenseException',
      'SuspenseyCommitException',
    ]);
    expect(code).not.toMatch(/Exception = Error\(/);
    // Errors React DOM creates while it runs (its real error reports) keep their stacks.
    const created = (source: string) => source.match(/\bError\(formatProdErrorMessage\(/g)?.length;
    expect(created(code)).toBe((created(installed) ?? 0) - 5);
  });

  it('makes stackless errors with the same prototype and message', () => {
    const { code } = rewriteSentinels(
      'var SuspenseException = Error(formatProdErrorMessage(460)), other = 1;',
    );
    const make = runInThisContext(
      `(function (formatProdErrorMessage) { ${code} return SuspenseException; })`,
    ) as (format: (n: number) => string) => Error;
    const sentinel = make((n) => `Minified React error #${n}`);
    expect(sentinel).toBeInstanceOf(Error);
    expect(sentinel.message).toBe('Minified React error #460');
    expect(String(sentinel)).toBe('Error: Minified React error #460');
    expect(Object.hasOwn(sentinel, 'stack')).toBe(false);
  });
});
