// The glossary: recurring exam terms in the page's language with their translation, a filter, and
// a link to the lesson section that explains each one.
import { use, useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useLang, useT } from '../../i18n';
import { loadGlossary, type GlossaryEntry } from '../../shared/content/glossary';
import { cachedLoader } from '../../shared/cached-loader';
import { useHydrated } from '../../shared/hydration';
import type { Lang } from '../../shared/content/types';
import { useScrollToHash } from './scroll-to-hash';

const glossaryFor = cachedLoader(loadGlossary);

/** Case- and accent-insensitive text for matching ("región" matches "region"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function filterTerms(terms: readonly GlossaryEntry[], query: string, lang: Lang) {
  const q = fold(query.trim());
  return terms
    .filter(
      (t) =>
        q === '' ||
        fold(t.term).includes(q) ||
        fold(t.translation).includes(q) ||
        fold(t.definition).includes(q),
    )
    .sort((a, b) => a.term.localeCompare(b.term, lang, { sensitivity: 'base' }));
}

export default function GlossaryPage() {
  const lang = useLang();
  const { t } = useT();
  return (
    <div className="glossary">
      <title>{`${t('glossary.title')} · ${t('app.name')}`}</title>
      <meta name="description" content={t('glossary.intro')} />
      <h1>{t('glossary.title')}</h1>
      <p className="lead">{t('glossary.intro')}</p>
      <Terms lang={lang} />
    </div>
  );
}

function Terms({ lang }: { lang: Lang }) {
  const { t } = useT();
  const terms = use(glossaryFor(lang));
  const [query, setQuery] = useState('');
  // Usable once the app runs; typing into pre-rendered HTML would be lost.
  const hydrated = useHydrated();
  const deferred = useDeferredValue(query);
  const shown = filterTerms(terms, deferred, lang);
  const other: Lang = lang === 'en' ? 'es' : 'en';
  useScrollToHash();

  if (terms.length === 0) return <p className="muted">{t('glossary.empty')}</p>;
  return (
    <>
      <label className="field">
        <span>{t('glossary.filter')}</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          disabled={!hydrated}
        />
      </label>
      <p className="muted" role="status">
        {t('glossary.count', { count: shown.length })}
      </p>
      <dl className="glossary-list">
        {shown.map((term) => {
          const [lesson = '', section] = term.lesson.split('#');
          return (
            <div key={term.id} id={term.id} className="glossary-term">
              <dt>{term.term}</dt>
              <dd>
                <p>{term.definition}</p>
                <p className="muted">
                  {t('glossary.inOther')} <span lang={other}>{term.translation}</span> ·{' '}
                  <Link to={paths.lesson(lang, lesson, section)}>{t('glossary.readMore')}</Link>
                </p>
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
