import { describe, expect, it } from 'vitest';
import { PALETTE_VARS, readPalette } from './palette';

describe('readPalette', () => {
  it('reads every colour from its CSS variable', () => {
    const style = { getPropertyValue: (name: string) => ` ${name}-value ` };
    const p = readPalette(style);
    expect(p.ec2).toBe(`${PALETTE_VARS.ec2}-value`);
    expect(p.danger).toBe(`${PALETTE_VARS.danger}-value`);
  });

  it('falls back to built-in colours where a variable is missing', () => {
    const p = readPalette({ getPropertyValue: () => '' });
    for (const value of Object.values(p)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });
});
