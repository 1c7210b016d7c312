/// <reference types="vitest/config" />
// Vite build, dev server and Vitest configuration.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileHints } from './tools/build/compile-hints.ts';
import { contentSecurityPolicy } from './tools/build/csp.ts';
import { prerender } from './tools/build/prerender.ts';
import { reactDomSentinels } from './tools/build/react-dom-sentinels.ts';
import { serviceWorker } from './tools/build/service-worker.ts';
import { cirrusContent } from './tools/content/vite-plugin.ts';

export default defineConfig({
  // CIRRUS_BASE hosts the site under a sub-folder, e.g. CIRRUS_BASE=/cirrus/ npm run build.
  base: process.env.CIRRUS_BASE ?? '/',
  plugins: [
    react(),
    reactDomSentinels(),
    cirrusContent(),
    contentSecurityPolicy(),
    prerender(),
    serviceWorker(),
    compileHints(),
  ],
  build: {
    target: 'es2022',
    // One stylesheet, in <head> of every page (5.0 KB gzip in all). A route's own stylesheet,
    // added once its chunk has loaded, made the browser restyle and lay out the whole page again
    // after it had painted (about 25 ms on the course map, whose practice card brings the quiz's).
    cssCodeSplit: false,
    manifest: true,
    modulePreload: {
      // The entry fetches the app (start.tsx) after the first paint and preloads what the page
      // needs itself, one file per task (src/app/preload.ts, tools/build/prerender.ts).
      resolveDependencies: (file, deps, { hostType }) =>
        hostType === 'js' && /(^|\/)start-[\w-]+\.js$/.test(file) ? [] : deps,
    },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts'],
  },
});
