// Offline support: registers the service worker (production builds only) and reports when a new
// version is waiting. The page is reloaded only when the learner asks for it.
import { create } from 'zustand';

export const useUpdate = create<{ waiting: ServiceWorker | null }>()(() => ({ waiting: null }));

function watch(registration: ServiceWorkerRegistration) {
  const offer = (worker: ServiceWorker | null) => {
    // A waiting worker with a controller in place is an update; without one it is the first install.
    if (worker && navigator.serviceWorker.controller) useUpdate.setState({ waiting: worker });
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
}

function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`)
    .then(watch)
    .catch((error: unknown) => {
      // Offline support is a bonus: the app works without it.
      console.warn('Service worker not registered', error);
    });
}

/**
 * How long after the page's `load` event the first install may start. Installing downloads and
 * stores the whole app (about 1 MB of lessons, question bank and simulator); on a phone that work
 * competes for the CPU and the network with the app's own start (hydration, the route's chunks).
 * Measured with Lighthouse (mobile, 4x CPU), median total blocking time, registering at `load`
 * against this: simulator 350 -> 46 ms, Spanish practice 371 -> 95 ms, Spanish home 183 -> 136 ms.
 */
export const REGISTER_AFTER_LOAD_MS = 3000;

/**
 * Registers the service worker once the page has settled: `REGISTER_AFTER_LOAD_MS` after `load`,
 * then in an idle period of the main thread (at most 2 s later; at once where the browser has no
 * idle callback).
 */
export function registerServiceWorkerWhenSettled(): void {
  const whenIdle = () => {
    if ('requestIdleCallback' in window)
      requestIdleCallback(registerServiceWorker, { timeout: 2000 });
    else registerServiceWorker();
  };
  const later = () => setTimeout(whenIdle, REGISTER_AFTER_LOAD_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

/** Activates the waiting version, then reloads once it has taken over. */
export function applyUpdate(): void {
  const { waiting } = useUpdate.getState();
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  waiting.postMessage('skip-waiting');
}
