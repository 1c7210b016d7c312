// Error boundary for routes: 404 responses get the not-found page, anything else a calm message.
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useT } from '../i18n';
import { NotFound } from './not-found';

export function RouteError() {
  const error = useRouteError();
  const { t } = useT();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  console.error(error);
  return (
    <div className="message-page" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </div>
  );
}
