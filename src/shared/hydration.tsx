// Pre-rendered pages are hydrated, so their first client render must match the HTML built on the
// server. Anything that depends on the browser (saved progress, the URL's query, live widgets)
// waits until hydration is over; during hydration it renders what the server rendered.
import { useSyncExternalStore, type ReactNode } from 'react';

const subscribe = () => () => {};

/** False on the server and while React hydrates pre-rendered HTML; true in every later render. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** Renders `fallback` on the server and during hydration, then `children`. */
export function ClientOnly({
  children,
  fallback = null,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}) {
  return useHydrated() ? children : fallback;
}
