import {
  AIOKafkaAdminClient,
  AIOKafkaConsumer,
  type ConsumerOptions,
  type ConsumerRecord,
  OFFSET_BEGINNING,
  OFFSET_END,
  type TopicPartition,
  topicPartition,
} from '@kafka-aio/client';
import { describeGroupOf, type GroupDescription } from './admin.js';
import { toAssignmentStrategy } from './assigners.js';
import { fromProperties, isConfluentShape, rejectUnknownKeys, SUPPORTED_PROPERTIES, splitConfluent } from './config.js';
import {
  CONSUMER_KEYS,
  type ConsumerConfig,
  type ConsumerRunConfig,
  type ConsumerSubscribeTopics,
  type OffsetsByTopicPartition,
  type TopicPartitionOffsetAndMetadata,
  type TopicPartitions,
} from './consumer-types.js';
import { KafkaJSError, KafkaJSNonRetriableError, KafkaJSNumberOfRetriesExceeded, toKafkaJSError } from './errors.js';
import { ConsumerEvents, Instrumentation, type InstrumentationEvent } from './events.js';
import type { ConfluentConfig, KafkaContext } from './kafka.js';
import type { Logger } from './logger.js';
import { Batch, toKafkaMessage } from './messages.js';
import { isRetriable, type ResolvedRetry, resolveRetry, retryDelay } from './retry.js';

const key = (topic: string, partition: number) => `${topic}\u0000${partition}`;
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/** One `run()` of the consumer: its kafka-aio consumer, and what it tracks per partition. */
interface Session {
  aio: AIOKafkaConsumer;
  config: Required<Pick<ConsumerRunConfig, 'autoCommit' | 'eachBatchAutoResolve' | 'partitionsConsumedConcurrently'>> &
    ConsumerRunConfig;
  /** Next offset to commit, per partition, as resolved by the handlers. */
  resolved: Map<string, { tp: TopicPartition; offset: bigint }>;
  /** What was last committed per partition. */
  committed: Map<string, bigint>;
  /** Partitions seeked during the batch being processed (their batch is stale). */
  stale: Set<string>;
  lastCommit: number;
  /** Messages resolved since the last commit (for `autoCommitThreshold`). */
  resolvedSinceCommit: number;
  running: boolean;
  /** Ends the wait between retries and the fetch loop. */
  abort: AbortController;
  /** The batches being processed now; a revocation waits for them. */
  inflight: Promise<unknown> | null;
  loop: Promise<void> | null;
  joined: () => void;
}

/**
 * KafkaJS's consumer over kafka-aio's `AIOKafkaConsumer`. `run()` pulls batches with `getMany` and
 * hands each partition's messages to `eachMessage` or `eachBatch` in order, at most
 * `partitionsConsumedConcurrently` partitions at a time. A handler error commits what was resolved,
 * moves the partition back to the failed message (so it is delivered again) and retries with
 * backoff; after `retry.retries` the consumer crashes and, by default, restarts (`CRASH` event).
 */
export class Consumer {
  /** KafkaJS's event names of this consumer. */
  readonly events = ConsumerEvents;
  private readonly instrumentation: Instrumentation;
  private readonly log: Logger;
  /** KafkaJS logs the group membership under its own namespace. */
  private readonly groupLog: Logger;
  private readonly config: ConsumerConfig;
  private readonly properties: Record<string, unknown>;
  private readonly retry: ResolvedRetry;
  private readonly groupId: string;
  private admin: AIOKafkaAdminClient | undefined;
  private readonly topics = new Map<string, boolean>();
  private readonly pendingSeeks = new Map<string, { tp: TopicPartition; offset: string }>();
  /** Paused partitions per topic; `'all'` pauses every partition of the topic, assigned now or later. */
  private readonly pausedTopics = new Map<string, 'all' | Set<number>>();
  private session: Session | null = null;
  private connected = false;
  private runConfig: ConsumerRunConfig | null = null;

