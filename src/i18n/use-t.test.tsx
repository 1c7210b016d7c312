// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { TFunction } from 'i18next';
import { useT } from './index';
import './namespaces/quiz';

const seen: TFunction[] = [];

function Probe() {
  const { t } = useT();
  const { t: tq } = useT('quiz');
  seen.push(t);
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.questions', { count: 1 })}</p>
      <p>{t('home.questions', { count: 3 })}</p>
      <p data-testid="quiz">{tq('practice.scope')}</p>
    </>
  );
}

const at = (url: string) => (
  <MemoryRouter initialEntries={[url]}>
    <Routes>
      <Route path=":lang/*" element={<Probe />} />
    </Routes>
  </MemoryRouter>
);
const renderAt = (url: string) => render(at(url));

afterEach(() => {
  seen.length = 0;
});

describe('useT', () => {
  it('translates in the language of the URL, with plurals, in any namespace', () => {
    renderAt('/es/practice');
    expect(screen.getByRole('heading').textContent).toBe('Tu camino al examen Cloud Practitioner');
    expect(screen.getByText('1 pregunta de práctica')).toBeTruthy();
    expect(screen.getByText('3 preguntas de práctica')).toBeTruthy();
    expect(screen.getByTestId('quiz').textContent).toBe('Practicar por');
  });

  it('falls back to English outside a language route', () => {
    renderAt('/xx/practice');
    expect(screen.getByRole('heading').textContent).toBe(
      'Your path to the Cloud Practitioner exam',
    );
  });

  it('hands out the same function on every render, one per language', () => {
    const first = renderAt('/en');
    first.rerender(at('/en'));
    first.unmount();
    renderAt('/es');
    expect(seen.length).toBeGreaterThanOrEqual(3);
    const [en1, en2, es] = [seen[0], seen[1], seen.at(-1)];
    expect(en1).toBe(en2);
    expect(es).not.toBe(en1);
  });
});
