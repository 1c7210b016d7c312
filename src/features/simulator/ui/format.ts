// Number formats of the panel per language: money, counts, percentages, durations.
import type { Lang } from '../../../shared/content/types';

/** Locale of each UI language (Spanish is neutral Latin American). */
const LOCALE: Readonly<Record<Lang, string>> = { en: 'en-US', es: 'es-419' };

export interface Formats {
  usd: (n: number) => string;
  count: (n: number) => string;
  percent: (share: number) => string;
  ms: (n: number) => string;
}

const cache = new Map<Lang, Formats>();

/** Formatters are costly to build, so each language gets one set. */
export function formats(lang: Lang): Formats {
  let f = cache.get(lang);
  if (!f) {
    const locale = LOCALE[lang];
    // Sub-cent amounts matter here (a Lambda run can cost $0.0004), so up to four decimals.
    const usd = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: 2,
      maximumFractionDigits: 4,
    });
    const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const ms = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    f = {
      usd: (n) => usd.format(n),
      count: (n) => count.format(n),
      percent: (share) => percent.format(Number.isFinite(share) ? share : 0),
      ms: (n) => ms.format(n),
    };
    cache.set(lang, f);
  }
  return f;
}

/** Whole hours, minutes and seconds of a duration in seconds. */
export function splitDuration(totalS: number): { h: number; m: number; s: number } {
  const t = Math.max(0, Math.floor(totalS));
  return { h: Math.floor(t / 3600), m: Math.floor((t % 3600) / 60), s: t % 60 };
}
