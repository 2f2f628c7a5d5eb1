import { describe, expect, it } from 'vitest';
import { LinkedSet, type SetLinks } from './linked-set.js';

interface Item extends SetLinks<Item> {
  name: string;
}

const item = (name: string): Item => ({ name, linkPrev: null, linkNext: null, linkedIn: null });
const names = (set: Iterable<Item>): string[] => [...set].map((i) => i.name);

describe('LinkedSet', () => {
  it('keeps insertion order, ignores a second add, and deletes from any position', () => {
    const set = new LinkedSet<Item>();
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(item);
    set.add(a).add(b).add(c).add(d).add(b);
    expect(names(set)).toEqual(['a', 'b', 'c', 'd']);
    expect(set.size).toBe(4);
    expect(set.delete(b)).toBe(true);
    expect(set.delete(b)).toBe(false);
    expect(set.delete(a)).toBe(true);
    expect(set.delete(d)).toBe(true);
    expect(names(set)).toEqual(['c']);
    expect(set.first).toBe(c);
    expect(set.has(c)).toBe(true);
    expect(set.has(a)).toBe(false);
    set.add(a);
    expect(set.toArray().map((i) => i.name)).toEqual(['c', 'a']);
    set.clear();
    expect(set.size).toBe(0);
    expect(set.first).toBeNull();
    expect(names(set)).toEqual([]);
    expect(set.has(c)).toBe(false);
    set.add(c);
    expect(names(set)).toEqual(['c']);
  });

  it('refuses an item that is a member of another set', () => {
    const one = new LinkedSet<Item>();
    const other = new LinkedSet<Item>();
    const a = item('a');
    one.add(a);
    expect(() => other.add(a)).toThrow(/member of another set/);
    one.delete(a);
    other.add(a);
    expect(names(other)).toEqual(['a']);
  });

  it('moves a member to the back and leaves a non-member alone', () => {
    const set = new LinkedSet<Item>();
    const [a, b, c] = ['a', 'b', 'c'].map(item);
    set.add(a).add(b);
    set.moveToBack(a);
    set.moveToBack(c);
    expect(names(set)).toEqual(['b', 'a']);
  });

  it('walks on when the current member is deleted or moved, and when members ahead are deleted', () => {
    const set = new LinkedSet<Item>();
    const items = ['a', 'b', 'c', 'd', 'e'].map(item);
    for (const i of items) set.add(i);
    const seen: string[] = [];
    for (const i of set) {
      seen.push(i.name);
      if (i.name === 'a') set.delete(i); // the current one
      if (i.name === 'b') {
        set.delete(items[2]); // c and d, not yet visited
        set.delete(items[3]);
      }
      if (i.name === 'e') set.add(item('f')); // added during the walk: visited
    }
    expect(seen).toEqual(['a', 'b', 'e', 'f']);
    expect(names(set)).toEqual(['b', 'e', 'f']);

    const seenAgain: string[] = [];
    for (const i of set) {
      seenAgain.push(i.name);
      if (seenAgain.length === 1) set.moveToBack(i); // visited again at the end
    }
    expect(seenAgain).toEqual(['b', 'e', 'f', 'b']);
  });

  it('walks on from a member deleted after the walk had passed it', () => {
    const set = new LinkedSet<Item>();
    const [a, b, c] = ['a', 'b', 'c'].map(item);
    set.add(a).add(b).add(c);
    const seen: string[] = [];
    for (const i of set) {
      seen.push(i.name);
      if (i === a) {
        set.delete(b); // the walk's next member...
        set.delete(a); // ...then the current one
      }
    }
    expect(seen).toEqual(['a', 'c']);
    expect(names(set)).toEqual(['c']);
  });
});
