// Draws one frame of the simulation on a 2D canvas: three lanes (EC2, Lambda, ECS) and a chart strip, no simulation logic.
import {
  ENVIRONMENT_STATE,
  HOST_STATE,
  INSTANCE_STATE,
  MODELS,
  TASK_STATE,
  ec2Instances,
  ecsHosts,
  ecsTasks,
  historyIndex,
  lambdaEnvironments,
  type HistorySeries,
  type ModelId,
  type Simulation,
} from '../engine';
import { countStates, glyphShares, total } from './aggregate';
import { RectBatch, type Ink } from './batch';
import {
  SCENE,
  cellOrigin,
  gridFor,
  laneBody,
  historyStride,
  niceCeiling,
  subGrid,
  type Grid,
  type Rect,
  type SceneLayout,
} from './layout';
import type { Palette } from './palette';

export const CHARTS = ['demand', 'latency', 'cost'] as const;
export type ChartId = (typeof CHARTS)[number];

/** Words the scene draws; the UI supplies them already translated. */
export interface SceneText {
  /** Title of a lane (ECS differs between hosts and Fargate). */
  lane: (model: ModelId, sim: Simulation) => string;
  chart: Readonly<Record<ChartId, string>>;
  /** Status line under a lane (counts, pending tasks, throttles). */
  laneFooter: (model: ModelId, sim: Simulation) => string;
  /** Label of a chart's top value. */
  axisMax: (chart: ChartId, value: number) => string;
}

/** One lane's glyphs: category k has counts[k] units drawn in inks[k]; `busy` fills a share of category `busyCategory`. */
interface LaneStyle {
  inks: readonly Ink[];
  /** Category whose glyphs show a busy share (drawn in `busyInk` over its soft ink). */
  busyCategory: number;
  busyInk: Ink;
}

const EC2_STYLE: LaneStyle = {
  // in service, booting, pending
  inks: ['ec2Soft', 'warming', 'pending'],
  busyCategory: 0,
  busyInk: 'ec2',
};
const LAMBDA_STYLE: LaneStyle = {
  // busy, cold (initializing), warm (idle)
  inks: ['lambda', 'warming', 'lambdaSoft'],
  busyCategory: -1,
  busyInk: 'lambda',
};
const FARGATE_STYLE: LaneStyle = {
  // running, starting, pending
  inks: ['ecsSoft', 'warming', 'pending'],
  busyCategory: 0,
  busyInk: 'ecs',
};

const MODEL_INK: Readonly<Record<ModelId, keyof Palette>> = {
  ec2: 'ec2',
  lambda: 'lambda',
  ecs: 'ecs',
};

/** Host glyphs get a sub-grid of task slots when a slot is at least this big. */
const MIN_TASK_SLOT_PX = 3;
const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Buffers reused across frames. */
export interface SceneScratch {
  batch: RectBatch;
  counts: Float64Array;
  shares: Float64Array;
  hostIds: Int32Array;
  hostStarting: Int32Array;
}

export function createScratch(): SceneScratch {
  return {
    batch: new RectBatch(),
    counts: new Float64Array(8),
    shares: new Float64Array(8),
    hostIds: new Int32Array(64),
    hostStarting: new Int32Array(64),
  };
}

export interface Scene {
  layout: SceneLayout;
  palette: Palette;
  text: SceneText;
  scratch: SceneScratch;
  /** Simulated seconds the chart's time axis spans (the run's length); it stretches if the run goes on. */
  spanS: number;
}

/** Draws `sim` as it is now. The context must already be scaled to CSS pixels. */
export function drawScene(ctx: CanvasRenderingContext2D, sim: Simulation, scene: Scene): void {
  const { layout, palette, scratch } = scene;
  ctx.clearRect(0, 0, layout.width, layout.height);
  ctx.font = FONT;
  ctx.textBaseline = 'top';
  const [ec2Lane, lambdaLane, ecsLane] = layout.lanes;
  drawEc2(sim, laneBody(ec2Lane), scratch);
  drawLambda(sim, laneBody(lambdaLane), scratch);
  drawEcs(sim, laneBody(ecsLane), scratch);
  drawDropBars(sim, layout, scratch.batch);
  scratch.batch.flush(ctx, palette);
  drawLaneText(ctx, sim, layout, scene);
  CHARTS.forEach((chart, i) =>
    drawChart(ctx, sim, layout.charts[i] ?? layout.charts[0], chart, scene),
  );
}

