// The public module is a thin view until the store loads (see index.ts).
async function freshModule() {
  vi.resetModules();
  return import('./index');
}

describe('progress before and after the store loads', () => {
  it('starts empty and refuses answers until loaded', async () => {
    const api = await freshModule();
    expect(api.progressStore.getState().answers).toEqual([]);
    expect(() =>
      api.recordAnswer({ questionId: 'q', selected: ['a'], correct: true, mode: 'practice' }),
    ).toThrow(/loadProgress/);
    expect(api.getBackups()).toEqual([]);
  });

  it('a lesson marked read before loading is applied once the store loads', async () => {
    const api = await freshModule();
    api.markLessonRead('vpc', 1_000);
    expect(api.progressStore.getState().lessonsRead).toEqual({});
    await api.loadProgress();
    await Promise.resolve();
    expect(api.progressStore.getState().lessonsRead).toEqual({ vpc: 1_000 });
  });

  it('mirrors the loaded store, so selectors see the same objects', async () => {
    const api = await freshModule();
    const store = await api.loadProgress();
    const record = api.recordAnswer({
      questionId: 'q1',
      selected: ['a'],
      correct: false,
      mode: 'practice',
    });
    expect(api.progressStore.getState().answers).toEqual([record]);
    expect(api.progressStore.getState().answers).toBe(store.store.getState().answers);
  });
});
