import { COMMON_KEYS, type CommonOptions, type ResolvedCommonOptions, resolveCommonOptions } from '../config/common.js';
import { intOption, rejectUnknown } from '../config/validate.js';

/** Options of {@link AIOKafkaAdminClient}; every field is optional and has a default. */
export interface AdminClientOptions extends CommonOptions {
  /**
   * How long one admin call may take, retries included, when the call is not given its own
   * `timeoutMs`. Default 60000 (the Java client's `default.api.timeout.ms`).
   */
  defaultApiTimeoutMs?: number;
}

/** {@link AdminClientOptions} with defaults applied and values checked. */
export interface ResolvedAdminClientOptions extends ResolvedCommonOptions {
  defaultApiTimeoutMs: number;
}

/** Every admin-specific default, in one place. */
export const ADMIN_DEFAULTS = {
  defaultApiTimeoutMs: 60_000,
} as const satisfies AdminClientOptions;

const ADMIN_KEYS = new Set<string>([...COMMON_KEYS, 'defaultApiTimeoutMs']);

/**
 * Applies defaults and validates. Throws `InvalidConfigError` naming the option on an unknown
 * name or a bad value, so mistakes fail at construction.
 */
export function resolveAdminClientOptions(options: AdminClientOptions = {}): ResolvedAdminClientOptions {
  rejectUnknown('admin client', options, ADMIN_KEYS);
  return {
    ...resolveCommonOptions(options),
    defaultApiTimeoutMs: intOption(
      'defaultApiTimeoutMs',
      options.defaultApiTimeoutMs ?? ADMIN_DEFAULTS.defaultApiTimeoutMs,
      { min: 1, max: 2 ** 31 - 1 },
    ),
  };
}