  constructor(
    private readonly ctx: KafkaContext,
    config: ConsumerConfig | ConfluentConfig<ConsumerConfig>,
  ) {
    if (config === null || typeof config !== 'object')
      throw new KafkaJSNonRetriableError('Consumer groupId must be a non-empty string.');
    if (isConfluentShape(config)) {
      const split = splitConfluent<ConsumerConfig>(config);
      this.config = { ...(split.kafkaJS ?? ({} as ConsumerConfig)) };
      this.properties = split.properties;
      if (this.config.groupId === undefined && typeof this.properties['group.id'] === 'string')
        this.config.groupId = this.properties['group.id'];
    } else {
      this.config = config as ConsumerConfig;
      this.properties = {};
    }
    rejectUnknownKeys('consumer', this.config, CONSUMER_KEYS);
    fromProperties('consumer', this.properties); // an unsupported property fails here, named
    const { groupId, sessionTimeout, heartbeatInterval } = this.config;
    if (typeof groupId !== 'string' || groupId === '')
      throw new KafkaJSNonRetriableError('Consumer groupId must be a non-empty string.');
    if ((heartbeatInterval ?? 3000) >= (sessionTimeout ?? 30_000))
      throw new KafkaJSNonRetriableError('Consumer heartbeatInterval must be lower than sessionTimeout');
    this.groupId = groupId;
    this.retry = resolveRetry(ctx.config.retry, this.config.retry);
    this.log = ctx.root.logger('Consumer');
    this.groupLog = ctx.root.logger('ConsumerGroup');
    this.instrumentation = new Instrumentation(ConsumerEvents, this.log, ctx.clientId);
  }

  /** kafka-aio's consumer options for this consumer and the topics subscribed so far. */
  private async options(): Promise<ConsumerOptions> {
    const c = this.config;
    const fromBeginning = [...this.topics.values()];
    const o: ConsumerOptions = {
      ...(await this.ctx.clientOptions('consumer', {})),
      groupId: this.groupId,
      // Commits are this layer's: after each batch, by interval or threshold, as KafkaJS does.
      enableAutoCommit: false,
      autoOffsetReset: fromBeginning.length > 0 && fromBeginning.every(Boolean) ? 'earliest' : 'latest',
      partitionAssignmentStrategy: toAssignmentStrategy(c.partitionAssigners ?? c.partitionAssignors, {
        groupId: this.groupId,
        logger: this.groupLog,
      }) as ConsumerOptions['partitionAssignmentStrategy'],
      sessionTimeoutMs: c.sessionTimeout ?? 30_000,
      rebalanceTimeoutMs: c.rebalanceTimeout ?? 60_000,
      heartbeatIntervalMs: c.heartbeatInterval ?? 3_000,
      allowAutoCreateTopics: c.allowAutoTopicCreation ?? true,
      maxPartitionFetchBytes: c.maxBytesPerPartition ?? 1_048_576,
      fetchMinBytes: c.minBytes ?? 1,
      fetchMaxBytes: c.maxBytes ?? 10_485_760,
      // Java's and kafka-aio's 500 ms rather than KafkaJS's 5000: a seek (a handler error's redelivery
      // among them) takes effect when the fetch in flight returns.
      fetchMaxWaitMs: c.maxWaitTimeInMs ?? 500,
      isolationLevel: c.readUncommitted ? 'read_uncommitted' : 'read_committed',
      // A poll's records all live until its batches are processed; 10,000 keeps a batch about
      // KafkaJS's size (a partition's share of a fetch: 1 MiB, some 8,000 records of 100 B) while
      // 100,000 live records made the garbage collector copy and promote most of them (probe, 100 B
      // × 16 partitions: 1.85M → 2.0–2.1M records/s).
      maxPollRecords: 10_000,
    };
    if (c.metadataMaxAge !== undefined) o.metadataMaxAgeMs = c.metadataMaxAge;
    if (c.rackId) o.clientRack = c.rackId;
    const props = { ...this.properties };
    delete props['enable.auto.commit'];
    delete props['auto.commit.interval.ms'];
    Object.assign(o, await this.ctx.clientOptions('consumer', props));
    return o;
  }

  private async adminOptions() {
    const common = Object.fromEntries(
      Object.entries(this.properties).filter(([k]) => SUPPORTED_PROPERTIES.get(k) === 'common'),
    );
    return this.ctx.clientOptions('common', common);
  }

  /** Connects to the cluster (the group is joined by `run()`). */
  async connect(): Promise<void> {
    if (this.connected) return;
    try {
      const admin = new AIOKafkaAdminClient(await this.adminOptions());
      await admin.start();
      this.admin = admin;
      this.connected = true;
      this.instrumentation.emit(ConsumerEvents.CONNECT);
    } catch (err) {
      throw toKafkaJSError(err);
    }
  }

