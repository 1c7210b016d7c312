// Starts the app: hydrates a pre-rendered page (tools/build/prerender.ts) or renders into the empty
// shell. Hydration runs as a transition, so React yields to the browser while it adopts a long
// lesson instead of blocking input for the whole page.
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './router';
import { registerServiceWorkerWhenSettled } from './updates';

const container = document.getElementById('root');
const app = (
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL}>
      <AppRoutes />
    </BrowserRouter>
  </StrictMode>
);
if (container?.hasChildNodes())
  startTransition(() => {
    hydrateRoot(container, app, {
      // The pre-rendered HTML and the first browser render must match; React recovers from a
      // mismatch by rendering again, but it is a bug, so it is reported (e2e fails on it).
      onRecoverableError: (error) => console.error('Hydration error:', error),
    });
  });
else if (container) createRoot(container).render(app);

if (import.meta.env.PROD) registerServiceWorkerWhenSettled();
