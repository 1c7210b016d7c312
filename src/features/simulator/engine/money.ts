// Cent rounding and bill assembly shared by every cost function, so totals carry no floating error.

/** One priced line; `item` is a stable id (see `Bill`). */
export interface BillLine {
  item: string;
  usd: number;
}

/**
 * A bill as AWS shows it: each line rounded to the cent, the total the sum of those lines.
 * `item` strings are stable ids ('lambda.requests', 'fargate.vcpu', 'ec2.compute', ...)
 * meant as translation keys for the UI; they never change wording.
 */
export interface Bill {
  lines: BillLine[];
  totalUsd: number;
}

/**
 * Half-up to the cent. The tiny nudge absorbs float error such as 0.145 * 100 = 14.499999...,
 * far below any real price difference.
 */
export function toCents(usd: number): number {
  return Math.round(usd * 100 + 1e-7);
}

/** Rounds each line to the cent and sums whole cents, so `totalUsd` is exactly the sum shown. */
export function bill(lines: readonly (readonly [item: string, usd: number])[]): Bill {
  let totalCents = 0;
  const out: BillLine[] = [];
  for (const [item, usd] of lines) {
    const cents = toCents(usd);
    totalCents += cents;
    out.push({ item, usd: cents / 100 });
  }
  return { lines: out, totalUsd: totalCents / 100 };
}

/** Usage from untrusted input: NaN, infinities and negatives count as none. */
export function nonNegative(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

export function clamp(n: number, min: number, max: number): number {
  return n < min ? min : n > max ? max : n;
}