  /** Stops consuming, leaves the group and closes the connections; safe to call twice. */
  async disconnect(): Promise<void> {
    await this.stop();
    const admin = this.admin;
    this.admin = undefined;
    if (admin) await admin.stop().catch(() => undefined);
    if (this.connected) {
      this.connected = false;
      this.instrumentation.emit(ConsumerEvents.DISCONNECT);
    }
  }

  /** Adds topics (names or RegExps, matched once against the topics that exist now). */
  async subscribe(subscription: ConsumerSubscribeTopics): Promise<void> {
    if (this.session) throw new KafkaJSNonRetriableError('Cannot subscribe to topic while consumer is running');
    const { topics, topic, fromBeginning } = subscription ?? {};
    const list = topics ?? (topic === undefined ? [] : [topic]);
    if (list.length === 0) throw new KafkaJSNonRetriableError('Missing required argument "topics"');
    const begin = fromBeginning ?? this.config.fromBeginning ?? false;
    for (const t of list) {
      if (t instanceof RegExp) {
        if (!this.admin) throw new KafkaJSNonRetriableError('Cannot subscribe to a RegExp before connect()');
        const all = await this.admin.listTopics().catch((err: unknown) => {
          throw toKafkaJSError(err);
        });
        for (const name of all) if (t.test(name)) this.topics.set(name, begin);
      } else if (typeof t === 'string' && t !== '') {
        this.topics.set(t, begin);
      } else {
        throw new KafkaJSNonRetriableError(`Invalid topic ${String(t)}`);
      }
    }
  }

  /**
   * Starts consuming in the background; resolves once the group is joined. A second call while
   * running only logs a warning.
   */
  async run(config: ConsumerRunConfig = {}): Promise<void> {
    if (this.session) {
      this.log.warn('consumer#run was called, but the consumer is already running', { groupId: this.groupId });
      return;
    }
    if (!this.connected)
      throw new KafkaJSNonRetriableError('Consumer must be connected before running (call connect())');
    if (this.topics.size === 0) throw new KafkaJSNonRetriableError('Consumer must subscribe to topics before running');
    if (config.eachMessage === undefined && config.eachBatch === undefined)
      throw new KafkaJSNonRetriableError('Consumer run needs eachMessage or eachBatch');
    this.runConfig = config;
    await this.startSession();
  }

  private async startSession(): Promise<void> {
    const config = this.runConfig as ConsumerRunConfig;
    const c = this.config;
    this.log.info('Starting', { groupId: this.groupId });
    const aio = new AIOKafkaConsumer(await this.options());
    let joined!: () => void;
    const joinedPromise = new Promise<void>((r) => {
      joined = r;
    });
    const s: Session = {
      aio,
      config: {
        ...config,
        autoCommit: config.autoCommit ?? c.autoCommit ?? bool(this.properties['enable.auto.commit']) ?? true,
        autoCommitInterval:
          config.autoCommitInterval ?? c.autoCommitInterval ?? num(this.properties['auto.commit.interval.ms']) ?? null,
        eachBatchAutoResolve: config.eachBatchAutoResolve ?? true,
        partitionsConsumedConcurrently: Math.max(1, config.partitionsConsumedConcurrently ?? 1),
      },
      resolved: new Map(),
      committed: new Map(),
      stale: new Set(),
      lastCommit: Date.now(),
      resolvedSinceCommit: 0,
      running: true,
      abort: new AbortController(),
      inflight: null,
      loop: null,
      joined,
    };
    this.session = s;
    const started = Date.now();
    aio.subscribe({
      topics: [...this.topics.keys()],
      listener: {
        onPartitionsRevoked: async (revoked) => {
          this.instrumentation.emit(ConsumerEvents.REBALANCING, { groupId: this.groupId, memberId: this.memberId(s) });
          if (s.inflight) await s.inflight.catch(() => undefined);
          if (s.config.autoCommit && s.running) await this.commitResolved(s, revoked).catch(() => undefined);
          for (const tp of revoked) {
            s.resolved.delete(key(tp.topic, tp.partition));
            s.committed.delete(key(tp.topic, tp.partition));
          }
        },
        onPartitionsLost: (lost) => {
          for (const tp of lost) {
            s.resolved.delete(key(tp.topic, tp.partition));
            s.committed.delete(key(tp.topic, tp.partition));
          }
        },
        onPartitionsAssigned: async (assigned) => {
          try {
            await this.onAssigned(s, assigned);
          } finally {
            const meta = safe(() => aio.groupMetadata());
            const memberAssignment: Record<string, number[]> = {};
            for (const tp of aio.assignment()) (memberAssignment[tp.topic] ??= []).push(tp.partition);
            const payload = {
              groupId: this.groupId,
              memberId: meta?.memberId ?? '',
              leaderId: '',
              isLeader: false,
              memberAssignment,
              groupProtocol: '',
              duration: Date.now() - started,
            };
            this.instrumentation.emit(ConsumerEvents.GROUP_JOIN, payload);
            this.groupLog.info('Consumer has joined the group', payload);
            s.joined();
          }
        },
      },
    });
    try {
      await aio.start();
    } catch (err) {
      this.session = null;
      await aio.stop().catch(() => undefined);
      throw toKafkaJSError(err);
    }
    s.loop = this.fetchLoop(s);
    await Promise.race([joinedPromise, s.loop]);
  }

