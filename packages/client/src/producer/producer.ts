import {
  ErrorCode,
  IllegalOperationError,
  IllegalStateError,
  InvalidArgumentError,
  KafkaError,
  KafkaTimeoutError,
  loadCompressionCodec,
  MessageSizeTooLargeError,
  MetadataApi,
  ProducerClosedError,
  RECORD_BATCH_OVERHEAD,
  TopicAuthorizationFailedError,
  UnknownTopicOrPartitionError,
} from '@kafka-aio/protocol';
import { backoffMs, sleep } from '../cluster/backoff.js';
import { Cluster, isRetriable } from '../cluster/cluster.js';
import { type BrokerInfo, MetadataSnapshot, type TopicInfo } from '../cluster/metadata.js';
import { type SendDiagnostics, sendChannel, traceOutcome } from '../diagnostics.js';
import { type StartOptions, type StopOptions, startSignal } from '../lifecycle.js';
import { createDebug } from '../observability/debug.js';
import type { PartitionStatsInput, StatsContribution } from '../observability/index.js';
import { checkTopicName } from '../topic-name.js';
import { type TopicPartition, topicPartition } from '../topic-partition.js';
import { BatchBuilder } from './batch-builder.js';
import { BufferBudget, budgetCost } from './buffer-budget.js';
import { initProducerId } from './init-producer-id.js';
import {
  type DeliveryCallback,
  type ProducerOptions,
  type ResolvedProducerOptions,
  resolveProducerOptions,
} from './options.js';
import { DefaultPartitioner, type PartitionChoice } from './partitioner/index.js';
import { COMPRESSION_CODES, estimateRecordSize, type PendingRecord, type ProducerBatch } from './producer-batch.js';
import { MAX_PRODUCER_EPOCH, ProducerIdentity } from './producer-identity.js';
import { RecordAccumulator } from './record-accumulator.js';
import { checkTimestamp, headerPairs, normalizeHeaders, type RecordHeadersInput, serialize } from './record-input.js';
import type { RecordMetadata } from './record-metadata.js';
import { Sender } from './sender.js';
import { TransactionManager } from './transaction-manager.js';
import { WaitingSends } from './waiting-sends.js';

const debug = createDebug('kafka-aio:producer');

/** What {@link AIOKafkaProducer.listTopics} reports: the cluster's brokers and topics. */
export interface ClusterMetadata {
  clusterId: string | null;
  /** Node id of the active controller, -1 when not reported. */
  controllerId: number;
  brokers: BrokerInfo[];
  /** Topics by name, each with its partitions' leader, replicas and in-sync replicas. */
  topics: Map<string, TopicInfo>;
  /** Topics the broker reported an error for (e.g. UNKNOWN_TOPIC_OR_PARTITION), by name: the error code. */
  topicErrors: Map<string, number>;
}

/** Per-record options of {@link AIOKafkaProducer.send}. */
export interface SendOptions<K> {
  /** The record key; partitions keyed records by murmur2 like the Java client. */
  key?: K;
  /** An explicit partition; otherwise the partitioner chooses. */
  partition?: number;
  /** Epoch milliseconds; default now. */
  timestampMs?: number;
  /** Ordered headers; keys may repeat. */
  headers?: RecordHeadersInput;
  /** Called once this record is delivered or has finally failed. */
  onDelivery?: DeliveryCallback;
  /** Cancels waiting for buffer space or metadata (not a record already buffered). */
  signal?: AbortSignal;
}

/**
 * A record accepted into the producer's buffer. `await producer.send(...)` gives you this as soon as
 * there is room; `await pending.delivered` waits for the broker. (A Promise cannot resolve to a
 * Promise, so the two waits are two steps, like aiokafka's `send()` and its future.)
 */
export interface PendingDelivery {
  /** The partition the record was assigned to. */
  readonly topicPartition: TopicPartition;
  /** Resolves with where the record landed, or rejects with the delivery error. */
  readonly delivered: Promise<RecordMetadata>;
}

class Pending implements PendingDelivery {
  #delivered: Promise<RecordMetadata> | undefined;
  constructor(
    private readonly batch: ProducerBatch,
    private readonly index: number,
  ) {}
  get topicPartition(): TopicPartition {
    return this.batch.tp;
  }
  // Made on first access: producers that only await flush() create no per-record promise.
  get delivered(): Promise<RecordMetadata> {
    this.#delivered ??= this.batch.recordPromise(this.index);
    return this.#delivered;
  }
}

