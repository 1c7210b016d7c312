// Public API of the reader feature: lazy route modules and the section being read.
export { useActiveSection } from './active-section';
export { embedComponents, type EmbedProps } from './embeds';
export const courseMapRoute = () => import('./course-map-route');
export const lessonRoute = () => import('./lesson-route');
