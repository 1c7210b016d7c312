import { describe, expect, it } from 'vitest';
import {
  SCENE,
  cellOrigin,
  gridFor,
  historyStride,
  laneBody,
  niceCeiling,
  sceneLayout,
  subGrid,
} from './layout';

describe('sceneLayout', () => {
  it('puts the three lanes side by side on wide screens, charts below them', () => {
    const l = sceneLayout(900);
    expect(l.stacked).toBe(false);
    expect(l.lanes.map((r) => r.y)).toEqual([0, 0, 0]);
    const [a, b, c] = l.lanes;
    expect(a.x + a.w).toBeLessThan(b.x);
    expect(b.x + b.w).toBeLessThan(c.x);
    expect(c.x + c.w).toBeCloseTo(900);
    for (const chart of l.charts) expect(chart.y).toBeGreaterThanOrEqual(a.y + a.h);
    expect(l.height).toBe(SCENE.laneHeightPx + SCENE.gapPx + SCENE.chartHeightPx);
  });

  it('stacks lanes and charts in one column at 360 px, inside the width', () => {
    const l = sceneLayout(360);
    expect(l.stacked).toBe(true);
    const rects = [...l.lanes, ...l.charts];
    for (const r of rects) {
      expect(r.x).toBe(0);
      expect(r.w).toBe(360);
    }
    for (let i = 1; i < rects.length; i++) {
      const prev = rects[i - 1];
      const cur = rects[i];
      if (!prev || !cur) throw new Error('missing rect');
      expect(cur.y).toBeGreaterThanOrEqual(prev.y + prev.h);
    }
    const last = l.charts[2];
    expect(last.y + last.h).toBe(l.height);
  });

  it('switches at the documented breakpoint and survives nonsense widths', () => {
    expect(sceneLayout(SCENE.stackBelowPx - 1).stacked).toBe(true);
    expect(sceneLayout(SCENE.stackBelowPx).stacked).toBe(false);
    expect(sceneLayout(0).width).toBe(1);
    expect(sceneLayout(Number.NaN).width).toBe(1);
  });

  it('leaves room for the title and footer of a lane', () => {
    const body = laneBody({ x: 10, y: 20, w: 100, h: 150 });
    expect(body).toEqual({
      x: 10,
      y: 20 + SCENE.titlePx,
      w: 100,
      h: 150 - SCENE.titlePx - SCENE.footerPx,
    });
  });
});

describe('gridFor', () => {
  it('uses the largest cell up to the maximum when few units fit easily', () => {
    const g = gridFor(3, 300, 150, 3, 28);
    expect(g).toMatchObject({ cell: 28, per: 1, glyphs: 3 });
  });

  it('shrinks cells until every unit has one', () => {
    const g = gridFor(300, 300, 150, 3, 28);
    expect(g.per).toBe(1);
    expect(g.cols * g.rows).toBeGreaterThanOrEqual(300);
    expect(g.cell).toBeLessThan(28);
    // One size larger would not fit.
    const bigger = g.cell + 1;
    expect(Math.floor(300 / bigger) * Math.floor(150 / bigger)).toBeLessThan(300);
  });

  it('aggregates when units do not fit at the minimum cell: 3,000 tasks in a phone lane', () => {
    const g = gridFor(3000, 100, 40, 3, 28);
    expect(g.cell).toBe(3);
    const cells = Math.floor(100 / 3) * Math.floor(40 / 3);
    expect(g.per).toBe(Math.ceil(3000 / cells));
    expect(g.glyphs).toBeLessThanOrEqual(cells);
    expect(g.glyphs * g.per).toBeGreaterThanOrEqual(3000);
  });

  it('has no glyphs for no units', () => {
    expect(gridFor(0, 100, 100, 3, 28).glyphs).toBe(0);
  });

  it('lays glyphs out row by row', () => {
    const g = gridFor(10, 100, 100, 10, 10);
    const origin = { x: 5, y: 7, w: 100, h: 100 };
    expect(cellOrigin(g, origin, 0)).toEqual({ x: 5, y: 7 });
    expect(cellOrigin(g, origin, g.cols)).toEqual({ x: 5, y: 17 });
    expect(cellOrigin(g, origin, 3)).toEqual({ x: 35, y: 7 });
  });
});

describe('chart and glyph helpers', () => {
  it('subGrid is as square as possible', () => {
    expect(subGrid(10)).toEqual({ cols: 4, rows: 3 });
    expect(subGrid(4)).toEqual({ cols: 2, rows: 2 });
    expect(subGrid(1)).toEqual({ cols: 1, rows: 1 });
    expect(subGrid(0)).toEqual({ cols: 1, rows: 1 });
  });

  it('historyStride keeps about two points per pixel', () => {
    expect(historyStride(100, 300)).toBe(1);
    expect(historyStride(3600, 300)).toBe(6);
    expect(historyStride(3600, 0)).toBe(3600);
  });

  it('niceCeiling rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(Number.NaN)).toBe(1);
    expect(niceCeiling(0.031)).toBeCloseTo(0.05);
    expect(niceCeiling(1)).toBe(1);
    expect(niceCeiling(1.2)).toBe(2);
    expect(niceCeiling(430)).toBe(500);
    expect(niceCeiling(30_000)).toBe(50_000);
    expect(niceCeiling(6000)).toBe(10_000);
  });
});
