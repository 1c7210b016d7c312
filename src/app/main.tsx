// Browser entry: the styles, then the app (start.tsx). A pre-rendered lesson, home or glossary can
// be read before any script runs, so the app's code is fetched only once that page has painted:
// first paint never waits for JavaScript. The empty shell (index.html, 404.html) and the frames of
// browser-only pages start the app at once (their chunks are preloaded, see prerender.ts).
import './styles.css';

function start() {
  import('./start').catch((error: unknown) => {
    // The page stays readable; links still work as plain page loads.
    console.error('Cirrus could not start', error);
  });
}

// Pre-rendered with its content, not just the frame of a browser-only page ("Loading…").
const readable =
  (document.getElementById('root')?.hasChildNodes() ?? false) &&
  !document.querySelector('#main > .page-loading');
// requestAnimationFrame runs just before a paint, the timeout just after it. Hidden tabs do not
// paint, so they start at once.
if (readable && document.visibilityState === 'visible')
  requestAnimationFrame(() => setTimeout(start, 0));
else start();