type State = 'new' | 'starting' | 'running' | 'closing' | 'closed';

/**
 * An asynchronous Kafka producer in the shape of aiokafka's AIOKafkaProducer.
 *
 * ```ts
 * await using producer = new AIOKafkaProducer({ bootstrapServers: '127.0.0.1:9092' });
 * await producer.start();
 * const meta = await producer.sendAndWait('orders', 'hello', { key: 'k1' });
 * ```
 *
 * Fast path: `await producer.send(...)` many times (it only waits when `bufferMemory` is full),
 * then `await producer.flush()`, or `Promise.all` of the `delivered` promises.
 */
export class AIOKafkaProducer<K = Buffer | string | null, V = Buffer | string | null> {
  /** The resolved options, defaults applied. */
  readonly options: ResolvedProducerOptions;
  private readonly cluster: Cluster;
  private readonly budget: BufferBudget;
  private readonly accumulator: RecordAccumulator;
  private readonly identity: ProducerIdentity | undefined;
  private readonly partitioner: DefaultPartitioner;
  private readonly sender: Sender;
  private readonly txn: TransactionManager | undefined;
  private state: State = 'new';
  private readonly waitingSends = new WaitingSends<PendingDelivery>();
  /** Set by stop() once the sends made before it are queued: a send still waiting then fails. */
  private sendsClosed = false;
  private fatalError: KafkaError | undefined;

  constructor(options: ProducerOptions<K, V> = {}) {
    this.options = resolveProducerOptions(options as ProducerOptions<never, never>);
    const o = this.options;
    this.cluster = new Cluster({ ...o, allowAutoTopicCreation: o.allowAutoCreateTopics });
    this.budget = new BufferBudget(o.bufferMemory);
    this.accumulator = new RecordAccumulator(o, (thrown) =>
      this.cluster.observability.callbackThrew('a delivery callback', thrown),
    );
    this.identity = o.enableIdempotence ? new ProducerIdentity() : undefined;
    this.partitioner = new DefaultPartitioner({ batchSize: o.maxBatchSize, partitioner: o.partitioner });
    this.txn =
      o.transactionalId === null
        ? undefined
        : new TransactionManager(
            this.cluster,
            this.identity!,
            o,
            () => this.flushAccepted(),
            (err) => this.onFatal(err),
          );
    this.sender = new Sender(this.cluster, this.accumulator, this.budget, this.identity, o, {
      transactional: this.txn !== undefined,
      ensureIdentity: (signal) => this.ensureIdentity(signal),
      readyToSend: this.txn ? (tp) => this.txn!.readyToSend(tp) : undefined,
      produceVersionCap: this.txn ? () => this.txn!.produceVersionCap() : undefined,
      onBatchFailed: this.txn ? (err) => this.txn!.onBatchFailed(err) : undefined,
      onFatal: (err) => this.onFatal(err),
      onDelivered: (batch) => this.countDelivered(batch),
    });
    this.txn?.setWake(() => this.sender.wake());
    this.cluster.observability.register('producer', () => this.statsContribution());
  }

  /** Statistics counters: records and bytes acknowledged, per partition and in all. */
  private readonly delivered = new Map<TopicPartition, { txmsgs: number; txbytes: number }>();
  private readonly deliveredTotal = { msgs: 0, bytes: 0 };
  /** `performance.now()` when the producer met its fatal error, for `idemp_stateage`. */
  private fatalAt = 0;

  private countDelivered(batch: ProducerBatch): void {
    const bytes = batch.sizeBytes - RECORD_BATCH_OVERHEAD;
    let d = this.delivered.get(batch.tp);
    if (!d) {
      d = { txmsgs: 0, txbytes: 0 };
      this.delivered.set(batch.tp, d);
    }
    d.txmsgs += batch.recordCount;
    d.txbytes += bytes;
    this.deliveredTotal.msgs += batch.recordCount;
    this.deliveredTotal.bytes += bytes;
  }

