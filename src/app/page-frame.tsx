// Frame of a page that renders only in the browser (built from saved progress, the URL's query or
// a live widget). Its title, heading and intro are pre-rendered with the frame, so they paint from
// the HTML before any script runs; the page's own content follows once its chunk has loaded.
import { Suspense, type ReactNode } from 'react';
import { useT } from '../i18n';
import { ClientOnly } from '../shared/hydration';
import { PageLoading } from './layout';

export type FramedPage = 'practice' | 'exam' | 'review' | 'progress' | 'simulator';

const CLASS_NAME: Record<FramedPage, string> = {
  practice: 'quiz-page',
  exam: 'quiz-page',
  review: 'quiz-page',
  progress: 'quiz-page progress-page',
  simulator: 'simulator-page',
};

export function PageFrame({ page, children }: { page: FramedPage; children: ReactNode }) {
  const { t } = useT();
  const title = t(`pages.${page}.title`);
  const intro = t(`pages.${page}.intro`);
  return (
    <div className={CLASS_NAME[page]}>
      <title>{`${title} · ${t('app.name')}`}</title>
      <meta name="description" content={intro} />
      <h1>{title}</h1>
      {/* Hidden by CSS while a practice run, a review session or an exam sitting is on screen. */}
      <p className="lead page-intro">{intro}</p>
      <ClientOnly fallback={<PageLoading />}>
        <Suspense fallback={<PageLoading />}>{children}</Suspense>
      </ClientOnly>
    </div>
  );
}
