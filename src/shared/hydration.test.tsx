// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ClientOnly } from './hydration';

const page = (
  <main>
    <h1>Lesson</h1>
    <ClientOnly fallback={<p>Loading…</p>}>
      <p>Saved progress: 3 answers</p>
    </ClientOnly>
  </main>
);

describe('ClientOnly', () => {
  it('renders the fallback on the server', () => {
    expect(renderToString(page)).toBe('<main><h1>Lesson</h1><p>Loading…</p></main>');
  });

  it('renders the children in a browser-only render', () => {
    const { container } = render(page);
    expect(container.textContent).toBe('LessonSaved progress: 3 answers');
  });

  it('hydrates the server HTML without a mismatch, then shows the children', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    const heading = container.querySelector('h1');
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, page, { onRecoverableError: (error) => errors.push(error) });
      await Promise.resolve();
    });
    expect(errors).toEqual([]);
    expect(container.querySelector('h1')).toBe(heading);
    expect(container.textContent).toBe('LessonSaved progress: 3 answers');
  });
});
