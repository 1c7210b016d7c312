// Number formats of the panel: money, counts, percentages, durations.
export interface Formats {
  usd: (n: number) => string;
  count: (n: number) => string;
  percent: (share: number) => string;
  ms: (n: number) => string;
}

/**
 * `n` with thousands separators and between `min` and `max` decimals: "1,234.5". The UI's two
 * locales, en-US and neutral Latin American Spanish (es-419), write numbers the same way (format.test.ts
 * checks this against Intl.NumberFormat). Not Intl itself: the first number formatter a page builds
 * costs tens of milliseconds of start-up, inside the panel's first render.
 */
function decimal(n: number, min: number, max: number): string {
  const [whole = '0', fraction = ''] = Math.abs(n).toFixed(max).split('.');
  const digits = fraction.replace(/0+$/, '').padEnd(min, '0');
  const rounded = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (digits ? `.${digits}` : '');
  return (n < 0 && /[1-9]/.test(rounded) ? '-' : '') + rounded;
}

/** The panel's number formats, the same in both languages (see `decimal`). */
export const formats: Formats = {
  // Sub-cent amounts matter here (a Lambda run can cost $0.0004), so up to four decimals.
  usd: (n) => {
    const text = decimal(n, 2, 4);
    return text.startsWith('-') ? `-$${text.slice(1)}` : `$${text}`;
  },
  count: (n) => decimal(n, 0, 0),
  percent: (share) => `${decimal((Number.isFinite(share) ? share : 0) * 100, 0, 0)}%`,
  ms: (n) => decimal(n, 0, 0),
};

/** Whole hours, minutes and seconds of a duration in seconds. */
export function splitDuration(totalS: number): { h: number; m: number; s: number } {
  const t = Math.max(0, Math.floor(totalS));
  return { h: Math.floor(t / 3600), m: Math.floor((t % 3600) / 60), s: t % 60 };
}
