// Server entry, used only at build time by tools/build/prerender.ts: renders a route of the app to
// static HTML with the same routes, pages and lesson chunks as the browser.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { lessons } from '../shared/content/course';
import { LANGS } from '../shared/content/types';
import { paths } from './paths';
import { AppRoutes } from './router';

/** Every URL written as a static page: home, lessons and glossary fully, the others as a frame. */
export function prerenderPaths(): string[] {
  return LANGS.flatMap((lang) => [
    paths.home(lang),
    ...lessons[lang].map((lesson) => paths.lesson(lang, lesson.id)),
    paths.glossary(lang),
    paths.practice(lang),
    paths.exam(lang),
    paths.review(lang),
    paths.progress(lang),
    paths.simulator(lang),
  ]);
}

/** The HTML of one route (without the document around it); rejects on any render error. */
export async function render(url: string): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={url} basename={import.meta.env.BASE_URL}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
    {
      onError: (error) => void errors.push(error),
      // Never split a large page into later chunks: those need inline <script>s, which the CSP
      // forbids. Every Suspense boundary is written complete, in place.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  const html = await new Response(prelude).text();
  if (errors.length > 0)
    throw errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
  return html;
}
