// Rectangles collected per colour and filled in one path each, so thousands of glyphs cost a handful of fills.
import type { Palette } from './palette';

/** Fill order, back to front: backgrounds and soft fills first, then busy colours, then drops on top. */
export const INKS = [
  'border',
  'surface',
  'ec2Soft',
  'lambdaSoft',
  'ecsSoft',
  'pending',
  'warming',
  'ec2',
  'lambda',
  'ecs',
  'danger',
] as const satisfies readonly (keyof Palette)[];
export type Ink = (typeof INKS)[number];

const INK_INDEX = Object.fromEntries(INKS.map((ink, i) => [ink, i])) as Record<Ink, number>;

/** Reused across frames: buffers grow to the largest frame seen and are never reallocated per frame. */
export class RectBatch {
  private coords: Float64Array[] = INKS.map(() => new Float64Array(256));
  private counts = new Int32Array(INKS.length);

  add(ink: Ink, x: number, y: number, w: number, h: number): void {
    if (!(w > 0 && h > 0)) return;
    const i = INK_INDEX[ink];
    let buf = this.coords[i] ?? new Float64Array(256);
    const n = this.counts[i] ?? 0;
    if ((n + 1) * 4 > buf.length) {
      const bigger = new Float64Array(buf.length * 2);
      bigger.set(buf);
      buf = bigger;
    }
    this.coords[i] = buf;
    buf[n * 4] = x;
    buf[n * 4 + 1] = y;
    buf[n * 4 + 2] = w;
    buf[n * 4 + 3] = h;
    this.counts[i] = n + 1;
  }

  /** Rectangles queued for `ink` (for tests). */
  count(ink: Ink): number {
    return this.counts[INK_INDEX[ink]] ?? 0;
  }

  /** Fills everything queued, in `INKS` order, and empties the batch. */
  flush(ctx: CanvasRenderingContext2D, palette: Palette): void {
    for (let i = 0; i < INKS.length; i++) {
      const n = this.counts[i] ?? 0;
      const buf = this.coords[i];
      const ink = INKS[i];
      if (n === 0 || !buf || !ink) continue;
      ctx.fillStyle = palette[ink];
      ctx.beginPath();
      for (let k = 0; k < n; k++)
        ctx.rect(buf[k * 4] ?? 0, buf[k * 4 + 1] ?? 0, buf[k * 4 + 2] ?? 0, buf[k * 4 + 3] ?? 0);
      ctx.fill();
    }
    this.counts.fill(0);
  }
}
