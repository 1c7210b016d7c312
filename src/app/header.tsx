// Site header: name, navigation, language switch that keeps the section, and theme choice.
import { Link, NavLink, useLocation } from 'react-router';
import { useActiveSection } from '../features/reader';
import { useLang, useT } from '../i18n';
import type { Lang } from '../shared/content/types';
import { useHydrated } from '../shared/hydration';
import { paths, switchLanguagePath } from './paths';
import { THEMES, useSettings, type Theme } from './settings';

const THEME_LABEL = {
  system: 'nav.themeSystem',
  light: 'nav.themeLight',
  dark: 'nav.themeDark',
} as const;

export function Header() {
  const lang = useLang();
  const { t } = useT();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="site-header-inner">
        <Link className="brand" to={paths.home(lang)}>
          <span aria-hidden="true" className="brand-mark">
            ☁
          </span>{' '}
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.mainNav')} className="site-nav">
          <NavLink to={paths.home(lang)} end>
            {t('nav.home')}
          </NavLink>
          <NavLink to={paths.practice(lang)}>{t('nav.practice')}</NavLink>
          <NavLink to={paths.exam(lang)}>{t('nav.exam')}</NavLink>
          <NavLink to={paths.review(lang)}>{t('nav.review')}</NavLink>
          <NavLink to={paths.progress(lang)}>{t('nav.progress')}</NavLink>
          <NavLink to={paths.simulator(lang)}>{t('nav.simulator')}</NavLink>
          <NavLink to={paths.glossary(lang)}>{t('nav.glossary')}</NavLink>
        </nav>
        <div className="header-tools">
          <LanguageSwitch lang={lang} />
          <ThemePicker />
        </div>
      </div>
    </header>
  );
}

// The two controls that change once the page has hydrated are their own components, so the end
// of hydration (and every section the reader scrolls past) re-renders them and not the header.
function LanguageSwitch({ lang }: { lang: Lang }) {
  const { t } = useT();
  const location = useLocation();
  // Pre-rendered HTML knows only the path; the query and #hash join once the page has hydrated.
  const hydrated = useHydrated();
  const section = useActiveSection((s) => s.id);
  const setLanguage = useSettings((s) => s.setLanguage);
  const other = lang === 'en' ? 'es' : 'en';
  return (
    <Link
      className="lang-switch"
      to={switchLanguagePath(
        hydrated ? location : { pathname: location.pathname, search: '', hash: '' },
        other,
        section,
      )}
      hrefLang={other}
      lang={other}
      onClick={() => setLanguage(other)}
    >
      <span className="lang-long">{t('nav.switchTo')}</span>
      <span className="lang-short" aria-hidden="true">
        {t('nav.switchToShort')}
      </span>
    </Link>
  );
}

function ThemePicker() {
  const { t } = useT();
  const hydrated = useHydrated();
  const theme = useSettings((s) => s.theme);
  const setTheme = useSettings((s) => s.setTheme);
  return (
    <label className="theme-picker">
      <span className="visually-hidden">{t('nav.theme')}</span>
      <select
        value={theme}
        onChange={(e) => setTheme(e.target.value as Theme)}
        disabled={!hydrated}
      >
        {THEMES.map((th) => (
          <option key={th} value={th}>
            {t(THEME_LABEL[th])}
          </option>
        ))}
      </select>
    </label>
  );
}
