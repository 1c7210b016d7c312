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

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`)
    .then(watch)
    .catch((error: unknown) => {
      // Offline support is a bonus: the app works without it.
      console.warn('Service worker not registered', error);
    });
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
