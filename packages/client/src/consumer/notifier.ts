import { AbortError } from '@kafka-aio/protocol';

/**
 * A level-free "something changed" signal. Every waiter shares one promise, so callers that wait
 * with a timeout and give up leave nothing behind (aiokafka leaked one waiter per timed-out
 * `getmany`, aio-libs/aiokafka#628).
 */
export class Notifier {
  private pending: { promise: Promise<void>; resolve: () => void } | undefined;

  /** Resolves at the next {@link notify}. */
  wait(): Promise<void> {
    if (!this.pending) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => {
        resolve = r;
      });
      this.pending = { promise, resolve };
    }
    return this.pending.promise;
  }

  /** Wakes every current waiter. */
  notify(): void {
    const p = this.pending;
    this.pending = undefined;
    p?.resolve();
  }
}

/** How {@link waitFor} ended. */
export type WaitOutcome = 'woken' | 'timeout';

/**
 * Waits for the first of `promises` to settle, for `timeoutMs` (when finite) or for `signal`,
 * whichever comes first. Rejects with {@link AbortError} on abort; cleans up its timer and listener.
 */
export function waitFor(
  promises: readonly Promise<unknown>[],
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<WaitOutcome> {
  if (signal?.aborted) return Promise.reject(AbortError.fromSignal(signal, 'the wait'));
  return new Promise<WaitOutcome>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      reject(AbortError.fromSignal(signal as AbortSignal, 'the wait'));
    };
    if (Number.isFinite(timeoutMs)) {
      timer = setTimeout(
        () => {
          done();
          resolve('timeout');
        },
        Math.max(0, timeoutMs),
      );
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    for (const p of promises) {
      p.then(
        () => {
          done();
          resolve('woken');
        },
        () => {
          done();
          resolve('woken');
        },
      );
    }
  });
}

/** Resolves after `ms` unless `notifier` fires first; never rejects. */
export function sleepUnlessNotified(ms: number, notifier: Notifier): Promise<void> {
  return waitFor([notifier.wait()], ms, undefined).then(() => undefined);
}
