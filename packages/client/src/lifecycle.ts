/** Options of `start()` on the producer, the consumer and the admin client. */
export interface StartOptions {
  /** Aborting it gives up starting: `start()` rejects with `AbortError` and the client is stopped. */
  signal?: AbortSignal;
}

/** Options of `stop()` on the producer, the consumer and the admin client. */
export interface StopOptions {
  /**
   * How long the graceful part may take (the producer delivering what it holds, the consumer's
   * last commit, revocation listener and leaving the group) before connections are closed anyway.
   * Defaults: the producer's `deliveryTimeoutMs`, the consumer's `defaultApiTimeoutMs`; the admin
   * client closes at once.
   */
  timeoutMs?: number;
}

/**
 * The signal of `start(options)`, which also takes a bare `AbortSignal` (the form `start()` had
 * before it took options).
 */
export function startSignal(options: StartOptions | AbortSignal | undefined): AbortSignal | undefined {
  if (options === undefined || options === null) return undefined;
  if (options instanceof AbortSignal) return options;
  return options.signal;
}
