// The animation loop: advances the engine by speed x real time in fixed ticks, draws, and paces React updates.
import { useEffect, useRef } from 'react';
import { FACTS, step, type Simulation } from '../engine';
import { PLAYBACK } from './scenario';

const TICK_S = FACTS.engine.tickS.value;

/** Simulated seconds left before the run's end. */
export function remainingS(sim: Simulation, endS: number): number {
  return Math.max(0, endS - sim.tick * TICK_S - sim.accumulatorS);
}

export function isFinished(sim: Simulation, endS: number): boolean {
  return sim.tick * TICK_S >= endS;
}

/** Runs up to `seconds` of simulated time, never past the end; returns ticks run. */
export function advance(sim: Simulation, seconds: number, endS: number, maxTicks: number): number {
  const s = Math.min(seconds, remainingS(sim, endS));
  return s > 0 ? step(sim, s, maxTicks) : 0;
}

export interface LoopOptions {
  sim: Simulation;
  playing: boolean;
  speed: number;
  /** Stepwise updates (prefers-reduced-motion): one jump per `reducedMotionStepS`, no animation in between. */
  reduced: boolean;
  endS: number;
  draw: (sim: Simulation) => void;
  /** Called at most every `figuresEveryMs` while running, so React re-renders the figures. */
  onFigures: () => void;
  onFinish: () => void;
}

export function useSimulationLoop(options: LoopOptions): void {
  // Callbacks change identity on every render; the loop reads the latest ones without restarting.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { sim, playing, speed, reduced, endS } = options;

  useEffect(() => {
    if (!playing) return;
    const frameCapS = reduced ? PLAYBACK.reducedMotionStepS * 1.5 : PLAYBACK.maxFrameS;
    // The per-frame tick cap: what the fastest speed owes for the longest frame accepted.
    const maxTicks = Math.ceil((speed * frameCapS) / TICK_S) + 1;
    let raf = 0;
    let last = -1;
    let owedS = 0;
    let figuresAt = 0;
    const frame = (now: number) => {
      const dt = last < 0 ? 0 : (now - last) / 1000;
      last = now;
      owedS += Math.min(dt, frameCapS);
      if (!reduced || owedS >= PLAYBACK.reducedMotionStepS) {
        advance(sim, owedS * speed, endS, maxTicks);
        owedS = 0;
        const { draw, onFigures, onFinish } = latest.current;
        draw(sim);
        const finished = isFinished(sim, endS);
        if (reduced || finished || now - figuresAt >= PLAYBACK.figuresEveryMs) {
          figuresAt = now;
          onFigures();
        }
        if (finished) {
          onFinish();
          return;
        }
      }
      raf = requestAnimationFrame(frame);
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  }, [sim, playing, speed, reduced, endS]);
}