  private memberId(s: Session): string {
    return safe(() => s.aio.groupMetadata().memberId) ?? '';
  }

  /** A new assignment: starting positions (fromBeginning per topic), pending seeks, paused topics. */
  private async onAssigned(s: Session, assigned: ReadonlySet<TopicPartition>): Promise<void> {
    if (assigned.size === 0) return;
    const committed = await s.aio.committed(assigned);
    const begin: TopicPartition[] = [];
    const end: TopicPartition[] = [];
    for (const tp of assigned) {
      if (committed.get(tp) !== null && committed.get(tp) !== undefined) continue;
      (this.topics.get(tp.topic) ? begin : end).push(tp);
    }
    // Positions are set here (not lazily) so that what is produced once run() resolved is consumed.
    if (begin.length > 0) await s.aio.seekToBeginning(...begin);
    if (end.length > 0) await s.aio.seekToEnd(...end);
    for (const tp of assigned) {
      const k = key(tp.topic, tp.partition);
      const seek = this.pendingSeeks.get(k);
      if (seek) {
        this.pendingSeeks.delete(k);
        this.applySeek(s, tp, seek.offset);
      }
      if (this.isPaused(tp.topic, tp.partition)) s.aio.pause(tp);
    }
  }

  private isPaused(topic: string, partition: number): boolean {
    const p = this.pausedTopics.get(topic);
    return p === 'all' || p?.has(partition) === true;
  }

  private async fetchLoop(s: Session): Promise<void> {
    let failures = 0;
    while (s.running) {
      this.instrumentation.emit(ConsumerEvents.FETCH_START, { nodeId: -1 });
      const started = Date.now();
      let records: Map<TopicPartition, ConsumerRecord[]>;
      try {
        records = await s.aio.getMany({ timeoutMs: 1000, signal: s.abort.signal });
      } catch (err) {
        if (!s.running) return;
        failures++;
        if (await this.failed(s, err, failures)) return;
        continue;
      }
      if (!s.running) return;
      this.instrumentation.emit(ConsumerEvents.FETCH, {
        numberOfBatches: records.size,
        duration: Date.now() - started,
        nodeId: -1,
      });
      if (records.size === 0) {
        if (s.config.autoCommit) await this.commitIfNecessary(s).catch(() => undefined);
        continue;
      }
      const batches = [...records].filter(([, msgs]) => msgs.length > 0);
      const round = this.processAll(s, batches);
      s.inflight = round;
      const errors = await round;
      s.inflight = null;
      if (errors.length === 0) {
        failures = 0;
        continue;
      }
      failures++;
      if (await this.failed(s, errors[0], failures)) return;
    }
  }

