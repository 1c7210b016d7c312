// Public API of the reader feature: its lazy pages and the section being read.
import { lazy } from 'react';

export { useActiveSection } from './active-section';
export { embedComponents, type EmbedProps } from './embeds';
export const CourseMapPage = lazy(() => import('./course-map-route'));
export const LessonPage = lazy(() => import('./lesson-route'));
export const GlossaryPage = lazy(() => import('./glossary-route'));
