import { describe, expect, it } from 'vitest';
import { EMBEDS } from '../../shared/content/types';
import { PRESETS } from './engine';

describe('the ::simulator lesson directive', () => {
  it('accepts exactly the engine presets (shared/ cannot import the engine, so the list is repeated)', () => {
    expect([...EMBEDS.simulator.preset]).toEqual([...PRESETS]);
  });
});
