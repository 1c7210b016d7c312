// Scrolls to the URL's #id once the page's content is rendered (and again when it changes).
import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** `contentKey` names what is on the page, so a new lesson with the same hash scrolls again. */
export function useScrollToHash(contentKey = '') {
  const { hash } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, [contentKey, hash]);
}
