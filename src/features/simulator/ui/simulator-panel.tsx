// The simulator panel: predictions, playback, the canvas scene, the cost meter, settings and a spoken summary.
import { useCallback, useId, useMemo, useState } from 'react';
import {
  createSimulation,
  metrics,
  type ModelId,
  type Simulation,
  type SimulationSettings,
} from '../engine';
import type { ChartId, SceneText } from '../render';
import { useT } from '../../../i18n';
import { CostMeter } from './cost-meter';
import { SelectField } from './fields';
import { formats, splitDuration } from './format';
import { Predict } from './predict';
import { answers, type Choice, type Guesses, type Question } from './predictions';
import { PLAYBACK, RUN_LENGTH_S, type Speed } from './scenario';
import { SettingsForm } from './settings-form';
import { useReducedMotion } from './use-reduced-motion';
import { useSceneCanvas } from './use-scene-canvas';
import { advance, isFinished, useSimulationLoop } from './use-simulation-loop';
import { useThrottled } from './use-throttled';

type Level = 2 | 3;
const HEADING = { 2: 'h2', 3: 'h3' } as const;
const SUB_HEADING = { 2: 'h3', 3: 'h4' } as const;

interface Props {
  settings: SimulationSettings;
  onSettingsChange: (next: SimulationSettings) => void;
  /** Level of the panel's section headings (2 on the simulator page, 3 inside a lesson). */
  level: Level;
  /** Lesson embeds fold the per-model settings away so the embed keeps a steady height. */
  compact?: boolean;
}

function newSimulation(settings: SimulationSettings): Simulation {
  const lengthS = RUN_LENGTH_S[settings.preset];
  return createSimulation(settings, {
    historyCapacity: PLAYBACK.chartSamples,
    historyEverySeconds: Math.max(1, lengthS / PLAYBACK.chartSamples),
  });
}

function useDuration() {
  const { t } = useT('simulator');
  return useCallback(
    (seconds: number) => {
      const { h, m, s } = splitDuration(seconds);
      if (h > 0) return t('duration.hms', { h, m });
      if (m > 0) return t('duration.ms', { m, s });
      return t('duration.s', { s });
    },
    [t],
  );
}

function useSceneText(): SceneText {
  // `t` is fixed to the page's language, so it changes with it.
  const { t } = useT('simulator');
  return useMemo(() => {
    const f = formats;
    const axis = (chart: ChartId, value: number) =>
      t(`scene.axis.${chart}`, {
        value: chart === 'cost' ? f.usd(value) : f.count(value),
      });
    return {
      lane: (model: ModelId, sim: Simulation) =>
        model === 'ecs' && sim.ecs.fargate ? t('scene.laneFargate') : t(`scene.lane.${model}`),
      chart: {
        demand: t('scene.chart.demand'),
        latency: t('scene.chart.latency'),
        cost: t('scene.chart.cost'),
      },
      laneFooter: (model: ModelId, sim: Simulation) => {
        if (model === 'ec2') {
          const m = sim.ec2.metrics;
          return t('scene.footer.ec2', {
            inService: f.count(m.inService),
            booting: f.count(m.pending + m.booting),
          });
        }
        if (model === 'lambda') {
          const m = sim.lambda.metrics;
          return t('scene.footer.lambda', {
            environments: f.count(m.environments),
            throttled: f.count(m.throttled),
          });
        }
        const m = sim.ecs.metrics;
        return sim.ecs.fargate
          ? t('scene.footer.fargate', {
              running: f.count(m.runningTasks),
              pending: f.count(m.pendingTasks + m.startingTasks),
            })
          : t('scene.footer.ecs', {
              running: f.count(m.runningTasks),
              hosts: f.count(m.hosts),
              pending: f.count(m.pendingTasks),
            });
      },
      axisMax: axis,
    };
  }, [t]);
}

const LEGEND = [
  ['busy', 'sim-swatch-busy'],
  ['idle', 'sim-swatch-idle'],
  ['warming', 'sim-swatch-warming'],
  ['pending', 'sim-swatch-pending'],
  ['dropped', 'sim-swatch-dropped'],
] as const;

