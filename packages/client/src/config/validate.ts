import { InvalidConfigError } from '@kafka-aio/protocol';
import { suggestOption } from './option-suggestions.js';

/**
 * Small checks shared by every options resolver. Each throws {@link InvalidConfigError} naming the
 * option and what it accepts, so a typo fails at construction, not at the first send.
 */
export function intOption(
  name: string,
  value: unknown,
  { min = 0, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {},
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidConfigError(`option ${name} must be an integer in [${min}, ${max}], got ${describe(value)}`);
  }
  return value;
}

export function boolOption(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean')
    throw new InvalidConfigError(`option ${name} must be true or false, got ${describe(value)}`);
  return value;
}

export function oneOf<T extends string | number>(name: string, value: unknown, accepted: readonly T[]): T {
  if (!accepted.includes(value as T)) {
    throw new InvalidConfigError(
      `option ${name} must be one of ${accepted.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(value)}`,
    );
  }
  return value as T;
}

export function stringOption(name: string, value: unknown, { allowEmpty = false } = {}): string {
  if (typeof value !== 'string' || (!allowEmpty && value.length === 0)) {
    throw new InvalidConfigError(`option ${name} must be a non-empty string, got ${describe(value)}`);
  }
  return value;
}

export function functionOption<F>(name: string, value: unknown): F {
  if (typeof value !== 'function')
    throw new InvalidConfigError(`option ${name} must be a function, got ${describe(value)}`);
  return value as F;
}

/**
 * Rejects option names the resolver does not know, naming the one meant: `lingerMS` and `lingerMz`
 * for `lingerMs`, KafkaJS's `brokers` and the Java property `bootstrap.servers` for `bootstrapServers`.
 */
export function rejectUnknown(kind: string, options: object, known: ReadonlySet<string>): void {
  for (const key of Object.keys(options)) {
    if (!known.has(key)) {
      throw new InvalidConfigError(`unknown ${kind} option ${JSON.stringify(key)}${suggestOption(key, known)}`);
    }
  }
}

export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
