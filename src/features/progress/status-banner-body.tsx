// What the status banner says: damaged data recovered (with the backups to download),
// data from a newer app version (read-only), or storage failing (not saving).
import '../../i18n/namespaces/quiz';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { datedFilename, downloadText } from '../../shared/download';
import { useLang, useT } from '../../i18n';
import { getBackups, useProgressStatus } from './index';
import type { ProgressStatusMode } from './types';

function downloadBackup(key: string, index: number): void {
  const backup = getBackups().find((b) => b.key === key);
  if (backup)
    downloadText(datedFilename(`cirrus-progress-backup-${index + 1}`, Date.now()), backup.text);
}

export default function StatusBannerBody({ mode }: { mode: Exclude<ProgressStatusMode, 'ok'> }) {
  const lang = useLang();
  const { t } = useT('quiz');
  // Re-render when backups change; their texts are read on demand.
  const backupKeys = useProgressStatus((s) => s.backups);
  if (mode === 'recovered') {
    return (
      <div className="status-banner status-recovered" role="status">
        <p>{t('status.recovered')}</p>
        <div className="actions">
          {backupKeys.map((key, i) => (
            <button
              key={key}
              type="button"
              className="button"
              onClick={() => downloadBackup(key, i)}
            >
              {backupKeys.length === 1
                ? t('status.download')
                : t('status.downloadNumbered', { number: i + 1 })}
            </button>
          ))}
        </div>
      </div>
    );
  }
  return (
    <div className="status-banner status-warning" role="status">
      <p>
        {mode === 'read-only-newer' ? t('status.readOnly') : t('status.notSaving')}{' '}
        {mode !== 'read-only-newer' && (
          <Link to={paths.progress(lang)}>{t('status.exportHint')}</Link>
        )}
      </p>
    </div>
  );
}
