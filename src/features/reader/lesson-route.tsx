// The lesson page: loads one lesson chunk for the URL's language and renders it with its contents.
import { data, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { lessonLoaders, lessons } from '../../shared/content/course';
import { paths } from '../../app/paths';
import { isLang, useT } from '../../i18n';
import type { LessonDoc } from '../../shared/content/types';
import { markLessonRead, unmarkLessonRead, useProgress } from '../progress';
import { ContentBody } from './content-renderer';
import { TableOfContents } from './table-of-contents';

export async function loader({ params }: LoaderFunctionArgs): Promise<LessonDoc> {
  const load = isLang(params.lang) ? lessonLoaders[params.lang][params.slug ?? ''] : undefined;
  // React Router's convention: a thrown response renders the route's error element as a 404.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (!load) throw data(null, { status: 404 });
  return (await load()).default;
}

function ReadToggle({ id }: { id: string }) {
  const { t } = useT();
  const read = useProgress((s) => id in s.lessonsRead);
  return (
    <button
      type="button"
      className={read ? 'button button-done' : 'button'}
      aria-pressed={read}
      onClick={() => (read ? unmarkLessonRead(id) : markLessonRead(id))}
      title={read ? t('lesson.unmarkRead') : undefined}
    >
      {read ? t('lesson.markedRead') : t('lesson.markRead')}
    </button>
  );
}

function Pager({ doc }: { doc: LessonDoc }) {
  const { t } = useT();
  const list = lessons[doc.lang];
  const index = list.findIndex((l) => l.id === doc.id);
  const prev = index > 0 ? list[index - 1] : undefined;
  const next = index >= 0 ? list[index + 1] : undefined;
  if (!prev && !next) return null;
  return (
    <nav className="pager" aria-label={t('lesson.pager')}>
      {prev && (
        <Link className="pager-prev" to={paths.lesson(doc.lang, prev.id)} rel="prev">
          <span className="pager-label">{t('lesson.previous')}</span>
          <span>{prev.title}</span>
        </Link>
      )}
      {next && (
        <Link className="pager-next" to={paths.lesson(doc.lang, next.id)} rel="next">
          <span className="pager-label">{t('lesson.next')}</span>
          <span>{next.title}</span>
        </Link>
      )}
    </nav>
  );
}

export function Component() {
  const doc = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <article className="lesson" lang={doc.lang}>
      <title>{`${doc.title} · ${t('app.name')}`}</title>
      <meta name="description" content={doc.summary} />
      <header className="lesson-header">
        <p className="eyebrow">{t('lesson.task', { id: doc.task })}</p>
        <h1>{doc.title}</h1>
        <p className="lead">{doc.summary}</p>
        <ReadToggle id={doc.id} />
      </header>
      <div className="lesson-layout">
        <div className="lesson-aside">
          <TableOfContents headings={doc.headings} />
        </div>
        <div className="prose">
          <ContentBody nodes={doc.body} />
          <div className="lesson-end">
            <ReadToggle id={doc.id} />
          </div>
          <Pager doc={doc} />
        </div>
      </div>
    </article>
  );
}
