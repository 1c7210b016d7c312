// The 404 page, in the URL's language (English when the language itself is unknown).
import { Link } from 'react-router';
import { useLang, useT } from '../i18n';
import { paths } from './paths';

export function NotFound() {
  const { t } = useT();
  const lang = useLang();
  return (
    <div className="message-page">
      <title>{`${t('notFound.title')} · ${t('app.name')}`}</title>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link className="button" to={paths.home(lang)}>
        {t('notFound.home')}
      </Link>
    </div>
  );
}
