/**
 * The root of every error kafka-aio throws. Broker error codes map to one subclass each of
 * {@link BrokerResponseError} (generated into `broker-errors.ts` from `codegen/errors/error-codes.ts`);
 * client-side failures (`client-errors.ts`) have their own subclasses with `code` -1, except
 * `MessageSizeTooLargeError`, which shares code 10 with the broker's `RecordTooLargeError`.
 */
export class KafkaError extends Error {
  /** Kafka's numeric error code, or -1 for errors raised by the client itself. */
  readonly code: number;
  /** True when the same request may succeed if retried. */
  readonly retriable: boolean;
  /** True when the client's cached metadata (leaders, coordinators) should be refreshed. */
  readonly invalidMetadata: boolean;
  /** True when the client instance cannot continue and must be recreated. */
  readonly fatal: boolean;
  /** True when the current transaction can no longer commit and must be aborted. */
  readonly txnRequiresAbort: boolean;

  constructor(
    message: string,
    options: {
      code?: number;
      retriable?: boolean;
      invalidMetadata?: boolean;
      fatal?: boolean;
      txnRequiresAbort?: boolean;
      cause?: unknown;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code ?? -1;
    this.retriable = options.retriable ?? false;
    this.invalidMetadata = options.invalidMetadata ?? false;
    this.fatal = options.fatal ?? false;
    this.txnRequiresAbort = options.txnRequiresAbort ?? false;
  }

  /** A plain object for structured logging: `JSON.stringify(err)` gives every flag. */
  toJSON(): KafkaErrorJson {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      retriable: this.retriable,
      invalidMetadata: this.invalidMetadata,
      fatal: this.fatal,
      txnRequiresAbort: this.txnRequiresAbort,
    };
  }
}

/** The JSON form of a {@link KafkaError}. */
export interface KafkaErrorJson {
  name: string;
  code: number;
  message: string;
  retriable: boolean;
  invalidMetadata: boolean;
  fatal: boolean;
  txnRequiresAbort: boolean;
  /** Kafka's name for a broker error code (`NOT_LEADER_OR_FOLLOWER`); only on {@link BrokerResponseError}s. */
  errorName?: string;
  /** What the error was about (`topic=orders partition=3`); only when the thrower gave it. */
  context?: string;
}

/**
 * Bytes that do not decode: truncated input, a negative or oversized length, a bad CRC, an unknown
 * magic byte. Every decoder in this package reports malformed input with this one type.
 */
export class ProtocolError extends KafkaError {}

/** What an error was about, appended to its message: a ready string, or fields joined as `key=value`. */
export type ErrorContext = string | Readonly<Record<string, string | number | bigint | boolean | null | undefined>>;

/** Options every broker error class accepts. */
export interface BrokerErrorOptions {
  /** Appended to the message in parentheses, e.g. `{ topic: 'orders', partition: 3 }` -> `(topic=orders partition=3)`. */
  context?: ErrorContext;
  cause?: unknown;
}

/** The facts about one broker error code, as listed in `ERROR_CODES`. */
export interface ErrorCodeInfo {
  /** The int16 on the wire. */
  readonly code: number;
  /** Kafka's name for it, e.g. `NOT_LEADER_OR_FOLLOWER`. */
  readonly name: string;
  /** The kafka-aio class, e.g. `NotLeaderOrFollowerError`. */
  readonly className: string;
  /** The Java client's exception class, for readers coming from Java. */
  readonly javaException: string;
  /** Kafka's default description, used when the broker sends no message. */
  readonly message: string;
  readonly retriable: boolean;
  readonly invalidMetadata: boolean;
  readonly fatal: boolean;
  readonly txnRequiresAbort: boolean;
}

/** Renders an {@link ErrorContext} as `key=value key=value`, skipping undefined fields. */
export function formatErrorContext(context: ErrorContext | undefined): string | undefined {
  if (context === undefined) return undefined;
  if (typeof context === 'string') return context === '' ? undefined : context;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(context)) {
    if (value !== undefined) parts.push(`${key}=${value}`);
  }
  return parts.length === 0 ? undefined : parts.join(' ');
}

/**
 * An error code a broker returned in a response. One generated subclass exists per code Kafka
 * defines (`NotLeaderOrFollowerError`, ...); codes this table does not know become
 * {@link UnknownKafkaError}. Build them from a code with `createKafkaError(code, message, context)`.
 */
export class BrokerResponseError extends KafkaError {
  /** Kafka's name for the code, e.g. `NOT_LEADER_OR_FOLLOWER`. */
  readonly errorName: string;
  /** What the error was about (`topic=orders partition=3`), also appended to the message. */
  readonly context: string | undefined;

  constructor(message: string | null | undefined, info: ErrorCodeInfo, options: BrokerErrorOptions = {}) {
    const context = formatErrorContext(options.context);
    const text = message || info.message;
    super(context === undefined ? text : `${text} (${context})`, {
      code: info.code,
      retriable: info.retriable,
      invalidMetadata: info.invalidMetadata,
      fatal: info.fatal,
      txnRequiresAbort: info.txnRequiresAbort,
      cause: options.cause,
    });
    this.errorName = info.name;
    this.context = context;
  }

  override toJSON(): KafkaErrorJson {
    const json = super.toJSON();
    json.errorName = this.errorName;
    if (this.context !== undefined) json.context = this.context;
    return json;
  }
}

/**
 * A broker returned an error code this client does not know (newer than Kafka 4.3.1). Not
 * retriable, as the Java client treats unknown codes as `UnknownServerException`; `code` keeps the
 * number the broker sent.
 */
export class UnknownKafkaError extends BrokerResponseError {
  constructor(code: number, message?: string | null, options: BrokerErrorOptions = {}) {
    super(
      message ? `error code ${code}: ${message}` : undefined,
      {
        code,
        name: 'UNKNOWN',
        className: 'UnknownKafkaError',
        javaException: 'UnknownServerException',
        message: `The broker returned error code ${code}, which this client does not know.`,
        retriable: false,
        invalidMetadata: false,
        fatal: false,
        txnRequiresAbort: false,
      },
      options,
    );
  }
}
