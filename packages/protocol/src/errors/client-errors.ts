// Errors the client raises itself, beside the broker error codes of broker-errors.ts. All have code
// -1 except MessageSizeTooLargeError, which is the client-side twin of the broker's code 10.
import { RecordTooLargeError } from './broker-errors.js';
import { KafkaError } from './kafka-error.js';

/** Options every client error accepts. */
export interface ClientErrorOptions {
  cause?: unknown;
}

/**
 * The client gave up waiting: a request got no response within `requestTimeoutMs`, connecting took
 * longer than `connectTimeoutMs`, or an operation such as `sendAndWait` or `getMany` ran out of its
 * time budget. Retriable. (A broker reporting its own timeout is `RequestTimedOutError`, code 7.)
 */
export class KafkaTimeoutError extends KafkaError {
  /** The limit that ran out, in milliseconds, when the thrower knows it. */
  readonly timeoutMs: number | undefined;

  constructor(message: string, options: ClientErrorOptions & { timeoutMs?: number } = {}) {
    super(message, { retriable: true, cause: options.cause });
    this.timeoutMs = options.timeoutMs;
  }
}

/**
 * A connection to a broker failed: it could not be opened (refused, DNS, TLS handshake), it closed or
 * errored while requests were in flight, or a write failed. Retriable, and cached metadata should be
 * refreshed, since the broker may have moved. `cause` holds the socket error.
 */
export class ConnectionError extends KafkaError {
  /** The broker's host, when known. */
  readonly host: string | undefined;
  /** The broker's port, when known. */
  readonly port: number | undefined;

  /**
   * True when trying the same address again cannot help: its name does not resolve, it speaks
   * another security protocol (TLS where plaintext was expected), or it rejects the TLS settings.
   * Bootstrap stops retrying such an address at once.
   */
  readonly permanent: boolean;

  constructor(
    message: string,
    options: ClientErrorOptions & { host?: string; port?: number; permanent?: boolean } = {},
  ) {
    super(message, { retriable: true, invalidMetadata: true, cause: options.cause });
    this.host = options.host;
    this.port = options.port;
    this.permanent = options.permanent ?? false;
  }

  /** `host:port` (IPv6 hosts in brackets), or undefined when the host is not known. */
  get address(): string | undefined {
    if (this.host === undefined) return undefined;
    const host = this.host.includes(':') ? `[${this.host}]` : this.host;
    return this.port === undefined ? host : `${host}:${this.port}`;
  }
}

/**
 * No broker could be reached: every address in `bootstrapServers` (or every known broker) failed to
 * connect. Retriable; `cause` holds the last connection failure.
 */
export class NoBrokersAvailableError extends KafkaError {
  constructor(message = 'no broker in bootstrapServers could be reached', options: ClientErrorOptions = {}) {
    super(message, { retriable: true, invalidMetadata: true, cause: options.cause });
  }
}

/**
 * The consumer was stopped while a call was waiting for records: pending `getOne()`/`getMany()`
 * calls reject with it when `stop()` runs, and so does any call made after `stop()`. A
 * `for await` loop over the consumer ends quietly instead.
 */
export class ConsumerStoppedError extends KafkaError {
  constructor(message = 'the consumer is stopped', options: ClientErrorOptions = {}) {
    super(message, { cause: options.cause });
  }
}

/**
 * The producer is stopped or stopping: `send()`/`sendAndWait()` after `stop()`, or records still
 * queued when `stop()` gave up flushing them.
 */
export class ProducerClosedError extends KafkaError {
  constructor(message = 'the producer is closed', options: ClientErrorOptions = {}) {
    super(message, { cause: options.cause });
  }
}

/**
 * A request reached the broker but its answer never came back readable (the connection was lost,
 * the request timed out, the answer was garbled): the broker may or may not have applied it. An
 * idempotent producer resends such a batch itself (the broker drops what it already has); without
 * idempotence the records fail with this error instead, because resending could write them twice.
 * Retriable: sending again is safe only where a duplicate is acceptable. `cause` is what happened.
 */
export class OutcomeUnknownError extends KafkaError {
  constructor(message: string, options: ClientErrorOptions = {}) {
    super(message, { retriable: true, cause: options.cause });
  }
}

/**
 * The record was removed by `producer.purge()` before it was delivered (confluent-kafka's
 * `_PURGE_QUEUE` / `_PURGE_INFLIGHT`). `inFlight` is true when its request had already been sent:
 * the broker may then have written it.
 */
export class PurgedError extends KafkaError {
  readonly inFlight: boolean;

