// Browser entry: mounts the routes in a browser router.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import './styles.css';
import { AppRoutes } from './router';
import { registerServiceWorker } from './updates';

const container = document.getElementById('root');
if (container)
  createRoot(container).render(
    <StrictMode>
      <BrowserRouter basename={import.meta.env.BASE_URL}>
        <AppRoutes />
      </BrowserRouter>
    </StrictMode>,
  );

if (import.meta.env.PROD) window.addEventListener('load', registerServiceWorker, { once: true });
