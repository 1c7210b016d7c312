// Shapes of the content the build emits (tools/content) and the app renders.

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export type Localized<T = string> = Record<Lang, T>;

/** Props of a compiled element, already named as React expects them. */
export type ContentProps = Record<string, string | number | boolean>;

/**
 * A compiled Markdown node: text, or `[tag, props, ...children]`.
 * Lower-case tags are HTML/SVG elements; capitalised tags are registered components.
 */
export type ContentNode = string | ContentElement;
export type ContentElement = [tag: string, props: ContentProps | null, ...children: ContentNode[]];

export interface LessonHeading {
  id: string;
  depth: 2 | 3;
  text: string;
}

export interface LessonMeta {
  id: string;
  task: string;
  domain: number;
  title: string;
  summary: string;
}

/** What every page knows about every lesson (the summary is loaded only where shown). */
export type LessonListing = Omit<LessonMeta, 'summary'>;

export interface LessonDoc extends LessonMeta {
  lang: Lang;
  headings: LessonHeading[];
  body: ContentNode[];
  /** Glossary terms this lesson explains, in this language (linked from the lesson's end). */
  terms: { id: string; term: string }[];
}

/** A recurring term, EN ↔ ES, tied to the lesson section that explains it. */
export interface GlossaryTerm {
  id: string;
  /** `<lesson-id>#<heading-id>` */
  lesson: string;
  en: { term: string; definition: string };
  es: { term: string; definition: string };
}

export interface CourseTask {
  id: string;
  title: Localized;
}

export interface CourseDomain {
  id: number;
  weight: number;
  examQuestions: number;
  title: Localized;
  tasks: CourseTask[];
}

/** Components a lesson may embed with a `::name{...}` directive, and their attributes. */
export const EMBEDS = {
  simulator: {
    preset: ['image-uploads', 'steady-api', 'daily-peak', 'sudden-spike', 'idle-night', 'custom'],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

/** The 19 task statements of the CLF-C02 exam guide v1.0, in order. */
export const TASK_IDS = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '3.5',
  '3.6',
  '3.7',
  '3.8',
  '4.1',
  '4.2',
  '4.3',
] as const;
export type TaskId = (typeof TASK_IDS)[number];