  /** After a failed round: waits before the retry, or crashes the consumer. True when the loop must end. */
  private async failed(s: Session, error: unknown, failures: number): Promise<boolean> {
    const err = error instanceof Error ? error : new KafkaJSError(String(error));
    if (!isRetriable(err)) {
      await this.crash(s, err, false);
      return true;
    }
    if (failures > this.retry.retries) {
      const exceeded = new KafkaJSNumberOfRetriesExceeded(err, {
        retryCount: failures - 1,
        retryTime: retryDelay(this.retry, failures - 1),
      });
      let restart = true;
      if (this.retry.restartOnFailure) restart = await this.retry.restartOnFailure(err).catch(() => true);
      await this.crash(s, exceeded, restart);
      return true;
    }
    this.log.error('Error when calling eachMessage/eachBatch, retrying', {
      groupId: this.groupId,
      error: err.message,
      retryCount: failures,
    });
    await sleep(retryDelay(this.retry, failures - 1), s.abort.signal);
    return !s.running;
  }

  private async crash(s: Session, error: Error, restart: boolean): Promise<void> {
    this.log.error(`Crash: ${error.name}: ${error.message}`, { groupId: this.groupId, retryCount: this.retry.retries });
    await this.endSession(s);
    this.instrumentation.emit(ConsumerEvents.CRASH, { error, groupId: this.groupId, restart });
    if (restart && this.runConfig && this.connected) {
      // A restart rebuilds the group membership: pauses and pending seeks are gone, as in KafkaJS.
      this.pausedTopics.clear();
      this.pendingSeeks.clear();
      setTimeout(() => {
        if (this.session === null && this.connected && this.runConfig)
          this.startSession().catch((err: unknown) =>
            this.log.error('Failed to restart the consumer', { error: String(err), groupId: this.groupId }),
          );
      }, this.retry.initialRetryTime).unref();
    }
  }

  /** Processes batches, at most `partitionsConsumedConcurrently` at a time; returns their errors. */
  private async processAll(s: Session, batches: [TopicPartition, ConsumerRecord[]][]): Promise<unknown[]> {
    const errors: unknown[] = [];
    let next = 0;
    const worker = async () => {
      while (next < batches.length && s.running) {
        const [tp, records] = batches[next++];
        try {
          await this.processBatch(s, tp, records);
        } catch (err) {
          errors.push(err);
        }
      }
    };
    const n = Math.min(s.config.partitionsConsumedConcurrently, batches.length);
    await Promise.all(Array.from({ length: n }, worker));
    return errors;
  }

