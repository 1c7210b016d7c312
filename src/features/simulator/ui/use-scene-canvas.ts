// Connects the canvas renderer to the page: size from the container, device pixel ratio, theme colours.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNearViewport } from '../../../shared/near-viewport';
import type { Simulation } from '../engine';
import {
  createScratch,
  drawScene,
  fitCanvas,
  readPalette,
  sceneLayout,
  type Scene,
  type SceneText,
} from '../render';

/** Re-reads the theme's colours when the learner switches theme or the system scheme changes. */
function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', bump);
    return () => {
      observer.disconnect();
      scheme.removeEventListener('change', bump);
    };
  }, []);
  return version;
}

/**
 * Returns refs for the canvas and its container and a `draw(sim)` for the animation loop.
 * The scene redraws itself on resize, theme change and new text; `draw` is stable.
 *
 * The canvas gets its bitmap and first frame only when the scene comes near the viewport: a
 * phone-sized scene is a bitmap of about a million device pixels, 25-40 ms to allocate in
 * Chromium on a 2-core VM, four times that in Lighthouse's mid-range phone, and on a phone the
 * scene starts below the predictions, out of sight. Until then `draw` does nothing; its box
 * keeps the scene's height (styles.css), so nothing moves when it is drawn.
 */
export function useSceneCanvas(sim: Simulation, text: SceneText, spanS: number) {
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const sceneRef = useRef<Scene | null>(null);
  const [width, setWidth] = useState(0);
  const theme = useThemeVersion();
  const near = useNearViewport(containerRef, '200px 0px');

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? el.clientWidth;
      setWidth(Math.floor(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const draw = useCallback((s: Simulation) => {
    const canvas = canvasRef.current;
    const scene = sceneRef.current;
    if (!canvas || !scene) return;
    const { width: w, height: h } = scene.layout;
    const ctx = fitCanvas(canvas, w, h, window.devicePixelRatio);
    if (ctx) drawScene(ctx, s, scene);
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || width <= 0 || !near) return;
    sceneRef.current = {
      layout: sceneLayout(width),
      palette: readPalette(getComputedStyle(canvas)),
      text,
      scratch: sceneRef.current?.scratch ?? createScratch(),
      spanS,
    };
    draw(sim);
  }, [width, theme, text, spanS, sim, draw, near]);

  // A zoom or a move to another screen changes the pixel ratio without resizing the container.
  useEffect(() => {
    const query = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    const redraw = () => draw(sim);
    query.addEventListener('change', redraw);
    return () => query.removeEventListener('change', redraw);
  }, [draw, sim]);

  return { containerRef, canvasRef, draw };
}
