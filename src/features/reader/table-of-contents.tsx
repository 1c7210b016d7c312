// Table of contents that highlights the section currently on screen.
import { useEffect } from 'react';
import { useT } from '../../i18n';
import type { LessonHeading } from '../../shared/content/types';
import { setActiveSection, useActiveSection } from './active-section';

/** Tracks which heading the reader is on: the last one that has scrolled past the top band. */
function useSectionTracking(headings: readonly LessonHeading[]) {
  useEffect(() => {
    const elements = headings
      .map((h) => document.getElementById(h.id))
      .filter((el): el is HTMLElement => el !== null);
    if (elements.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const update = () => {
      const band = window.innerHeight * 0.25;
      let current: string | null = null;
      for (const el of elements) if (el.getBoundingClientRect().top <= band) current = el.id;
      const fromHash = decodeURIComponent(window.location.hash.slice(1));
      setActiveSection(
        current ?? (fromHash && headings.some((h) => h.id === fromHash) ? fromHash : null),
      );
    };
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -75% 0px' });
    for (const el of elements) observer.observe(el);
    update();
    window.addEventListener('hashchange', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('hashchange', update);
      setActiveSection(null);
    };
  }, [headings]);
}

export function TableOfContents({ headings }: { headings: readonly LessonHeading[] }) {
  const { t } = useT();
  const active = useActiveSection((s) => s.id);
  useSectionTracking(headings);
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc-title">
        {t('lesson.toc')}
      </h2>
      <ol>
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? 'toc-sub' : undefined}>
            <a href={`#${h.id}`} aria-current={active === h.id ? 'location' : undefined}>
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
