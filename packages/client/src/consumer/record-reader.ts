import {
  AbortError,
  ConsumerStoppedError,
  DeserializationError,
  InvalidArgumentError,
  type KafkaRecord,
  RecordTooLargeError,
} from '@kafka-aio/protocol';
import type { Logger } from '../config/common.js';
import {
  diagnosticsRecord,
  type ProcessDiagnostics,
  processChannel,
  type ReceiveDiagnostics,
  receiveChannel,
} from '../diagnostics.js';
import { createDebug } from '../observability/debug.js';
import { createLog } from '../observability/log.js';
import { formatTopicPartition, type TopicPartition, TopicPartitionMap, toTopicPartitions } from '../topic-partition.js';
import type { FetchBuffer } from './fetch/fetch-buffer.js';
import type { DecodedBatch } from './fetch/record-decoder.js';
import { type Armed, arm, Notifier, waitFor } from './notifier.js';
import type { PartitionState, SubscriptionState } from './subscription-state.js';
import type { ConsumerRecord, Deserializer } from './types.js';

const debug = createDebug('kafka-aio:consumer');

/** Options of `getMany`. */
export interface GetManyOptions {
  /** Only these partitions; default: every assigned partition. */
  partitions?: Iterable<TopicPartition>;
  /** Wait at most this long for records when none are buffered. Default 0: return what is buffered now. */
  timeoutMs?: number;
  /** At most this many records in total. Default `maxPollRecords`. */
  maxRecords?: number;
  /** Aborting rejects the call with `AbortError`. */
  signal?: AbortSignal;
}

/** Options of `getOne({ ... })` (confluent-kafka's `poll(timeout)`). */
export interface GetOneOptions {
  /** Only these partitions; default: every assigned partition. */
  partitions?: Iterable<TopicPartition>;
  /** Wait at most this long; null when no record came. Default: as long as it takes. */
  timeoutMs?: number;
  /** Aborting rejects the call with `AbortError`. */
  signal?: AbortSignal;
}

const NO_PARTITIONS: ReadonlySet<TopicPartition> = new Set();

/** What `getMany` resolves to: records by partition, and the partitions that reached their end. */
export class ConsumerRecords<K, V> extends TopicPartitionMap<ConsumerRecord<K, V>[]> {
  /**
   * With `enablePartitionEof`: the partitions whose position reached the end of the log (the high
   * watermark, or the last stable offset under `read_committed`) in this call, each reported once
   * every time it reaches the end anew. Always empty otherwise.
   */
  partitionEof: ReadonlySet<TopicPartition> = NO_PARTITIONS;
}

/** What the reader needs from the façade. */
export interface ReaderHooks {
  /** Throws (once) an error raised in the background: group errors, listener errors. */
  throwPendingError(): void;
  /** Fences the assignment when the group session may have expired (before anything is handed out). */
  checkSession(): void;
  /** Marks the start and end of a get* call (for `maxPollIntervalMs`). */
  pollStarted(): void;
  pollEnded(): void;
  /** Extra promises that should wake a waiting call (group events). */
  wakeups(): readonly Notifier[];
  /** A `for await` loop was left early (break, return, a throw in its body): stops the consumer. */
  loopLeft(): Promise<void>;
  /** `enablePartitionEof`: report partitions that reached their end from `getMany`. */
  readonly partitionEof: boolean;
  /** `read_committed`: a partition ends at its last stable offset, not its high watermark. */
  readonly readCommitted: boolean;
  logger: Logger | undefined;
  /** Who the consumer is, for the diagnostics channels. */
  readonly diagnostics: { clientId: string; groupId: string | null };
}

/**
 * `getOne`, `getMany` and `for await` over the {@link FetchBuffer}, with the consumer's error
 * semantics (docs/consuming.md, "Error semantics"): errors queued per partition surface once they reach the
 * head of their partition; a deserializer failure leaves the position on the failing record;
 * `getMany` always honours `timeoutMs` and `signal`; `stop()` rejects waiting calls with
 * `ConsumerStoppedError`, which ends a `for await` loop quietly.
 */
export class RecordReader<K, V> {
  /** Fires on stop so that waiting calls end. */
  readonly stopping = new Notifier();
  stopped = false;

