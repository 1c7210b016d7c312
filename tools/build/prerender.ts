// Pre-renders pages to static HTML after the browser build: home, every lesson and the glossary in
// both languages with their full text, and the other routes as a frame (header, footer) that the
// app fills in. It builds src/app/server.tsx for Node with the same Vite config (so the same
// routes and lesson chunks), renders each URL and writes dist/<url>/index.html, which any static
// host serves for that URL. The browser hydrates that HTML (src/app/start.tsx).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { alternateUrls } from '../../src/shared/alternates.ts';
import { APP_CHUNK, chunkFiles, readManifest, type Manifest } from './manifest.ts';

interface ServerEntry {
  prerenderPaths: () => string[];
  render: (url: string) => Promise<string>;
}

/** Saved progress, which the app loads on every page once it has mounted (src/features/progress). */
const PROGRESS_CHUNK = 'src/features/progress/runtime.ts';

/** The chunks each page's route needs on top of the app: its route chunk and the data it loads. */
const PAGE_CHUNKS: Record<string, (lang: string, slug: string) => string[]> = {
  // The course map's two cards are lazy chunks of their own that it loads as soon as it starts.
  '': () => [
    'src/features/reader/course-map-route.tsx',
    'src/features/quiz/ui/home-summary.tsx',
    'src/features/simulator/ui/home-card.tsx',
  ],
  lessons: (lang, slug) => [
    'src/features/reader/lesson-route.tsx',
    `virtual:cirrus/lesson/${lang}/${slug}`,
  ],
  glossary: (lang) => ['src/features/reader/glossary-route.tsx', `virtual:cirrus/glossary/${lang}`],
  practice: () => quizPage('practice-route'),
  exam: () => quizPage('exam-route'),
  review: () => quizPage('review-route'),
  progress: () => quizPage('progress-route'),
  simulator: () => ['src/features/simulator/ui/simulator-route.tsx'],
};
/**
 * A quiz page waits for saved progress before it renders, so progress comes before the bank's
 * index. The texts (`virtual:cirrus/questions/<lang>/<domain>`) load when a session starts.
 */
function quizPage(route: string) {
  return [`src/features/quiz/ui/${route}.tsx`, PROGRESS_CHUNK, 'virtual:cirrus/questions/index'];
}

/**
 * The files a pre-rendered page needs once the app starts: the app, the page's route and its data,
 * then saved progress, so they download in parallel instead of one after another. The entry
 * preloads them only after the page has painted, one per task (src/app/preload.ts); none is needed
 * to read the page. When the app then imports them, Vite's loader finds their links and adds none
 * of its own in the middle of React's work. A chunk missing from the build fails the build.
 */
export function pagePreloads(url: string, manifest: Manifest): string[] {
  const [, lang = 'en', section = '', slug = ''] = url.split('/');
  const files = new Set<string>();
  for (const key of [APP_CHUNK, ...(PAGE_CHUNKS[section]?.(lang, slug) ?? []), PROGRESS_CHUNK]) {
    if (!manifest[key]) throw new Error(`${url}: no chunk ${key} in the build to preload`);
    chunkFiles(manifest, key, files);
  }
  return [...files];
}

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * React 19 writes a page's <title> and <meta> (rendered inside the page component) at the start
 * of the HTML; they belong in <head>, where the browser's React finds and adopts them.
 */
export function splitHoisted(html: string): { head: string; body: string } {
  const match = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/?>|<link [^>]*\/?>)+/.exec(html);
  const head = match?.[0] ?? '';
  return { head, body: html.slice(head.length) };
}

/**
 * Canonical and hreflang links need absolute URLs, so they are written only when the site's
 * address is known (CIRRUS_SITE_URL); the app adds them at run time otherwise (src/app/alternates.ts).
 */
export function alternateLinks(url: string, siteUrl: string | undefined, base: string): string {
  if (!siteUrl) return '';
  const { canonical, alternates } = alternateUrls(url, siteUrl, base);
  return [
    `<link rel="canonical" href="${escapeAttr(canonical)}">`,
    ...alternates.map(
      (a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${escapeAttr(a.href)}">`,
    ),
  ].join('');
}

/** Puts one rendered page into the built index.html. */
export function pageHtml(
  template: string,
  page: { url: string; html: string; lang: string; alternates: string; preload?: string[] },
  base = '/',
): string {
  const { head, body } = splitHoisted(page.html);
  // Not <link rel="modulepreload">: those would download while the page is still painting. The
  // entry reads this list once the frame is on screen (src/app/main.tsx).
  const preload = page.preload?.length
    ? ` data-preload="${escapeAttr(page.preload.map((file) => base + file).join(' '))}"`
    : '';
  let out = template
    .replace(/<html lang="[^"]*"/, () => `<html lang="${page.lang}"`)
    .replace('<div id="root"></div>', () => `<div id="root"${preload}>${body}</div>`);
  // Keep the build's own <head> order (CSP first); page tags go just before </head>. Function
  // replacements, so a `$&` in lesson text stays text.
  out = out.replace('</head>', () => `${head}${page.alternates}</head>`);
  if (!out.includes(body)) throw new Error('index.html has no empty <div id="root"></div>');
  // The CSP (tools/build/csp.ts) blocks inline scripts and style attributes in markup.
  if (/<script(?![^>]*\ssrc=)|\sstyle="/.test(body))
    throw new Error(`${page.url}: pre-rendered HTML has an inline script or style attribute`);
  return out;
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'cirrus-prerender',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(options) {
      const dist = options.dir;
      if (!dist) return;
      const serverOut = path.join(config.root, 'node_modules/.cirrus-prerender');
      await build({
        configFile: config.configFile,
        root: config.root,
        mode: config.mode,
        base: config.base,
        logLevel: 'warn',
        build: {
          ssr: 'src/app/server.tsx',
          outDir: serverOut,
          emptyOutDir: true,
          copyPublicDir: false,
          manifest: false,
          minify: false,
        },
      });
      const entry = (await import(
        `${pathToFileURL(path.join(serverOut, 'server.js')).href}?v=${Date.now()}`
      )) as ServerEntry;
      const template = readFileSync(path.join(dist, 'index.html'), 'utf8');
      const manifest = readManifest(dist);
      const siteUrl = process.env.CIRRUS_SITE_URL || undefined;
      const urls = entry.prerenderPaths();
      for (const url of urls) {
        let html: string;
        try {
          html = await entry.render(config.base + url.slice(1));
        } catch (error) {
          throw new Error(`pre-rendering ${url} failed: ${String(error)}`, { cause: error });
        }
        const file = path.join(dist, url.slice(1), 'index.html');
        mkdirSync(path.dirname(file), { recursive: true });
        const lang = url.split('/')[1] ?? 'en';
        writeFileSync(
          file,
          pageHtml(
            template,
            {
              url,
              html,
              lang,
              alternates: alternateLinks(url, siteUrl, config.base),
              preload: pagePreloads(url, manifest),
            },
            config.base,
          ),
        );
      }
      rmSync(serverOut, { recursive: true, force: true });
      config.logger.info(`pre-rendered ${urls.length} pages`);
    },
  };
}
