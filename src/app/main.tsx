// Browser entry: hydrates a pre-rendered page (tools/build/prerender.ts) or renders the app into
// the empty shell (index.html, 404.html, and every page in development).
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import './styles.css';
import { AppRoutes } from './router';
import { registerServiceWorker } from './updates';

const container = document.getElementById('root');
const app = (
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL}>
      <AppRoutes />
    </BrowserRouter>
  </StrictMode>
);
if (container?.hasChildNodes())
  hydrateRoot(container, app, {
    // The pre-rendered HTML and the first browser render must match; React recovers from a
    // mismatch by rendering again, but it is a bug, so it is reported (e2e fails on it).
    onRecoverableError: (error) => console.error('Hydration error:', error),
  });
else if (container) createRoot(container).render(app);

if (import.meta.env.PROD) window.addEventListener('load', registerServiceWorker, { once: true });