  constructor(
    private readonly state: SubscriptionState,
    private readonly buffer: FetchBuffer,
    private readonly arrivals: Notifier,
    private readonly keyDeserializer: Deserializer<unknown> | undefined,
    private readonly valueDeserializer: Deserializer<unknown> | undefined,
    private readonly maxPollRecords: number,
    private readonly hooks: ReaderHooks,
  ) {}

  /** The next record of any (or of the given) partition; waits as long as it takes. */
  async getOne(partitions?: readonly TopicPartition[], receive = true): Promise<ConsumerRecord<K, V>> {
    return (await this.getOneWithin(partitions, Number.POSITIVE_INFINITY, undefined, receive)) as ConsumerRecord<K, V>;
  }

  /**
   * The next record, waiting at most `timeoutMs` (confluent-kafka's `poll(timeout)`): null when none
   * came in time; `signal` aborts the wait with `AbortError`.
   */
  getOneWithin(
    partitions: readonly TopicPartition[] | undefined,
    timeoutMs: number,
    signal: AbortSignal | undefined,
    receive = true,
  ): Promise<ConsumerRecord<K, V> | null> {
    const next = this.nextWithin(partitions, timeoutMs, signal);
    // The per-record path takes no extra promise hop unless someone listens on kafka-aio:receive.
    if (!receive || !receiveChannel.hasSubscribers) return next;
    return next.then((record) => {
      if (record) this.publishReceive([record]);
      return record;
    });
  }

  private async nextWithin(
    partitions: readonly TopicPartition[] | undefined,
    timeoutMs: number,
    signal: AbortSignal | undefined,
  ): Promise<ConsumerRecord<K, V> | null> {
    if (typeof timeoutMs !== 'number' || !(timeoutMs >= 0))
      throw new InvalidArgumentError(`getOne: timeoutMs must be a number >= 0, got ${String(timeoutMs)}`);
    if (signal?.aborted) throw AbortError.fromSignal(signal, 'getOne');
    const wanted = this.wantedSet(partitions, 'getOne');
    const deadline = performance.now() + timeoutMs;
    this.hooks.pollStarted();
    try {
      for (;;) {
        // Look first, then arm the wakeups and look again: no notification falls in between, and
        // the common case (a record is buffered) allocates no waiters.
        const found = this.tryOne(wanted);
        if (found) return await found;
        const wake = this.wakeups();
        const again = this.tryOne(wanted);
        if (again) return await again;
        const left = deadline - performance.now();
        if (left <= 0) return null;
        await waitFor(wake, left, signal);
      }
    } catch (err) {
      if (err instanceof AbortError && signal?.aborted) throw AbortError.fromSignal(signal, 'getOne');
      throw err;
    } finally {
      this.hooks.pollEnded();
    }
  }

  /** One record if one is ready now (or an error to throw); undefined when the caller must wait. */
  private tryOne(
    wanted: Set<TopicPartition> | undefined,
  ): ConsumerRecord<K, V> | Promise<ConsumerRecord<K, V>> | undefined {
    this.checkRunning();
    if (this.state.rebalancing) return undefined;
    const err = this.buffer.takeError(wanted);
    if (err) throw err;
    for (;;) {
      const s = this.buffer.firstReady(wanted);
      if (!s) return undefined;
      const taken = this.take(s);
      if (taken === undefined) continue;
      if (!(taken instanceof Promise)) return taken;
      return taken.then((r) => r ?? this.getOne(wanted ? [...wanted] : undefined));
    }
  }

  /** Records across partitions, at most `maxRecords`; waits up to `timeoutMs` when none are buffered. */
  async getMany(options: GetManyOptions = {}): Promise<ConsumerRecords<K, V>> {
    const { timeoutMs = 0, maxRecords = this.maxPollRecords, signal } = options;
    if (typeof timeoutMs !== 'number' || !(timeoutMs >= 0))
      throw new InvalidArgumentError(`getMany: timeoutMs must be a number >= 0, got ${String(timeoutMs)}`);
    if (!Number.isInteger(maxRecords) || maxRecords < 1)
      throw new InvalidArgumentError(`getMany: maxRecords must be a positive integer, got ${String(maxRecords)}`);
    if (signal?.aborted) throw AbortError.fromSignal(signal, 'getMany');
    const wanted = this.wantedSet(options.partitions === undefined ? undefined : [...options.partitions], 'getMany');
    const deadline = performance.now() + timeoutMs;
    this.hooks.pollStarted();
    try {
      for (let armed = false; ; armed = !armed) {
        const wake = armed ? this.wakeups() : undefined;
        this.checkRunning();
        if (!this.state.rebalancing) {
          const err = this.buffer.takeError(wanted);
          if (err) throw err;
          const out = await this.drain(wanted, maxRecords);
          if (out.size > 0) this.recheckSession(out);
          if (this.hooks.partitionEof) out.partitionEof = this.takeEnds(wanted);
          if (out.size > 0 && receiveChannel.hasSubscribers) this.publishReceive([...out.values()].flat());
          if (out.size > 0 || out.partitionEof.size > 0) return out;
        }
        if (wake === undefined) continue; // arm the wakeups, then look once more before waiting
        const left = deadline - performance.now();
        if (left <= 0) return new ConsumerRecords();
        await waitFor(wake, left, signal);
      }
    } catch (err) {
      if (err instanceof AbortError && signal?.aborted) throw AbortError.fromSignal(signal, 'getMany');
      throw err;
    } finally {
      this.hooks.pollEnded();
    }
  }

