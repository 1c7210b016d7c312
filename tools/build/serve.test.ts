import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHeaders, resolveFile } from './serve';

describe('resolveFile (a static host without rewrites)', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(path.join(tmpdir(), 'cirrus-serve-'));
    mkdirSync(path.join(dist, 'es/lessons/cloud-benefits'), { recursive: true });
    writeFileSync(path.join(dist, 'es/lessons/cloud-benefits/index.html'), 'lesson');
    writeFileSync(path.join(dist, 'index.html'), 'shell');
    writeFileSync(path.join(dist, '404.html'), 'shell');
    writeFileSync(path.join(dist, 'sw.js'), 'worker');
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  const rel = (found: ReturnType<typeof resolveFile>) =>
    found && { file: path.relative(dist, found.file), status: found.status };

  it('serves files, and folders from their index.html, with or without a trailing slash', () => {
    expect(rel(resolveFile(dist, '/sw.js'))).toEqual({ file: 'sw.js', status: 200 });
    expect(rel(resolveFile(dist, '/'))).toEqual({ file: 'index.html', status: 200 });
    for (const url of ['/es/lessons/cloud-benefits', '/es/lessons/cloud-benefits/'])
      expect(rel(resolveFile(dist, url))).toEqual({
        file: 'es/lessons/cloud-benefits/index.html',
        status: 200,
      });
  });

  it('answers anything else with 404.html and status 404', () => {
    expect(rel(resolveFile(dist, '/es/exam/abc'))).toEqual({ file: '404.html', status: 404 });
    expect(rel(resolveFile(dist, '/%E0%A4%A'))).toEqual({ file: '404.html', status: 404 });
    expect(rel(resolveFile(dist, '/../etc/passwd'))).toEqual({ file: '404.html', status: 404 });
  });

  it('serves only below the base path', () => {
    expect(rel(resolveFile(dist, '/cirrus/sw.js', '/cirrus/'))).toEqual({
      file: 'sw.js',
      status: 200,
    });
    expect(rel(resolveFile(dist, '/sw.js', '/cirrus/'))).toEqual({ file: '404.html', status: 404 });
  });
});

describe('parseHeaders', () => {
  it('reads path patterns and their indented headers', () => {
    const rules = parseHeaders(
      '/*\n  X-A: 1\n  X-B: a: b\n\n/assets/*\n  Cache-Control: immutable\n',
    );
    expect(rules.map((r) => r.headers)).toEqual([
      [
        ['X-A', '1'],
        ['X-B', 'a: b'],
      ],
      [['Cache-Control', 'immutable']],
    ]);
    expect(rules[1]?.pattern.test('/assets/x.js')).toBe(true);
    expect(rules[1]?.pattern.test('/en/assets')).toBe(false);
  });
});
