// One promise per key, kept so that React's `use()` sees the same promise on every render. A failed
// load (offline, a new deploy) is forgotten, so the next visit tries again.
export function cachedLoader<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const cache = new Map<K, Promise<T>>();
  return (key) => {
    let promise = cache.get(key);
    if (!promise) {
      promise = load(key);
      promise.catch(() => cache.delete(key));
      cache.set(key, promise);
    }
    return promise;
  };
}
