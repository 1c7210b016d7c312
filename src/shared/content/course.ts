// Typed access to the compiled course: domains, lesson lists per language and lesson loaders.
import * as compiled from 'virtual:cirrus/course';
import type { CourseDomain, Lang, LessonDoc, LessonListing } from './types';

export const domains = compiled.domains as CourseDomain[];
/** Lesson listings per language, in course order (summaries live in ./summaries.ts). */
export const lessons = compiled.lessons as Record<Lang, LessonListing[]>;
export const questionCounts = compiled.questionCounts as Partial<Record<string, number>>;
export const lessonLoaders = compiled.lessonLoaders as Record<
  Lang,
  Partial<Record<string, () => Promise<{ default: LessonDoc }>>>
>;