export function SimulatorPanel({ settings, onSettingsChange, level, compact = false }: Props) {
  const { t } = useT('simulator');
  const f = formats;
  const duration = useDuration();
  const reduced = useReducedMotion();
  const [runId, setRunId] = useState(0);
  // A new run for new settings or a reset; the engine object is then mutated in place by the loop.
  const sim = useMemo(() => newSimulation(settings), [settings, runId]); // eslint-disable-line react-hooks/exhaustive-deps
  const endS = RUN_LENGTH_S[settings.preset];
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(PLAYBACK.defaultSpeed);
  const [, setVersion] = useState(0);
  const [guesses, setGuesses] = useState<Guesses>({});
  const text = useSceneText();
  const { containerRef, canvasRef, draw } = useSceneCanvas(sim, text, endS);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useSimulationLoop({
    sim,
    playing,
    speed,
    reduced,
    endS,
    draw,
    onFigures: refresh,
    onFinish: () => setPlaying(false),
  });

  const figures = metrics(sim);
  const finished = isFinished(sim, endS);
  const started = sim.tick > 0;
  const results = finished ? answers(sim) : null;

  const restart = (next?: SimulationSettings) => {
    setPlaying(false);
    if (next) onSettingsChange(next);
    else setRunId((n) => n + 1);
  };
  const stepOnce = () => {
    advance(sim, PLAYBACK.stepS, endS, PLAYBACK.stepS);
    draw(sim);
    refresh();
  };

  const summary = finished ? `${t('summary.finished')} ${summaryText()}` : summaryText();
  function summaryText() {
    return t('summary.text', {
      time: duration(figures.timeS),
      ec2Units: f.count(figures.ec2.units),
      ec2Cost: f.usd(figures.ec2.costUsd),
      lambdaUnits: f.count(figures.lambda.units),
      lambdaCost: f.usd(figures.lambda.costUsd),
      lambdaDropped: f.count(figures.lambda.dropped),
      ecsUnits: f.count(figures.ecs.units),
      ecsCost: f.usd(figures.ecs.costUsd),
    });
  }
  const announced = useThrottled(started ? summary : '', PLAYBACK.announceEveryMs, finished);

  const H = HEADING[level];
  const H2 = SUB_HEADING[level];
  const controlsId = useId();
  const speedOptions = PLAYBACK.speeds.map((s) => ({
    value: String(s),
    label: t('controls.speedOption', { speed: s, simulated: duration(s) }),
  }));

  return (
    <div className="sim-panel">
      <Predict
        guesses={guesses}
        onGuess={(q: Question, c: Choice) => setGuesses((g) => ({ ...g, [q]: c }))}
        locked={started}
        results={results}
        heading={H}
      />

      <section className="sim-controls" aria-labelledby={controlsId}>
        <H id={controlsId}>{t('controls.title')}</H>
        <SettingsForm settings={settings} onChange={restart} part="scenario" />
        <div className="sim-playback" role="group" aria-label={t('controls.playback')}>
          <button
            type="button"
            className="button"
            disabled={finished}
            onClick={() => setPlaying((p) => !p)}
          >
            {finished ? t('controls.finished') : playing ? t('controls.pause') : t('controls.play')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={playing || finished}
            onClick={stepOnce}
          >
            {t('controls.step')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => restart()}>
            {t('controls.reset')}
          </button>
          <SelectField
            label={t('controls.speed')}
            value={String(speed)}
            options={speedOptions}
            onChange={(v) => setSpeed(Number(v) as Speed)}
          />
          <p className="sim-clock">
            <span>{t('controls.clock')}:</span>
            <span>
              {t('controls.clockValue', {
                elapsed: duration(figures.timeS),
                total: duration(endS),
              })}
            </span>
          </p>
        </div>
      </section>

      <figure className="sim-scene">
        <div ref={containerRef} className="sim-canvas-box">
          {/* The canvas is decoration for sighted users; the figures table and the summary carry the same facts. */}
          <canvas ref={canvasRef} aria-hidden="true" />
        </div>
        <figcaption>
          <span className="visually-hidden">{t('scene.label')}. </span>
          <span className="sim-legend">
            {LEGEND.map(([key, swatch]) => (
              <span key={key} className="sim-legend-item">
                <span className={`sim-swatch ${swatch}`} aria-hidden="true" />
                {t(`legend.${key}`)}
              </span>
            ))}
          </span>
        </figcaption>
      </figure>

      <p
        className="visually-hidden"
        role="status"
        aria-live="polite"
        aria-label={t('summary.label')}
      >
        {announced}
      </p>

      <CostMeter figures={figures} heading={H} />

      {compact ? (
        <details className="sim-settings">
          <summary>{t('controls.settings')}</summary>
          <p className="muted">{t('controls.applyHint')}</p>
          <SettingsForm settings={settings} onChange={restart} part="models" />
        </details>
      ) : (
        <section className="sim-settings" aria-label={t('controls.settings')}>
          <H2>{t('controls.settings')}</H2>
          <p className="muted">{t('controls.applyHint')}</p>
          <SettingsForm settings={settings} onChange={restart} part="models" />
        </section>
      )}
    </div>
  );
}