  /**
   * `for await`: records one by one; RecordTooLargeError is logged and skipped; stop ends the loop;
   * leaving the loop early stops the consumer.
   */
  iterate(): AsyncIterator<ConsumerRecord<K, V>> {
    if (this.stopped) throw new ConsumerStoppedError('the consumer is stopped; start a new one to iterate');
    // The record the loop body is processing, while `kafka-aio:process` has subscribers.
    let processing: ProcessDiagnostics | undefined;
    const processed = () => {
      if (!processing) return;
      processChannel.asyncStart.publish(processing);
      processChannel.asyncEnd.publish(processing);
      processing = undefined;
    };
    return {
      next: async (): Promise<IteratorResult<ConsumerRecord<K, V>>> => {
        processed();
        for (;;) {
          try {
            const record = await this.getOne(undefined, false);
            if (processChannel.hasSubscribers) {
              processing = { ...this.hooks.diagnostics, record: diagnosticsRecord(record) };
              processChannel.start.publish(processing);
              processChannel.end.publish(processing);
            }
            return { value: record, done: false };
          } catch (err) {
            if (err instanceof ConsumerStoppedError) return { value: undefined, done: true };
            if (err instanceof RecordTooLargeError) {
              debug('skipping a record that is too large: %s', err.message);
              createLog('consumer', this.hooks.logger).warn('skipping a record that is too large', {
                error: err.message,
              });
              continue;
            }
            throw err;
          }
        }
      },
      // Leaving the loop early stops the consumer, as leaving a `for await` over a stream destroys
      // the stream: the process can then end, and the member leaves its group.
      return: async (): Promise<IteratorResult<ConsumerRecord<K, V>>> => {
        processed();
        await this.hooks.loopLeft();
        return { value: undefined, done: true };
      },
    };
  }

  /**
   * The session was checked before the records were built; a pause in between (a stopped process,
   * a long GC) may have cost it. Checks again and takes back what was built for partitions that are
   * fenced now: their position goes back to the first such record, so a member that keeps the
   * partition reads them again, and one that loses it hands out nothing of it.
   */
  private recheckSession(out: ConsumerRecords<K, V>): void {
    this.hooks.checkSession();
    for (const [tp, records] of out) {
      const s = this.state.partition(tp);
      if (!s?.pendingRevocation) continue;
      this.state.setPositionOf(s, records[0].offset, records[0].leaderEpoch);
      out.delete(tp);
    }
  }

  private publishReceive(records: readonly ConsumerRecord<K, V>[]): void {
    const event: ReceiveDiagnostics = { ...this.hooks.diagnostics, records: records.map(diagnosticsRecord) };
    receiveChannel.publish(event);
  }

  private wakeups(): Armed {
    return arm(this.arrivals, this.state.changes, this.stopping, ...this.hooks.wakeups());
  }

  private checkRunning(): void {
    if (this.stopped) throw new ConsumerStoppedError();
    this.hooks.checkSession();
    this.hooks.throwPendingError();
  }

  private wantedSet(partitions: readonly TopicPartition[] | undefined, what: string): Set<TopicPartition> | undefined {
    if (partitions === undefined || partitions.length === 0) return undefined;
    return new Set(toTopicPartitions(partitions, what));
  }

