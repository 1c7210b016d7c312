// The simulator inside a lesson (`::simulator{preset="..."}`): compact, with a link to the full page.
import './i18n';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useLang, useT } from '../../../i18n';
import { DEFAULT_SETTINGS, parseSettings, withPreset, type SimulationSettings } from '../engine';
import { settingsToQuery } from './scenario';
import { SimulatorPanel } from './simulator-panel';

/** Attributes arrive as strings from the lesson; the engine's parser turns a bad preset into the default. */
export default function SimulatorEmbed({ preset }: { preset?: string }) {
  const { t } = useT('simulator');
  const lang = useLang();
  const titleId = useId();
  const [settings, setSettings] = useState<SimulationSettings>(() => {
    const { preset: p } = parseSettings({ preset });
    return withPreset(DEFAULT_SETTINGS, p);
  });
  return (
    <section className="sim-embed" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('embed.title')}</h3>
      <p className="muted">{t('embed.intro')}</p>
      <SimulatorPanel settings={settings} onSettingsChange={setSettings} level={3} compact />
      <p>
        <Link to={paths.simulator(lang, settingsToQuery(settings).toString())}>
          {t('embed.openFull')}
        </Link>
      </p>
    </section>
  );
}