  /** This producer's part of a statistics document: queued and in-flight records per partition. */
  private statsContribution(): StatsContribution {
    const partitions = new Map<TopicPartition, PartitionStatsInput>();
    const entry = (tp: TopicPartition) => {
      let e = partitions.get(tp);
      if (!e) {
        e = { topic: tp.topic, partition: tp.partition, msgq_cnt: 0, msgq_bytes: 0, msgs_inflight: 0 };
        partitions.set(tp, e);
      }
      return e as { msgq_cnt: number; msgq_bytes: number; msgs_inflight: number };
    };
    for (const [tp, d] of this.delivered) Object.assign(entry(tp), d);
    for (const batch of this.accumulator.incomplete) {
      const e = entry(batch.tp);
      if (batch.inFlight) e.msgs_inflight += batch.recordCount;
      else {
        e.msgq_cnt += batch.recordCount;
        e.msgq_bytes += batch.reservedBytes;
      }
    }
    const id = this.identity;
    return {
      msg_size_max: this.options.bufferMemory,
      txmsgs: this.deliveredTotal.msgs,
      txmsg_bytes: this.deliveredTotal.bytes,
      partitions: partitions.values(),
      eos: id
        ? {
            idemp_state: this.fatalError ? 'FatalError' : id.isValid ? 'Assigned' : 'Init',
            idemp_stateage: Math.round(performance.now() - (this.fatalError ? this.fatalAt : id.changedAt)),
            producer_id: Number(id.producerId),
            producer_epoch: id.epoch,
            epoch_cnt: id.renewals,
          }
        : undefined,
    };
  }

  /**
   * Connects to the cluster; with idempotence or transactions, also obtains a producer id. Rejects
   * with `NoBrokersAvailableError` when no bootstrap server answers. Idempotent: a second call
   * waits for the same start. Aborting `signal` gives up with `AbortError`, and the producer is
   * closed.
   */
  start(options?: StartOptions | AbortSignal): Promise<void> {
    if (this.state === 'starting' || this.state === 'running') return this.started;
    if (this.state !== 'new') {
      return Promise.reject(new IllegalStateError(`start() called on a producer that is ${this.state}`));
    }
    this.started = this.doStart(startSignal(options));
    return this.started;
  }
  private started: Promise<void> = Promise.resolve();

  private async doStart(signal: AbortSignal | undefined): Promise<void> {
    this.state = 'starting';
    // Load the codec's native binding (snappy, lz4) while connecting, so the first batch does not
    // wait for it; if it cannot be loaded, the first batch fails naming the package.
    loadCompressionCodec(COMPRESSION_CODES[this.options.compressionType]).catch(() => {});
    try {
      await this.cluster.start(signal);
      if (this.txn) await this.txn.initialize(signal);
      else if (this.identity) await this.ensureIdentity(signal);
      this.state = 'running';
      debug('producer started (idempotence %s)', this.identity ? 'on' : 'off');
    } catch (err) {
      this.state = 'closed';
      this.cluster.close();
      throw err;
    }
  }

  private async ensureIdentity(signal?: AbortSignal): Promise<void> {
    const id = this.identity!;
    if (this.txn) return this.txn.ensureIdentity(signal);
    if (id.isValid && id.needsBump && id.epoch < MAX_PRODUCER_EPOCH) {
      // KIP-360, as the Java client does: an idempotent producer bumps its epoch itself. The broker
      // takes a higher epoch as a fresh start at sequence 0; asking InitProducerId instead would
      // hand out a new producer id each time (the broker keeps no epoch for idempotent producers).
      id.set(id.producerId, id.epoch + 1);
      debug('producer id %s epoch bumped to %d', id.producerId, id.epoch);
      return;
    }
    const next = await initProducerId(this.cluster, {
      transactionalId: null,
      transactionTimeoutMs: 2 ** 31 - 1,
      timeoutMs: this.options.maxBlockMs,
      signal,
    });
    debug('producer id %s epoch %d', next.producerId, next.epoch);
    id.set(next.producerId, next.epoch);
  }

