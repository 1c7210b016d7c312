// i18next set-up: UI strings for both languages are bundled (they are small) and read synchronously.
import i18next, { type i18n as I18n, type Namespace } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LANGS, type Lang } from '../shared/content/types';
import commonEn from './locales/en/common.json';
import commonEs from './locales/es/common.json';

export const resources = {
  en: { common: commonEn },
  es: { common: commonEs },
} as const;

export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGS],
  defaultNS: 'common',
  ns: ['common'],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language of the current URL (`/:lang/...`); English outside language routes. */
export function useLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : 'en';
}

/**
 * Adds a feature's own namespace (e.g. `quiz`) when its lazy chunk loads, so its strings ship
 * with the feature instead of the initial bundle. Call at module scope of the feature's entry.
 */
export function registerNamespace(ns: string, bundles: Record<Lang, object>): void {
  for (const lang of LANGS)
    if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, bundles[lang]);
}

/** Translations fixed to the URL's language, so rendering never depends on global i18n state. */
export function useT<const Ns extends Namespace = 'common'>(ns?: Ns) {
  const lang = useLang();
  return useTranslation<Ns>(ns ?? ('common' as Ns), { lng: lang });
}
