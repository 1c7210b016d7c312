// Draw-time benchmark: serves a bench page with Vite and times the simulator renderer in headless Chromium.
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import type { DrawBenchResult } from './draw-page';
import { chromiumPath } from '../chromium.ts';
import type { Bench, Figure } from './types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? Number.NaN;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

async function run(): Promise<Figure[]> {
  // No project config: the page needs only TypeScript, not the content pipeline.
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    server: { port: 0, strictPort: false },
    optimizeDeps: { entries: ['tools/bench/draw-page.html'] },
  });
  await server.listen();
  const executablePath = chromiumPath();
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const address = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
    await page.goto(new URL('tools/bench/draw-page.html', address).href);
    await page.waitForFunction(() => window.drawBench ?? window.drawBenchError, null, {
      timeout: 120_000,
    });
    const error = await page.evaluate(() => window.drawBenchError);
    if (error) throw new Error(`draw bench page: ${error}`);
    const r = (await page.evaluate(() => window.drawBench)) as DrawBenchResult;
    return [
      {
        label: 'frames',
        value: r.frames,
        unit: `at ${r.width} CSS px, devicePixelRatio ${r.dpr}, Chromium ${browser.version()}`,
      },
      { label: 'ECS hosts drawn', value: r.hosts, unit: 'container instances' },
      { label: 'ECS tasks drawn', value: r.tasks, unit: 'containers' },
      { label: 'draw time, median', value: round2(percentile(r.draw, 0.5)), unit: 'ms' },
      { label: 'draw time, p95', value: round2(percentile(r.draw, 0.95)), unit: 'ms' },
      {
        label: 'draw + raster flush, median',
        value: round2(percentile(r.drawAndFlush, 0.5)),
        unit: 'ms (1-pixel getImageData)',
      },
      {
        label: 'draw + raster flush, p95',
        value: round2(percentile(r.drawAndFlush, 0.95)),
        unit: 'ms',
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

export const drawBench: Bench = {
  name: 'draw',
  title: 'simulator renderer, one frame at ~300 hosts / ~3,000 containers, headless Chromium',
  run,
};
