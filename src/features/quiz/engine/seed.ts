// Derives independent, reproducible seeds from one seed plus a key (FNV-1a mixing).

/**
 * Mixes `key` into `seed`. Used so that each question gets its own option order from a
 * single exam seed: with one shared seed, every four-option question would be permuted the
 * same way and an author's habit (say, correct option first) would leak into the position.
 */
export function mixSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
