/**
 * The root of every error kafka-aio throws. Broker error codes map to one subclass each
 * (see `error-table.ts`); client-side failures have their own subclasses with `code` -1.
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
}

/**
 * Bytes that do not decode: truncated input, a negative or oversized length, a bad CRC, an unknown
 * magic byte. Every decoder in this package reports malformed input with this one type.
 */
export class ProtocolError extends KafkaError {}