  private async processBatch(s: Session, tp: TopicPartition, records: ConsumerRecord[]): Promise<void> {
    const k = key(tp.topic, tp.partition);
    s.stale.delete(k);
    const hw = s.aio.highwater(tp);
    const messages = records.map(toKafkaMessage);
    const batch = new Batch(
      tp.topic,
      tp.partition,
      hw === null ? String(records[records.length - 1].offset + 1n) : String(hw),
      messages,
    );
    const first = records[0].offset;
    const resolve = (offset: string | bigint) => {
      const next = BigInt(offset) + 1n;
      const prev = s.resolved.get(k);
      if (prev === undefined || next > prev.offset) {
        s.resolvedSinceCommit += prev === undefined ? 1 : Number(next - prev.offset);
        s.resolved.set(k, { tp, offset: next });
      }
    };
    const pause = () => {
      this.pause([{ topic: tp.topic, partitions: [tp.partition] }]);
      return () => this.resume([{ topic: tp.topic, partitions: [tp.partition] }]);
    };
    const heartbeat = async () => {
      this.instrumentation.emit(ConsumerEvents.HEARTBEAT, {
        groupId: this.groupId,
        memberId: this.memberId(s),
        groupGenerationId: safe(() => s.aio.groupMetadata().generationId) ?? -1,
      });
    };
    const stopped = () => !s.running || s.stale.has(k) || this.isPaused(tp.topic, tp.partition);
    const batchInfo =
      this.instrumentation.has(ConsumerEvents.START_BATCH_PROCESS) ||
      this.instrumentation.has(ConsumerEvents.END_BATCH_PROCESS)
        ? {
            topic: tp.topic,
            partition: tp.partition,
            highWatermark: batch.highWatermark,
            offsetLag: batch.offsetLag(),
            offsetLagLow: batch.offsetLagLow(),
            batchSize: messages.length,
            firstOffset: batch.firstOffset(),
            lastOffset: batch.lastOffset(),
          }
        : undefined;
    const startedAt = Date.now();
    this.instrumentation.emit(ConsumerEvents.START_BATCH_PROCESS, batchInfo);
    let failure: unknown;
    try {
      if (s.config.eachMessage) {
        for (let i = 0; i < messages.length; i++) {
          if (stopped()) break;
          await s.config.eachMessage({
            topic: tp.topic,
            partition: tp.partition,
            message: messages[i],
            heartbeat,
            pause,
          });
          resolve(records[i].offset);
          if (s.config.autoCommit) await this.commitIfNecessary(s);
        }
      } else if (s.config.eachBatch) {
        await s.config.eachBatch({
          batch,
          resolveOffset: (offset) => resolve(offset),
          heartbeat,
          pause,
          commitOffsetsIfNecessary: async (offsets) => {
            if (offsets !== undefined) await this.commitOffsets(flatten(offsets));
            else if (s.config.autoCommit) await this.commitIfNecessary(s);
          },
          uncommittedOffsets: () => this.uncommitted(s),
          isRunning: () => s.running,
          isStale: () => s.stale.has(k),
        });
        if (s.config.eachBatchAutoResolve && !stopped()) resolve(records[records.length - 1].offset);
      }
      this.instrumentation.emit(
        ConsumerEvents.END_BATCH_PROCESS,
        batchInfo && { ...batchInfo, duration: Date.now() - startedAt },
      );
    } catch (err) {
      failure = err;
      if (!(err instanceof KafkaJSError))
        this.log.error(`Error when calling ${s.config.eachMessage ? 'eachMessage' : 'eachBatch'}`, {
          topic: tp.topic,
          partition: tp.partition,
          offset: String(s.resolved.get(k)?.offset ?? first),
          error: err instanceof Error ? err.message : String(err),
        });
    }
    // What was not resolved is delivered again: move the position back, unless the application
    // moved it itself (seek) or the consumer stopped.
    const resolvedTo = s.resolved.get(k)?.offset;
    const lastNext = records[records.length - 1].offset + 1n;
    if (!s.stale.has(k) && s.running && (resolvedTo === undefined || resolvedTo < lastNext)) {
      const back = resolvedTo !== undefined && resolvedTo > first ? resolvedTo : first;
      try {
        s.aio.seek(tp, back);
      } catch {
        // The partition was revoked meanwhile: its next owner starts from the committed offset.
      }
    }
    if (s.config.autoCommit && s.running) {
      try {
        await this.commitResolved(s);
      } catch (err) {
        failure ??= err;
      }
    }
    if (failure !== undefined) throw failure;
  }

  private uncommitted(s: Session): OffsetsByTopicPartition {
    const byTopic = new Map<string, { partition: number; offset: string }[]>();
    for (const [k, { tp, offset }] of s.resolved) {
      if (s.committed.get(k) === offset) continue;
      let list = byTopic.get(tp.topic);
      if (!list) byTopic.set(tp.topic, (list = []));
      list.push({ partition: tp.partition, offset: String(offset) });
    }
    return { topics: [...byTopic].map(([topic, partitions]) => ({ topic, partitions })) };
  }

  private async commitIfNecessary(s: Session): Promise<void> {
    const { autoCommitInterval, autoCommitThreshold } = s.config;
    const intervalDue = autoCommitInterval != null && Date.now() >= s.lastCommit + autoCommitInterval;
    const thresholdDue = autoCommitThreshold != null && s.resolvedSinceCommit >= autoCommitThreshold;
    if (intervalDue || thresholdDue) await this.commitResolved(s);
  }

  /** Commits the resolved offsets not committed yet (of `only` partitions, when given). */
  private async commitResolved(s: Session, only?: ReadonlySet<TopicPartition>): Promise<void> {
    const offsets = new Map<TopicPartition, bigint>();
    for (const [k, { tp, offset }] of s.resolved) {
      if (only && !only.has(tp)) continue;
      if (s.committed.get(k) !== offset) offsets.set(tp, offset);
    }
    s.lastCommit = Date.now();
    if (!only) s.resolvedSinceCommit = 0;
    if (offsets.size === 0) return;
    try {
      (await s.aio.commit(offsets)).throwIfAnyFailed();
    } catch (err) {
      throw toKafkaJSError(err);
    }
    for (const [tp, offset] of offsets) s.committed.set(key(tp.topic, tp.partition), offset);
    this.emitCommit(s, offsets);
  }

