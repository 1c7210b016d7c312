// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulation, DEFAULT_SETTINGS } from '../engine';
import type { SceneText } from '../render';
import { useSceneCanvas } from './use-scene-canvas';

const sim = createSimulation(DEFAULT_SETTINGS);
const text: SceneText = {
  lane: () => 'lane',
  chart: { demand: 'demand', latency: 'latency', cost: 'cost' },
  laneFooter: () => 'footer',
  axisMax: () => 'max',
};

function Scene() {
  const { containerRef, canvasRef } = useSceneCanvas(sim, text, 60);
  return (
    <div ref={containerRef}>
      <canvas ref={canvasRef} />
    </div>
  );
}

describe('useSceneCanvas', () => {
  let intersect: ((entries: { isIntersecting: boolean }[]) => void)[];
  const getContext = vi.fn(() => null);

  beforeEach(() => {
    intersect = [];
    getContext.mockClear();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(getContext);
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          intersect.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private callback: (entries: { contentRect: { width: number } }[]) => void) {}
        observe() {
          this.callback([{ contentRect: { width: 400 } }]);
        }
        disconnect() {}
      },
    );
    vi.stubGlobal('devicePixelRatio', 2);
    vi.stubGlobal('matchMedia', () => ({
      addEventListener() {},
      removeEventListener() {},
    }));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('gives the canvas its bitmap only once the scene comes near the viewport', () => {
    const { container } = render(<Scene />);
    const canvas = container.querySelector('canvas');
    expect(canvas?.width).toBe(300); // the browser's default: no bitmap of the scene's size yet
    expect(getContext).not.toHaveBeenCalled();

    act(() => {
      for (const callback of intersect) callback([{ isIntersecting: false }]);
    });
    expect(getContext).not.toHaveBeenCalled();

    act(() => {
      for (const callback of intersect) callback([{ isIntersecting: true }]);
    });
    expect(getContext).toHaveBeenCalled();
    expect(canvas?.width).toBe(800); // 400 CSS px at a device pixel ratio of 2
    expect(canvas?.style.width).toBe('400px');
  });
});