/** Draws glyphs for categories laid out in order; aggregated glyphs stack their categories bottom-up. */
function drawCategories(
  body: Rect,
  counts: Float64Array,
  n: number,
  style: LaneStyle,
  busy: number,
  s: SceneScratch,
): void {
  const view = counts.subarray(0, n);
  const grid = gridFor(total(view), body.w, body.h, SCENE.minCellPx, SCENE.maxCellPx);
  const pad = grid.cell >= 6 ? 1 : 0;
  const size = grid.cell - pad;
  for (let g = 0; g < grid.glyphs; g++) {
    const held = glyphShares(g, grid.per, view, s.shares);
    if (held <= 0) continue;
    const { x, y } = cellOrigin(grid, body, g);
    let bottom = y + size;
    for (let k = 0; k < n; k++) {
      const share = s.shares[k] ?? 0;
      if (share <= 0) continue;
      const h = (size * share) / grid.per;
      const ink = style.inks[k] ?? 'pending';
      s.batch.add(ink, x, bottom - h, size, h);
      if (k === style.busyCategory && busy > 0)
        s.batch.add(style.busyInk, x, bottom - h * busy, size, h * busy);
      bottom -= h;
    }
  }
}

function drawEc2(sim: Simulation, body: Rect, s: SceneScratch): void {
  const view = ec2Instances(sim);
  let inService = 0;
  let booting = 0;
  let pending = 0;
  for (let id = 0; id < view.count; id++) {
    const st = view.state[id];
    if (st === INSTANCE_STATE.inService || st === INSTANCE_STATE.warmingUp) inService++;
    else if (st === INSTANCE_STATE.booting) booting++;
    else if (st === INSTANCE_STATE.pending) pending++;
  }
  s.counts[0] = inService;
  s.counts[1] = booting;
  s.counts[2] = pending;
  drawCategories(body, s.counts, 3, EC2_STYLE, clamp01(view.busy), s);
}

function drawLambda(sim: Simulation, body: Rect, s: SceneScratch): void {
  const view = lambdaEnvironments(sim);
  countStates(view.state, view.count, s.shares);
  s.counts[0] = s.shares[ENVIRONMENT_STATE.busy] ?? 0;
  s.counts[1] = s.shares[ENVIRONMENT_STATE.initializing] ?? 0;
  s.counts[2] = s.shares[ENVIRONMENT_STATE.idle] ?? 0;
  drawCategories(body, s.counts, 3, LAMBDA_STYLE, 0, s);
}

function drawEcs(sim: Simulation, body: Rect, s: SceneScratch): void {
  const tasks = ecsTasks(sim);
  const busy = clamp01(tasks.busy);
  if (sim.ecs.fargate) {
    const m = sim.ecs.metrics;
    s.counts[0] = m.runningTasks;
    s.counts[1] = m.startingTasks;
    s.counts[2] = m.pendingTasks;
    drawCategories(body, s.counts, 3, FARGATE_STYLE, busy, s);
    return;
  }
  drawHosts(sim, body, busy, s);
}

function growInt(buf: Int32Array, size: number): Int32Array {
  if (buf.length >= size) return buf;
  return new Int32Array(Math.max(size, buf.length * 2));
}

