// Page frame for /:lang routes: header, main landmark, footer; keeps <html lang> and theme in sync.
import { useEffect } from 'react';
import { Outlet, ScrollRestoration, useParams } from 'react-router';
import { startProgressPersistence } from '../features/progress';
import { isLang, useT } from '../i18n';
import { Header } from './header';
import { NotFound } from './not-found';
import { startSettingsPersistence, useSettings } from './settings';

/** Reads storage once the app is mounted (never at module scope or during render). */
export function useStartPersistence() {
  useEffect(() => {
    void startSettingsPersistence();
    return startProgressPersistence();
  }, []);
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

export function LangLayout() {
  const { lang } = useParams();
  const { t } = useT();
  const valid = isLang(lang);
  useStartPersistence();
  useDocumentSync(valid ? lang : 'en');
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1}>
        {valid ? <Outlet /> : <NotFound />}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
