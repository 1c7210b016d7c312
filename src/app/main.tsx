// Browser entry: the styles, then the app (start.tsx). Every pre-rendered page paints from its HTML
// and CSS alone: a lesson, home or glossary can be read before any script runs, and the frame of a
// browser-only page shows its heading and intro. So the app's code is fetched only once the page
// has painted: first paint never waits for JavaScript. The empty shell (index.html, 404.html)
// starts the app at once.
import './styles.css';
import { nextTask, preloadOnePerTask } from './preload';

const root = document.getElementById('root');

function start() {
  // React DOM is half of the app's code: it is evaluated in a task of its own, then the app, so
  // neither blocks input for long on a slow phone.
  import('react-dom/client')
    .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
    .then(() => import('./start'))
    .catch((error: unknown) => {
      // The page stays readable; links still work as plain page loads.
      console.error('Cirrus could not start', error);
    });
  // A pre-rendered page lists the files it needs: the app, its route and its data
  // (tools/build/prerender.ts), so they download in parallel instead of one after another.
  const hrefs = root?.dataset.preload?.split(' ');
  if (hrefs) nextTask(() => preloadOnePerTask(hrefs));
}

/**
 * Calls `then` once the page's first content is on screen: the browser reports that paint only
 * after it has been presented, so no download of the app competes with it. Where paint timing is
 * not supported, just after the next frame. Hidden tabs do not paint, so they start at once.
 */
function afterFirstPaint(then: () => void) {
  if (document.visibilityState !== 'visible') return then();
  if (!PerformanceObserver.supportedEntryTypes.includes('paint')) {
    requestAnimationFrame(() => setTimeout(then, 0));
    return;
  }
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    then();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) setTimeout(once, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
  // Should the paint never be reported (the tab hidden meanwhile), the app still starts.
  setTimeout(once, 3000);
}

if (root?.hasChildNodes()) afterFirstPaint(start);
else start();
