// Typed access to the question bank: one code-split module per language, loaded on quiz routes only.
import { cachedLoader } from '../../shared/cached-loader';
import type { Lang } from '../../shared/content/types';
import type { QuestionMeta } from './engine';

export interface QuestionOption {
  id: string;
  text: string;
  /** Why this option is right or wrong. */
  why: string;
}

/** Engine metadata plus one language's texts, as tools/content/vite-plugin.ts emits them. */
export interface Question extends QuestionMeta {
  stem: string;
  options: QuestionOption[];
}

export interface QuestionBank {
  lang: Lang;
  /** In the build's order. */
  questions: readonly Question[];
  byId: ReadonlyMap<string, Question>;
}

// The content build validates every question (schema, parity, references), so a cast suffices here.
// One chunk per exam domain keeps each under the route budget; they download in parallel.
type Part = () => Promise<{ default: unknown }>;
const loaders: Record<Lang, readonly Part[]> = {
  en: [
    () => import('virtual:cirrus/questions/en/1'),
    () => import('virtual:cirrus/questions/en/2'),
    () => import('virtual:cirrus/questions/en/3'),
    () => import('virtual:cirrus/questions/en/4'),
  ],
  es: [
    () => import('virtual:cirrus/questions/es/1'),
    () => import('virtual:cirrus/questions/es/2'),
    () => import('virtual:cirrus/questions/es/3'),
    () => import('virtual:cirrus/questions/es/4'),
  ],
};

/** One promise per language (see cachedLoader); questions in the build's order, domain by domain. */
export const loadQuestionBank = cachedLoader((lang: Lang): Promise<QuestionBank> =>
  Promise.all(loaders[lang].map((load) => load())).then((parts) => {
    const questions = parts.flatMap((m) => m.default as Question[]);
    return { lang, questions, byId: new Map(questions.map((q) => [q.id, q])) };
  }),
);

/** Splits a `lesson-slug#heading-id` reference. */
export function lessonRef(reference: string): { slug: string; section: string | null } {
  const [slug = '', section] = reference.split('#');
  return { slug, section: section ?? null };
}
