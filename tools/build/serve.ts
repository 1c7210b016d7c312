// Serves a built dist/ the way a plain static host does, with no rewrites: a file when it exists,
// a folder's index.html (pre-rendered pages), else 404.html with status 404 (the app then routes
// the URL itself). Headers come from dist/_headers, as Netlify or Cloudflare Pages would apply
// them, and text is gzipped as every real host does (Lighthouse measures transfer sizes). The end-to-end tests run against it; `npm run preview` starts it by hand.
//   tsx tools/build/serve.ts [dist] [--port 4173] [--base /sub/]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

const COMPRESSIBLE = /\.(html|js|css|json|webmanifest|svg|txt|map)$/;

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Netlify-style `_headers`: a path pattern (`*` = anything) followed by indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      if (at > 0) rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Which file answers a URL path, and with which status; null when there is no 404.html either. */
export function resolveFile(
  dist: string,
  urlPath: string,
  base = '/',
): { file: string; status: number } | null {
  const notFound = path.join(dist, '404.html');
  const fallback = existsSync(notFound) ? { file: notFound, status: 404 } : null;
  if (!urlPath.startsWith(base)) return fallback;
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return fallback;
  }
  const file = path.join(dist, rel);
  if (!file.startsWith(path.resolve(dist))) return fallback;
  if (existsSync(file) && statSync(file).isFile()) return { file, status: 200 };
  const index = path.join(file, 'index.html');
  if (existsSync(index)) return { file: index, status: 200 };
  return fallback;
}

export function serve(dist: string, port: number, base = '/'): Server {
  const root = path.resolve(dist);
  const headersPath = path.join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : [];
  const gzipped = new Map<string, Buffer>();
  return createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const found = resolveFile(root, urlPath, base);
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[path.extname(found.file)] ?? 'application/octet-stream',
    };
    const sitePath = `/${urlPath.slice(base.length)}`;
    for (const rule of rules)
      if (rule.pattern.test(sitePath)) for (const [k, v] of rule.headers) headers[k] = v;
    let body: Buffer = readFileSync(found.file);
    if (/gzip/.test(String(req.headers['accept-encoding'])) && COMPRESSIBLE.test(found.file)) {
      let zipped = gzipped.get(found.file);
      if (!zipped) gzipped.set(found.file, (zipped = gzipSync(body)));
      body = zipped;
      headers['content-encoding'] = 'gzip';
    }
    headers['vary'] = 'Accept-Encoding';
    res.writeHead(found.status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }).listen(port);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string', default: '4173' }, base: { type: 'string' } },
  });
  const dist = positionals[0] ?? 'dist';
  const base = values.base ?? process.env.CIRRUS_BASE ?? '/';
  const port = Number(values.port);
  serve(dist, port, base);
  console.log(`serving ${dist} at http://localhost:${port}${base}`);
}
