// KafkaJS's error classes. Each error built from a kafka-aio error keeps it as `cause`, so code that
// knows both vocabularies can use either; `instanceof` and `name` behave as in KafkaJS.
import {
  BrokerResponseError,
  ConnectionError,
  IllegalOperationError,
  IllegalStateError,
  InvalidConfigError,
  KafkaError,
  KafkaTimeoutError,
  NoBrokersAvailableError,
  OffsetOutOfRangeError,
  SaslAuthenticationError,
  UnsupportedCodecError,
  UnsupportedVersionError,
} from '@kafka-aio/protocol';

interface ErrorOptions {
  retriable?: boolean;
  cause?: unknown;
}

/** Base of every KafkaJS error; `retriable` defaults to true, as in KafkaJS. */
export class KafkaJSError extends Error {
  readonly retriable: boolean;
  readonly helpUrl?: string;
  override readonly cause?: unknown;
  constructor(e: string | Error, { retriable = true, cause }: ErrorOptions = {}) {
    super(typeof e === 'string' ? e : e.message);
    this.name = new.target.name;
    this.retriable = retriable;
    if (cause !== undefined) this.cause = cause;
    else if (e instanceof Error) this.cause = e;
  }
}

/** An error no retry can fix: a bad argument, a bad state, a retrier that gave up. */
export class KafkaJSNonRetriableError extends KafkaJSError {
  constructor(e: string | Error, options: Omit<ErrorOptions, 'retriable'> = {}) {
    super(e, { ...options, retriable: false });
  }
}

/** KafkaJS's names for the codes Kafka renamed since (the rest are the same in both). */
const KAFKAJS_TYPE_NAMES: Record<number, string> = {
  [-1]: 'UNKNOWN',
  6: 'NOT_LEADER_FOR_PARTITION',
  14: 'GROUP_LOAD_IN_PROGRESS',
  15: 'GROUP_COORDINATOR_NOT_AVAILABLE',
  16: 'NOT_COORDINATOR_FOR_GROUP',
};

/** A broker answered with an error code: `type` is KafkaJS's name for it, `code` the number. */
export class KafkaJSProtocolError extends KafkaJSError {
  readonly type: string;
  readonly code: number;
  constructor(e: string | Error | BrokerResponseError, options: ErrorOptions = {}) {
    const broker = e instanceof BrokerResponseError ? e : undefined;
    super(e, { retriable: options.retriable ?? broker?.retriable ?? false, cause: options.cause });
    this.code = broker?.code ?? -99;
    this.type = broker
      ? (KAFKAJS_TYPE_NAMES[broker.code] ?? (broker.errorName || 'KAFKAJS_UNKNOWN_ERROR_CODE'))
      : 'KAFKAJS_UNKNOWN_ERROR_CODE';
  }
}

/** A fetch position was out of range. */
export class KafkaJSOffsetOutOfRange extends KafkaJSProtocolError {
  topic?: string;
  partition?: number;
}

/** The group coordinator asked for a rejoin with a member id. */
export class KafkaJSMemberIdRequired extends KafkaJSProtocolError {
  memberId?: string;
}

/** A retrier ran out of attempts; `cause` is the last error. */
export class KafkaJSNumberOfRetriesExceeded extends KafkaJSNonRetriableError {
  readonly retryCount: number;
  readonly retryTime: number;
  constructor(e: Error, { retryCount, retryTime }: { retryCount: number; retryTime: number }) {
    super(e, { cause: e });
    this.retryCount = retryCount;
    this.retryTime = retryTime;
  }
}

/** A connection could not be opened or was lost. */
export class KafkaJSConnectionError extends KafkaJSError {
  readonly broker?: string;
  readonly code?: string;
  constructor(e: string | Error, { broker, code, cause }: { broker?: string; code?: string; cause?: unknown } = {}) {
    super(e, { cause });
    this.broker = broker;
    this.code = code;
  }
}

/** The broker closed a connection. */
export class KafkaJSConnectionClosedError extends KafkaJSConnectionError {
  host?: string;
  port?: number;
}

/** A request outlived `requestTimeout`. */
export class KafkaJSRequestTimeoutError extends KafkaJSError {
  broker?: string;
  correlationId?: number;
  createdAt?: number;
  sentAt?: number;
  pendingDuration?: number;
}

/** Metadata is not loaded yet. */
export class KafkaJSMetadataNotLoaded extends KafkaJSError {}

/** A topic's metadata is not loaded. */
export class KafkaJSTopicMetadataNotLoaded extends KafkaJSMetadataNotLoaded {
  topic?: string;
  constructor(e: string | Error, { topic }: { topic?: string } = {}) {
    super(e);
    this.topic = topic;
  }
}

/** A subscribed topic's partitions changed under an assignment. */
export class KafkaJSStaleTopicMetadataAssignment extends KafkaJSError {
  topic?: string;
  unknownPartitions?: number[];
}

/** The broker does not support an API this call needs. */
export class KafkaJSServerDoesNotSupportApiKey extends KafkaJSNonRetriableError {
  apiKey?: number;
  apiName?: string;
}

