import { InvalidConfigError } from '@kafka-aio/protocol';

// Small option checks for this package's constructors: a bad option fails at construction with
// InvalidConfigError naming it (the client's own validators are internal to that package).

/** Throws unless `value` is an integer in `[min, max]`; returns it. */
export function intOption(name: string, value: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidConfigError(`option ${name} must be an integer in [${min}, ${max}], got ${describe(value)}`, {
      option: name,
      accepted: `an integer in [${min}, ${max}]`,
    });
  }
  return value;
}

/** Throws unless `value` is a boolean; returns it. */
export function boolOption(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw new InvalidConfigError(`option ${name} must be true or false, got ${describe(value)}`, { option: name });
  }
  return value;
}

/** Throws unless `value` is one of `accepted`; returns it. */
export function oneOf<T extends string>(name: string, value: unknown, accepted: readonly T[]): T {
  if (!accepted.includes(value as T)) {
    const list = accepted.map((a) => JSON.stringify(a)).join(', ');
    throw new InvalidConfigError(`option ${name} must be one of ${list}, got ${describe(value)}`, {
      option: name,
      accepted: list,
    });
  }
  return value as T;
}

/** Rejects option names that `known` does not list (catches `requestTimeoutMS` for `requestTimeoutMs`). */
export function rejectUnknown(kind: string, options: object, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const near = known.find((k) => k.toLowerCase() === key.toLowerCase());
      const hint = near ? ` (did you mean ${JSON.stringify(near)}?)` : '';
      throw new InvalidConfigError(`unknown ${kind} option ${JSON.stringify(key)}${hint}`, { option: key });
    }
  }
}

/** A short rendering of a bad option value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'function') return 'a function';
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}
