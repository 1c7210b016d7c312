import { requestPersistentStorage } from './persistent-storage';

describe('requestPersistentStorage', () => {
  it('says unsupported where there is no StorageManager', async () => {
    expect(await requestPersistentStorage(() => undefined)).toBe('unsupported');
    expect(await requestPersistentStorage(() => ({}))).toBe('unsupported');
    // In Node (pre-rendering) there is no navigator.storage at all.
    expect(await requestPersistentStorage()).toBe('unsupported');
  });

  it('returns what persist() answers', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    expect(await requestPersistentStorage(() => ({ persist }))).toBe('granted');
    expect(persist).toHaveBeenCalledOnce();
    expect(await requestPersistentStorage(() => ({ persist: () => Promise.resolve(false) }))).toBe(
      'denied',
    );
  });

  it('does not ask again once granted', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    const persisted = () => Promise.resolve(true);
    expect(await requestPersistentStorage(() => ({ persist, persisted }))).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('treats a failing browser API as denied', async () => {
    const persist = () => Promise.reject(new Error('nope'));
    expect(await requestPersistentStorage(() => ({ persist }))).toBe('denied');
    expect(
      await requestPersistentStorage(() => {
        throw new Error('getter');
      }),
    ).toBe('denied');
  });
});