/** Containers packed on hosts: one glyph per host with a slot per task, or aggregated fill bars at scale. */
function drawHosts(sim: Simulation, body: Rect, busy: number, s: SceneScratch): void {
  const hosts = ecsHosts(sim);
  const tasks = ecsTasks(sim);
  const perHost = sim.ecs.tasksPerHost;
  s.hostIds = growInt(s.hostIds, hosts.state.length);
  s.hostStarting = growInt(s.hostStarting, hosts.state.length);
  // Active hosts first, then launching ones, so new capacity appears at the end.
  let n = 0;
  for (let h = 0; h < hosts.state.length; h++)
    if (hosts.state[h] === HOST_STATE.active) s.hostIds[n++] = h;
  for (let h = 0; h < hosts.state.length; h++)
    if (hosts.state[h] === HOST_STATE.launching) s.hostIds[n++] = h;
  s.hostStarting.fill(0, 0, hosts.state.length);
  for (let id = 0; id < tasks.state.length; id++) {
    if (tasks.state[id] !== TASK_STATE.starting) continue;
    const h = tasks.host[id] ?? -1;
    if (h >= 0) s.hostStarting[h] = (s.hostStarting[h] ?? 0) + 1;
  }
  const grid = gridFor(n, body.w, body.h, SCENE.minCellPx, SCENE.maxCellPx);
  const pad = grid.cell >= 6 ? 1 : 0;
  const size = grid.cell - pad;
  const slots = subGrid(perHost);
  const slot = Math.floor((size - 2) / Math.max(slots.cols, slots.rows));
  const detailed = grid.per === 1 && slot >= MIN_TASK_SLOT_PX;
  for (let g = 0; g < grid.glyphs; g++) {
    const { x, y } = cellOrigin(grid, body, g);
    let launching = 0;
    let running = 0;
    let starting = 0;
    const from = g * grid.per;
    const to = Math.min(n, from + grid.per);
    for (let i = from; i < to; i++) {
      const h = s.hostIds[i] ?? 0;
      if (hosts.state[h] === HOST_STATE.launching) launching++;
      const st = s.hostStarting[h] ?? 0;
      starting += st;
      running += (hosts.taskCount[h] ?? 0) - st;
    }
    const count = to - from;
    if (launching === count) {
      s.batch.add('warming', x, y, size, size);
      continue;
    }
    s.batch.add('border', x, y, size, size);
    if (detailed) {
      drawTaskSlots(x + 1, y + 1, slot, slots.cols, running, starting, busy, s);
    } else {
      drawHostFill(x, y, size, grid, perHost, running, starting, busy, s);
    }
  }
}

function drawTaskSlots(
  x: number,
  y: number,
  slot: number,
  cols: number,
  running: number,
  starting: number,
  busy: number,
  s: SceneScratch,
): void {
  const inner = slot > 3 ? slot - 1 : slot;
  for (let t = 0; t < running + starting; t++) {
    const tx = x + (t % cols) * slot;
    const ty = y + Math.floor(t / cols) * slot;
    if (t < running) {
      s.batch.add('ecsSoft', tx, ty, inner, inner);
      if (busy > 0) s.batch.add('ecs', tx, ty + inner * (1 - busy), inner, inner * busy);
    } else s.batch.add('warming', tx, ty, inner, inner);
  }
}

/** Aggregated hosts: the share of their task slots in use, running then starting, bottom-up. */
function drawHostFill(
  x: number,
  y: number,
  size: number,
  grid: Grid,
  perHost: number,
  running: number,
  starting: number,
  busy: number,
  s: SceneScratch,
): void {
  const slots = grid.per * perHost;
  const runH = (size * Math.min(running, slots)) / slots;
  const startH = (size * Math.min(starting, slots)) / slots;
  s.batch.add('ecsSoft', x, y + size - runH, size, runH);
  s.batch.add('ecs', x, y + size - runH * busy, size, runH * busy);
  s.batch.add('warming', x, y + size - runH - startH, size, startH);
}

/** A bar under each lane: the share of this tick's requests dropped or throttled. */
function drawDropBars(sim: Simulation, layout: SceneLayout, batch: RectBatch): void {
  MODELS.forEach((model, i) => {
    const lane = layout.lanes[i];
    const m = sim[model].metrics;
    if (!lane || m.tickDropped <= 0 || m.tickArrived <= 0) return;
    const share = clamp01(m.tickDropped / m.tickArrived);
    batch.add('danger', lane.x, lane.y + lane.h - 3, lane.w * share, 3);
  });
}

