// @vitest-environment jsdom
import './i18n';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createSimulation, DEFAULT_SETTINGS, metrics, type SimulationMetrics } from '../engine';
import { CostMeter } from './cost-meter';

function figures(units: { ec2: number; lambda: number; ecs: number }): SimulationMetrics {
  const view = structuredClone(metrics(createSimulation(DEFAULT_SETTINGS)));
  view.ec2.units = units.ec2;
  view.lambda.units = units.lambda;
  view.ecs.units = units.ecs;
  return view;
}

const CAPACITY = { en: 'Capacity in service', es: 'Capacidad en servicio' };

function capacityCells(lang: 'en' | 'es', view: SimulationMetrics): string[] {
  render(
    <MemoryRouter initialEntries={[`/${lang}`]}>
      <Routes>
        <Route path=":lang" element={<CostMeter figures={view} heading="h2" />} />
      </Routes>
    </MemoryRouter>,
  );
  const row = screen.getByRole('rowheader', { name: CAPACITY[lang] }).closest('tr');
  if (!row) throw new Error('no capacity row');
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('CostMeter capacity row', () => {
  it('writes each count with its unit, singular or plural, grouped by thousands', () => {
    expect(capacityCells('en', figures({ ec2: 1, lambda: 2, ecs: 1234 }))).toEqual([
      '1 instance',
      '2 environments',
      '1,234 tasks',
    ]);
  });

  it('does the same in Spanish', () => {
    expect(capacityCells('es', figures({ ec2: 12000, lambda: 1, ecs: 0 }))).toEqual([
      '12,000 instancias',
      '1 entorno',
      '0 tareas',
    ]);
  });
});
