import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, createSimulation, parseSettings, step, withPreset } from '../engine';
import { answers, choicesFor, meanP95Ms } from './predictions';

describe('answers', () => {
  it('on an idle night Lambda costs nothing, nobody drops, and there is no latency to compare', () => {
    const sim = createSimulation(withPreset(DEFAULT_SETTINGS, 'idle-night'));
    step(sim, 3600);
    const a = answers(sim);
    expect(a.cheapest).toContain('lambda');
    expect(a.cheapest).not.toContain('ec2');
    expect(a.drops).toEqual(['none']);
    expect(a.fastest).toEqual(['none']);
    expect(meanP95Ms(sim, 'ec2')).toBeNaN();
  });

  it('names the model that throttled when Lambda is capped far below demand', () => {
    const settings = parseSettings({
      ...withPreset(DEFAULT_SETTINGS, 'sudden-spike'),
      lambda: { ...DEFAULT_SETTINGS.lambda, reservedConcurrency: 1 },
      ec2: { ...DEFAULT_SETTINGS.ec2, fleet: 'fixed', desired: 50, min: 50, max: 50 },
      ecs: { ...DEFAULT_SETTINGS.ecs, desired: 200, min: 200, max: 200 },
    });
    const sim = createSimulation(settings, { historyCapacity: 3600 });
    step(sim, 3600);
    expect(sim.lambda.metrics.dropped).toBeGreaterThan(0);
    expect(answers(sim).drops).toEqual(['lambda']);
  });

  it('offers "none" only for the drops question', () => {
    expect(choicesFor('cheapest')).not.toContain('none');
    expect(choicesFor('drops')).toContain('none');
  });
});
