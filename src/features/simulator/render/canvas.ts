// Sizes a canvas for crisp drawing at the screen's device pixel ratio.

/** Backing-store size in device pixels for a CSS size; capped so a huge zoom cannot allocate a giant bitmap. */
export function backingSize(cssPx: number, dpr: number): number {
  const ratio = Number.isFinite(dpr) && dpr > 0 ? Math.min(dpr, 3) : 1;
  return Math.max(1, Math.round(cssPx * ratio));
}

/**
 * Gives `canvas` a CSS size of `width` x `height` and a backing store at `dpr`, and returns a
 * context whose units are CSS pixels. Resizing the backing store only when it changed keeps
 * frames cheap (a resize clears the bitmap and reallocates it).
 */
export function fitCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  dpr: number,
): CanvasRenderingContext2D | null {
  const w = backingSize(width, dpr);
  const h = backingSize(height, dpr);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(w / Math.max(1, width), 0, 0, h / Math.max(1, height), 0, 0);
  return ctx;
}
