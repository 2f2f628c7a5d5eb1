import { AbortError } from '@kafka-aio/protocol';

/**
 * Exponential backoff with ±20% jitter, as the Java client does (KIP-580): attempt 0 waits about
 * `initialMs`, each later attempt doubles, capped at `maxMs`. Jitter keeps many clients that failed
 * together from retrying together.
 */
export function backoffMs(attempt: number, initialMs: number, maxMs: number, random = Math.random): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
  const jitter = 0.8 + random() * 0.4;
  return Math.max(0, Math.round(Math.min(maxMs, base * jitter)));
}

/** Resolves after `ms`, or rejects with {@link AbortError} when `signal` aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortError('aborted', { cause: signal.reason }));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError('aborted', { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
