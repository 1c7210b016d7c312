// Typed translation keys: t('lesson.toc') is checked against the English locale.
import 'i18next';
import type commonEn from './locales/en/common.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof commonEn };
  }
}
