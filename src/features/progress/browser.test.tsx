// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { decodeStored, encodeStored } from './codec';
import { EXPECTED_V1 } from './fixtures/expected';
import { STORAGE_KEY } from './types';

// The real default wiring: window.localStorage and the window `storage` event.
async function freshModule() {
  vi.resetModules();
  const api = await import('./index');
  await api.loadProgress();
  return api;
}

function AnswerCount({ api }: { api: Awaited<ReturnType<typeof freshModule>> }) {
  const answers = api.useProgress(api.selectAnswers);
  const mode = api.useProgressStatus((status) => status.mode);
  return (
    <p>
      {answers.length} answers, {mode}
    </p>
  );
}

describe('in a browser', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('saves to localStorage and merges what another tab saves', async () => {
    const api = await freshModule();
    render(<AnswerCount api={api} />);
    let stop: () => void = () => undefined;
    act(() => {
      stop = api.startProgressPersistence();
    });
    act(() => {
      api.recordAnswer({ questionId: 'q1', selected: ['a'], correct: true, mode: 'practice' });
    });
    expect(screen.getByText('1 answers, ok')).toBeTruthy();
    const saved = decodeStored(localStorage.getItem(STORAGE_KEY) ?? '', 0);
    expect(saved.kind === 'data' && saved.data.answers).toHaveLength(1);

    // Another tab writes its own progress (which lacks ours) and the browser tells us.
    localStorage.setItem(STORAGE_KEY, encodeStored(EXPECTED_V1));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    });
    expect(screen.getByText('4 answers, ok')).toBeTruthy();
    const merged = decodeStored(localStorage.getItem(STORAGE_KEY) ?? '', 0);
    expect(merged.kind === 'data' && merged.data.answers).toHaveLength(4);
    stop();
  });

  it('keeps working when the localStorage getter throws', async () => {
    const api = await freshModule();
    const spy = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const stop = api.startProgressPersistence();
    api.markLessonRead('iam');
    expect(api.getProgressStatus().mode).toBe('unavailable');
    expect(api.progressStore.getState().lessonsRead).toHaveProperty('iam');

    spy.mockRestore();
    api.markLessonRead('vpc');
    expect(api.getProgressStatus().mode).toBe('ok');
    const saved = decodeStored(localStorage.getItem(STORAGE_KEY) ?? '', 0);
    expect(saved.kind === 'data' && Object.keys(saved.data.lessonsRead)).toEqual(['iam', 'vpc']);
    stop();
  });

  it('exports what the store holds and imports it back', async () => {
    const api = await freshModule();
    const stop = api.startProgressPersistence();
    const parsed = api.parseImport(api.exportProgress(EXPECTED_V1));
    if (!parsed.ok) throw new Error(parsed.details);
    api.importProgress(parsed, 'replace');
    expect(api.progressStore.getState().answers).toEqual(EXPECTED_V1.answers);
    expect(api.selectActiveExam(api.progressStore.getState())?.id).toBe('xm3c4e000-bbbbbb');
    stop();
  });
});
