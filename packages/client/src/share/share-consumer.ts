import {
  AbortError,
  ConsumerStoppedError,
  DeserializationError,
  IllegalOperationError,
  IllegalStateError,
  InvalidArgumentError,
  KafkaTimeoutError,
} from '@kafka-aio/protocol';
import { ResultMap } from '../admin/results.js';
import { sleep } from '../cluster/backoff.js';
import { Cluster, DEFAULT_MAX_RESPONSE_BYTES } from '../cluster/cluster.js';
import { arm, Notifier, waitFor } from '../consumer/notifier.js';
import type { Deserializer } from '../consumer/types.js';
import { diagnosticsRecord, receiveChannel } from '../diagnostics.js';
import { stopOnExitSignals } from '../exit-signals.js';
import { type StartOptions, type StopOptions, startSignal } from '../lifecycle.js';
import { createDebug } from '../observability/debug.js';
import { formatTopicPartition, type TopicPartition, toTopicPartition } from '../topic-partition.js';
import { ACK_CODES, AckCode } from './acknowledgements.js';
import { UnacknowledgedRecordsError } from './errors.js';
import {
  type ResolvedShareConsumerOptions,
  resolveShareConsumerOptions,
  type ShareConsumerOptions,
} from './options.js';
import { type AcquiredRecord, ShareFetcher } from './share-fetcher.js';
import { ShareMembership } from './share-membership.js';
import type { AcknowledgementCommit, AcknowledgeType, ShareConsumerRecord, ShareConsumerRecords } from './types.js';

const debug = createDebug('kafka-aio:share');

/** Options of {@link AIOKafkaShareConsumer.getMany}. */
export interface ShareGetManyOptions {
  /** The most records to return (at most `maxPollRecords`, the default). */
  maxRecords?: number;
  /** How long to wait for records when none are buffered. Default 0: one fetch round (the broker holds it up to `fetchMaxWaitMs`). */
  timeoutMs?: number;
  /** Aborts the wait with `AbortError` (records already fetched stay buffered for the next call). */
  signal?: AbortSignal;
}

/** Identifies a record to acknowledge: a record handed out, or its topic, partition and offset. */
export type RecordRef = { topic: string; partition: number; offset: bigint | number };

interface Running {
  cluster: Cluster;
  membership: ShareMembership;
  fetcher: ShareFetcher;
}

/**
 * A member of a share group (KIP-932, "queues for Kafka"): consumers of one share group read the
 * same partitions together, the broker hands each record to one member at a time under a
 * time-limited lock, and each record is accepted, released (delivered again, `deliveryCount` + 1)
 * or rejected (archived). Shaped like {@link AIOKafkaConsumer}: `start()`, `stop()`,
 * `await using`, `for await`, `getMany()`.
 *
 * ```ts
 * await using consumer = new AIOKafkaShareConsumer('jobs', { bootstrapServers, groupId: 'workers' });
 * await consumer.start();
 * for await (const record of consumer) await handle(record); // implicit mode: accepted on the next fetch
 * ```
 *
 * Acknowledgement modes (`acknowledgementMode`):
 * - `'implicit'` (default): every record handed out is accepted when the next batch is asked for
 *   (`getMany`, the next `for await` step after a batch) or on `commit()`. `acknowledge()` throws.
 *   Records handed out when the consumer stops are not accepted: the broker releases them.
 * - `'explicit'`: call `acknowledge(record, 'accept' | 'release' | 'reject')` for every record; asking
 *   for the next batch with records still unacknowledged throws {@link UnacknowledgedRecordsError}.
 *   On stop, acknowledgements made are sent and unacknowledged records are released.
 *
 * Acknowledgements go to the broker with the next fetch, `commit()` or `stop()`; their outcomes
 * arrive per partition through `commit()`'s result and the `onAcknowledgementCommit` option.
 * Delivery is at least once: a record whose lock expires (`share.record.lock.duration.ms`) before
 * its acknowledgement arrives is delivered again.
 */
