// The simulator page (/:lang/simulator): the scenario lives in the URL query, so a link shares it.
import './i18n';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../i18n';
import type { SimulationSettings } from '../engine';
import { settingsFromQuery, settingsToQuery } from './scenario';
import { SimulatorPanel } from './simulator-panel';

export default function SimulatorPage() {
  const { t } = useT('simulator');
  const common = useT().t;
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const settings = useMemo(() => settingsFromQuery(new URLSearchParams(query)), [query]);
  const onChange = useCallback(
    (next: SimulationSettings) => setParams(settingsToQuery(next), { replace: true }),
    [setParams],
  );
  return (
    <div className="simulator-page">
      <title>{`${common('app.name')} · ${t('page.title')}`}</title>
      <meta name="description" content={t('page.description')} />
      <h1>{t('page.title')}</h1>
      <p className="lead">{t('page.intro')}</p>
      <SimulatorPanel settings={settings} onSettingsChange={onChange} level={2} />
    </div>
  );
}
