// Figures and cost meter: per model, capacity, requests, latency, cumulative and idle cost (the engine's pricing).
import { useId } from 'react';
import { MODELS, type ModelId, type SimulationMetrics } from '../engine';
import { useT } from '../../../i18n';
import { formats } from './format';

interface Props {
  figures: Readonly<SimulationMetrics>;
  heading: 'h2' | 'h3' | 'h4';
}

const ROWS = ['capacity', 'served', 'dropped', 'p95', 'cost', 'idleCost'] as const;
type Row = (typeof ROWS)[number];

export function CostMeter({ figures, heading: Heading }: Props) {
  const { t } = useT('simulator');
  const f = formats;
  const titleId = useId();
  const cell = (row: Row, model: ModelId): string => {
    const m = figures[model];
    switch (row) {
      case 'capacity':
        // The count picks the plural; the figure is formatted here, not by i18next's `number`
        // format, which builds an Intl.NumberFormat (tens of ms of ICU start-up on first use).
        return t(`meter.capacityValue.${model}`, { count: m.units, units: f.count(m.units) });
      case 'served':
        return f.count(m.served);
      case 'dropped':
        return f.count(m.dropped);
      case 'p95':
        return Number.isFinite(m.p95Ms) ? `${f.ms(m.p95Ms)} ms` : t('meter.noLatency');
      case 'cost':
        return f.usd(m.costUsd);
      case 'idleCost':
        return t('meter.idleShare', {
          cost: f.usd(m.idleCostUsd),
          share: f.percent(m.costUsd > 0 ? m.idleCostUsd / m.costUsd : 0),
        });
    }
  };
  return (
    <section className="sim-meter" aria-labelledby={titleId}>
      <Heading id={titleId}>{t('meter.title')}</Heading>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('meter.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meter.figure')}</th>
              {MODELS.map((model) => (
                <th key={model} scope="col">
                  {t(`models.${model}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row}>
                <th scope="row">{t(`meter.${row}`)}</th>
                {MODELS.map((model) => (
                  <td key={model}>{cell(row, model)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
