// Every URL in the app is built here; URLs always carry the language.
import { pathInLang } from '../shared/alternates';
import type { Lang } from '../shared/content/types';

const hashPart = (section?: string | null) => (section ? `#${encodeURIComponent(section)}` : '');

function queryPart(params?: Record<string, string | undefined>): string {
  const defined = Object.entries(params ?? {}).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return defined.length === 0 ? '' : `?${new URLSearchParams(defined).toString()}`;
}

export const paths = {
  root: () => '/',
  home: (lang: Lang) => `/${lang}`,
  lesson: (lang: Lang, id: string, section?: string | null) =>
    `/${lang}/lessons/${encodeURIComponent(id)}${hashPart(section)}`,
  /** `query` is a scenario from the simulator (its URLSearchParams as a string). */
  simulator: (lang: Lang, query?: string) => `/${lang}/simulator${query ? `?${query}` : ''}`,
  /** `scope` preselects what to practise: a task statement (`3.3`) or a lesson id. */
  practice: (lang: Lang, scope?: { task?: string; lesson?: string }) =>
    `/${lang}/practice${queryPart(scope)}`,
  exam: (lang: Lang) => `/${lang}/exam`,
  examResult: (lang: Lang, examId: string) => `/${lang}/exam/${encodeURIComponent(examId)}`,
  review: (lang: Lang) => `/${lang}/review`,
  progress: (lang: Lang) => `/${lang}/progress`,
  glossary: (lang: Lang, term?: string) => `/${lang}/glossary${hashPart(term)}`,
};

/**
 * The same page in another language: swaps the first path segment and keeps the query and
 * the section the reader is on (the visible heading wins over a stale #hash).
 */
export function switchLanguagePath(
  location: { pathname: string; search: string; hash: string },
  lang: Lang,
  activeSection?: string | null,
): string {
  const hash = activeSection ? hashPart(activeSection) : location.hash;
  return `${pathInLang(location.pathname, lang)}${location.search}${hash}`;
}

/** Language for `/`: the saved one, else the browser's (es* → es), else English. */
export function preferredLanguage(saved: Lang | null, browserLanguages: readonly string[]): Lang {
  if (saved) return saved;
  for (const l of browserLanguages) {
    const code = l.toLowerCase();
    if (code.startsWith('es')) return 'es';
    if (code.startsWith('en')) return 'en';
  }
  return 'en';
}