export class AIOKafkaShareConsumer<K = Buffer | null, V = Buffer | null>
  implements AsyncIterable<ShareConsumerRecord<K, V>>, AsyncDisposable
{
  /** The resolved options. */
  readonly options: ResolvedShareConsumerOptions;
  private topics: string[] = [];
  private running: Running | undefined;
  private cluster: Cluster | undefined;
  private starting: Promise<void> | undefined;
  private stopping: Promise<void> | undefined;
  private stopped = false;
  private readonly startAbort = new AbortController();
  private readonly stopSignal = new AbortController();
  private forgetExitSignals: (() => void) | undefined;
  /** Records handed out and not acknowledged-and-sent: tp -> offset -> code, or null while unacknowledged. */
  private readonly outstanding = new Map<
    TopicPartition,
    Map<bigint, { code: number | null; acquired: AcquiredRecord }>
  >();
  /** Renewals sent or to be sent, by `topic/partition/offset`: handed out again once the broker confirms. */
  private readonly renewing = new Map<string, AcquiredRecord>();
  private readonly pendingErrors: Error[] = [];
  private fatalError: Error | undefined;
  private readonly errorsChanged = new Notifier();
  private polling = false;
  /** When the last batch was handed out (`performance.now()`), to judge how long the application takes. */
  private handedOutAt: number | undefined;

  /**
   * `new AIOKafkaShareConsumer('a', 'b', { groupId, ... })`: topics to subscribe to, then options.
   * Throws `InvalidConfigError` naming a bad option (consumer options that are group configs for
   * share groups, such as `autoOffsetReset`, are refused with the group config to use instead).
   */
  constructor(...args: [...topics: string[], options: ShareConsumerOptions<K, V>]) {
    const last = args[args.length - 1];
    if (typeof last !== 'object' || last === null)
      throw new InvalidArgumentError('AIOKafkaShareConsumer: the last argument must be the options (with groupId)');
    this.options = resolveShareConsumerOptions(last as ShareConsumerOptions<unknown, unknown>);
    this.topics = checkTopics(args.slice(0, -1) as string[], 'AIOKafkaShareConsumer');
  }

  /**
   * Connects and, with a subscription, joins the share group (resolves once the coordinator
   * accepted this member). Idempotent. Rejects with the error when bootstrapping or joining fails
   * (`UnsupportedVersionError` when the cluster has no share groups). Aborting `signal` gives up:
   * `start()` rejects with `AbortError` and the consumer is stopped.
   */
  async start(options?: StartOptions | AbortSignal): Promise<void> {
    if (this.stopped) throw new IllegalStateError('the share consumer was stopped; create a new one');
    const signal = startSignal(options);
    if (signal?.aborted) {
      await this.stop();
      throw AbortError.fromSignal(signal, 'starting the share consumer');
    }
    const onAbort = () => this.startAbort.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    this.starting ??= this.doStart(this.startAbort.signal);
    try {
      await this.starting;
    } catch (err) {
      if (signal?.aborted) {
        await this.stop();
        throw AbortError.fromSignal(signal, 'starting the share consumer');
      }
      throw err;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private async doStart(signal: AbortSignal): Promise<void> {
    const o = this.options;
    const cluster = new Cluster({
      ...o,
      allowAutoTopicCreation: false,
      clientType: 'consumer',
      maxResponseBytes: Math.max(DEFAULT_MAX_RESPONSE_BYTES, o.fetchMaxBytes + (1 << 20)),
    });
    this.cluster = cluster;
    cluster.observability.register('consumer', () => ({
      rxmsgs: this.running?.fetcher.received.msgs ?? 0,
      rxmsg_bytes: this.running?.fetcher.received.bytes ?? 0,
      cgrp: {
        state: this.running ? 'up' : 'init',
        join_state: (this.running?.membership.memberEpoch ?? 0) > 0 ? 'steady' : 'wait-join',
        assignment_size: this.running?.membership.assigned.size ?? 0,
      },
    }));
    await cluster.start(signal);
    let membership: ShareMembership | undefined;
    const fetcher = new ShareFetcher(cluster, o, {
      memberId: () => (membership as ShareMembership).memberId,
      acknowledged: (result) => this.onAcknowledged(result),
      reportError: (err) => this.reportError(err, false),
    });
    membership = new ShareMembership(cluster, o, {
      assigned: (tps) => fetcher.setAssignment(tps),
      reportError: (err, fatal) => this.reportError(err, fatal),
    });
    this.running = { cluster, membership, fetcher };
    if (o.handleExitSignals) this.forgetExitSignals = stopOnExitSignals(this);
    membership.subscribe(this.topics);
    membership.start();
    if (this.topics.length > 0) await membership.joined(signal);
  }

  /**
   * Stops: a pending `getMany` rejects with `ConsumerStoppedError` (a `for await` loop ends
   * quietly); each share session is closed with a final ShareAcknowledge carrying the
   * acknowledgements not sent yet (explicit mode; implicit mode does not accept the last batch),
   * which releases every record this member still holds; then the member leaves the group
   * (epoch -1) and connections close. The graceful part gets `timeoutMs` (default
   * `defaultApiTimeoutMs`). Idempotent.
   */
  stop({ timeoutMs = this.options.defaultApiTimeoutMs }: StopOptions = {}): Promise<void> {
    this.stopping ??= this.doStop(timeoutMs);
    return this.stopping;
  }

  private async doStop(timeoutMs: number): Promise<void> {
    this.stopped = true;
    this.forgetExitSignals?.();
    this.stopSignal.abort(new ConsumerStoppedError('the share consumer stopped'));
    this.errorsChanged.notify();
    this.startAbort.abort(new ConsumerStoppedError('the share consumer was stopped while starting'));
    await this.starting?.catch(() => undefined);
    const r = this.running;
    this.running = undefined;
    if (!r) {
      this.cluster?.close();
      return;
    }
    const graceful = (async () => {
      await r.fetcher.close();
      await r.membership.stop();
    })().catch((err: unknown) => debug('stopping gracefully failed: %s', err));
    const cancel = new AbortController();
    const timer = sleep(timeoutMs, cancel.signal).then(
      () => true,
      () => false,
    );
    const timedOut = await Promise.race([graceful.then(() => false), timer]);
    cancel.abort();
    if (timedOut) debug('stop: the graceful part took longer than %d ms; closing anyway', timeoutMs);
    r.cluster.close();
  }

  /** `await using consumer = ...` stops it at the end of the scope. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }

  // ---- subscription ----

  /** Subscribes to these topics (exact names; share groups take no patterns); replaces the subscription. */
  subscribe(topics: Iterable<string>): void {
    if (this.stopped) throw new ConsumerStoppedError('subscribe: the share consumer is stopped');
    this.topics = checkTopics([...topics], 'subscribe');
    this.running?.membership.subscribe(this.topics);
  }

  /** Drops the subscription: the member leaves the group (records it holds are released when their session closes). */
  unsubscribe(): void {
    this.topics = [];
    this.running?.membership.subscribe([]);
  }

  /** The subscribed topics. */
  subscription(): Set<string> {
    return new Set(this.topics);
  }

  /** The partitions the group assigned to this member now (other members may share them). */
  assignment(): Set<TopicPartition> {
    return new Set(this.running?.membership.assigned ?? []);
  }

  /**
   * The acquisition lock duration the broker reported with the last fetch (the group's
   * `share.record.lock.duration.ms`), or undefined before the first fetch.
   */
  get acquisitionLockTimeoutMs(): number | undefined {
    return this.running?.fetcher.acquisitionLockTimeoutMs;
  }

  // ---- records ----

  /**
   * The next batch of acquired records, by partition (at most `maxRecords`, default
   * `maxPollRecords`). First settles the previous batch: implicit mode accepts it, explicit mode
   * throws {@link UnacknowledgedRecordsError} while any of its records is unacknowledged. Returns
   * buffered records at once; otherwise fetches (acknowledgements ride along) and waits up to
   * `timeoutMs` (default 0: one fetch round), resolving with an empty Map when nothing came.
   * Throws a fatal group error (`UnsupportedVersionError`, `GroupAuthorizationFailedError`, ...) and,
   * once each, partition errors and deserializer failures (the record that failed was released).
   */
  async getMany(options: ShareGetManyOptions = {}): Promise<ShareConsumerRecords<K, V>> {
    const r = this.run('getMany');
    const max = options.maxRecords ?? this.options.maxPollRecords;
    if (!Number.isInteger(max) || max < 1)
      throw new InvalidArgumentError(`getMany: maxRecords must be an integer >= 1, got ${String(max)}`);
    const timeoutMs = options.timeoutMs ?? 0;
    if (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs) || timeoutMs < 0)
      throw new InvalidArgumentError(`getMany: timeoutMs must be a number >= 0, got ${String(timeoutMs)}`);
    if (this.polling) throw new IllegalOperationError('getMany: another getMany or for await is already waiting');
    this.polling = true;
    try {
      const askedAt = performance.now();
      this.throwPendingError();
      this.settlePreviousBatch();
      const signal = options.signal
        ? AbortSignal.any([options.signal, this.stopSignal.signal])
        : this.stopSignal.signal;
      const deadline = performance.now() + Math.min(timeoutMs, 2 ** 31 - 1);
      let first = true;
      let fetched = false;
      while (r.fetcher.buffered === 0) {
        if (signal.aborted) throw this.abortError(signal, options.signal);
        const left = deadline - performance.now();
        if (!first && left <= 0) break;
        first = false;
        if (r.membership.assigned.size === 0) {
          // Not assigned yet (joining, or an empty assignment): send what is pending, wait for one.
          void r.fetcher.flushAcks().catch((err: unknown) => debug('sending acknowledgements failed: %s', err));
          if (left <= 0) break;
          await waitFor(arm(r.fetcher.arrivals, this.errorsChanged), left, signal).catch((err: unknown) => {
            throw signal.aborted ? this.abortError(signal, options.signal) : err;
          });
          this.throwPendingError();
          continue;
        }
        fetched = true;
        const round = r.fetcher.fetchRound();
        round.catch((err: unknown) => debug('fetch round failed: %s', err));
        // Records from any leader end the wait: one leader long-polling must not hold up the others'.
        await waitFor(arm(r.fetcher.arrivals, this.errorsChanged), Number.POSITIVE_INFINITY, signal, round).catch(
          (err: unknown) => {
            throw signal.aborted ? this.abortError(signal, options.signal) : err;
          },
        );
        this.throwPendingError();
      }
      const batch = r.fetcher.take(max);
      if (this.shouldFetchAhead(r.fetcher, r.membership.assigned.size > 0, askedAt)) {
        // The next batch (with the acknowledgements settled above) travels while this one is handled.
        void r.fetcher.fetchRound();
      } else if (
        ((!fetched && r.fetcher.pendingCount > 0) || r.fetcher.holdingAcks) &&
        !(this.isQuick(r.fetcher, askedAt) && r.fetcher.acksCanRideNextFetch)
      ) {
        // No fetch goes out now: the acknowledgements none carried (served from the buffer, or
        // kept back for a fetch that was already out) go with ShareAcknowledge, unless a fetch is
        // out to each of their leaders and the application polls quickly: then the fetch after it
        // carries them, at most one quick batch later. (A fetch returns whole record batches, so
        // max.poll.records 500 often reads as 500 records, then the few left over: a
        // ShareAcknowledge for each such pair cost a round trip and delayed the next fetch.)
        void r.fetcher.flushAcks().catch((err: unknown) => debug('sending acknowledgements failed: %s', err));
      } else if (r.fetcher.pendingCount > 0) {
        r.fetcher.holdAcks();
      }
      this.handedOutAt = performance.now();
      return await this.handOut(batch);
    } finally {
      this.polling = false;
    }
  }

  /**
   * Fetch ahead only when less than one batch is left in the buffer, some leader has no fetch in
   * flight, and the application took less than a quarter of the lock duration since the last batch, so that
   * records acquired ahead are handed out well before their locks expire.
   */
  private shouldFetchAhead(fetcher: ShareFetcher, assigned: boolean, askedAt: number): boolean {
    if (!this.options.fetchAhead || !assigned || !fetcher.hasIdleLeader()) return false;
    if (fetcher.buffered >= this.options.maxPollRecords) return false;
    return this.isQuick(fetcher, askedAt);
  }

  /** Whether the application asked again within a quarter of the lock duration of the last batch. */
  private isQuick(fetcher: ShareFetcher, askedAt: number): boolean {
    const lockMs = fetcher.acquisitionLockTimeoutMs;
    if (lockMs === undefined) return false;
    return this.handedOutAt === undefined || askedAt - this.handedOutAt < lockMs / 4;
  }

  private abortError(signal: AbortSignal, user: AbortSignal | undefined): Error {
    if (user?.aborted) return AbortError.fromSignal(user, 'getMany');
    const reason = signal.reason;
    return reason instanceof Error ? reason : new ConsumerStoppedError('getMany: the share consumer stopped');
  }

  /** Builds the records (deserializers run here) and remembers them as handed out. */
  private async handOut(acquired: AcquiredRecord[]): Promise<ShareConsumerRecords<K, V>> {
    const out: ShareConsumerRecords<K, V> = new Map();
    const fetcher = this.running?.fetcher;
    for (const a of acquired) {
      let record: ShareConsumerRecord<K, V>;
      try {
        // Sync unless a deserializer returns a promise: no promise per record on the common path.
        const built = this.build(a);
        record = isPromise(built) ? await built : built;
      } catch (err) {
        // As Java: release the record and tell the application (once).
        fetcher?.acknowledge(a.tp, a.record.offset, AckCode.RELEASE);
        this.reportError(err as Error, false);
        continue;
      }
      let list = out.get(a.tp);
      if (!list) out.set(a.tp, (list = []));
      list.push(record);
      let m = this.outstanding.get(a.tp);
      if (!m) this.outstanding.set(a.tp, (m = new Map()));
      m.set(a.record.offset, { code: null, acquired: a });
    }
    if (receiveChannel.hasSubscribers && out.size > 0) {
      receiveChannel.publish({
        clientId: this.options.clientId,
        groupId: this.options.groupId,
        records: [...out.values()].flat().map(diagnosticsRecord),
      });
    }
    return out;
  }

  private build(a: AcquiredRecord): ShareConsumerRecord<K, V> | Promise<ShareConsumerRecord<K, V>> {
    const key = this.deserialize(this.options.keyDeserializer, a.record.key, a, 'key');
    const value = this.deserialize(this.options.valueDeserializer, a.record.value, a, 'value');
    if (isPromise(key) || isPromise(value))
      return Promise.all([key, value]).then(([k, v]) => this.shareRecord(a, k as K, v as V));
    return this.shareRecord(a, key as K, value as V);
  }

  private shareRecord(a: AcquiredRecord, key: K, value: V): ShareConsumerRecord<K, V> {
    const { record: r, batch, tp } = a;
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
      deliveryCount: a.deliveryCount,
    };
  }

  /** Runs a deserializer; its failure (thrown or rejected) becomes a DeserializationError. */
  private deserialize(
    fn: Deserializer<unknown> | undefined,
    data: Buffer | null,
    a: AcquiredRecord,
    field: 'key' | 'value',
  ): unknown {
    if (!fn) return data;
    const fail = (err: unknown): never => {
      throw new DeserializationError(
        `the ${field} deserializer failed on ${formatTopicPartition(a.tp)} at offset ${a.record.offset} (the record was released): ${err instanceof Error ? err.message : String(err)}`,
        { topic: a.tp.topic, partition: a.tp.partition, offset: a.record.offset, field },
        { cause: err },
      );
    };
    let out: unknown;
    try {
      out = fn(data, a.tp.topic, a.record.headers);
    } catch (err) {
      fail(err);
    }
    return isPromise(out) ? out.then(undefined, fail) : out;
  }

  /**
   * `for await (const record of consumer)`: batches of `getMany`, one record at a time; the batch
   * boundary is where implicit mode accepts and explicit mode checks. Ends quietly when the
   * consumer stops. Leaving the loop early (`break`, an exception) stops the consumer, as with
   * {@link AIOKafkaConsumer}.
   */
  async *[Symbol.asyncIterator](): AsyncIterator<ShareConsumerRecord<K, V>> {
    this.run('for await');
    let finished = false;
    try {
      while (true) {
        let batch: ShareConsumerRecords<K, V>;
        try {
          batch = await this.getMany({ timeoutMs: 2 ** 31 - 1 });
        } catch (err) {
          if (err instanceof ConsumerStoppedError) {
            finished = true;
            return;
          }
          throw err;
        }
        for (const records of batch.values()) for (const record of records) yield record;
      }
    } finally {
      if (!finished && !this.stopped) await this.stop();
    }
  }

  // ---- acknowledgements ----

  /**
   * Acknowledges a record handed out by the last batch (explicit mode): `'accept'` (default),
   * `'release'`, `'reject'`, or `'renew'` (a fresh lock; the record is handed out again by a later
   * `getMany` and needs a final type then; Kafka 4.2+). Local until the next `getMany`, `commit()` or `stop()` sends it; a
   * second call before then replaces the type. Takes the record, or `{ topic, partition, offset }`
   * (for a record whose deserializer failed). Throws `IllegalOperationError` in implicit mode and
   * `IllegalStateError` for a record that is not waiting to be acknowledged (not handed out, or
   * its acknowledgement already sent).
   */
  acknowledge(record: RecordRef, type: AcknowledgeType = 'accept'): void {
    const r = this.run('acknowledge');
    if (this.options.acknowledgementMode !== 'explicit')
      throw new IllegalOperationError(
        "acknowledge: the consumer is in implicit acknowledgement mode (records are accepted by the next getMany); construct it with acknowledgementMode: 'explicit'",
      );
    const code = ACK_CODES[type];
    if (code === undefined)
      throw new InvalidArgumentError(
        `acknowledge: type must be 'accept', 'release', 'reject' or 'renew', got ${String(type)}`,
      );
    const tp = toTopicPartition(record, 'acknowledge');
    if (typeof record.offset !== 'bigint' && !Number.isSafeInteger(record.offset))
      throw new InvalidArgumentError(
        `acknowledge: offset must be a bigint or a safe integer, got ${String(record.offset)}`,
      );
    const offset = BigInt(record.offset);
    const entry = this.outstanding.get(tp)?.get(offset);
    if (!entry)
      throw new IllegalStateError(
        `acknowledge: ${formatTopicPartition(tp)} offset ${offset} is not waiting to be acknowledged (not handed out by this consumer, or its acknowledgement was sent already)`,
      );
    entry.code = code;
    if (code === AckCode.RENEW) this.renewing.set(renewKey(tp, offset), entry.acquired);
    else this.renewing.delete(renewKey(tp, offset));
    r.fetcher.acknowledge(tp, offset, code);
  }

  /** Accepts a record: shorthand for `acknowledge(record, 'accept')`. */
  accept(record: RecordRef): void {
    this.acknowledge(record, 'accept');
  }

  /** Releases a record (delivered again with `deliveryCount` + 1): `acknowledge(record, 'release')`. */
  release(record: RecordRef): void {
    this.acknowledge(record, 'release');
  }

  /** Rejects a record (archived, never delivered again): `acknowledge(record, 'reject')`. */
  reject(record: RecordRef): void {
    this.acknowledge(record, 'reject');
  }

  /**
   * Sends the acknowledgements made so far (implicit mode: accepts the last batch first) and
   * resolves, per partition, to the acknowledged offsets or the error the broker gave (in the
   * admin client's `ResultMap`; `throwIfAnyFailed()` turns failures into an exception). Waits
   * behind a fetch in flight to the same broker. Rejects with `KafkaTimeoutError` after `timeoutMs`
   * (default `defaultApiTimeoutMs`).
   */
  async commit(options: { timeoutMs?: number } = {}): Promise<ResultMap<TopicPartition, bigint[]>> {
    const r = this.run('commit');
    if (this.options.acknowledgementMode === 'implicit') this.acceptOutstanding();
    else this.sendAcknowledged();
    const timeoutMs = options.timeoutMs ?? this.options.defaultApiTimeoutMs;
    const cancel = new AbortController();
    const timer = sleep(timeoutMs, cancel.signal).then(
      () => true,
      () => false,
    );
    const flushing = r.fetcher.flushAcks();
    const timedOut = await Promise.race([flushing.then(() => false), timer]);
    cancel.abort();
    if (timedOut) throw new KafkaTimeoutError(`commit did not complete within ${timeoutMs} ms`, { timeoutMs });
    const out = new ResultMap<TopicPartition, bigint[]>();
    for (const res of await flushing) {
      const prev = out.get(res.topicPartition);
      if (res.error) out.set(res.topicPartition, { error: res.error });
      else if (prev?.error === null)
        out.set(res.topicPartition, { error: null, value: [...prev.value, ...res.offsets] });
      else if (!prev) out.set(res.topicPartition, { error: null, value: res.offsets });
    }
    return out;
  }

  /** Settles the batch handed out last, before the next one. */
  private settlePreviousBatch(): void {
    if (this.options.acknowledgementMode === 'implicit') {
      this.acceptOutstanding();
      return;
    }
    let unacked = 0;
    for (const m of this.outstanding.values()) for (const e of m.values()) if (e.code === null) unacked++;
    if (unacked > 0)
      throw new UnacknowledgedRecordsError(
        `getMany: ${unacked} record(s) of the previous batch are not acknowledged; acknowledge each (accept, release or reject) before asking for more (acknowledgementMode 'explicit')`,
        unacked,
      );
    this.sendAcknowledged();
  }

  /** Implicit mode: every record handed out and not acknowledged yet is accepted. */
  private acceptOutstanding(): void {
    const fetcher = this.running?.fetcher;
    for (const [tp, m] of this.outstanding)
      for (const [offset, e] of m) if (e.code === null) fetcher?.acknowledge(tp, offset, AckCode.ACCEPT);
    this.outstanding.clear();
  }

  /** Explicit mode: acknowledged records leave the handed-out set (their acknowledgements are queued). */
  private sendAcknowledged(): void {
    for (const [tp, m] of [...this.outstanding]) {
      for (const [offset, e] of [...m]) if (e.code !== null) m.delete(offset);
      if (m.size === 0) this.outstanding.delete(tp);
    }
  }

  private onAcknowledged(result: AcknowledgementCommit): void {
    if (this.renewing.size > 0) {
      const renewed: AcquiredRecord[] = [];
      for (const offset of result.offsets) {
        const key = renewKey(result.topicPartition, offset);
        const acquired = this.renewing.get(key);
        if (!acquired) continue;
        this.renewing.delete(key);
        if (result.error === null) renewed.push(acquired);
      }
      // A renewed record is handed out again (KIP-1222) and still needs a final acknowledgement.
      this.running?.fetcher.requeue(renewed);
    }
    const cb = this.options.onAcknowledgementCommit;
    if (!cb) return;
    try {
      cb(result);
    } catch (err) {
      this.cluster?.observability.callbackThrew('the onAcknowledgementCommit callback', err);
    }
  }

  // ---- errors ----

  private reportError(err: Error, fatal: boolean): void {
    if (fatal) this.fatalError = err;
    else this.pendingErrors.push(err);
    this.errorsChanged.notify();
  }

  private throwPendingError(): void {
    if (this.fatalError) throw this.fatalError;
    const err = this.pendingErrors.shift();
    if (err) throw err;
  }

  private run(what: string): Running {
    if (this.stopped) throw new ConsumerStoppedError(`${what}: the share consumer is stopped`);
    if (!this.running) throw new IllegalStateError(`${what}: call start() first`);
    return this.running;
  }
}

function renewKey(tp: TopicPartition, offset: bigint): string {
  return `${tp.topic}\u0000${tp.partition}\u0000${offset}`;
}

function checkTopics(topics: string[], what: string): string[] {
  for (const t of topics)
    if (typeof t !== 'string' || t.length === 0)
      throw new InvalidArgumentError(`${what}: topics must be non-empty strings, got ${JSON.stringify(t)}`);
  return [...new Set(topics)];
}

function isPromise(v: unknown): v is PromiseLike<unknown> {
  return typeof (v as PromiseLike<unknown> | null)?.then === 'function';
}
