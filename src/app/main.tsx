// Browser entry: the styles, then the app (start.tsx). Every pre-rendered page paints from its HTML
// and CSS alone: a lesson, home or glossary can be read before any script runs, and the frame of a
// browser-only page shows its heading and intro. So the app's code is fetched only once the page
// has painted: first paint never waits for JavaScript. The empty shell (index.html, 404.html)
// starts the app at once.
import './styles.css';

const root = document.getElementById('root');

/** Adding a preload link costs the main thread a few milliseconds on a slow phone: a few per task. */
const PRELOADS_PER_TASK = 4;

function preload(hrefs: string[]) {
  for (const href of hrefs.slice(0, PRELOADS_PER_TASK)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  if (hrefs.length > PRELOADS_PER_TASK)
    setTimeout(() => preload(hrefs.slice(PRELOADS_PER_TASK)), 0);
}

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
  if (hrefs) setTimeout(() => preload(hrefs), 0);
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
