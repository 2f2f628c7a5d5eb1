/**
 * kafka-aio's `node:diagnostics_channel` channels, as Node's own http and undici publish theirs:
 * what tracing and metrics tools (the `@kafka-aio/opentelemetry` instrumentation, APMs, a test)
 * subscribe to. Nothing is built or published while a channel has no subscriber, so the cost of
 * an unobserved client is one property read per event.
 *
 * Tracing channels (`start`, `end`, `asyncStart`, `asyncEnd`, `error`; see Node's
 * `TracingChannel`):
 * - `kafka-aio:send`: one per record, from `send()` to its delivery. `start` comes before the
 *   record is serialized: a subscriber may add headers (trace context) with `context.headers.push`.
 *   `asyncEnd` carries `metadata`, `error` the delivery error.
 * - `kafka-aio:process`: one per record a `for await` loop hands to the application, from the
 *   hand-out (`start`) to the loop asking for the next record or leaving (`asyncEnd`).
 * - `kafka-aio:request`: one per broker request, from writing it (`start`) to its response
 *   (`asyncEnd`) or failure (`error`).
 *
 * Plain channels:
 * - `kafka-aio:receive`: records returned by one `getOne`/`getMany` call (not the `for await`
 *   records, which go through `kafka-aio:process`).
 * - `kafka-aio:connection:open`, `kafka-aio:connection:close`: a broker connection ready to use
 *   (after ApiVersions and authentication), and closed (with the error, when one closed it).
 * - `kafka-aio:group:assign`, `kafka-aio:group:revoke`, `kafka-aio:group:lost`: a consumer's
 *   assignment changes, before its rebalance listener runs.
 * - `kafka-aio:commit`: an offset commit of a consumer, with its offsets and outcome.
 */
import { channel, tracingChannel } from 'node:diagnostics_channel';
import type { HeaderValue } from './producer/record-input.js';
import type { RecordMetadata } from './producer/record-metadata.js';
import type { TopicPartition } from './topic-partition.js';

/** The channel names, for `diagnostics_channel.subscribe` / `tracingChannel`. */
export const DIAGNOSTICS_CHANNELS = {
  send: 'kafka-aio:send',
  process: 'kafka-aio:process',
  request: 'kafka-aio:request',
  receive: 'kafka-aio:receive',
  connectionOpen: 'kafka-aio:connection:open',
  connectionClose: 'kafka-aio:connection:close',
  groupAssign: 'kafka-aio:group:assign',
  groupRevoke: 'kafka-aio:group:revoke',
  groupLost: 'kafka-aio:group:lost',
  commit: 'kafka-aio:commit',
} as const;

/** `kafka-aio:send`: one record, from `send()` to delivery. */
export interface SendDiagnostics {
  clientId: string;
  topic: string;
  /** The key and value as given to `send()`, before serialization. */
  key: unknown;
  value: unknown;
  /** The record's headers; a `start` subscriber may push more (they are sent with the record). */
  headers: [string, HeaderValue][];
  /** Set at `asyncEnd`: where the record landed. */
  metadata?: RecordMetadata;
  /** Set at `error`: why the record was not sent or not delivered. */
  error?: unknown;
}

/** The headers of a record handed out, as the consumer gives them. */
export interface DiagnosticsRecord {
  topic: string;
  partition: number;
  offset: bigint;
  key: unknown;
  headers: readonly { key: string; value: Buffer | null }[];
}

/** `kafka-aio:process`: one record handed to a `for await` loop, until the loop asks for the next. */
export interface ProcessDiagnostics {
  clientId: string;
  groupId: string | null;
  record: DiagnosticsRecord;
}

/** `kafka-aio:receive`: the records one `getOne` / `getMany` call returned. */
export interface ReceiveDiagnostics {
  clientId: string;
  groupId: string | null;
  records: readonly DiagnosticsRecord[];
}

/** `kafka-aio:request`: one broker request. */
export interface RequestDiagnostics {
  clientId: string;
  /** `host:port` of the broker. */
  broker: string;
  apiName: string;
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  /** Bytes of the request frame. */
  requestBytes: number;
  /** Set at `error`. */
  error?: unknown;
}

/** `kafka-aio:connection:open` / `kafka-aio:connection:close`. */
export interface ConnectionDiagnostics {
  clientId: string;
  broker: string;
  /** `close` only: the error that closed it, when it did not close on request. */
  error?: unknown;
}

/** `kafka-aio:group:assign` / `revoke` / `lost`. */
export interface GroupDiagnostics {
  clientId: string;
  groupId: string;
  partitions: readonly TopicPartition[];
}

/** `kafka-aio:commit`. */
export interface CommitDiagnostics {
  clientId: string;
  groupId: string;
  /** The committed offsets (the next offset to read, per partition). */
  offsets: ReadonlyMap<TopicPartition, bigint>;
  /** Set when the commit failed. */
  error?: unknown;
}

export const sendChannel = tracingChannel<unknown, SendDiagnostics>(DIAGNOSTICS_CHANNELS.send);
export const processChannel = tracingChannel<unknown, ProcessDiagnostics>(DIAGNOSTICS_CHANNELS.process);
export const requestChannel = tracingChannel<unknown, RequestDiagnostics>(DIAGNOSTICS_CHANNELS.request);
export const receiveChannel = channel(DIAGNOSTICS_CHANNELS.receive);
export const connectionOpenChannel = channel(DIAGNOSTICS_CHANNELS.connectionOpen);
export const connectionCloseChannel = channel(DIAGNOSTICS_CHANNELS.connectionClose);
export const groupAssignChannel = channel(DIAGNOSTICS_CHANNELS.groupAssign);
export const groupRevokeChannel = channel(DIAGNOSTICS_CHANNELS.groupRevoke);
export const groupLostChannel = channel(DIAGNOSTICS_CHANNELS.groupLost);
export const commitChannel = channel(DIAGNOSTICS_CHANNELS.commit);

/**
 * Publishes the life of one operation on a tracing channel the way `tracePromise` does, for an
 * operation whose promise is not the one the caller awaits: `start` and `end` now, then
 * `asyncStart`/`asyncEnd` (after `error` on failure) when `outcome` settles.
 */
export function traceOutcome<C extends object>(
  tracing: ReturnType<typeof tracingChannel<unknown, C>>,
  context: C & { error?: unknown },
  outcome: Promise<unknown>,
  onValue?: (value: unknown) => void,
): void {
  outcome.then(
    (value) => {
      onValue?.(value);
      tracing.asyncStart.publish(context);
      tracing.asyncEnd.publish(context);
    },
    (err: unknown) => {
      context.error = err;
      tracing.error.publish(context);
      tracing.asyncStart.publish(context);
      tracing.asyncEnd.publish(context);
    },
  );
}

/** The diagnostics view of a record handed out (no copy of the value). */
export function diagnosticsRecord(r: {
  topic: string;
  partition: number;
  offset: bigint;
  key: unknown;
  headers: readonly { key: string; value: Buffer | null }[];
}): DiagnosticsRecord {
  return { topic: r.topic, partition: r.partition, offset: r.offset, key: r.key, headers: r.headers };
}
