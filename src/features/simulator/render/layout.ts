// Geometry of the simulator scene: where the lanes and charts go, and how many units each glyph stands for.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Scene sizes in CSS pixels (a drawing choice, not a simulation figure). */
export const SCENE = {
  /** Below this width the three lanes and the three charts stack in one column. */
  stackBelowPx: 640,
  laneHeightPx: 190,
  stackedLaneHeightPx: 150,
  chartHeightPx: 110,
  gapPx: 12,
  /** Space above each lane and chart for its title. */
  titlePx: 18,
  /** Space below a lane for its status line (pending tasks, throttles). */
  footerPx: 16,
  minCellPx: 3,
  maxCellPx: 28,
} as const;

export interface SceneLayout {
  width: number;
  height: number;
  stacked: boolean;
  /** EC2, Lambda, ECS: the whole lane including title and footer. */
  lanes: readonly [Rect, Rect, Rect];
  /** Demand vs capacity, latency, cost. */
  charts: readonly [Rect, Rect, Rect];
}

function row(y: number, width: number, h: number, gap: number): [Rect, Rect, Rect] {
  const w = (width - 2 * gap) / 3;
  return [
    { x: 0, y, w, h },
    { x: w + gap, y, w, h },
    { x: 2 * (w + gap), y, w, h },
  ];
}

function column(y: number, width: number, h: number, gap: number): [Rect, Rect, Rect] {
  return [
    { x: 0, y, w: width, h },
    { x: 0, y: y + h + gap, w: width, h },
    { x: 0, y: y + 2 * (h + gap), w: width, h },
  ];
}

/** Lanes side by side over charts side by side; one column below `stackBelowPx`. Height follows from width. */
export function sceneLayout(width: number): SceneLayout {
  const w = Number.isFinite(width) ? Math.max(1, Math.floor(width)) : 1;
  const gap = SCENE.gapPx;
  const stacked = w < SCENE.stackBelowPx;
  if (!stacked) {
    const lanes = row(0, w, SCENE.laneHeightPx, gap);
    const charts = row(SCENE.laneHeightPx + gap, w, SCENE.chartHeightPx, gap);
    return {
      width: w,
      height: SCENE.laneHeightPx + gap + SCENE.chartHeightPx,
      stacked,
      lanes,
      charts,
    };
  }
  const laneH = SCENE.stackedLaneHeightPx;
  const lanes = column(0, w, laneH, gap);
  const chartsY = 3 * (laneH + gap);
  const charts = column(chartsY, w, SCENE.chartHeightPx, gap);
  return {
    width: w,
    height: chartsY + 3 * SCENE.chartHeightPx + 2 * gap,
    stacked,
    lanes,
    charts,
  };
}

/** The glyph area of a lane: below its title, above its footer. */
export function laneBody(lane: Rect): Rect {
  return {
    x: lane.x,
    y: lane.y + SCENE.titlePx,
    w: lane.w,
    h: Math.max(0, lane.h - SCENE.titlePx - SCENE.footerPx),
  };
}

/** A grid of square cells holding `glyphs` glyphs, each standing for `per` units. */
export interface Grid {
  cols: number;
  rows: number;
  cell: number;
  per: number;
  glyphs: number;
}

/**
 * The largest square cell (between `minCell` and `maxCell`) at which `n` units fit in `w` x `h`,
 * one per cell; when they do not fit even at `minCell`, each glyph aggregates `per` units.
 */
export function gridFor(n: number, w: number, h: number, minCell: number, maxCell: number): Grid {
  const count = Math.max(0, Math.floor(n));
  let cell = count > 0 ? Math.floor(Math.sqrt((w * h) / count)) : maxCell;
  cell = Math.min(maxCell, Math.max(minCell, cell));
  while (cell > minCell && Math.floor(w / cell) * Math.floor(h / cell) < count) cell--;
  const cols = Math.max(1, Math.floor(w / cell));
  const rows = Math.max(1, Math.floor(h / cell));
  const per = Math.max(1, Math.ceil(count / (cols * rows)));
  return { cols, rows, cell, per, glyphs: Math.ceil(count / per) };
}

/** Top-left corner of glyph `i` in a grid laid out row by row from `origin`. */
export function cellOrigin(grid: Grid, origin: Rect, i: number): { x: number; y: number } {
  return {
    x: origin.x + (i % grid.cols) * grid.cell,
    y: origin.y + Math.floor(i / grid.cols) * grid.cell,
  };
}

/** A sub-grid for `slots` items inside one cell: columns and rows as square as possible. */
export function subGrid(slots: number): { cols: number; rows: number } {
  const n = Math.max(1, Math.floor(slots));
  const cols = Math.ceil(Math.sqrt(n));
  return { cols, rows: Math.ceil(n / cols) };
}

/** Step through `length` samples so a line of `widthPx` pixels gets about two points per pixel at most. */
export function historyStride(length: number, widthPx: number): number {
  return Math.max(1, Math.floor(length / Math.max(1, 2 * Math.floor(widthPx))));
}

/** A round upper bound for a chart axis: 1, 2 or 5 times a power of ten, at least `value`. */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 5, 10]) if (m * power >= value * (1 - 1e-12)) return m * power;
  return 10 * power;
}
