import { describe, expect, it } from 'vitest';
import { countStates, glyphShares, total } from './aggregate';

describe('glyphShares', () => {
  const counts = [5, 3, 2]; // busy, cold, warm

  it('gives each unit its own category when a glyph holds one unit', () => {
    const out = new Float64Array(3);
    const kinds = Array.from({ length: 10 }, (_, g) => {
      glyphShares(g, 1, counts, out);
      return out.indexOf(1);
    });
    expect(kinds).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 2, 2]);
  });

  it('splits a glyph that straddles categories and keeps the total', () => {
    const out = new Float64Array(3);
    expect(glyphShares(1, 4, counts, out)).toBe(4);
    expect([...out]).toEqual([1, 3, 0]);
    expect(glyphShares(2, 4, counts, out)).toBe(2);
    expect([...out]).toEqual([0, 0, 2]);
  });

  it('accounts for every unit exactly once over all glyphs', () => {
    const big = [1234, 56, 789];
    const per = 7;
    const sums = new Float64Array(3);
    const out = new Float64Array(3);
    const glyphs = Math.ceil(total(big) / per);
    for (let g = 0; g < glyphs; g++) {
      glyphShares(g, per, big, out);
      for (let k = 0; k < 3; k++) sums[k] = (sums[k] ?? 0) + (out[k] ?? 0);
    }
    expect([...sums]).toEqual(big);
  });

  it('treats negative counts as none', () => {
    const out = new Float64Array(2);
    expect(glyphShares(0, 5, [-3, 2], out)).toBe(2);
    expect(total([-3, 2])).toBe(2);
  });
});

describe('countStates', () => {
  it('counts the first `count` states and ignores unknown codes', () => {
    const out = new Float64Array(4);
    countStates(Uint8Array.from([3, 3, 1, 2, 2, 2, 9, 3]), 7, out);
    expect([...out]).toEqual([0, 1, 3, 2]);
  });
});
