// Content-Security-Policy for the built site: a <meta> tag in every HTML page and a `_headers` file
// for static hosts that read one (Netlify, Cloudflare Pages). Dev mode is left alone, because
// Vite's dev server relies on inline scripts for hot reload.
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
  };
}
