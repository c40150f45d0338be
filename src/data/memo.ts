/**
 * `make` remembered by key. A page uses a handful of locales and zones; data that keeps changing
 * them must not grow the cache for ever, so it starts again past `limit` entries.
 */
export function memoized<T>(make: (key: string) => T, limit = 64): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    if (cache.size >= limit) cache.clear();
    const value = make(key);
    cache.set(key, value);
    return value;
  };
}
