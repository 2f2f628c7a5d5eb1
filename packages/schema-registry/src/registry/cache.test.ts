import { describe, expect, it } from 'vitest';
import { cached, LruCache } from './cache.js';

describe('LruCache', () => {
  it('evicts the least recently used entry beyond capacity', () => {
    const c = new LruCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1); // a is now the most recent
    c.set('c', 3);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.get('c')).toBe(3);
    expect(c.size).toBe(2);
  });

  it('expires entries after the TTL', () => {
    let now = 0;
    const c = new LruCache<string, number>(10, 100, () => now);
    c.set('a', 1);
    now = 99;
    expect(c.get('a')).toBe(1);
    now = 100;
    expect(c.get('a')).toBeUndefined();
  });

  it('cached() shares one load between callers and forgets failures', async () => {
    const c = new LruCache<string, Promise<number>>(10);
    let loads = 0;
    const load = async () => ++loads;
    const [a, b] = await Promise.all([cached(c, 'k', load), cached(c, 'k', load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    await expect(cached(c, 'bad', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await Promise.resolve();
    expect(await cached(c, 'bad', load)).toBe(2);
  });
});
