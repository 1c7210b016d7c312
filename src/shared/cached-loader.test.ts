import { cachedLoader } from './cached-loader';

describe('cachedLoader', () => {
  it('returns the same promise for a key and loads it once', async () => {
    const load = vi.fn((key: string) => Promise.resolve(key.toUpperCase()));
    const get = cachedLoader(load);
    expect(get('en')).toBe(get('en'));
    expect(await get('es')).toBe('ES');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('forgets a failed load so the next call tries again', async () => {
    let fail = true;
    const get = cachedLoader((key: string) =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve(key),
    );
    await expect(get('en')).rejects.toThrow('offline');
    fail = false;
    await expect(get('en')).resolves.toBe('en');
  });
});