function drawLaneText(
  ctx: CanvasRenderingContext2D,
  sim: Simulation,
  layout: SceneLayout,
  scene: Scene,
): void {
  const { palette, text } = scene;
  MODELS.forEach((model, i) => {
    const lane = layout.lanes[i];
    if (!lane) return;
    ctx.fillStyle = palette.text;
    ctx.fillText(text.lane(model, sim), lane.x, lane.y + 2, lane.w);
    ctx.fillStyle = palette.muted;
    ctx.fillText(text.laneFooter(model, sim), lane.x, lane.y + lane.h - SCENE.footerPx + 2, lane.w);
  });
}

const CHART_SERIES: Readonly<Record<ChartId, HistorySeries>> = {
  demand: 'capacityRps',
  latency: 'p95Ms',
  cost: 'costUsd',
};

function seriesMax(sim: Simulation, series: HistorySeries, withDemand: boolean): number {
  const h = sim.history;
  let max = 0;
  for (const model of MODELS) {
    const data = h.models[model][series];
    for (let i = 0; i < h.length; i++) {
      const v = data[i] ?? 0;
      if (v > max) max = v;
    }
  }
  if (withDemand) {
    const demand = h.models.ec2.demandRps;
    for (let i = 0; i < h.length; i++) if ((demand[i] ?? 0) > max) max = demand[i] ?? 0;
  }
  return max;
}

function drawChart(
  ctx: CanvasRenderingContext2D,
  sim: Simulation,
  rect: Rect,
  chart: ChartId,
  scene: Scene,
): void {
  const { palette, text } = scene;
  const plot: Rect = {
    x: rect.x,
    y: rect.y + SCENE.titlePx,
    w: rect.w,
    h: Math.max(1, rect.h - SCENE.titlePx),
  };
  ctx.fillStyle = palette.surface;
  ctx.fillRect(plot.x, plot.y, plot.w, plot.h);
  ctx.fillStyle = palette.text;
  ctx.fillText(text.chart[chart], rect.x, rect.y + 2, rect.w);
  const series = CHART_SERIES[chart];
  const top = niceCeiling(seriesMax(sim, series, chart === 'demand'));
  const h = sim.history;
  const latestS = h.length > 0 ? (h.timeS[historyIndex(h, h.length - 1)] ?? 0) : 0;
  const spanS = Math.max(scene.spanS, latestS, 1);
  ctx.fillStyle = palette.muted;
  ctx.textAlign = 'right';
  ctx.fillText(text.axisMax(chart, top), plot.x + plot.w - 4, plot.y + 3);
  ctx.textAlign = 'left';
  ctx.lineWidth = 1.5;
  for (const model of MODELS) {
    ctx.strokeStyle = palette[MODEL_INK[model]];
    strokeSeries(ctx, sim, sim.history.models[model][series], plot, top, spanS);
  }
  if (chart === 'demand') {
    ctx.strokeStyle = palette.text;
    ctx.setLineDash([4, 3]);
    strokeSeries(ctx, sim, sim.history.models.ec2.demandRps, plot, top, spanS);
    ctx.setLineDash([]);
  }
}

/** One polyline over the history against time (0 to `spanS`), at most about one point per pixel; NaN leaves a gap. */
function strokeSeries(
  ctx: CanvasRenderingContext2D,
  sim: Simulation,
  data: Float64Array,
  plot: Rect,
  top: number,
  spanS: number,
): void {
  const h = sim.history;
  if (h.length === 0) return;
  const stride = historyStride(h.length, plot.w);
  ctx.beginPath();
  let drawing = false;
  for (let i = 0; i < h.length; i += stride) {
    const at = historyIndex(h, i);
    const v = data[at] ?? Number.NaN;
    if (!Number.isFinite(v)) {
      drawing = false;
      continue;
    }
    const x = plot.x + plot.w * clamp01((h.timeS[at] ?? 0) / spanS);
    const y = plot.y + plot.h - (plot.h - 2) * clamp01(v / top) - 1;
    if (drawing) ctx.lineTo(x, y);
    else ctx.moveTo(x, y);
    drawing = true;
  }
  ctx.stroke();
}

function clamp01(x: number): number {
  return x > 0 ? (x < 1 ? x : 1) : 0;
}
