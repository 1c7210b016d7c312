// The document title for a quiz page: "<page> · Cirrus".
import { useT } from '../../../i18n';

export function PageTitle({ children }: { children: string }) {
  const { t } = useT();
  return <title>{`${children} · ${t('app.name')}`}</title>;
}
