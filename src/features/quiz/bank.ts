// Typed access to the question bank, loaded on quiz routes only: a small index without texts for
// the set-up pages (choosing, counting, readiness), and the texts per language for a session.
import { cachedLoader } from '../../shared/cached-loader';
import type { Lang } from '../../shared/content/types';
import type { QuestionMeta, QuestionRef } from './engine';

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

export interface QuestionIndex {
  /** In the build's order. */
  questions: readonly QuestionRef[];
  byId: ReadonlyMap<string, QuestionRef>;
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

const indexLoader = cachedLoader(() =>
  import('virtual:cirrus/questions/index').then(({ default: refs }) => {
    const questions = refs as QuestionRef[];
    return { questions, byId: new Map(questions.map((q) => [q.id, q])) };
  }),
);

/** Every question without its texts (a tenth of one language's bank), in the build's order. */
export const loadQuestionIndex = (): Promise<QuestionIndex> => indexLoader(undefined);

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
