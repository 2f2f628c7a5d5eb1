import { InvalidArgumentError, SerializationError } from '@kafka-aio/protocol';
import type { Serializer } from './options.js';
import type { PendingRecord } from './producer-batch.js';

/** A header value as `send` accepts it; strings are sent as UTF-8. */
export type HeaderValue = Buffer | Uint8Array | string | null;

/**
 * Record headers, in order; a key may repeat. Either `[key, value]` pairs (as aiokafka takes them)
 * or `{ key, value }` objects.
 */
export type RecordHeadersInput =
  | ReadonlyArray<readonly [string, HeaderValue]>
  | ReadonlyArray<{ key: string; value: HeaderValue }>;

function toBuffer(v: HeaderValue | undefined): Buffer | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return Buffer.from(v, 'utf8');
  return Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

/**
 * Serializes a key or value: with a serializer, whatever it returns; without one, a Buffer,
 * Uint8Array, string (UTF-8) or null. Anything else is a {@link SerializationError} naming the topic.
 */
export function serialize(
  what: 'key' | 'value',
  input: unknown,
  serializer: Serializer<unknown> | undefined,
  topic: string,
): Buffer | null | Promise<Buffer | null> {
  if (!serializer) return checkBytes(what, input, false, topic);
  let out: unknown;
  try {
    out = serializer(input, topic);
  } catch (err) {
    throw serializerFailed(what, topic, err);
  }
  if (out instanceof Promise) {
    return out.then(
      (v: unknown) => checkBytes(what, v, true, topic),
      (err: unknown) => {
        throw serializerFailed(what, topic, err);
      },
    );
  }
  return checkBytes(what, out, true, topic);
}

function serializerFailed(what: string, topic: string, err: unknown): SerializationError {
  if (err instanceof SerializationError) return err;
  return new SerializationError(
    `${what} serializer failed for topic ${topic}: ${(err as Error)?.message ?? String(err)}`,
    { topic },
    { cause: err },
  );
}

function checkBytes(what: string, out: unknown, fromSerializer: boolean, topic: string): Buffer | null {
  if (out === null) return null;
  if (out === undefined) {
    // A missing key is no key; a missing value is a mistake, not a tombstone (that is null).
    if (what === 'key') return null;
    const source = fromSerializer ? 'the value serializer returned undefined' : 'the value is undefined';
    throw new SerializationError(`${source} for topic ${topic}: pass null to send a tombstone`, { topic });
  }
  if (typeof out === 'string' || out instanceof Uint8Array) return toBuffer(out);
  const hint = fromSerializer ? ' (from the serializer)' : `; pass a ${what}Serializer for other types`;
  throw new SerializationError(
    `${what} for topic ${topic} must be a Buffer, Uint8Array, string or null${hint}, got ${typeof out}`,
    {
      topic,
    },
  );
}

/** Normalizes headers to `{ key, value: Buffer | null }` in order. */
export function normalizeHeaders(headers: RecordHeadersInput | undefined, topic: string): PendingRecord['headers'] {
  if (headers === undefined || headers === null) return undefined;
  if (!Array.isArray(headers)) {
    throw new SerializationError(
      `headers for topic ${topic} must be an array of [key, value] pairs or {key, value} objects`,
      { topic },
    );
  }
  return headers.map((h: unknown, i: number) => {
    let key: unknown;
    let value: unknown;
    if (Array.isArray(h) && h.length === 2) [key, value] = h;
    else if (typeof h === 'object' && h !== null && !Array.isArray(h) && 'key' in h) {
      key = (h as { key: unknown }).key;
      value = (h as { value?: unknown }).value;
    } else {
      throw new SerializationError(
        `header ${i} for topic ${topic} must be a [key, value] pair or a {key, value} object, got ${describe(h)}`,
        { topic },
      );
    }
    if (typeof key !== 'string') {
      throw new SerializationError(`header ${i} for topic ${topic}: the key must be a string, got ${describe(key)}`, {
        topic,
      });
    }
    if (value !== null && value !== undefined && typeof value !== 'string' && !(value instanceof Uint8Array)) {
      throw new SerializationError(
        `header ${JSON.stringify(key)} for topic ${topic}: the value must be a Buffer, Uint8Array, string or null, got ${describe(value)}`,
        { topic },
      );
    }
    return { key, value: toBuffer(value as HeaderValue | undefined) };
  });
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of ${v.length}`;
  return typeof v;
}

/**
 * The headers as `[key, value]` pairs (a copy the `kafka-aio:send` diagnostics channel may add
 * to); entries that are neither form are kept as they are, for {@link normalizeHeaders} to refuse.
 */
export function headerPairs(headers: unknown): [string, HeaderValue][] {
  if (!Array.isArray(headers)) return [];
  return headers.map((h: unknown) => {
    if (Array.isArray(h) && h.length === 2) return [h[0], h[1]] as [string, HeaderValue];
    if (typeof h === 'object' && h !== null && 'key' in h) {
      const { key, value } = h as { key: string; value: HeaderValue };
      return [key, value] as [string, HeaderValue];
    }
    return h as [string, HeaderValue];
  });
}

/** Checks an explicit timestamp. */
export function checkTimestamp(ts: unknown): number {
  if (typeof ts !== 'number' || !Number.isSafeInteger(ts) || ts < 0) {
    throw new InvalidArgumentError(
      `timestampMs must be a non-negative integer of epoch milliseconds, got ${String(ts)}`,
    );
  }
  return ts;
}
