// The document title and description for a quiz page: "<page> · Cirrus", in the page's language.
import { useT } from '../../../i18n';

export function PageTitle({ children }: { children: string }) {
  const { t } = useT();
  return (
    <>
      <title>{`${children} · ${t('app.name')}`}</title>
      <meta name="description" content={`${children}: ${t('app.tagline')}`} />
    </>
  );
}
