import { AbortError } from '@kafka-aio/protocol';

/**
 * A level-free "something changed" signal.
 *
 * Loops that wait for one of several notifiers with a timeout must not attach a reaction to each
 * notifier's promise per wait: a promise that stays pending for hours (stop, the subscription, a
 * group event) keeps every reaction ever attached to it, so a consumer calling `getMany` a
 * thousand times a second grew its heap by about 0.5 MB/s and paid for it in major GC pauses.
 * {@link waitFor} therefore uses {@link Notifier.listen}, whose listeners are removed when the
 * wait ends, whichever way it ends. (aiokafka leaked one waiter per timed-out `getmany` the same
 * way, aio-libs/aiokafka#628.)
 */
export class Notifier {
  private pending: { promise: Promise<void>; resolve: () => void } | undefined;
  /**
   * An array, not a Set: a long-lived Set that gains and loses a member on every wait makes V8
   * allocate its rehashed tables in the old generation (a mark-compact every second or so for a
   * busy consumer on Node 24). Cancelling swaps the last listener into the freed place.
   */
  private listeners: (() => void)[] = [];
  /** How many times {@link notify} was called; {@link arm} remembers it. */
  private fired = 0;

  /** Resolves at the next {@link notify}. For a single wait that lasts until it resolves. */
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

  /** Calls `listener` once, at the next {@link notify}; the returned function cancels it. */
  listen(listener: () => void): () => void {
    const list = this.listeners;
    list.push(listener);
    return () => {
      // A notify since then replaced the list (and called the listener): nothing to cancel.
      if (list !== this.listeners) return;
      const i = list.lastIndexOf(listener);
      if (i < 0) return;
      const last = list.pop() as () => void;
      if (i < list.length) list[i] = last;
    };
  }

  /** Wakes every current waiter and listener. */
  notify(): void {
    this.fired++;
    const p = this.pending;
    this.pending = undefined;
    p?.resolve();
    if (this.listeners.length === 0) return;
    const listeners = this.listeners;
    this.listeners = [];
    for (const listener of listeners) listener();
  }

  /** Listeners currently registered (for tests of the no-leak property). */
  get listenerCount(): number {
    return this.listeners.length;
  }

  /** The notification count, for {@link Armed}. */
  get notifications(): number {
    return this.fired;
  }
}

/**
 * Notifiers watched from the moment of arming: a {@link waitFor} on it returns at once if any of
 * them fired since. Arm, look at the state, then wait: no notification falls in between.
 */
export class Armed {
  private readonly seen: number[];

  constructor(readonly notifiers: readonly Notifier[]) {
    this.seen = notifiers.map((n) => n.notifications);
  }

  /** Whether any of the notifiers fired after arming. */
  get fired(): boolean {
    for (let i = 0; i < this.notifiers.length; i++) if (this.notifiers[i].notifications !== this.seen[i]) return true;
    return false;
  }
}

/** Arms `notifiers` now (see {@link Armed}). */
export function arm(...notifiers: Notifier[]): Armed {
  return new Armed(notifiers);
}

/** How {@link waitFor} ended. */
export type WaitOutcome = 'woken' | 'timeout';

/**
 * Waits until one of the armed notifiers fires (at once if one fired since arming), `until`
 * settles (either way), `timeoutMs` passes (when finite) or `signal` aborts, whichever comes
 * first. Rejects with {@link AbortError} on abort. Leaves nothing behind on the notifiers: its
 * timer, abort listener and notifier listeners are removed however it ends. `until` must be a
 * promise that settles soon (a request): its reaction stays attached until it does.
 */
export function waitFor(
  armed: Armed,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  until?: Promise<unknown>,
): Promise<WaitOutcome> {
  if (signal?.aborted) return Promise.reject(AbortError.fromSignal(signal, 'the wait'));
  if (armed.fired) return Promise.resolve('woken');
  return new Promise<WaitOutcome>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const cancels: (() => void)[] = [];
    const done = () => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      for (const cancel of cancels) cancel();
    };
    const onAbort = () => {
      done();
      reject(AbortError.fromSignal(signal as AbortSignal, 'the wait'));
    };
    const onNotify = () => {
      done();
      resolve('woken');
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
    for (const n of armed.notifiers) cancels.push(n.listen(onNotify));
    until?.then(onNotify, onNotify);
  });
}

/** Resolves after `ms` unless `notifier` fires first; never rejects. */
export function sleepUnlessNotified(ms: number, notifier: Notifier): Promise<void> {
  return waitFor(arm(notifier), ms, undefined).then(() => undefined);
}
