// Page object for the compute simulator, on its page and embedded in a lesson.
import { expect, type Locator, type Page } from '@playwright/test';

export const SIM_TEXT = {
  en: {
    title: 'Compute simulator',
    nav: 'Simulator',
    embed: 'Try it: the same traffic on EC2, Lambda and ECS',
    preset: 'Traffic pattern',
    speed: 'Speed',
    play: 'Play',
    finished: 'Run finished',
    meter: 'Figures per model since the run started',
    capacity: 'Capacity in service',
    cost: 'Cost so far',
    clock: /Simulated time/,
    cheapest: 'Which model will cost the least?',
    lambda: 'AWS Lambda',
    results: 'What happened',
    homeLink: 'Open the simulator',
  },
  es: {
    title: 'Simulador de cómputo',
    nav: 'Simulador',
    embed: 'Pruébalo: el mismo tráfico en EC2, Lambda y ECS',
    preset: 'Patrón de tráfico',
    speed: 'Velocidad',
    play: 'Reproducir',
    finished: 'Simulación terminada',
    meter: 'Cifras por modelo desde que empezó la simulación',
    capacity: 'Capacidad en servicio',
    cost: 'Costo acumulado',
    clock: /Tiempo simulado/,
    cheapest: '¿Qué modelo costará menos?',
    lambda: 'AWS Lambda',
    results: 'Qué pasó',
    homeLink: 'Abrir el simulador',
  },
} as const;

/** Integer in a figure such as "1,234 instances" or "12 entornos". */
export function leadingInt(text: string): number {
  const m = /\d[\d,.\s]*/.exec(text);
  return m ? Number(m[0].replace(/\D/g, '')) : Number.NaN;
}

export class SimulatorPanel {
  constructor(
    readonly page: Page,
    readonly lang: 'en' | 'es',
    /** The page, or the lesson embed's region. */
    readonly root: Locator | Page = page,
  ) {}

  get text() {
    return SIM_TEXT[this.lang];
  }

  meter(): Locator {
    return this.root.getByRole('table', { name: this.text.meter });
  }

  /** The value cell of a figure for a model (0 = EC2, 1 = Lambda, 2 = ECS). */
  figure(row: string, model: 0 | 1 | 2): Locator {
    return this.meter()
      .getByRole('row', { name: new RegExp(`^${row}`) })
      .getByRole('cell')
      .nth(model);
  }

  async setSpeed(speed: number) {
    await this.root.getByRole('combobox', { name: this.text.speed }).selectOption(String(speed));
  }

  async choosePreset(preset: string) {
    await this.root.getByRole('combobox', { name: this.text.preset }).selectOption(preset);
  }

  async play() {
    await this.root.getByRole('button', { name: this.text.play, exact: true }).click();
  }

  async waitForEnd() {
    await expect(this.root.getByRole('button', { name: this.text.finished })).toBeVisible({
      timeout: 30_000,
    });
  }
}
