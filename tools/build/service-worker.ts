// Generates dist/sw.js after the build: a service worker that precaches every file the app can
// need (shell, every lesson chunk in both languages, the question banks, the simulator), so that
// after one visit Cirrus works with the network off. A new version waits until the learner
// chooses to reload (see src/app/updates.ts); it never takes over a page by itself.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Files that are served but not needed offline. */
const SKIP = new Set(['sw.js', '_headers', 'screenshot.png', '404.html']);

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '.vite' ? [] : listFiles(full, root);
    const rel = path.relative(root, full).split(path.sep).join('/');
    return SKIP.has(rel) || rel.endsWith('.map') ? [] : [rel];
  });
}

/** The worker's source: plain JS, no dependencies. `base` is the site's base path. */
export function workerSource(files: readonly string[], version: string, base: string): string {
  return `// Cirrus service worker, generated at build time (tools/build/service-worker.ts).
const CACHE = ${JSON.stringify(`cirrus-${version}`)};
const BASE = ${JSON.stringify(base)};
const FILES = ${JSON.stringify(files.map((f) => base + f))};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cirrus-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // A pre-rendered page when the URL has one (/es/lessons/x → /es/lessons/x/index.html), else
    // the app shell, which routes the URL itself.
    const page = url.pathname + (url.pathname.endsWith('/') ? '' : '/') + 'index.html';
    event.respondWith(
      caches
        .match(page, { ignoreVary: true })
        .then((cached) => cached || caches.match(BASE + 'index.html', { ignoreVary: true }))
        .then((cached) => cached || fetch(request)),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreVary: true }).then((cached) => cached || fetch(request)));
});
`;
}

export function serviceWorker(): Plugin {
  let base = '/';
  let dir = '';
  return {
    name: 'cirrus-service-worker',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      base = config.base;
      dir = path.resolve(config.root, config.build.outDir);
    },
    // After every file is written, pre-rendered pages included (see prerender.ts).
    closeBundle(error) {
      if (error) return;
      const files = listFiles(dir).sort();
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update(readFileSync(path.join(dir, f)));
      const version = hash.digest('hex').slice(0, 12);
      writeFileSync(path.join(dir, 'sw.js'), workerSource(files, version, base));
    },
  };
}