  private emitCommit(s: Session, offsets: Map<TopicPartition, bigint>): void {
    if (!this.instrumentation.has(ConsumerEvents.COMMIT_OFFSETS)) return;
    const byTopic = new Map<string, { partition: number; offset: string }[]>();
    for (const [tp, offset] of offsets) {
      let list = byTopic.get(tp.topic);
      if (!list) byTopic.set(tp.topic, (list = []));
      list.push({ partition: tp.partition, offset: String(offset) });
    }
    this.instrumentation.emit(ConsumerEvents.COMMIT_OFFSETS, {
      groupId: this.groupId,
      memberId: this.memberId(s),
      groupGenerationId: safe(() => s.aio.groupMetadata().generationId) ?? -1,
      topics: [...byTopic].map(([topic, partitions]) => ({ topic, partitions })),
    });
  }

  /** Stops consuming and leaves the group; `run()` may be called again later. */
  async stop(): Promise<void> {
    this.runConfig = null; // no restart after a stop, even one scheduled by a crash
    const s = this.session;
    if (s) {
      await this.endSession(s);
      this.instrumentation.emit(ConsumerEvents.STOP);
    }
    this.log.info('Stopped', { groupId: this.groupId }); // as KafkaJS: on every stop(), disconnect() included
  }

  private async endSession(s: Session): Promise<void> {
    if (this.session === s) this.session = null;
    if (!s.running) return;
    s.running = false;
    s.abort.abort();
    s.joined();
    if (s.inflight) await s.inflight.catch(() => undefined);
    // What the handlers resolved is committed before the member leaves (KafkaJS finishes the batch and commits).
    if (s.config.autoCommit) await this.commitResolved(s).catch(() => undefined);
    await s.aio.stop().catch((err: unknown) => this.log.warn('stop failed', { error: String(err) }));
  }

  /** Commits exactly these offsets (next to consume); needs `run()` first. */
  async commitOffsets(offsets: TopicPartitionOffsetAndMetadata[]): Promise<void> {
    const s = this.session;
    if (!s) throw new KafkaJSNonRetriableError('Consumer group was not initialized, consumer#run must be called first');
    if (!Array.isArray(offsets)) throw new KafkaJSNonRetriableError('Invalid offsets, expected an array');
    const map = new Map<TopicPartition, { offset: bigint; metadata?: string }>();
    for (const o of offsets) {
      if (!o || typeof o.topic !== 'string' || !Number.isInteger(o.partition) || o.offset === undefined)
        throw new KafkaJSNonRetriableError(`Invalid offset ${JSON.stringify(o)}`);
      map.set(topicPartition(o.topic, o.partition), { offset: BigInt(o.offset), metadata: o.metadata ?? undefined });
    }
    try {
      (await s.aio.commit(map)).throwIfAnyFailed();
    } catch (err) {
      throw toKafkaJSError(err);
    }
    for (const [tp, { offset }] of map) s.committed.set(key(tp.topic, tp.partition), offset);
    this.emitCommit(s, new Map([...map].map(([tp, v]) => [tp, v.offset])));
  }

  /**
   * Moves a partition's position: the next message delivered is at `offset` (`'-2'` earliest,
   * `'-1'` latest). Before `run()` or before the partition is assigned, the seek waits for the
   * assignment. With autoCommit the offset is committed too.
   */
  seek({ topic, partition, offset }: { topic: string; partition: number; offset: string | number }): void {
    if (typeof topic !== 'string' || !Number.isInteger(partition))
      throw new KafkaJSNonRetriableError('Invalid topic or partition for seek');
    let o: bigint;
    try {
      o = BigInt(offset);
    } catch {
      throw new KafkaJSNonRetriableError(`Offset must not be a negative number or a non-number: ${String(offset)}`);
    }
    if (o < -2n) throw new KafkaJSNonRetriableError(`Offset must not be a negative number: ${String(offset)}`);
    const tp = topicPartition(topic, partition);
    const s = this.session;
    if (s && safe(() => s.aio.assignment().has(tp))) {
      this.applySeek(s, tp, String(offset));
      return;
    }
    this.pendingSeeks.set(key(topic, partition), { tp, offset: String(offset) });
  }

  private applySeek(s: Session, tp: TopicPartition, offset: string): void {
    const k = key(tp.topic, tp.partition);
    const o = BigInt(offset);
    s.aio.seek(tp, o === -1n ? OFFSET_END : o === -2n ? OFFSET_BEGINNING : o);
    s.stale.add(k);
    s.resolved.delete(k);
    if (s.config.autoCommit && o >= 0n) {
      s.aio
        .commit(new Map([[tp, o]]))
        .then(() => s.committed.set(k, o))
        .catch((err: unknown) => this.log.warn('commit after seek failed', { error: String(err) }));
    }
  }

