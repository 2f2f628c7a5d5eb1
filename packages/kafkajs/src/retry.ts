/** KafkaJS's `retry` options; all optional. */
export interface RetryOptions {
  /** Upper bound of one wait, ms. Default 30000. */
  maxRetryTime?: number;
  /** First wait, ms. Default 300. */
  initialRetryTime?: number;
  /** Randomisation of each wait, 0..1. Default 0.2. */
  factor?: number;
  /** Growth of each wait. Default 2. */
  multiplier?: number;
  /** Attempts after the first. Default 5. */
  retries?: number;
  /** Consumer only: whether a crashed consumer restarts; absent means restart (when retriable). */
  restartOnFailure?: (error: Error) => Promise<boolean>;
}

/** {@link RetryOptions} with KafkaJS's defaults applied. */
export type ResolvedRetry = Required<Omit<RetryOptions, 'restartOnFailure'>> & Pick<RetryOptions, 'restartOnFailure'>;

export const RETRY_DEFAULTS = { maxRetryTime: 30_000, initialRetryTime: 300, factor: 0.2, multiplier: 2, retries: 5 };

export function resolveRetry(...layers: (RetryOptions | undefined)[]): ResolvedRetry {
  return Object.assign({}, RETRY_DEFAULTS, ...layers.filter((l) => l !== undefined));
}

/**
 * The wait before retry number `attempt` (0-based): `initialRetryTime` randomised by `factor`, then
 * multiplied by `multiplier` per attempt, capped at `maxRetryTime`.
 */
export function retryDelay(r: ResolvedRetry, attempt: number, random: () => number = Math.random): number {
  let wait = r.initialRetryTime * (1 - r.factor + 2 * r.factor * random());
  for (let i = 0; i < attempt; i++) wait = wait * r.multiplier * (1 - r.factor + 2 * r.factor * random());
  return Math.max(0, Math.min(Math.round(wait), r.maxRetryTime));
}

/** Errors KafkaJS never retries whatever their `retriable` says: programming mistakes. */
export function isRetriable(err: unknown): boolean {
  if (err === null || typeof err !== 'object') return true;
  const e = err as { name?: unknown; retriable?: unknown };
  if (e.retriable === false) return false;
  return !['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError'].includes(String(e.name));
}
