// What the build adds for static hosts: a Content-Security-Policy <meta> tag, a `_headers` file for
// hosts that read one (Netlify, Cloudflare Pages) and a 404.html fallback. Dev mode is left alone,
// because Vite's dev server relies on inline scripts for hot reload.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const;

export function cspPolicy(extra: Record<string, readonly string[]> = {}): string {
  return Object.entries({ ...CSP_DIRECTIVES, ...extra })
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Headers a meta tag cannot carry (frame-ancestors, nosniff) go only in `_headers`. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${cspPolicy({ 'frame-ancestors': ["'none'"] })}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'cirrus-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspPolicy() },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    // Static hosts serve 404.html for unknown paths: the app then routes the URL itself, so a
    // reload of any route (e.g. /es/exam) works without server rewrites.
    writeBundle(options, bundle) {
      const index = bundle['index.html'];
      if (index?.type === 'asset' && options.dir)
        writeFileSync(path.join(options.dir, '404.html'), index.source);
    },
  };
}
