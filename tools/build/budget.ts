// Size budgets, measured from the production build (dist/.vite/manifest.json), not from a timer.
// Prints the JS each route needs before it can render, and fails when a budget is exceeded.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_CHUNK, chunkFiles, readManifest } from './manifest.ts';

// Kilobytes as Vite prints them (1 kB = 1,000 bytes).
const KB = 1000;
export const BUDGETS = {
  /** Initial JS of home and lesson pages, gzip. */
  initialKb: 130,
  /** Any route's own chunks (beyond the shared entry), gzip. */
  routeKb: 80,
  /** The simulator's own chunks, gzip. */
  simulatorKb: 120,
  /** All CSS, gzip. */
  cssKb: 25,
} as const;

/** Pages whose first paint needs the lesson text: measured with their largest lesson chunk. */
const LESSON_PAGE = 'src/features/reader/lesson-route.tsx';
const HOME_PAGE = 'src/features/reader/course-map-route.tsx';
const LESSON_CHUNK = /^virtual:cirrus\/lesson\//;

export interface RouteSize {
  route: string;
  initialKb: number;
  ownKb: number;
  limitKb: number;
  ok: boolean;
}

export function measure(dist: string) {
  const manifest = readManifest(dist);
  const sizes = new Map<string, number>();
  const gz = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(dist, file))).length;
      sizes.set(file, size);
    }
    return size;
  };
  const closure = (key: string, into?: Set<string>) => chunkFiles(manifest, key, into);
  const total = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gz(f), 0) / KB;

  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error('no entry chunk in the manifest');
  const app = manifest[APP_CHUNK];
  if (!app) throw new Error(`no ${APP_CHUNK} chunk in the manifest`);
  // The entry only loads the styles and then the app (start.tsx): both are needed before any page.
  const entry = closure(APP_CHUNK, closure(entryKey));
  const lessonChunks = Object.keys(manifest).filter((k) => LESSON_CHUNK.test(k));
  const largestLesson = Math.max(0, ...lessonChunks.map((k) => total(closure(k))));

  const routes: RouteSize[] = [];
  for (const page of app.dynamicImports ?? []) {
    const own = new Set([...closure(page)].filter((f) => !entry.has(f)));
    const extra = page === LESSON_PAGE ? largestLesson : 0;
    const initialKb = total(entry) + total(own) + extra;
    const ownKb = total(own) + extra;
    const name = path.basename(page).replace(/\.[tj]sx?$/, '');
    const critical = page === LESSON_PAGE || page === HOME_PAGE;
    const limitKb = critical
      ? BUDGETS.initialKb
      : /simulator/.test(page)
        ? BUDGETS.simulatorKb
        : BUDGETS.routeKb;
    routes.push({
      route: page === LESSON_PAGE ? `${name} (+ largest lesson)` : name,
      initialKb,
      ownKb,
      limitKb,
      ok: (critical ? initialKb : ownKb) <= limitKb,
    });
  }

  const cssFiles = readdirSync(path.join(dist, 'assets'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => `assets/${f}`);
  const cssKb = total(cssFiles);

  // Every chunk loaded later (data included, e.g. a part of the question bank) is held to the
  // route limit on its own; the simulator's chunks to theirs.
  const simulator = new Set(
    Object.keys(manifest)
      .filter((k) => /simulator/.test(k))
      .flatMap((k) => [...closure(k)]),
  );
  const lazy = Object.entries(manifest)
    .filter(([, c]) => c.file.endsWith('.js') && !entry.has(c.file))
    .map(([key, c]) => {
      const limitKb = simulator.has(c.file) ? BUDGETS.simulatorKb : BUDGETS.routeKb;
      const kb = gz(c.file) / KB;
      return { key, kb, limitKb, ok: kb <= limitKb };
    })
    .sort((a, b) => b.kb / b.limitKb - a.kb / a.limitKb);
  const largestLazy = lazy[0] ?? null;
  return {
    entryKb: total(entry),
    routes,
    cssKb,
    cssOk: cssKb <= BUDGETS.cssKb,
    largestLazy,
    lazyOk: lazy.every((c) => c.ok),
  };
}

function main() {
  const dist = process.argv[2] ?? 'dist';
  const { entryKb, routes, cssKb, cssOk, largestLazy, lazyOk } = measure(dist);
  const rows = routes.map((r) => [
    r.route,
    r.initialKb.toFixed(1),
    r.ownKb.toFixed(1),
    `${r.limitKb}`,
    r.ok ? 'ok' : 'OVER',
  ]);
  if (largestLazy)
    rows.push([
      `(largest lazy chunk: ${largestLazy.key})`,
      '',
      largestLazy.kb.toFixed(1),
      `${largestLazy.limitKb}`,
      lazyOk ? 'ok' : 'OVER',
    ]);
  rows.push(['(all CSS)', cssKb.toFixed(1), '', `${BUDGETS.cssKb}`, cssOk ? 'ok' : 'OVER']);
  const head = ['route', 'initial KB gz', 'own KB gz', 'limit KB', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`shared entry: ${entryKb.toFixed(1)} KB gzip`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log(
    'limits: home and lesson initial JS; other routes their own chunks (simulator has its own limit).',
  );
  if (!cssOk || !lazyOk || routes.some((r) => !r.ok)) {
    console.error('size budget exceeded');
    process.exit(1);
  }
}

main();
