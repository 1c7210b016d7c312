// Localized names for domains, task statements and lessons, from the compiled course.
import { domains, lessons } from '../../../shared/content/course';
import type { Lang } from '../../../shared/content/types';
import { useLang, useT } from '../../../i18n';

export function domainTitle(lang: Lang, id: number): string {
  return domains.find((d) => d.id === id)?.title[lang] ?? String(id);
}

/** "Domain 3: Cloud Technology and Services", in the URL's language. */
export function useDomainLabel(): (id: number) => string {
  const lang = useLang();
  const { t } = useT('quiz');
  return (id) => `${t('common.domain', { id })}: ${domainTitle(lang, id)}`;
}

export function taskTitle(lang: Lang, id: string): string {
  for (const d of domains) {
    const task = d.tasks.find((t) => t.id === id);
    if (task) return task.title[lang];
  }
  return id;
}

export function lessonTitle(lang: Lang, slug: string): string | undefined {
  return lessons[lang].find((l) => l.id === slug)?.title;
}

/** Whole percent for display; `null` (nothing to measure yet) stays null. */
export function wholePercent(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

export function formatDate(lang: Lang, at: number, withTime = false): string {
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(at);
}
