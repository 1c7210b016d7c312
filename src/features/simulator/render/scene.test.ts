import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, createSimulation, step, withPreset, type Simulation } from '../engine';
import { scaleSimulation } from './bench-fixture';
import { sceneLayout } from './layout';
import { readPalette } from './palette';
import { createScratch, drawScene, type Scene } from './scene';

/** Records what the scene asks of a 2D context. */
function fakeContext() {
  const calls = { fill: 0, rect: 0, stroke: 0, text: [] as string[] };
  const ctx = {
    clearRect: () => undefined,
    fillRect: () => undefined,
    beginPath: () => undefined,
    rect: () => {
      calls.rect++;
    },
    fill: () => {
      calls.fill++;
    },
    stroke: () => {
      calls.stroke++;
    },
    moveTo: () => undefined,
    lineTo: () => undefined,
    setLineDash: () => undefined,
    fillText: (s: string) => void calls.text.push(s),
    font: '',
    textBaseline: '',
    textAlign: '',
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

function scene(width: number): Scene {
  return {
    layout: sceneLayout(width),
    palette: readPalette({ getPropertyValue: () => '' }),
    text: {
      lane: (model) => `lane ${model}`,
      chart: { demand: 'demand', latency: 'latency', cost: 'cost' },
      laneFooter: (model, sim: Simulation) => `${model} ${sim.tick}`,
      axisMax: (chart, value) => `${chart} ${value}`,
    },
    scratch: createScratch(),
    spanS: 3600,
  };
}

describe('drawScene', () => {
  it('draws 300 hosts with 3,000 tasks in a handful of batched fills', () => {
    const sim = scaleSimulation();
    expect(sim.ecs.metrics.runningTasks).toBeGreaterThanOrEqual(2900);
    expect(sim.ecs.metrics.hosts).toBeGreaterThanOrEqual(290);
    const { ctx, calls } = fakeContext();
    drawScene(ctx, sim, scene(1000));
    // One fill per colour, whatever the number of glyphs.
    expect(calls.fill).toBeLessThanOrEqual(11);
    expect(calls.rect).toBeGreaterThan(300);
    // Lane titles, footers, chart titles and axis labels.
    expect(calls.text).toEqual(expect.arrayContaining(['lane ec2', 'lane lambda', 'lane ecs']));
    expect(calls.stroke).toBe(3 * 3 + 1);
  });

  it('aggregates at phone width so the glyph count stays bounded', () => {
    const sim = scaleSimulation();
    const wide = fakeContext();
    const narrow = fakeContext();
    drawScene(wide.ctx, sim, scene(1000));
    drawScene(narrow.ctx, sim, scene(360));
    expect(narrow.calls.rect).toBeLessThan(20_000);
    expect(wide.calls.rect).toBeLessThan(20_000);
  });

  it('draws a fresh simulation and an idle one without glyph errors', () => {
    for (const preset of ['idle-night', 'image-uploads'] as const) {
      const sim = createSimulation(withPreset(DEFAULT_SETTINGS, preset));
      const { ctx, calls } = fakeContext();
      drawScene(ctx, sim, scene(640));
      step(sim, 120);
      drawScene(ctx, sim, scene(640));
      expect(calls.text.length).toBeGreaterThan(0);
    }
  });
});
