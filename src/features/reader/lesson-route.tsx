// The lesson page: loads one lesson chunk for the URL's language and renders it with its contents.
import { use } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../app/not-found';
import { lessonLoaders, lessons } from '../../shared/content/course';
import { paths } from '../../app/paths';
import { isLang, useT } from '../../i18n';
import type { Lang, LessonDoc } from '../../shared/content/types';
import { markLessonRead, unmarkLessonRead, useProgress } from '../progress';
import { cachedLoader } from '../../shared/cached-loader';
import { useHydrated } from '../../shared/hydration';
import { ContentBody } from './content-renderer';
import { useScrollToHash } from './scroll-to-hash';
import { TableOfContents } from './table-of-contents';

/** Keyed by the chunk's loader, which is one per lesson and language. */
const loadChunk = cachedLoader((load: () => Promise<{ default: LessonDoc }>) =>
  load().then((m) => m.default),
);

function loadLesson(lang: Lang, slug: string): Promise<LessonDoc> | null {
  const load = lessonLoaders[lang][slug];
  return load ? loadChunk(load) : null;
}

function ReadToggle({ id }: { id: string }) {
  const { t } = useT();
  const read = useProgress((s) => id in s.lessonsRead);
  // Pre-rendered pages show the button before the app runs; until then a click could not count.
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={!hydrated}
      className={read ? 'button button-done' : 'button'}
      aria-pressed={read}
      onClick={() => (read ? unmarkLessonRead(id) : markLessonRead(id))}
      title={read ? t('lesson.unmarkRead') : undefined}
    >
      {read ? t('lesson.markedRead') : t('lesson.markRead')}
    </button>
  );
}

/** Links to the glossary entries this lesson explains. */
function LessonTerms({ doc }: { doc: LessonDoc }) {
  const { t } = useT();
  if (doc.terms.length === 0) return null;
  return (
    <section className="lesson-terms" aria-labelledby="lesson-terms">
      <h2 id="lesson-terms">{t('lesson.terms')}</h2>
      <ul>
        {doc.terms.map((term) => (
          <li key={term.id}>
            <Link to={paths.glossary(doc.lang, term.id)}>{term.term}</Link>
          </li>
        ))}
      </ul>
    </section>
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

export default function LessonPage() {
  const { lang, slug = '' } = useParams();
  const promise = isLang(lang) ? loadLesson(lang, slug) : null;
  return promise ? <Lesson promise={promise} /> : <NotFound />;
}

function Lesson({ promise }: { promise: Promise<LessonDoc> }) {
  const doc = use(promise);
  const { t } = useT();
  useScrollToHash(`${doc.lang}/${doc.id}`);
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
          <LessonTerms doc={doc} />
          <div className="lesson-end">
            <ReadToggle id={doc.id} />
          </div>
          <Pager doc={doc} />
        </div>
      </div>
    </article>
  );
}
