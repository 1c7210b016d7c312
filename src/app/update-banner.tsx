// "Update available": shown when a new version is waiting, never during a mock exam.
import { useLocation } from 'react-router';
import { useT } from '../i18n';
import { applyUpdate, useUpdate } from './updates';

export function UpdateBanner() {
  const { t } = useT();
  const waiting = useUpdate((s) => s.waiting);
  const { pathname } = useLocation();
  if (!waiting || /^\/[^/]+\/exam(\/|$)/.test(pathname)) return null;
  return (
    <div className="update-banner" role="status">
      <p>{t('update.available')}</p>
      <button type="button" className="button" onClick={applyUpdate}>
        {t('update.reload')}
      </button>
    </div>
  );
}