  /** Partitions at their end, with nothing buffered, not reported at this position yet; marks them reported. */
  private takeEnds(wanted: Set<TopicPartition> | undefined): ReadonlySet<TopicPartition> {
    let ends: Set<TopicPartition> | undefined;
    for (const s of this.state.partitionStates()) {
      if (wanted && !wanted.has(s.tp)) continue;
      if (!s.isFetchable || s.position === null || s.eofReportedAt === s.position) continue;
      const end = this.hooks.readCommitted ? s.lastStableOffset : s.highwater;
      if (end === null || s.position < end || this.buffer.headRecord(s)) continue;
      s.eofReportedAt = s.position;
      (ends ??= new Set()).add(s.tp);
    }
    return ends ?? NO_PARTITIONS;
  }

  private async drain(wanted: Set<TopicPartition> | undefined, max: number) {
    const out = new ConsumerRecords<K, V>();
    let n = 0;
    for (const s of this.buffer.readyPartitions(wanted)) {
      let list: ConsumerRecord<K, V>[] | undefined;
      while (n < max) {
        let record: ConsumerRecord<K, V> | undefined;
        try {
          const taken = this.take(s);
          record = taken instanceof Promise ? await taken : taken;
        } catch (err) {
          if (n > 0) return out; // hand out what we have; the failing record throws on the next call
          throw err;
        }
        if (!record) break;
        if (!list) out.set(s.tp, (list = []));
        list.push(record);
        n++;
      }
      if (n >= max) {
        this.buffer.rotate(s);
        break;
      }
    }
    return out;
  }

  /**
   * Builds the head record of `s` and, once that succeeded, moves the position past it.
   * Synchronous unless a deserializer returned a Promise.
   */
  private take(s: PartitionState): ConsumerRecord<K, V> | Promise<ConsumerRecord<K, V> | undefined> | undefined {
    const head = this.buffer.headRecord(s);
    if (!head || !s.isFetchable) return undefined;
    const built = this.build(s.tp, head, this.buffer.headBatch(s));
    if (!(built instanceof Promise)) {
      this.buffer.advance(s);
      return built;
    }
    return built.then((record) => {
      // An async deserializer yielded: make sure nobody took or moved the record meanwhile.
      if (this.buffer.headRecord(s) !== head || !s.isFetchable) return this.take(s);
      this.buffer.advance(s);
      return record;
    });
  }

  private build(
    tp: TopicPartition,
    r: KafkaRecord,
    batch: DecodedBatch,
  ): ConsumerRecord<K, V> | Promise<ConsumerRecord<K, V>> {
    const key = this.deserialize(this.keyDeserializer, r.key, tp, r, 'key');
    const value = this.deserialize(this.valueDeserializer, r.value, tp, r, 'value');
    if (key instanceof Promise || value instanceof Promise)
      return Promise.all([key, value]).then(([k, v]) => consumerRecord(tp, r, batch, k as K, v as V));
    // No closure on this path: it runs once per record.
    return consumerRecord(tp, r, batch, key as K, value as V);
  }

  private deserialize(
    fn: Deserializer<unknown> | undefined,
    data: Buffer | null,
    tp: TopicPartition,
    r: KafkaRecord,
    field: 'key' | 'value',
  ): unknown {
    if (!fn) return data;
    const fail = (err: unknown) =>
      new DeserializationError(
        `the ${field} deserializer failed on ${formatTopicPartition(tp)} at offset ${r.offset}: ${err instanceof Error ? err.message : String(err)}`,
        { topic: tp.topic, partition: tp.partition, offset: r.offset, field },
        { cause: err },
      );
    let out: unknown;
    try {
      out = fn(data, tp.topic, r.headers);
    } catch (err) {
      throw fail(err);
    }
    if (out instanceof Promise)
      return out.catch((err: unknown) => {
        throw fail(err);
      });
    return out;
  }
}

/** The record handed to the application. */
function consumerRecord<K, V>(
  tp: TopicPartition,
  r: KafkaRecord,
  batch: DecodedBatch,
  key: K,
  value: V,
): ConsumerRecord<K, V> {
  return {
    topic: tp.topic,
    partition: tp.partition,
    topicPartition: tp,
    offset: r.offset,
    timestamp: r.timestamp,
    timestampType: batch.timestampType,
    key,
    value,
    headers: r.headers,
    leaderEpoch: batch.leaderEpoch,
    serializedKeySize: r.key === null ? -1 : r.key.length,
    serializedValueSize: r.value === null ? -1 : r.value.length,
  };
}
