// Browser entry: the styles, then the app (start.tsx). A pre-rendered page can be read before any
// script runs, so the app's code is fetched only once that page has painted: first paint never
// waits for JavaScript. The empty shell (index.html, 404.html) starts the app at once.
import './styles.css';

let started = false;
function start() {
  if (started) return;
  started = true;
  import('./start').catch((error: unknown) => {
    // The page stays readable; links still work as plain page loads.
    console.error('Cirrus could not start', error);
  });
}

const prerendered = document.getElementById('root')?.hasChildNodes() ?? false;
// requestAnimationFrame runs just before a paint, the timeout just after it. Hidden tabs do not
// paint, so they start at once.
if (prerendered && document.visibilityState === 'visible')
  requestAnimationFrame(() => setTimeout(start, 0));
else start();
