import { sleep } from '../cluster/backoff.js';

/**
 * The sends that could not be queued at once (an async serializer, the topic's metadata, room in
 * `bufferMemory`) until they are queued or have failed. A flush, a transaction's commit or abort,
 * and `stop()` include the sends made before them, so they wait for these first.
 */
export class WaitingSends<T> {
  private readonly sends = new Set<Promise<T>>();

  /** How many sends are waiting. */
  get size(): number {
    return this.sends.size;
  }

  /** Keeps `send` until it settles; returns it. */
  track(send: Promise<T>): Promise<T> {
    this.sends.add(send);
    const done = () => this.sends.delete(send);
    send.then(done, done);
    return send;
  }

  /** Resolves once every send waiting now has settled, or after `timeoutMs`; never rejects. */
  async settled(timeoutMs?: number): Promise<void> {
    if (this.sends.size === 0) return;
    const all = Promise.allSettled([...this.sends]);
    if (timeoutMs === undefined) {
      await all;
      return;
    }
    const cancelTimer = new AbortController();
    await Promise.race([all, sleep(timeoutMs, cancelTimer.signal).catch(() => undefined)]);
    cancelTimer.abort();
  }
}
