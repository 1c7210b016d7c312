// Typed, lazy access to the compiled glossary: one chunk per language.
import type { Lang } from './types';

/** A glossary entry in one language, with its term in the other language. */
export interface GlossaryEntry {
  id: string;
  /** `<lesson-id>#<heading-id>` */
  lesson: string;
  term: string;
  definition: string;
  translation: string;
}

const loaders: Record<Lang, () => Promise<{ default: unknown }>> = {
  en: () => import('virtual:cirrus/glossary/en'),
  es: () => import('virtual:cirrus/glossary/es'),
};

export async function loadGlossary(lang: Lang): Promise<GlossaryEntry[]> {
  return (await loaders[lang]()).default as GlossaryEntry[];
}
