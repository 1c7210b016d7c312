// Browser side of the draw benchmark: times the simulator renderer on the engine's scale scenario, frame by frame.
import { scaleSimulation } from '../../src/features/simulator/render/bench-fixture';
import {
  createScratch,
  drawScene,
  fitCanvas,
  readPalette,
  sceneLayout,
  type Scene,
} from '../../src/features/simulator/render';
import { step } from '../../src/features/simulator/engine';

export interface DrawBenchResult {
  frames: number;
  width: number;
  dpr: number;
  hosts: number;
  tasks: number;
  /** ms per frame: the drawScene call alone. */
  draw: number[];
  /** ms per frame: drawScene plus a 1-pixel read that waits for the canvas to finish rasterizing. */
  drawAndFlush: number[];
}

declare global {
  interface Window {
    drawBench?: DrawBenchResult;
    drawBenchError?: string;
  }
}

const FRAMES = 300;
const WIDTH = 1000;

function run(): void {
  const canvas = document.getElementById('scene');
  if (!(canvas instanceof HTMLCanvasElement)) throw new Error('no canvas');
  const sim = scaleSimulation();
  const layout = sceneLayout(WIDTH);
  const scene: Scene = {
    layout,
    palette: readPalette(getComputedStyle(document.documentElement)),
    text: {
      lane: (model) => model,
      chart: { demand: 'demand', latency: 'latency', cost: 'cost' },
      laneFooter: (model, s) => `${model} ${s[model].metrics.units}`,
      axisMax: (chart, value) => `${chart} ${value}`,
    },
    scratch: createScratch(),
    spanS: 3 * 3600,
  };
  const ctx = fitCanvas(canvas, layout.width, layout.height, window.devicePixelRatio);
  if (!ctx) throw new Error('no 2d context');
  const draw: number[] = [];
  const drawAndFlush: number[] = [];
  // A few untimed frames first, so the JIT has compiled the drawing code.
  for (let i = 0; i < 20; i++) drawScene(ctx, sim, scene);
  let frame = 0;
  const tick = () => {
    // The engine moves one simulated second between frames, so every frame draws new state (untimed).
    step(sim, 1);
    const t0 = performance.now();
    drawScene(ctx, sim, scene);
    const t1 = performance.now();
    ctx.getImageData(0, 0, 1, 1);
    const t2 = performance.now();
    draw.push(t1 - t0);
    drawAndFlush.push(t2 - t0);
    if (++frame < FRAMES) {
      requestAnimationFrame(tick);
      return;
    }
    window.drawBench = {
      frames: FRAMES,
      width: WIDTH,
      dpr: window.devicePixelRatio,
      hosts: sim.ecs.metrics.hosts,
      tasks: sim.ecs.metrics.runningTasks,
      draw,
      drawAndFlush,
    };
  };
  requestAnimationFrame(tick);
}

try {
  run();
} catch (e) {
  window.drawBenchError = e instanceof Error ? e.message : String(e);
}
