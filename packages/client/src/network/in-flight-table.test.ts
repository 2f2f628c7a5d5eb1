import { describe, expect, it } from 'vitest';
import { InFlightTable } from './in-flight-table.js';

describe('InFlightTable', () => {
  it('behaves as a Map of the requests in flight, growing when ids collide', () => {
    const t = new InFlightTable<string>();
    const model = new Map<number, string>();
    let next = 2 ** 31 - 40; // crosses the int32 wrap, as correlation ids do
    const pending: number[] = [];
    for (let step = 0; step < 5000; step++) {
      // Keep one old request pending for a long time, as a long fetch beside many quick requests.
      if (step % 7 !== 0 && pending.length > 1) {
        const id = pending.splice(1 + (step % (pending.length - 1)), 1)[0];
        expect(t.delete(id)).toBe(true);
        model.delete(id);
      } else {
        const id = next;
        next = (next + 1) | 0;
        t.set(id, `r${id}`);
        model.set(id, `r${id}`);
        pending.push(id);
      }
      if (step === 2500) {
        expect(t.delete(pending[0])).toBe(true);
        model.delete(pending.shift() as number);
      }
      expect(t.size).toBe(model.size);
    }
    for (const [id, v] of model) expect(t.get(id)).toBe(v);
    expect(t.get(next)).toBeUndefined();
    expect(t.delete(next)).toBe(false);
    expect(new Set(t.values())).toEqual(new Set(model.values()));
    t.clear();
    expect(t.size).toBe(0);
    expect(t.values()).toEqual([]);
    expect(t.get(pending[0])).toBeUndefined();
  });

  it('lists the requests oldest first', () => {
    const t = new InFlightTable<number>();
    for (const id of [40, 3, 17, 100]) t.set(id, id);
    expect(t.values()).toEqual([3, 17, 40, 100]);
  });
});
