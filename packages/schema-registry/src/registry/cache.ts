/**
 * A bounded map that forgets the least recently used entry first, with an optional time to live.
 * Values are usually Promises, so that concurrent callers share one request; a rejected Promise is
 * removed by the caller so the next call asks again.
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, { value: V; expiresAt: number }>();

  /**
   * @param capacity most entries kept
   * @param ttlMs how long an entry stays valid; `null` for ever
   * @param now the clock (tests replace it)
   */
  constructor(
    private readonly capacity: number,
    private readonly ttlMs: number | null = null,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (entry === undefined) return undefined;
    if (this.ttlMs !== null && this.now() >= entry.expiresAt) {
      this.map.delete(key);
      return undefined;
    }
    // Re-insert so that Map order is recency order; the first key is the eviction candidate.
    this.map.delete(key);
    this.map.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, { value, expiresAt: this.ttlMs === null ? Infinity : this.now() + this.ttlMs });
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  /** Removes `key` only while it still maps to `value` (a failed request must not evict a newer one). */
  deleteIf(key: K, value: V): void {
    if (this.map.get(key)?.value === value) this.map.delete(key);
  }

  /** Removes every entry whose key matches. */
  deleteWhere(match: (key: K) => boolean): void {
    for (const key of [...this.map.keys()]) if (match(key)) this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }
}

/**
 * Returns the cached Promise for `key`, or starts `load`, caches its Promise and drops it again if
 * it rejects. Concurrent callers for one key share a single request.
 */
export function cached<K, V>(cache: LruCache<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const p = load();
  cache.set(key, p);
  p.catch(() => cache.deleteIf(key, p));
  return p;
}