  /** Pauses topics (all their partitions, also those assigned later) or some of their partitions. */
  pause(topicPartitions: TopicPartitions[]): void {
    if (!Array.isArray(topicPartitions))
      throw new KafkaJSNonRetriableError('pause: expected an array of { topic, partitions? }');
    for (const { topic, partitions } of topicPartitions) {
      if (typeof topic !== 'string') throw new KafkaJSNonRetriableError(`Invalid topic ${String(topic)}`);
      if (partitions === undefined) this.pausedTopics.set(topic, 'all');
      else {
        const cur = this.pausedTopics.get(topic);
        if (cur === 'all') continue;
        const set = cur ?? new Set<number>();
        for (const p of partitions) set.add(p);
        this.pausedTopics.set(topic, set);
      }
      const s = this.session;
      if (s)
        for (const tp of safe(() => s.aio.assignment()) ?? [])
          if (tp.topic === topic && this.isPaused(topic, tp.partition)) s.aio.pause(tp);
    }
  }

  /** Resumes what `pause` paused. */
  resume(topicPartitions: TopicPartitions[]): void {
    if (!Array.isArray(topicPartitions))
      throw new KafkaJSNonRetriableError('resume: expected an array of { topic, partitions? }');
    for (const { topic, partitions } of topicPartitions) {
      const s = this.session;
      const assigned = s ? (safe(() => [...s.aio.assignment()]) ?? []) : [];
      if (partitions === undefined) this.pausedTopics.delete(topic);
      else {
        const cur = this.pausedTopics.get(topic);
        if (cur === 'all') {
          const rest = new Set(assigned.filter((tp) => tp.topic === topic).map((tp) => tp.partition));
          for (const p of partitions) rest.delete(p);
          this.pausedTopics.set(topic, rest);
        } else if (cur) for (const p of partitions) cur.delete(p);
      }
      if (s) for (const tp of assigned) if (tp.topic === topic && !this.isPaused(topic, tp.partition)) s.aio.resume(tp);
    }
  }

  /** The paused partitions among those assigned. */
  paused(): { topic: string; partitions: number[] }[] {
    const s = this.session;
    if (!s) return [];
    const byTopic = new Map<string, number[]>();
    for (const tp of safe(() => s.aio.assignment()) ?? []) {
      if (!this.isPaused(tp.topic, tp.partition)) continue;
      let list = byTopic.get(tp.topic);
      if (!list) byTopic.set(tp.topic, (list = []));
      list.push(tp.partition);
    }
    return [...byTopic].map(([topic, partitions]) => ({ topic, partitions: partitions.sort((a, b) => a - b) }));
  }

  /** The group as the coordinator describes it (KafkaJS shape, raw member metadata and assignment). */
  async describeGroup(): Promise<GroupDescription> {
    if (!this.admin) throw new KafkaJSNonRetriableError('Consumer must be connected (call connect())');
    return describeGroupOf(this.admin, this.groupId);
  }

  /** The group metadata for `transaction.sendOffsets({ consumer })` (confluent-kafka-javascript). */
  groupMetadata(): unknown {
    const s = this.session;
    return s ? s.aio.groupMetadata() : { groupId: this.groupId };
  }

  /** Adds an instrumentation listener (`consumer.events.GROUP_JOIN`, ...); returns its remover. */
  on(eventName: string, listener: (event: InstrumentationEvent) => unknown): () => void {
    return this.instrumentation.on(eventName, listener);
  }

  /** This consumer's logger. */
  logger(): Logger {
    return this.log;
  }
}

function flatten(offsets: OffsetsByTopicPartition): TopicPartitionOffsetAndMetadata[] {
  return (offsets.topics ?? []).flatMap(({ topic, partitions }) =>
    partitions.map(({ partition, offset }) => ({ topic, partition, offset })),
  );
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

function bool(v: unknown): boolean | undefined {
  return v === undefined ? undefined : v === true || v === 'true';
}

function num(v: unknown): number | undefined {
  return v === undefined ? undefined : Number(v);
}
