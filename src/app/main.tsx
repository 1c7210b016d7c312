// Browser entry: the styles, then the app (start.tsx). Every pre-rendered page paints from its HTML
// and CSS alone: a lesson, home or glossary can be read before any script runs, and the frame of a
// browser-only page shows its heading and intro. So the app's code is fetched only once the page
// has painted: first paint never waits for JavaScript. The empty shell (index.html, 404.html)
// starts the app at once.
import './styles.css';

const root = document.getElementById('root');

function start() {
  // A frame lists the chunks its page needs (tools/build/prerender.ts), so they download in
  // parallel with the app instead of one after another.
  for (const href of root?.dataset.preload?.split(' ') ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  import('./start').catch((error: unknown) => {
    // The page stays readable; links still work as plain page loads.
    console.error('Cirrus could not start', error);
  });
}

// requestAnimationFrame runs just before a paint, the timeout just after it. Hidden tabs do not
// paint, so they start at once.
if (root?.hasChildNodes() && document.visibilityState === 'visible')
  requestAnimationFrame(() => setTimeout(start, 0));
else start();
