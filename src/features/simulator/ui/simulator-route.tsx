// The simulator page (/:lang/simulator): the scenario lives in the URL query, so a link shares it.
import './i18n';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { SimulationSettings } from '../engine';
import { settingsFromQuery, settingsToQuery } from './scenario';
import { SimulatorPanel } from './simulator-panel';

export default function SimulatorPage() {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const settings = useMemo(() => settingsFromQuery(new URLSearchParams(query)), [query]);
  const onChange = useCallback(
    (next: SimulationSettings) => setParams(settingsToQuery(next), { replace: true }),
    [setParams],
  );
  return (
    // The frame around it (heading, intro) is the app's: src/app/page-frame.tsx.
    <SimulatorPanel settings={settings} onSettingsChange={onChange} level={2} />
  );
}