  constructor(message: string, options: ClientErrorOptions & { inFlight?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.inFlight = options.inFlight ?? false;
  }
}

/**
 * A call that is not allowed as the client is configured: committing without a `groupId`, using
 * transaction methods on a producer without `transactionalId`, committing a transaction that
 * must abort. Bad arguments are its subclass {@link InvalidArgumentError}; calls made in the wrong
 * state (seeking a partition that is not assigned, mixing `subscribe()` and `assign()`) are
 * `IllegalStateError`.
 */
export class IllegalOperationError extends KafkaError {
  constructor(message: string, options: ClientErrorOptions = {}) {
    super(message, { cause: options.cause });
  }
}

/**
 * A method was given an argument it cannot use: a negative timeout, an offset that is not an
 * integer, a value that is not a `{ topic, partition }`, a partition the topic does not have, an
 * unknown ACL or config resource type. Thrown (or rejected with, by async methods) before anything
 * is sent; the message names the method or the argument and what it accepts. The one class for
 * such mistakes in every client (Java's `IllegalArgumentException`); options passed to a
 * constructor are {@link InvalidConfigError}. A subclass of {@link IllegalOperationError}, which the
 * consumer and the admin client threw for them before, so existing checks keep working.
 */
export class InvalidArgumentError extends IllegalOperationError {}

/**
 * A call made in the wrong state of an object's life cycle: using a client before `start()`,
 * `commitTransaction()` without `beginTransaction()`, asking the position of a partition whose
 * offset is not yet known. Indicates a bug in the calling code or in the client.
 */
export class IllegalStateError extends KafkaError {
  constructor(message: string, options: ClientErrorOptions = {}) {
    super(message, { cause: options.cause });
  }
}

/**
 * An option passed to a constructor is invalid: unknown name, wrong type, out of range or not one of
 * the accepted values. Thrown synchronously by the constructor; the message names the option, the
 * value given and what is accepted. (A broker rejecting a topic or broker config is
 * `InvalidConfigurationError`, code 40.)
 */
export class InvalidConfigError extends KafkaError {
  /** The option's name, e.g. `acks`, when the thrower names one. */
  readonly option: string | undefined;
  /** The accepted values or range, in words, when the thrower gives them. */
  readonly accepted: string | undefined;

  constructor(message: string, options: ClientErrorOptions & { option?: string; accepted?: string } = {}) {
    super(message, { cause: options.cause });
    this.option = options.option;
    this.accepted = options.accepted;
  }
}

/** Where a record that failed to (de)serialize belongs. */
export interface RecordLocation {
  topic: string;
  /** Undefined when serializing before a partition was chosen. */
  partition?: number;
  /** Undefined when serializing (the offset is not known yet). */
  offset?: bigint;
  /** Which part failed. */
  field?: 'key' | 'value' | 'headers';
}

function describeLocation(loc: RecordLocation): string {
  let s = `topic=${loc.topic}`;
  if (loc.partition !== undefined) s += ` partition=${loc.partition}`;
  if (loc.offset !== undefined) s += ` offset=${loc.offset}`;
  if (loc.field !== undefined) s += ` field=${loc.field}`;
  return s;
}

/**
 * The configured key or value serializer threw (or returned something that is not bytes) in
 * `send()`. The record was not queued. `cause` holds the serializer's error.
 */
export class SerializationError extends KafkaError {
  readonly topic: string;
  readonly partition: number | undefined;
  readonly field: RecordLocation['field'];

  constructor(message: string, location: RecordLocation, options: ClientErrorOptions = {}) {
    super(`${message} (${describeLocation(location)})`, { cause: options.cause });
    this.topic = location.topic;
    this.partition = location.partition;
    this.field = location.field;
  }
}

/**
 * The configured key or value deserializer threw while the consumer decoded a fetched record. The
 * consumer's position stays at `offset`, so the caller decides whether to seek past the record.
 * `cause` holds the deserializer's error.
 */
export class DeserializationError extends KafkaError {
  readonly topic: string;
  readonly partition: number | undefined;
  readonly offset: bigint | undefined;
  readonly field: RecordLocation['field'];

  constructor(message: string, location: RecordLocation, options: ClientErrorOptions = {}) {
    super(`${message} (${describeLocation(location)})`, { cause: options.cause });
    this.topic = location.topic;
    this.partition = location.partition;
    this.offset = location.offset;
    this.field = location.field;
  }
}

/**
 * A compression codec cannot be used here: `compressionType` names a codec whose native module is
 * not installed, or a fetched batch is compressed with such a codec. (An attribute value that names
 * no codec at all is malformed input: `ProtocolError`.)
 */
export class UnsupportedCodecError extends KafkaError {
  /** The codec's name: `gzip`, `snappy`, `lz4` or `zstd`. */
  readonly codec: string;

  constructor(codec: string, message?: string, options: ClientErrorOptions = {}) {
    super(message ?? `compression codec ${codec} is not available`, { cause: options.cause });
    this.codec = codec;
  }
}

/**
 * The client-side size check failed: one serialized record is larger than `maxRequestSize` (or than
 * `bufferMemory`), so `send()` rejects it before it reaches a broker. A subclass of the broker's
 * `RecordTooLargeError` (code 10, as in Java, where both are RecordTooLargeException), so one
 * `instanceof RecordTooLargeError` check catches both.
 */
export class MessageSizeTooLargeError extends RecordTooLargeError {
  /** The record's serialized size in bytes. */
  readonly size: number;
  /** The limit it exceeded, in bytes. */
  readonly maxSize: number;

  constructor(size: number, maxSize: number, message?: string, options: ClientErrorOptions = {}) {
    super(message ?? `the record is ${size} bytes, larger than the limit of ${maxSize} bytes`, {
      cause: options.cause,
    });
    this.size = size;
    this.maxSize = maxSize;
  }
}

/**
 * An operation was cancelled through its `AbortSignal`. Its `name` is `'AbortError'`, like the
 * errors Node and fetch reject with, so generic `err.name === 'AbortError'` checks work; `cause`
 * holds `signal.reason` (a DOMException named `AbortError` unless the caller passed a reason).
 * Its numeric `code` is -1, not Node's string `'ABORT_ERR'`, because every KafkaError has a
 * numeric code.
 */
export class AbortError extends KafkaError {
  constructor(message = 'the operation was aborted', options: ClientErrorOptions = {}) {
    super(message, { cause: options.cause });
  }

  /** An AbortError for `signal`, with `signal.reason` as its cause. */
  static fromSignal(signal: AbortSignal, what = 'the operation'): AbortError {
    return new AbortError(`${what} was aborted`, { cause: signal.reason });
  }
}
