import { InvalidConfigError, SerializationError } from '@kafka-aio/protocol';
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
  if (out === null || out === undefined) return null;
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
  return headers.map((h: readonly [string, HeaderValue] | { key: string; value: HeaderValue }) => {
    const [key, value] = Array.isArray(h) ? h : [(h as { key: string }).key, (h as { value: HeaderValue }).value];
    if (typeof key !== 'string') {
      throw new SerializationError(`header keys for topic ${topic} must be strings, got ${typeof key}`, { topic });
    }
    return { key, value: toBuffer(value) };
  });
}

/** Checks an explicit timestamp. */
export function checkTimestamp(ts: unknown): number {
  if (typeof ts !== 'number' || !Number.isSafeInteger(ts) || ts < 0) {
    throw new InvalidConfigError(`timestampMs must be a non-negative integer of epoch milliseconds, got ${String(ts)}`);
  }
  return ts;
}
