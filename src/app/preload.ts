// Preloading the files a pre-rendered page lists (src/app/main.tsx), in small tasks.

/**
 * Runs `then` in a task of its own, after the tasks already queued. Unlike `setTimeout(…, 0)` it
 * is not clamped to 4 ms once calls nest, so a chain of small tasks does not stretch out.
 */
export function nextTask(then: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    then();
  };
  channel.port2.postMessage(null);
}

/**
 * Adds a `<link rel="modulepreload">` for each file, one per task. Adding one costs the main
 * thread about a millisecond on a slow phone, and in Lighthouse's runs 10–70 ms each (it records
 * every request as it starts), so the browser gets to paint and answer input between them.
 */
export function preloadOnePerTask(hrefs: readonly string[], from = 0): void {
  const href = hrefs[from];
  if (href === undefined) return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = '';
  link.href = href;
  document.head.append(link);
  nextTask(() => preloadOnePerTask(hrefs, from + 1));
}
