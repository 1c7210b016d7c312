// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { STORAGE_KEY } from './types';

async function freshModule() {
  vi.resetModules();
  const api = await import('./index');
  await api.loadProgress();
  return api;
}

function renderBanner(api: Awaited<ReturnType<typeof freshModule>>, lang = 'en') {
  const Banner = api.ProgressStatusBanner;
  render(
    <MemoryRouter initialEntries={[`/${lang}`]}>
      <Routes>
        <Route path=":lang" element={<Banner />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('progress status banner', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('says nothing while progress is saved normally', async () => {
    const api = await freshModule();
    renderBanner(api);
    let stop: () => void = () => undefined;
    act(() => {
      stop = api.startProgressPersistence();
    });
    expect(screen.queryByRole('status')).toBeNull();
    stop();
  });

  it('offers the backup of damaged saved data for download', async () => {
    localStorage.setItem(STORAGE_KEY, '{"version":1,"state":{"g":[17');
    const api = await freshModule();
    renderBanner(api, 'es');
    let stop: () => void = () => undefined;
    act(() => {
      stop = api.startProgressPersistence();
    });
    expect(await screen.findByText(/Parte de tu progreso guardado estaba dañado/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Descargar la copia de respaldo' })).toBeTruthy();
    expect(api.getBackups()[0]?.text).toBe('{"version":1,"state":{"g":[17');
    stop();
  });

  it('warns when writes fail, and the learner keeps working in memory', async () => {
    const api = await freshModule();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    renderBanner(api);
    let stop: () => void = () => undefined;
    act(() => {
      stop = api.startProgressPersistence();
      api.recordAnswer({ questionId: 'q1', selected: ['a'], correct: true, mode: 'practice' });
    });
    expect(await screen.findByText(/Your progress is not being saved/)).toBeTruthy();
    expect(api.progressStore.getState().answers).toHaveLength(1);
    stop();
  });

  it('shows the read-only notice for data from a newer app', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 99, state: {} }));
    const api = await freshModule();
    renderBanner(api);
    let stop: () => void = () => undefined;
    act(() => {
      stop = api.startProgressPersistence();
    });
    expect(await screen.findByText(/saved by a newer version of Cirrus/)).toBeTruthy();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(JSON.stringify({ version: 99, state: {} }));
    stop();
  });
});
