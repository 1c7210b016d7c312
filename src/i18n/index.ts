// i18next set-up: UI strings for both languages are bundled (they are small) and read synchronously.
import i18next, { type i18n as I18n, type Namespace, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
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

/** A single namespace: `common`, `quiz` or `simulator`. */
type SingleNamespace = Extract<Namespace, string>;

/** One translate function per language and namespace, made once (see useT). */
const fixedTs = new Map<string, TFunction<SingleNamespace>>();

/**
 * Translations fixed to the URL's language, so rendering never depends on global i18n state.
 *
 * Every string is bundled and read synchronously, and the language comes from the URL, so there
 * is nothing to load or to listen for: the hook hands out i18next's fixed `t` for the language and
 * namespace. react-i18next's useTranslation, which this replaced, copies the i18n instance and
 * subscribes to its events in every component that translates (a few dozen on the course map):
 * the copying alone took about 10 ms of each load of /es in sampled profiles on a 2-core VM.
 * react-i18next stays registered (initReactI18next) for its components, such as <Trans>.
 */
export function useT<const Ns extends SingleNamespace = 'common'>(ns?: Ns): { t: TFunction<Ns> } {
  const lang = useLang();
  const namespace: SingleNamespace = ns ?? 'common';
  const key = `${lang}:${namespace}`;
  let t = fixedTs.get(key);
  if (!t) fixedTs.set(key, (t = i18n.getFixedT(lang, namespace)));
  return { t: t as unknown as TFunction<Ns> };
}
