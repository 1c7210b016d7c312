// Aggregation math: how many units of each state fall inside one glyph when a glyph stands for several units.

/**
 * Units are laid out category after category (counts[0] units of category 0, then category 1, ...).
 * Writes into `out[k]` how many units of category k glyph `g` holds when each glyph holds `per`
 * units, and returns the glyph's total (less than `per` only for the last glyph).
 */
export function glyphShares(
  g: number,
  per: number,
  counts: ArrayLike<number>,
  out: Float64Array,
): number {
  const start = g * per;
  const end = start + per;
  let from = 0;
  let total = 0;
  for (let k = 0; k < counts.length; k++) {
    const n = Math.max(0, counts[k] ?? 0);
    const to = from + n;
    const overlap = Math.max(0, Math.min(end, to) - Math.max(start, from));
    out[k] = overlap;
    total += overlap;
    from = to;
  }
  return total;
}

/** Sum of `counts`. */
export function total(counts: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < counts.length; k++) sum += Math.max(0, counts[k] ?? 0);
  return sum;
}

/**
 * Run lengths of a grouped state array (states in contiguous runs, e.g. Lambda's view):
 * `out[s]` = how many of the first `count` entries have state `s`.
 */
export function countStates(states: ArrayLike<number>, count: number, out: Float64Array): void {
  out.fill(0);
  const n = Math.min(count, states.length);
  for (let i = 0; i < n; i++) {
    const s = states[i] ?? 0;
    if (s < out.length) out[s] = (out[s] ?? 0) + 1;
  }
}