  /**
   * Sends the buffered records (with those of earlier sends still waiting for the topic's metadata
   * or buffer space; sends made after stop() are refused) and closes connections. Records still undelivered after
   * `timeoutMs` (default `deliveryTimeoutMs`) fail with `ProducerClosedError`; stop never hangs.
   */
  async stop({ timeoutMs = this.options.deliveryTimeoutMs }: StopOptions = {}): Promise<void> {
    if (this.state === 'closed' || this.state === 'new') {
      this.state = 'closed';
      this.cluster.close();
      return;
    }
    if (this.state === 'closing') return this.closed;
    this.state = 'closing';
    this.closed = (async () => {
      // Sends made before stop() that still wait (metadata, a serializer, buffer space) are
      // delivered with the rest; new sends are refused from now on.
      const started = performance.now();
      await this.waitingSends.settled(timeoutMs);
      timeoutMs = Math.max(0, timeoutMs - (performance.now() - started));
      this.sendsClosed = true;
      this.budget.failWaiters(new ProducerClosedError('the producer is stopping'));
      this.sender.beginClose();
      const drained = this.sender.flush();
      // The timer is cancelled once drained, so it never keeps the process alive after stop().
      const cancelTimer = new AbortController();
      const timer = sleep(timeoutMs, cancelTimer.signal).then(
        () => 'timeout' as const,
        () => 'drained' as const,
      );
      const outcome = await Promise.race([drained.then(() => 'drained' as const), timer]);
      cancelTimer.abort();
      if (outcome === 'timeout') {
        this.sender.abortAll(
          new ProducerClosedError(`the producer stopped before these records were delivered (waited ${timeoutMs} ms)`),
        );
      }
      // Requests still out (a paused broker) settle later; the sender must not retry them, nor
      // refresh the producer id, once the producer is closed, or timers outlive stop().
      this.sender.close();
      this.state = 'closed';
      this.cluster.close();
      debug('producer stopped');
    })();
    return this.closed;
  }
  private closed: Promise<void> = Promise.resolve();

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }

  /**
   * Sends what is buffered without waiting for `lingerMs`, and waits until every record sent so far
   * is delivered or has failed, or until `timeoutMs` passed (confluent-kafka's `flush(timeout)`).
   * Resolves with the number of records still undelivered: 0 when everything settled.
   */
  async flush({ timeoutMs }: { timeoutMs?: number } = {}): Promise<number> {
    await this.flushAccepted(timeoutMs);
    return this.pendingCount;
  }

  /**
   * Waits until the sends made so far are queued (or failed), then for what is queued to be
   * delivered (or failed), within `timeoutMs` in all. A send still waiting for the topic's
   * metadata or for buffer space belongs to the flush (and to the transaction) it was made before.
   */
  private async flushAccepted(timeoutMs?: number): Promise<void> {
    const started = performance.now();
    await this.waitingSends.settled(timeoutMs);
    const left = timeoutMs === undefined ? undefined : Math.max(0, timeoutMs - (performance.now() - started));
    await this.sender.flush(left);
  }

  /**
   * Records sent and not yet delivered or failed: waiting to be queued (metadata, buffer space),
   * queued or in flight (confluent-kafka's `len()`).
   */
  get pendingCount(): number {
    let records = this.waitingSends.size;
    const incomplete = this.accumulator.incomplete;
    for (let b = incomplete.first; b !== null; b = b.linkNext) records += b.recordCount;
    return records;
  }

  /**
   * Fails the records waiting to be sent with `PurgedError` (confluent-kafka's `purge()`); with
   * `inFlight: true` also those whose request is out (the broker may have written them). Resolves
   * with the number of records purged. Inside a transaction, the transaction must then abort.
   */
  async purge({ inFlight = false }: { inFlight?: boolean } = {}): Promise<number> {
    this.checkOpen();
    return this.sender.purge(inFlight);
  }

  /**
   * The cluster's brokers and topics, with each partition's leader, replicas and in-sync replicas
   * (confluent-kafka's `list_topics()`): every topic, or only `topic`. Asks a broker each time.
   */
  async listTopics({ topic, timeoutMs }: { topic?: string; timeoutMs?: number } = {}): Promise<ClusterMetadata> {
    this.checkOpen();
    if (topic !== undefined) checkTopicName(topic);
    const res = await this.cluster.request(
      this.cluster.leastLoadedNode(),
      MetadataApi,
      {
        topics: topic === undefined ? null : [{ name: topic }],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      },
      { timeoutMs: timeoutMs ?? this.options.requestTimeoutMs },
    );
    const snapshot = MetadataSnapshot.empty().merge(res, performance.now());
    return {
      clusterId: snapshot.clusterId,
      controllerId: snapshot.controllerId,
      brokers: [...snapshot.brokers.values()],
      topics: new Map(snapshot.topics),
      topicErrors: new Map(snapshot.topicErrors),
    };
  }

  /**
   * Gets the transactional producer id again, fencing any older producer with this
   * `transactionalId` (confluent-kafka's `init_transactions()`). `start()` already does this; call
   * it to re-initialise between transactions. Rejects with `KafkaTimeoutError` after `timeoutMs`
   * (default `maxBlockMs`), and with `IllegalOperationError` while a transaction is open.
   */
  async initTransactions({ timeoutMs = this.options.maxBlockMs }: { timeoutMs?: number } = {}): Promise<void> {
    this.checkOpen();
    const txn = this.requireTxn();
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      await txn.reinitialize(signal);
    } catch (err) {
      if (signal.aborted && !(err instanceof KafkaError && err.fatal)) {
        throw new KafkaTimeoutError(`initTransactions() did not finish within ${timeoutMs} ms`, {
          cause: err,
          timeoutMs,
        });
      }
      throw err;
    }
  }

  /** The partition numbers of `topic`, waiting up to `maxBlockMs` for its metadata. */
  async partitionsFor(topic: string): Promise<number[]> {
    this.checkOpen();
    checkTopicName(topic);
    const count = await this.waitForTopic(topic);
    return Array.from({ length: count }, (_, i) => i);
  }

  /**
   * Buffers one record and resolves once it is accepted (waiting only while `bufferMemory` is full
   * or the topic's metadata is unknown). Await `.delivered` on the result for the broker's answer.
   *
   * Rejects with `InvalidTopicError` (a name Kafka does not allow), `SerializationError` (bad key,
   * value or headers; `undefined` as the value: only `null` is a tombstone), `MessageSizeTooLargeError` (over
   * `maxRequestSize`), `KafkaTimeoutError` (no buffer space or metadata within `maxBlockMs`),
   * `ProducerClosedError` (after `stop()`), or `IllegalOperationError` (transactional producer
   * outside a transaction).
   */
  send(topic: string, value: V, options: SendOptions<K> = {}): Promise<PendingDelivery> {
    return promiseOf(() => this.produce(topic, value, options));
  }

  /**
   * {@link send} without a promise when none is needed, for loops that buffer many records
   * (confluent-kafka's synchronous `produce()`): returns the record's {@link PendingDelivery} at
   * once when nothing had to be waited for (serializers that return a value, the topic's metadata
   * known, room in `bufferMemory`), and a promise of it otherwise. Await that promise before
   * producing the next record, as with `send()`. Throws at once the errors `send()` rejects with
   * before buffering (bad topic, key, value or headers, a record over `maxRequestSize`, a closed
   * producer, no transaction).
   */
  produce(topic: string, value: V, options: SendOptions<K> = {}): PendingDelivery | Promise<PendingDelivery> {
    if (sendChannel.hasSubscribers) return this.tracedSend(topic, value, options);
    return this.sendRecord(topic, value, options);
  }

  /**
   * {@link send} published on the `kafka-aio:send` tracing channel: `start` before the record is
   * serialized (a subscriber may add headers), `asyncEnd` or `error` once it is delivered or failed.
   */
  private tracedSend(topic: string, value: V, options: SendOptions<K>): Promise<PendingDelivery> {
    const given = options.headers as unknown;
    const context: SendDiagnostics = {
      clientId: this.options.clientId,
      topic,
      key: options.key,
      value,
      headers: headerPairs(given),
    };
    sendChannel.start.publish(context);
    // Malformed headers stay as given, for send() to reject them as it always does.
    const headers = given === undefined || Array.isArray(given) ? context.headers : options.headers;
    const sent = promiseOf(() => this.sendRecord(topic, value, { ...options, headers }));
    sendChannel.end.publish(context);
    traceOutcome(
      sendChannel,
      context,
      sent.then((p) => p.delivered),
      (metadata) => {
        context.metadata = metadata as RecordMetadata;
      },
    );
    return sent;
  }

  /** Buffers a record: at once in the common case, else through {@link sendAfterWaits}. Throws bad input. */
  private sendRecord(topic: string, value: V, options: SendOptions<K>): PendingDelivery | Promise<PendingDelivery> {
    // The common case needs no wait: synchronous serializers, known metadata, buffer space. It
    // runs without an async frame or a promise, which were most of what send() allocated per
    // record; anything that has to wait continues in sendAfterWaits().
    this.checkOpen();
    checkTopicName(topic);
    this.txn?.checkCanSend();
    const key = serialize('key', options.key, this.options.keySerializer, topic);
    const val = serialize('value', value, this.options.valueSerializer, topic);
    if (key instanceof Promise || val instanceof Promise) return this.sendAfterWaits(topic, key, val, options);
    const record = this.pendingRecord(topic, key, val, options);
    const size = this.checkRecordSize(record);
    const partitions = this.cluster.metadata.partitionCount(topic);
    if (partitions === undefined) return this.sendAfterWaits(topic, key, val, options, { record, size });
    const placed = this.choosePartition(topic, partitions, record, options.partition);
    if (!this.budget.tryReserve(budgetCost(size))) {
      const { partition, sticky } = placed; // a copy: the partitioner reuses its answer
      return this.sendAfterWaits(topic, key, val, options, { record, size, placed: { partition, sticky } });
    }
    return this.enqueue(topic, placed, record, size, options.onDelivery);
  }

  /**
   * The rest of {@link send} once something has to be waited for: a serializer, metadata, buffer
   * space. The send is one of {@link waitingSends} until it is queued or has failed.
   */
  private sendAfterWaits(...args: Parameters<AIOKafkaProducer<K, V>['queueAfterWaits']>): Promise<PendingDelivery> {
    return this.waitingSends.track(this.queueAfterWaits(...args));
  }

  private async queueAfterWaits(
    topic: string,
    key: Buffer | null | Promise<Buffer | null>,
    val: Buffer | null | Promise<Buffer | null>,
    options: SendOptions<K>,
    known?: { record: PendingRecord; size: number; placed?: PartitionChoice },
  ): Promise<PendingDelivery> {
    let record: PendingRecord;
    let size: number;
    if (known === undefined) {
      const [k, v] = await Promise.all([key, val]); // both settle: no rejection left unhandled
      record = this.pendingRecord(topic, k, v, options);
      size = this.checkRecordSize(record);
    } else {
      ({ record, size } = known);
    }
    let placed = known?.placed;
    if (placed === undefined) {
      let partitions = this.cluster.metadata.partitionCount(topic);
      if (partitions === undefined) partitions = await this.waitForTopic(topic, options.signal);
      const { partition, sticky } = this.choosePartition(topic, partitions, record, options.partition);
      placed = { partition, sticky };
    }
    const cost = budgetCost(size);
    if (!this.budget.tryReserve(cost)) await this.budget.reserve(cost, this.options.maxBlockMs, options.signal);
    if (!this.acceptsWaitingSends) {
      this.budget.release(cost);
      this.checkOpen();
    }
    return this.enqueue(topic, placed, record, size, options.onDelivery);
  }

  private pendingRecord(topic: string, key: Buffer | null, value: Buffer | null, options: SendOptions<K>) {
    const record: PendingRecord = {
      key,
      value,
      headers: normalizeHeaders(options.headers, topic),
      timestamp: options.timestampMs === undefined ? Date.now() : checkTimestamp(options.timestampMs),
    };
    return record;
  }

  /** The record's estimated size, checked against `maxRequestSize` and `bufferMemory`. */
  private checkRecordSize(record: PendingRecord): number {
    const size = estimateRecordSize(record);
    if (size + RECORD_BATCH_OVERHEAD > this.options.maxRequestSize) {
      throw new MessageSizeTooLargeError(size + RECORD_BATCH_OVERHEAD, this.options.maxRequestSize, undefined);
    }
    if (size > this.options.bufferMemory)
      throw new MessageSizeTooLargeError(size, this.options.bufferMemory, `the record is larger than bufferMemory`);
    return size;
  }

  /** Appends a record whose buffer space is reserved to its partition's open batch. */
  private enqueue(
    topic: string,
    { partition, sticky }: PartitionChoice,
    record: PendingRecord,
    size: number,
    onDelivery: DeliveryCallback | undefined,
  ): Pending {
    const tp = topicPartition(topic, partition);
    this.txn?.addPartition(tp);
    const batch = this.accumulator.append(tp, record, size, onDelivery);
    const index = batch.recordCount - 1;
    const full = !batch.isOpen;
    if (sticky) this.partitioner.onAppend(topic, partition, size, full);
    if (full || index === 0) this.sender.wake();
    return new Pending(batch, index);
  }

  /** An empty batch for {@link sendBatch}, sized to `maxBatchSize` and using the producer's serializers. */
  createBatch(): BatchBuilder<K, V> {
    return new BatchBuilder<K, V>(this.options.maxBatchSize, this.options.keySerializer, this.options.valueSerializer);
  }

  /**
   * Sends a batch made with {@link createBatch} to one partition as a unit: its records get
   * consecutive offsets. `delivered` resolves with the metadata of the batch's first record.
   */
  async sendBatch(
    batch: BatchBuilder<K, V>,
    topic: string,
    { partition }: { partition: number },
  ): Promise<PendingDelivery> {
    this.checkOpen();
    checkTopicName(topic);
    this.txn?.checkCanSend();
    batch.close();
    if (batch.recordCount() === 0) throw new InvalidArgumentError('sendBatch() needs a batch with at least one record');
    if (batch.size() > this.options.maxRequestSize)
      throw new MessageSizeTooLargeError(batch.size(), this.options.maxRequestSize);
    let partitions = this.cluster.metadata.partitionCount(topic);
    if (partitions === undefined) partitions = await this.waitForTopic(topic);
    this.choosePartition(topic, partitions, batch.records[0], partition);
    const size = batch.size();
    if (!this.budget.tryReserve(size)) await this.budget.reserve(size, this.options.maxBlockMs);
    const tp = topicPartition(topic, partition);
    this.txn?.addPartition(tp);
    const queued = this.accumulator.appendWhole(tp, batch.records, size);
    this.sender.wake();
    return new Pending(queued, 0);
  }

  /** `send` then wait for delivery: resolves with the record's metadata. */
  async sendAndWait(topic: string, value: V, options: SendOptions<K> = {}): Promise<RecordMetadata> {
    const pending = await this.send(topic, value, options);
    return pending.delivered;
  }

  private choosePartition(
    topic: string,
    partitions: number,
    record: PendingRecord,
    explicit: number | undefined,
  ): Readonly<PartitionChoice> {
    if (explicit !== undefined) {
      if (!Number.isInteger(explicit) || explicit < 0 || explicit >= partitions) {
        throw new InvalidArgumentError(
          `partition ${explicit} does not exist: topic ${topic} has partitions 0-${partitions - 1}`,
        );
      }
      return { partition: explicit, sticky: false };
    }
    return this.partitioner.choose(topic, record.key, record.value, partitions, this.cluster.metadata);
  }

  /**
   * Waits up to `maxBlockMs` for `topic` to appear in metadata; returns its partition count. A
   * metadata request that fails for a reason that may pass (a connection reset, a broker that is
   * restarting) is retried like an answer without the topic: within `maxBlockMs`, as the Java
   * producer's metadata wait does, so a network blip never fails a `send()`.
   */
  private async waitForTopic(topic: string, signal?: AbortSignal): Promise<number> {
    const deadline = performance.now() + this.options.maxBlockMs;
    let lastFailure: Error | undefined;
    for (let attempt = 0; ; attempt++) {
      if (!this.acceptsWaitingSends) this.checkOpen(); // stopped meanwhile: ProducerClosedError
      const known = this.cluster.metadata.partitionCount(topic);
      if (known !== undefined && known > 0) return known;
      let code: number | undefined;
      try {
        const meta = await this.cluster.refreshMetadata([topic]);
        const count = meta.partitionCount(topic);
        if (count !== undefined && count > 0) return count;
        code = meta.topicErrors.get(topic);
        lastFailure = undefined;
      } catch (err) {
        if (!isRetriable(err) || signal?.aborted || !this.acceptsWaitingSends) throw err;
        lastFailure = err as Error;
      }
      if (code === ErrorCode.TOPIC_AUTHORIZATION_FAILED)
        throw new TopicAuthorizationFailedError(undefined, { context: { topic } });
      const wait = backoffMs(attempt, this.options.retryBackoffMs, this.options.retryBackoffMaxMs);
      if (performance.now() + wait > deadline) {
        if (lastFailure) {
          throw new KafkaTimeoutError(
            `metadata for topic ${topic} could not be fetched within maxBlockMs=${this.options.maxBlockMs}: ${lastFailure.message}`,
            { cause: lastFailure, timeoutMs: this.options.maxBlockMs },
          );
        }
        const reason =
          code === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION || code === undefined
            ? 'it does not exist (and was not auto-created)'
            : `error code ${code}`;
        throw new UnknownTopicOrPartitionError(
          `topic ${topic} not present in metadata after maxBlockMs=${this.options.maxBlockMs}: ${reason}`,
          { context: { topic } },
        );
      }
      await sleep(wait, signal);
    }
  }

  /** Whether a send made earlier may still be queued: running, or stopping and not yet past its waiting sends. */
  private get acceptsWaitingSends(): boolean {
    return this.state === 'running' || (this.state === 'closing' && !this.sendsClosed);
  }

  private checkOpen(): void {
    if (this.fatalError) throw this.fatalError;
    if (this.state === 'new' || this.state === 'starting')
      throw new IllegalStateError('the producer is not started: call start() first');
    if (this.state !== 'running') throw new ProducerClosedError();
  }

  private onFatal(err: KafkaError): void {
    if (this.fatalError) return;
    debug('fatal producer error: %s', err.message);
    this.fatalError = err;
    this.fatalAt = performance.now();
    this.txn?.onFatal(err);
    this.sender.abortAll(err);
    this.budget.failWaiters(err);
  }

  // --- transactions -------------------------------------------------------------------------

  /** Starts a transaction; records sent from now on commit or abort together. */
  beginTransaction(): void {
    this.checkOpen();
    this.requireTxn().begin();
  }

  /** Flushes, then commits everything sent since `beginTransaction()`. */
  async commitTransaction(): Promise<void> {
    this.checkOpen();
    await this.requireTxn().commit();
  }

  /** Discards everything sent since `beginTransaction()`. */
  async abortTransaction(): Promise<void> {
    if (this.fatalError) throw this.fatalError;
    await this.requireTxn().abort();
  }

  /**
   * Runs `fn` inside a transaction: commits when it resolves, aborts when it throws (and rethrows).
   */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    this.beginTransaction();
    let result: T;
    try {
      result = await fn();
    } catch (err) {
      if (!this.fatalError) await this.abortTransaction();
      throw err;
    }
    await this.commitTransaction();
    return result;
  }

  /**
   * Adds consumer offsets to the current transaction (consume-transform-produce). `groupMetadata`
   * is the consumer's `groupMetadata()`, so that a zombie member is fenced (KIP-447).
   */
  async sendOffsetsToTransaction(
    offsets: ReadonlyMap<
      TopicPartition,
      bigint | number | { offset: bigint | number; metadata?: string | null; leaderEpoch?: number }
    >,
    groupMetadata:
      | { groupId: string; generationId?: number; memberId?: string; groupInstanceId?: string | null }
      | string,
  ): Promise<void> {
    this.checkOpen();
    await this.requireTxn().sendOffsets(
      offsets,
      typeof groupMetadata === 'string' ? { groupId: groupMetadata } : groupMetadata,
    );
  }

  private requireTxn(): TransactionManager {
    if (!this.txn) throw new IllegalOperationError('transactions need the transactionalId option');
    return this.txn;
  }

  /** @internal A view for tests: the current producer id and epoch. */
  get producerIdAndEpoch(): { producerId: bigint; epoch: number } | undefined {
    return this.identity?.isValid ? { producerId: this.identity.producerId, epoch: this.identity.epoch } : undefined;
  }

  /** @internal For diagnostics: bytes buffered. */
  get bufferedBytes(): number {
    return this.budget.usedBytes;
  }
}

/** What `run` returns or throws, as a promise: send() on top of produce(), which may throw. */
function promiseOf<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    const r = run();
    return r instanceof Promise ? r : Promise.resolve(r);
  } catch (err) {
    return Promise.reject(err);
  }
}