/** A broker id is not in the metadata. */
export class KafkaJSBrokerNotFound extends KafkaJSError {}
/** A message was cut short. */
export class KafkaJSPartialMessageError extends KafkaJSNonRetriableError {}
/** A message set of an unknown format. */
export class KafkaJSUnsupportedMagicByteInMessageSet extends KafkaJSNonRetriableError {}
/** Authentication failed. */
export class KafkaJSSASLAuthenticationError extends KafkaJSNonRetriableError {}
/** No group coordinator could be found. */
export class KafkaJSGroupCoordinatorNotFound extends KafkaJSNonRetriableError {}
/** The feature is not implemented (here: a KafkaJS API kafka-aio has no equivalent for). */
export class KafkaJSNotImplemented extends KafkaJSNonRetriableError {}
/** Waiting for a condition timed out. */
export class KafkaJSTimeout extends KafkaJSNonRetriableError {}
/** An internal lock wait timed out. */
export class KafkaJSLockTimeout extends KafkaJSTimeout {}
/** An internal invariant broke (a bug). */
export class KafkaJSInvariantViolation extends KafkaJSNonRetriableError {}
/** Fetchers had to be rebuilt because the broker set changed. */
export class KafkaJSFetcherRebalanceError extends Error {}
/** No broker is available to fetch from. */
export class KafkaJSNoBrokerAvailableError extends KafkaJSError {}
/** A var-int could not be decoded. */
export class KafkaJSInvalidVarIntError extends KafkaJSNonRetriableError {}
/** A 64-bit integer could not be decoded. */
export class KafkaJSInvalidLongError extends KafkaJSNonRetriableError {}

/** Some groups of `admin.deleteGroups` failed; `groups` lists each with its error. */
export class KafkaJSDeleteGroupsError extends KafkaJSError {
  readonly groups: { groupId: string; errorCode: number; error: KafkaJSError }[];
  constructor(message: string, groups: { groupId: string; errorCode: number; error: KafkaJSError }[] = []) {
    super(message);
    this.groups = groups;
  }
}

/** Some partitions of `admin.deleteTopicRecords` failed. */
export class KafkaJSDeleteTopicRecordsError extends KafkaJSError {
  readonly partitions: { partition: number; offset: string; error: KafkaJSError }[];
  constructor({
    partitions,
  }: {
    topic: string;
    partitions: { partition: number; offset: string; error: KafkaJSError }[];
  }) {
    const retriable = partitions.every((p) => p.error.retriable);
    super('Error while deleting records', { retriable });
    this.partitions = partitions;
  }
}

/** One topic of `admin.createTopics` failed (inside a {@link KafkaJSAggregateError}). */
export class KafkaJSCreateTopicError extends KafkaJSProtocolError {
  readonly topic: string;
  constructor(e: BrokerResponseError, topic: string) {
    super(e);
    this.topic = topic;
  }
}

/** One partition of a reassignment failed. */
export class KafkaJSAlterPartitionReassignmentsError extends KafkaJSProtocolError {
  topic?: string;
  partition?: number;
}

/** Several errors at once; `errors` lists them. */
export class KafkaJSAggregateError extends Error {
  readonly errors: Error[];
  constructor(message: string, errors: Error[]) {
    super(message);
    this.name = 'KafkaJSAggregateError';
    this.errors = errors;
  }
}

/**
 * The KafkaJS error for an error of kafka-aio (or anything else thrown inside the client). Errors
 * that already are KafkaJS errors pass through; the kafka-aio error is kept as `cause`.
 */
export function toKafkaJSError(err: unknown): Error {
  if (err instanceof KafkaJSError || err instanceof KafkaJSAggregateError) return err;
  if (!(err instanceof Error)) return new KafkaJSError(String(err));
  if (!(err instanceof KafkaError)) return err;
  if (err instanceof OffsetOutOfRangeError) return new KafkaJSOffsetOutOfRange(err);
  if (err instanceof SaslAuthenticationError) return new KafkaJSSASLAuthenticationError(err);
  if (err instanceof UnsupportedVersionError) return new KafkaJSServerDoesNotSupportApiKey(err);
  if (err instanceof BrokerResponseError) return new KafkaJSProtocolError(err);
  if (err instanceof ConnectionError || err instanceof NoBrokersAvailableError)
    return new KafkaJSConnectionError(err, { cause: err });
  if (err instanceof KafkaTimeoutError) {
    const e = new KafkaJSRequestTimeoutError(err);
    return e;
  }
  if (err instanceof UnsupportedCodecError) return new KafkaJSNotImplemented(err);
  if (err instanceof InvalidConfigError || err instanceof IllegalOperationError || err instanceof IllegalStateError)
    return new KafkaJSNonRetriableError(err);
  return new KafkaJSError(err, { retriable: err.retriable });
}

/** Runs `f`, turning what it throws into a KafkaJS error. */
export async function kafkajsErrors<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    throw toKafkaJSError(err);
  }
}
