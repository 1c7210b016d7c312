// Colours of the scene, read from the page's CSS variables so that light and dark themes apply to the canvas.

/** Each colour's CSS variable; styles.css defines them for both themes. */
export const PALETTE_VARS = {
  text: '--text',
  muted: '--text-muted',
  border: '--border',
  surface: '--bg-soft',
  ec2: '--sim-ec2',
  ec2Soft: '--sim-ec2-soft',
  lambda: '--sim-lambda',
  lambdaSoft: '--sim-lambda-soft',
  ecs: '--sim-ecs',
  ecsSoft: '--sim-ecs-soft',
  /** Booting instances, cold starts, starting tasks, launching hosts. */
  warming: '--sim-warming',
  pending: '--sim-pending',
  danger: '--sim-danger',
} as const;

export type Palette = Record<keyof typeof PALETTE_VARS, string>;

/** Used where a variable is missing (tests, a page without the stylesheet). */
const FALLBACK: Palette = {
  text: '#1b1f24',
  muted: '#4f5966',
  border: '#d5dbe3',
  surface: '#f4f6f9',
  ec2: '#1f4e8c',
  ec2Soft: '#dbe8fb',
  lambda: '#2f7a45',
  lambdaSoft: '#ddf3e4',
  ecs: '#5b3fa6',
  ecsSoft: '#e8e1fa',
  warming: '#b45309',
  pending: '#8a94a3',
  danger: '#b91c1c',
};

export function readPalette(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>): Palette {
  const out = { ...FALLBACK };
  for (const key of Object.keys(PALETTE_VARS) as (keyof Palette)[]) {
    const value = style.getPropertyValue(PALETTE_VARS[key]).trim();
    if (value) out[key] = value;
  }
  return out;
}
