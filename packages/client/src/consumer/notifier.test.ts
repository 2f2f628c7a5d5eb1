import { AbortError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { heapUsedAfterGc } from '../../test/support/heap.js';
import { arm, Notifier, waitFor } from './notifier.js';

describe('Notifier and waitFor', () => {
  it('wakes a waiter at notify, times out without one, and rejects on abort', async () => {
    const n = new Notifier();
    const woken = waitFor(arm(n), Number.POSITIVE_INFINITY, undefined);
    n.notify();
    expect(await woken).toBe('woken');
    expect(await waitFor(arm(n), 5, undefined)).toBe('timeout');
    const controller = new AbortController();
    const aborted = waitFor(arm(n), Number.POSITIVE_INFINITY, controller.signal);
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    expect(n.listenerCount).toBe(0);
  });

  it('returns at once when an armed notifier fired between arming and waiting', async () => {
    const a = new Notifier();
    const b = new Notifier();
    const armed = arm(a, b);
    expect(armed.fired).toBe(false);
    b.notify();
    expect(armed.fired).toBe(true);
    expect(await waitFor(armed, 60_000, undefined)).toBe('woken');
    expect(a.listenerCount + b.listenerCount).toBe(0);
  });

  it('a wait that ends another way leaves nothing on a notifier that never fires', async () => {
    // A consumer waits on stop and group notifiers that stay quiet for hours while arrivals wake
    // it thousands of times a second: each ended wait must release what it attached.
    const quiet = new Notifier();
    const busy = new Notifier();
    const round = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const waiting = waitFor(arm(quiet, busy), Number.POSITIVE_INFINITY, undefined);
        busy.notify();
        await waiting;
      }
    };
    await round(1_000); // warm up
    const before = heapUsedAfterGc();
    await round(50_000);
    const grown = heapUsedAfterGc() - before;
    expect(quiet.listenerCount).toBe(0);
    // Attaching a reaction to the quiet notifier's promise per wait kept about 200 B per wait (10 MB).
    expect(grown).toBeLessThan(1_000_000);
  });
});
