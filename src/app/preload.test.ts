// @vitest-environment jsdom
import { nextTask, preloadOnePerTask } from './preload';

const links = () =>
  [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) =>
    l.getAttribute('href'),
  );

/** Resolves once a task queued now has run (MessageChannel tasks run in order). */
const afterTask = () => new Promise<void>((resolve) => nextTask(resolve));

afterEach(() => {
  document.head.innerHTML = '';
});

describe('preloadOnePerTask', () => {
  it('adds one module preload per task, in order, with CORS like the module scripts', async () => {
    preloadOnePerTask(['/assets/a.js', '/assets/b.js', '/assets/c.js']);
    expect(links()).toEqual(['/assets/a.js']);
    await afterTask();
    expect(links()).toEqual(['/assets/a.js', '/assets/b.js']);
    await afterTask();
    await afterTask();
    expect(links()).toEqual(['/assets/a.js', '/assets/b.js', '/assets/c.js']);
    const link = document.head.querySelector('link') as HTMLLinkElement;
    expect(link.crossOrigin).toBe('');
    expect(link.hasAttribute('crossorigin')).toBe(true);
  });

  it('does nothing for an empty list', async () => {
    preloadOnePerTask([]);
    await afterTask();
    expect(links()).toEqual([]);
  });
});

describe('nextTask', () => {
  it('runs the callback after the current task, not during it', async () => {
    const order: string[] = [];
    const done = new Promise<void>((resolve) =>
      nextTask(() => {
        order.push('next task');
        resolve();
      }),
    );
    await Promise.resolve();
    order.push('same task');
    await done;
    expect(order).toEqual(['same task', 'next task']);
  });
});
