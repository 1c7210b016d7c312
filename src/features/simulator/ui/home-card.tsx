// The simulator's card on the course map: loads with the simulator's strings, after the map itself.
import './i18n';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useLang, useT } from '../../../i18n';

export default function SimulatorCard() {
  const { t } = useT('simulator');
  const lang = useLang();
  return (
    <aside className="sim-card" aria-label={t('home.title')}>
      <p className="sim-card-title">
        <strong>{t('home.title')}</strong>
      </p>
      <p className="muted">{t('home.body')}</p>
      <Link className="button" to={paths.simulator(lang)}>
        {t('home.link')}
      </Link>
    </aside>
  );
}
