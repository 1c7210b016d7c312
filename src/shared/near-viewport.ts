// Lets a costly widget wait until the reader scrolls near it.
import { useEffect, useState, type RefObject } from 'react';

/**
 * True once `ref` comes within `margin` (a CSS margin, as IntersectionObserver's `rootMargin`) of
 * the viewport, and from then on.
 */
export function useNearViewport(ref: RefObject<HTMLElement | null>, margin: string): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
