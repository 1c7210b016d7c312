// The addresses search engines need for a page: its canonical URL and the same page in every
// language (hreflang), plus x-default (English). Used by the pre-renderer and by the app.
import { LANGS } from './content/types.ts';

/**
 * The same page in another language: swaps the first path segment (`/en/lessons/x` →
 * `/es/lessons/x`) and drops the trailing slash a static host may add.
 */
export function pathInLang(pathname: string, lang: string): string {
  return `/${lang}${pathname.replace(/^\/[^/]*/, '').replace(/\/+$/, '')}`;
}

/** Absolute URLs of `path` (below the base, e.g. `/en/glossary`) in every language. */
export function alternateUrls(path: string, origin: string, base: string) {
  const abs = (lang: string) => new URL(`${base}${pathInLang(path, lang).slice(1)}`, origin).href;
  return {
    canonical: new URL(`${base}${path.replace(/^\/+/, '').replace(/\/+$/, '')}`, origin).href,
    alternates: [
      ...LANGS.map((lang) => ({ hreflang: lang, href: abs(lang) })),
      { hreflang: 'x-default', href: abs('en') },
    ],
  };
}
