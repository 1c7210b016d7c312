// Typed translation keys: t('lesson.toc') is checked against the English locale.
import 'i18next';
import type commonEn from './locales/en/common.json';
import type quizEn from './locales/en/quiz.json';
import type simulatorEn from './locales/en/simulator.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof commonEn; quiz: typeof quizEn; simulator: typeof simulatorEn };
  }
}
