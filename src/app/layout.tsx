// Page frame for /:lang routes: header, main landmark, footer; keeps <html lang> and theme in sync.
import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { ProgressStatusBanner, startProgressPersistence } from '../features/progress';
import { isLang, useT } from '../i18n';
import { useAlternateLinks } from './alternates';
import { Header } from './header';
import { NotFound } from './not-found';
import { RouteErrorBoundary } from './route-error';
import { startSettingsPersistence, useSettings } from './settings';
import { UpdateBanner } from './update-banner';

/** Reads storage once the app is mounted (never at module scope or during render). */
export function useStartPersistence() {
  useEffect(() => {
    void startSettingsPersistence();
    return startProgressPersistence();
  }, []);
}

/** Renders nothing: its own component, so loading saved settings re-renders it and not the page. */
function DocumentSync({ lang }: { lang: string }) {
  useDocumentSync(lang);
  return null;
}

function useDocumentSync(lang: string) {
  const theme = useSettings((s) => s.theme);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}

/**
 * A new page starts at the top; links with a #section are scrolled by the page once it has
 * rendered. The page the app starts on stays where it is: a reader may already have scrolled a
 * pre-rendered lesson before it hydrates, and a reload restores its own position.
 */
function useScrollToTopOnNavigation() {
  const { pathname, hash } = useLocation();
  const shown = useRef(pathname + hash);
  useEffect(() => {
    if (shown.current === pathname + hash) return;
    shown.current = pathname + hash;
    if (!hash) window.scrollTo(0, 0);
  }, [pathname, hash]);
}

export function PageLoading() {
  const { t } = useT();
  return (
    <p className="page-loading" role="status">
      {t('app.loading')}
    </p>
  );
}

export function LangLayout() {
  const { lang } = useParams();
  const { pathname } = useLocation();
  const { t } = useT();
  const valid = isLang(lang);
  useStartPersistence();
  useScrollToTopOnNavigation();
  useAlternateLinks(pathname);
  return (
    <>
      <DocumentSync lang={valid ? lang : 'en'} />
      <Header />
      <main id="main" tabIndex={-1}>
        <UpdateBanner />
        <ProgressStatusBanner />
        <RouteErrorBoundary key={pathname}>
          <Suspense fallback={<PageLoading />}>{valid ? <Outlet /> : <NotFound />}</Suspense>
        </RouteErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
