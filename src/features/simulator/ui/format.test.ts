import { describe, expect, it } from 'vitest';
import { formats } from './format';

// The panel formats numbers itself (see `decimal` in format.ts); it must write them exactly as the
// UI's locales do.
const LOCALES = ['en-US', 'es-419'];
const AMOUNTS = [
  0, 0.00004, 0.0004, 0.00125, 0.5, 1.5, 12.3456789, 999.99995, 1234.56789, 1e6, 2.5e7,
];
const COUNTS = [0, 1, 12, 999, 1000, 1234.5, 99999.4, 1234567.6, 3.2e9];
const SHARES = [0, 0.004, 0.005, 0.123, 0.5, 0.999, 1, 12.345];

describe('number formats', () => {
  for (const locale of LOCALES)
    it(`match Intl.NumberFormat for ${locale}`, () => {
      const usd = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'USD',
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: 2,
        maximumFractionDigits: 4,
      });
      const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
      const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
      for (const n of AMOUNTS) expect(formats.usd(n)).toBe(usd.format(n));
      for (const n of COUNTS) {
        expect(formats.count(n)).toBe(whole.format(n));
        expect(formats.ms(n)).toBe(whole.format(n));
      }
      for (const n of SHARES) expect(formats.percent(n)).toBe(percent.format(n));
    });

  it('writes negative amounts with the sign before the dollar and never "-0"', () => {
    expect(formats.usd(-2.5)).toBe('-$2.50');
    expect(formats.count(-0.2)).toBe('0');
    expect(formats.percent(Number.NaN)).toBe('0%');
  });
});
