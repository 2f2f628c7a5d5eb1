import {
  AbortError,
  ConsumerStoppedError,
  IllegalOperationError,
  IllegalStateError,
  InvalidArgumentError,
  KafkaTimeoutError,
  MetadataApi,
} from '@kafka-aio/protocol';
import type { ResultMap } from '../admin/results.js';
import { sleep } from '../cluster/backoff.js';
import { Cluster, DEFAULT_MAX_RESPONSE_BYTES } from '../cluster/cluster.js';
import { stopOnExitSignals } from '../exit-signals.js';
import { type StartOptions, type StopOptions, startSignal } from '../lifecycle.js';
import { createDebug } from '../observability/debug.js';
import { consumerPartitionStats } from '../observability/sources.js';
import {
  byTopicPartition,
  type TopicPartition,
  TopicPartitionMap,
  toTopicPartition,
  toTopicPartitions,
} from '../topic-partition.js';
import { committable, OffsetCommitter } from './commit.js';
import { Fetcher } from './fetch/fetcher.js';
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, listOffsets } from './fetch/offset-reset.js';
import { createGroupMembership } from './group/group-factory.js';
import type { GroupMembership } from './group/group-membership.js';
import { arm, Notifier, waitFor } from './notifier.js';
import { type ConsumerOptions, type ResolvedConsumerOptions, resolveConsumerOptions } from './options.js';
import { type ConsumerRecords, type GetManyOptions, type GetOneOptions, RecordReader } from './record-reader.js';
import { SubscriptionState } from './subscription-state.js';
import { TopicWatcher } from './topic-watcher.js';
import {
  type ConsumerGroupMetadata,
  type ConsumerRebalanceListener,
  type ConsumerRecord,
  OFFSET_BEGINNING,
  OFFSET_END,
  OFFSET_STORED,
  type OffsetAndMetadata,
  type OffsetAndTimestamp,
} from './types.js';

const debug = createDebug('kafka-aio:consumer');

/** Arguments of {@link AIOKafkaConsumer.subscribe}: exactly one of `topics` and `pattern`. */
export type SubscribeOptions =
  | { topics: Iterable<string>; pattern?: undefined; listener?: ConsumerRebalanceListener }
  | { pattern: RegExp | string; topics?: undefined; listener?: ConsumerRebalanceListener };

/** The parts that exist between `start()` and `stop()`. */
interface Running {
  cluster: Cluster;
  fetcher: Fetcher;
  committer: OffsetCommitter | undefined;
  group: GroupMembership | undefined;
  watcher: TopicWatcher | undefined;
}

/**
 * Consumes records from Kafka, with aiokafka's API: `for await` over the consumer, `getOne()`,
 * `getMany()`, subscriptions with consumer groups (classic and KIP-848) or manual assignment.
 *
 * ```ts
 * await using consumer = new AIOKafkaConsumer('orders', { bootstrapServers, groupId: 'billing' });
 * await consumer.start();
 * for await (const record of consumer) handle(record);
 * ```
 *
 * See "Error semantics" in docs/consuming.md for what each call throws.
 */
export class AIOKafkaConsumer<K = Buffer | null, V = Buffer | null>
  implements AsyncIterable<ConsumerRecord<K, V>>, AsyncDisposable
{
  /** The resolved options. */
  readonly options: ResolvedConsumerOptions;
  /** Counts subscribe(), assign() and unsubscribe() calls, so a slow unsubscribe() cannot undo a later call. */
  private subscriptionCalls = 0;
  private readonly state = new SubscriptionState();
  private running: Running | undefined;
  /** The cluster of a start under way, to close when stop() comes before it finished. */
  private cluster: Cluster | undefined;
  private reader: RecordReader<K, V> | undefined;
  /** The group identity as of the last get* call, for {@link groupMetadata} (KIP-447 fencing). */
  private polledGroupMetadata: ConsumerGroupMetadata | undefined;
  private starting: Promise<void> | undefined;
  /** Aborted by stop() and by start()'s signal: gives up connecting and waiting for the group. */
  private readonly startAbort = new AbortController();
  private stopping: Promise<void> | undefined;
  private stopped = false;
  /** Unregisters this consumer from the SIGINT/SIGTERM handling (`handleExitSignals`). */
  private forgetExitSignals: (() => void) | undefined;
  private readonly pendingErrors: Error[] = [];
  private stickyError: Error | undefined;
  private readonly errorsChanged = new Notifier();

  constructor(...args: [...topics: string[], options: ConsumerOptions<K, V>] | string[]) {
    const last = args[args.length - 1];
    const hasOptions = typeof last === 'object' && last !== null;
    this.options = resolveConsumerOptions((hasOptions ? last : {}) as ConsumerOptions<unknown, unknown>);
    const topics = (hasOptions ? args.slice(0, -1) : args) as string[];
    if (topics.length > 0) this.state.subscribe(topics);
  }

  /**
   * Connects, and with a subscription and a `groupId` waits until the group gave this member its
   * first assignment (as aiokafka). Rejects with the error when bootstrapping or joining fails.
   * Idempotent: a second call waits for the same start. Aborting `signal` gives up: `start()`
   * rejects with `AbortError` and the consumer is stopped.
   */
  async start(options?: StartOptions | AbortSignal): Promise<void> {
    if (this.stopped) throw new IllegalStateError('the consumer was stopped; create a new one');
    const signal = startSignal(options);
    if (signal?.aborted) {
      await this.stop();
      throw AbortError.fromSignal(signal, 'starting the consumer');
    }
    const onAbort = () => this.startAbort.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    this.starting ??= this.doStart(this.startAbort.signal);
    try {
      await this.starting;
    } catch (err) {
      if (signal?.aborted) {
        await this.stop();
        throw AbortError.fromSignal(signal, 'starting the consumer');
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
      allowAutoTopicCreation: o.allowAutoCreateTopics,
      clientType: 'consumer',
      // A Fetch answer holds up to fetchMaxBytes, plus one batch that may exceed the limits (the
      // broker always returns the first batch whole), plus its framing.
      maxResponseBytes: Math.max(DEFAULT_MAX_RESPONSE_BYTES, o.fetchMaxBytes + o.maxPartitionFetchBytes + (1 << 20)),
    });
    cluster.observability.register('consumer', () => ({
      partitions: consumerPartitionStats(this.state.partitionStates(), {
        isolation: o.isolationLevel,
        committed: (tp) => this.running?.committer?.committedOffset(tp as TopicPartition),
        queued: (tp) => {
          const s = this.state.partition(tp as TopicPartition);
          return s && this.running ? this.running.fetcher.buffer.queuedOf(s) : { count: 0, bytes: 0 };
        },
      }),
      // Totals over the consumer's life, also for partitions it no longer has.
      rxmsgs: this.running?.fetcher.received.msgs ?? 0,
      rxmsg_bytes: this.running?.fetcher.received.bytes ?? 0,
      cgrp: this.running?.group?.statistics(),
    }));
    this.cluster = cluster;
    await cluster.start(signal);
    const groupId = o.groupId;
    const grouped = groupId !== null;
    const groupOptions = grouped ? { ...o, groupId } : undefined;
    let group: GroupMembership | undefined;
    const committer = groupOptions
      ? new OffsetCommitter(
          cluster,
          groupOptions,
          () =>
            group?.identity() ?? {
              generationId: -1,
              memberId: '',
              groupInstanceId: null,
              consumerProtocol: false,
            },
          (err, used) => group?.membershipLost(err, used),
        )
      : undefined;
    const fetcher = new Fetcher(
      cluster,
      this.state,
      o,
      committer ? (tps) => committer.fetchCommitted(tps, { timeoutMs: o.requestTimeoutMs }) : undefined,
    );
    const brokerPatterns = grouped && o.groupProtocol === 'consumer';
    const watcher = brokerPatterns ? undefined : new TopicWatcher(cluster, this.state, o, grouped);
    if (groupOptions && committer) {
      group = createGroupMembership({
        cluster,
        state: this.state,
        options: groupOptions,
        committer,
        watcher,
        hooks: { reportError: (err, sticky) => this.reportError(err, sticky) },
      });
    }
    this.running = { cluster, fetcher, committer, group, watcher };
    this.reader = new RecordReader<K, V>(
      this.state,
      fetcher.buffer,
      fetcher.arrivals,
      o.keyDeserializer,
      o.valueDeserializer,
      o.maxPollRecords,
      {
        throwPendingError: () => this.throwPendingError(),
        checkSession: () => group?.checkSession(),
        pollStarted: () => group?.pollStarted(),
        pollEnded: () => {
          group?.pollEnded();
          // See groupMetadata(): remember who the records were handed out to (a joined member only).
          if (group?.stable) this.polledGroupMetadata = group.metadata();
        },
        wakeups: () => [this.errorsChanged],
        loopLeft: () => this.stop(),
        partitionEof: o.enablePartitionEof,
        readCommitted: o.isolationLevel === 'read_committed',
        logger: o.logger,
        diagnostics: { clientId: o.clientId, groupId: o.groupId },
      },
    );
    fetcher.start();
    if (watcher) {
      await watcher.refresh().catch((err: unknown) => debug('first subscription refresh failed: %s', err));
      watcher.start();
    }
    if (committer && o.enableAutoCommit) committer.startAutoCommit(this.state, () => group?.stable ?? true);
    if (o.handleExitSignals) this.forgetExitSignals = stopOnExitSignals(this);
    if (group) {
      group.start();
      if (this.state.subscriptionType === 'topics' || this.state.subscriptionType === 'pattern')
        await group.firstAssignment(signal);
    }
  }

  /**
   * Stops: pending `getOne`/`getMany` calls reject with `ConsumerStoppedError` (a `for await` loop
   * ends quietly), auto commit commits the positions one last time, the listener's
   * `onPartitionsRevoked` runs for the partitions still owned (as in Java; aiokafka skips it), the
   * member leaves the group (not a static member), connections close. What is graceful (commit,
   * listener, leaving) gets `timeoutMs` (default `defaultApiTimeoutMs`); then connections close
   * anyway. Idempotent: every call waits for the same stop. A start still under way is given up.
   */
  stop({ timeoutMs = this.options.defaultApiTimeoutMs }: StopOptions = {}): Promise<void> {
    this.stopping ??= this.doStop(timeoutMs);
    return this.stopping;
  }

  private async doStop(timeoutMs: number): Promise<void> {
    this.stopped = true;
    this.forgetExitSignals?.();
    if (this.reader) {
      this.reader.stopped = true;
      this.reader.stopping.notify();
    }
    this.startAbort.abort(new ConsumerStoppedError('the consumer was stopped while starting'));
    await this.starting?.catch(() => undefined);
    const r = this.running;
    this.running = undefined;
    if (!r) {
      this.cluster?.close();
      return;
    }
    const graceful = (async () => {
      await r.committer?.stopAutoCommit();
      if (r.group) await r.group.stop();
      else if (r.committer && this.options.enableAutoCommit) await r.committer.commitPositions(this.state);
    })().catch((err: unknown) => debug('stopping gracefully failed: %s', err));
    const cancelTimer = new AbortController();
    const timer = sleep(timeoutMs, cancelTimer.signal).then(
      () => true,
      () => false,
    );
    const timedOut = await Promise.race([graceful.then(() => false), timer]);
    cancelTimer.abort();
    if (timedOut) debug('stop: the graceful part took longer than %d ms; closing anyway', timeoutMs);
    await Promise.all([r.fetcher.stop(), r.watcher?.stop()]);
    r.cluster.close();
  }

  /** `await using consumer = ...` stops it at the end of the scope. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }

  private reportError(err: Error, sticky = false): void {
    if (sticky) this.stickyError = err;
    else this.pendingErrors.push(err);
    this.errorsChanged.notify();
  }

  private throwPendingError(): void {
    if (this.stickyError) throw this.stickyError;
    const err = this.pendingErrors.shift();
    if (err) throw err;
  }

  private run(what: string): Running {
    if (this.stopped) throw new ConsumerStoppedError(`${what}: the consumer is stopped`);
    if (!this.running) throw new IllegalStateError(`${what}: call start() first`);
    return this.running;
  }

  private readerFor(what: string): RecordReader<K, V> {
    this.run(what);
    return this.reader as RecordReader<K, V>;
  }

  // ---- subscription and assignment ----

  /**
   * Subscribes to topics by name or by a pattern (matched in full against topic names; with
   * `groupProtocol: 'consumer'` the broker resolves it, in RE2/J syntax). Replaces an earlier
   * subscription. The listener is called on rebalances (see {@link ConsumerRebalanceListener}).
   */
  subscribe(options: SubscribeOptions | Iterable<string>): void {
    if (this.stopped) throw new ConsumerStoppedError('subscribe: the consumer is stopped');
    this.subscriptionCalls++;
    const o: SubscribeOptions =
      Symbol.iterator in Object(options) && !('topics' in Object(options))
        ? { topics: options as Iterable<string> }
        : (options as SubscribeOptions);
    if ((o.topics === undefined) === (o.pattern === undefined))
      throw new InvalidArgumentError('subscribe: give exactly one of topics and pattern');
    const listener = o.listener ?? null;
    if (listener !== null && (typeof listener !== 'object' || Array.isArray(listener)))
      throw new InvalidArgumentError('subscribe: listener must be an object with onPartitions* methods');
    if (o.pattern !== undefined) {
      const pattern = typeof o.pattern === 'string' ? new RegExp(o.pattern) : o.pattern;
      this.state.subscribePattern(pattern, listener);
    } else {
      this.state.subscribe(o.topics as Iterable<string>, listener);
    }
    this.running?.watcher?.refresh().catch((err: unknown) => debug('subscription refresh failed: %s', err));
  }

  /** The subscribed topics (for a pattern: those it matches now). */
  subscription(): Set<string> {
    return new Set(this.state.subscribedTopics());
  }

  /**
   * Drops the subscription or assignment. A group member first revokes its partitions as a
   * rebalance would (auto commit commits their positions, then `onPartitionsRevoked` runs), as in
   * Java, and then leaves the group; the promise resolves once that revocation is done. Subscribing
   * again before it resolves keeps the new subscription.
   */
  async unsubscribe(): Promise<void> {
    const group = this.running?.group;
    const type = this.state.subscriptionType;
    if (group && (type === 'topics' || type === 'pattern') && this.state.assignedCount > 0) {
      const calls = ++this.subscriptionCalls;
      await group.revokeAll().catch((err: unknown) => debug('revoking on unsubscribe failed: %s', err));
      if (this.subscriptionCalls !== calls) return; // subscribe() or assign() came meanwhile
    }
    this.subscriptionCalls++;
    this.state.unsubscribe();
  }

  /**
   * Assigns these partitions manually (no group rebalancing); replaces the previous assignment.
   * An entry with an `offset` starts there (as `seek`; `OFFSET_BEGINNING`, `OFFSET_END` and
   * `OFFSET_STORED` too), confluent-kafka's `assign([TopicPartition(t, p, offset)])`.
   */
  assign(partitions: Iterable<TopicPartition & { offset?: bigint | number }>): void {
    if (this.stopped) throw new ConsumerStoppedError('assign: the consumer is stopped');
    this.subscriptionCalls++;
    const list = [...partitions];
    this.state.assignManually(toTopicPartitions(list, 'assign'));
    this.seekWhereGiven(list);
  }

  /** Adds partitions to the manual assignment; those already assigned keep their positions (confluent's `incremental_assign`). */
  incrementalAssign(partitions: Iterable<TopicPartition & { offset?: bigint | number }>): void {
    if (this.stopped) throw new ConsumerStoppedError('incrementalAssign: the consumer is stopped');
    this.subscriptionCalls++;
    const list = [...partitions];
    const added = toTopicPartitions(list, 'incrementalAssign');
    this.state.assignManually([...this.state.assignment(), ...added]);
    this.seekWhereGiven(list);
  }

  /** Removes partitions from the manual assignment (confluent's `incremental_unassign`). */
  incrementalUnassign(partitions: Iterable<TopicPartition>): void {
    if (this.stopped) throw new ConsumerStoppedError('incrementalUnassign: the consumer is stopped');
    this.subscriptionCalls++;
    const removed = new Set(toTopicPartitions(partitions, 'incrementalUnassign'));
    this.state.assignManually([...this.state.assignment()].filter((tp) => !removed.has(tp)));
  }

  private seekWhereGiven(list: readonly (TopicPartition & { offset?: bigint | number })[]): void {
    for (const entry of list) if (entry.offset !== undefined) this.seek(entry, entry.offset);
  }

  /** The partitions assigned now. */
  assignment(): Set<TopicPartition> {
    return this.state.assignment();
  }

  // ---- records ----

  /**
   * The next record, of any assigned partition or of `partitions`; waits as long as it takes.
   * Throws `ConsumerStoppedError` when the consumer stops (or was stopped).
   */
  getOne(...partitions: TopicPartition[]): Promise<ConsumerRecord<K, V>>;
  /**
   * The next record, waiting at most `timeoutMs` (confluent-kafka's `poll(timeout)`): resolves with
   * null when none came in time. `signal` aborts the wait with `AbortError`; `partitions` limits it.
   */
  getOne(options: GetOneOptions): Promise<ConsumerRecord<K, V> | null>;
  getOne(...args: [GetOneOptions] | TopicPartition[]): Promise<ConsumerRecord<K, V> | null> {
    try {
      const reader = this.readerFor('getOne');
      const first = args[0] as Partial<GetOneOptions & TopicPartition> | undefined;
      if (args.length === 1 && typeof first === 'object' && first !== null && !('topic' in first)) {
        const o = first as GetOneOptions;
        const partitions = o.partitions === undefined ? undefined : toTopicPartitions(o.partitions, 'getOne');
        return reader.getOneWithin(partitions, o.timeoutMs ?? Number.POSITIVE_INFINITY, o.signal);
      }
      return reader.getOne(toTopicPartitions(args as TopicPartition[], 'getOne'));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /**
   * Buffered records by partition, at most `maxRecords` (default `maxPollRecords`); when nothing is
   * buffered, waits up to `timeoutMs` (default 0) for some — also during a rebalance — and returns
   * an empty Map on timeout. `signal` aborts the wait with `AbortError`.
   */
  getMany(options: GetManyOptions = {}): Promise<ConsumerRecords<K, V>> {
    try {
      return this.readerFor('getMany').getMany(options);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /**
   * `for await (const record of consumer)`: ends quietly when the consumer stops. Leaving the loop
   * early (`break`, `return`, an exception thrown in its body) stops the consumer, as leaving a
   * `for await` over a Node stream destroys the stream; use `getOne`/`getMany` to keep consuming
   * after a loop.
   */
  [Symbol.asyncIterator](): AsyncIterator<ConsumerRecord<K, V>> {
    return this.readerFor('for await').iterate();
  }

  // ---- positions ----

  /**
   * Moves the partition's position: the next record handed out is at `offset`. Also takes
   * `OFFSET_BEGINNING`, `OFFSET_END` and `OFFSET_STORED` (the committed offset). `leaderEpoch`, the
   * leader epoch of the record before `offset` (a record's `leaderEpoch`, as Java's
   * `seek(tp, OffsetAndMetadata)` takes it), has the leader confirm first that its log still
   * holds that position (KIP-320): if it was truncated, the consumer moves back to where the logs
   * diverge, or with `autoOffsetReset: 'none'` throws `LogTruncationError`.
   */
  seek(partition: TopicPartition, offset: bigint | number, leaderEpoch: number | null = null): void {
    const tp = toTopicPartition(partition, 'seek');
    const o = toOffset(offset, 'seek', true);
    if (leaderEpoch !== null && (!Number.isInteger(leaderEpoch) || leaderEpoch < 0))
      throw new InvalidArgumentError(`seek: leaderEpoch must be an integer >= 0 or null, got ${leaderEpoch}`);
    if (o === OFFSET_BEGINNING) this.state.requestReset(tp, 'earliest');
    else if (o === OFFSET_END) this.state.requestReset(tp, 'latest');
    else if (o === OFFSET_STORED) this.state.requestInitialize(this.state.assignedState(tp, 'seek'));
    else this.state.seek(tp, o, leaderEpoch);
  }

  /** Seeks to the start of the log (all assigned partitions when none given); resolves once done. */
  async seekToBeginning(...partitions: TopicPartition[]): Promise<void> {
    await this.resetTo(partitions, 'earliest', 'seekToBeginning');
  }

  /** Seeks to the end of the log (the LSO under read_committed); resolves once done. */
  async seekToEnd(...partitions: TopicPartition[]): Promise<void> {
    await this.resetTo(partitions, 'latest', 'seekToEnd');
  }

  private async resetTo(partitions: TopicPartition[], to: 'earliest' | 'latest', what: string): Promise<void> {
    this.run(what);
    const tps = partitions.length > 0 ? toTopicPartitions(partitions, what) : [...this.state.assignment()];
    const states = tps.map((tp) => this.state.assignedState(tp, what));
    for (const s of states) this.state.requestResetOf(s, to);
    await this.waitUntil(what, () => states.every((s) => s.fetchState === 'fetching' || !this.state.isAssigned(s.tp)));
  }

  /** Seeks to the committed offsets; returns them (null where none, which leaves that position alone). */
  async seekToCommitted(...partitions: TopicPartition[]): Promise<Map<TopicPartition, bigint | null>> {
    const committer = this.committerFor('seekToCommitted');
    const tps = partitions.length > 0 ? toTopicPartitions(partitions, 'seekToCommitted') : [...this.state.assignment()];
    for (const tp of tps) this.state.assignedState(tp, 'seekToCommitted');
    const committed = await committer.fetchCommitted(tps);
    const out = new Map<TopicPartition, bigint | null>();
    for (const tp of tps) {
      const c = committed.get(tp) ?? null;
      out.set(tp, c?.offset ?? null);
      if (c && this.state.isAssigned(tp)) this.state.seek(tp, c.offset, c.leaderEpoch ?? null);
    }
    return out;
  }

  /** The next offset to be handed out; waits until it is known (up to `defaultApiTimeoutMs`). */
  async position(partition: TopicPartition): Promise<bigint>;
  /** The positions of many partitions, by partition; waits until each is known. */
  async position(partitions: Iterable<TopicPartition>): Promise<TopicPartitionMap<bigint>>;
  async position(arg: TopicPartition | Iterable<TopicPartition>): Promise<bigint | TopicPartitionMap<bigint>> {
    if (isIterable(arg)) {
      const tps = toTopicPartitions(arg, 'position');
      const positions = await Promise.all(tps.map((tp) => this.positionOf(tp)));
      return new TopicPartitionMap(tps.map((tp, i) => [tp, positions[i]]));
    }
    return this.positionOf(toTopicPartition(arg, 'position'));
  }

  private async positionOf(tp: TopicPartition): Promise<bigint> {
    this.run('position');
    const s = this.state.assignedState(tp, 'position');
    await this.waitUntil('position', () => {
      if (this.state.partition(tp) !== s)
        throw new IllegalStateError(`position: ${tp.topic}[${tp.partition}] was revoked`);
      const err = this.running?.fetcher.buffer.stickyError(s);
      if (err) throw err;
      return s.fetchState === 'fetching' && s.position !== null;
    });
    return s.position as bigint;
  }

  private async waitUntil(what: string, done: () => boolean): Promise<void> {
    const deadline = performance.now() + this.options.defaultApiTimeoutMs;
    while (!done()) {
      const left = deadline - performance.now();
      if (left <= 0)
        throw new KafkaTimeoutError(`${what} did not complete within ${this.options.defaultApiTimeoutMs} ms`, {
          timeoutMs: this.options.defaultApiTimeoutMs,
        });
      const reader = this.readerFor(what);
      await waitFor(arm(this.state.changes, reader.stopping), Math.min(left, 100), undefined);
    }
  }

  /** The group's committed offset of the partition (a fresh lookup), or null when there is none. */
  async committed(partition: TopicPartition): Promise<OffsetAndMetadata | null>;
  /** The committed offsets of many partitions in one request, by partition (null where none). */
  async committed(partitions: Iterable<TopicPartition>): Promise<TopicPartitionMap<OffsetAndMetadata | null>>;
  async committed(
    arg: TopicPartition | Iterable<TopicPartition>,
  ): Promise<OffsetAndMetadata | null | TopicPartitionMap<OffsetAndMetadata | null>> {
    const committer = this.committerFor('committed');
    if (isIterable(arg)) {
      const tps = toTopicPartitions(arg, 'committed');
      const found = await committer.fetchCommitted(tps);
      return new TopicPartitionMap(tps.map((tp) => [tp, found.get(tp) ?? null]));
    }
    const tp = toTopicPartition(arg, 'committed');
    return (await committer.fetchCommitted([tp])).get(tp) ?? null;
  }

  /**
   * Commits offsets (the next offset to read, i.e. last processed + 1): the given ones, or the
   * positions of every assigned partition. Resolves to each partition's outcome (the admin client's
   * `ResultMap`): a partition the broker refused for a reason of its own (`OffsetMetadataTooLarge`,
   * an unknown partition, not authorized) carries its typed error, and the rest are committed;
   * `results.throwIfAnyFailed()` turns that into an exception. Rejects, for all partitions alike,
   * with `CommitFailedError` when the group moved on, and with `KafkaTimeoutError` when retriable
   * errors outlast `timeoutMs`.
   */
  async commit(
    offsets?: ReadonlyMap<TopicPartition, bigint | number | OffsetAndMetadata>,
    options: { timeoutMs?: number; signal?: AbortSignal } = {},
  ): Promise<ResultMap<TopicPartition, OffsetAndMetadata>> {
    const committer = this.committerFor('commit');
    const toCommit = new Map<TopicPartition, OffsetAndMetadata>();
    if (offsets === undefined) {
      if (this.state.assignedCount === 0) throw new IllegalStateError('commit: no partitions are assigned');
      for (const s of this.state.partitionStates()) {
        const next = committable(s, this.options.enableAutoOffsetStore);
        if (next) toCommit.set(s.tp, next);
      }
    } else {
      for (const [tp, v] of byTopicPartition(offsets, 'commit')) {
        const om = typeof v === 'object' ? v : { offset: toOffset(v, 'commit', false) };
        toOffset(om.offset, 'commit', false);
        if (om.metadata !== undefined && typeof om.metadata !== 'string')
          throw new InvalidArgumentError('commit: metadata must be a string');
        toCommit.set(tp, {
          offset: BigInt(om.offset),
          metadata: om.metadata ?? '',
          leaderEpoch: om.leaderEpoch ?? null,
        });
      }
    }
    return committer.commit(toCommit, options);
  }

  /**
   * Stores offsets for the next commit (confluent-kafka's `store_offsets`), for use with
   * `enableAutoOffsetStore: false`: records (each stores its offset + 1, the next to read) or a Map
   * of offsets (stored as given). Auto commit, the commit before revocation and `commit()` without
   * arguments then commit what was stored. Only assigned partitions can be stored.
   */
  storeOffsets(
    what:
      | Iterable<Pick<ConsumerRecord<unknown, unknown>, 'topic' | 'partition' | 'offset' | 'leaderEpoch'>>
      | ReadonlyMap<TopicPartition, bigint | number | OffsetAndMetadata>,
  ): void {
    this.run('storeOffsets');
    if (what instanceof Map) {
      for (const [tp, v] of byTopicPartition(
        what as ReadonlyMap<TopicPartition, bigint | number | OffsetAndMetadata>,
        'storeOffsets',
      )) {
        const om = typeof v === 'object' ? v : { offset: toOffset(v, 'storeOffsets', false) };
        this.state.assignedState(tp, 'storeOffsets').storedOffset = {
          offset: BigInt(toOffset(om.offset, 'storeOffsets', false)),
          leaderEpoch: om.leaderEpoch ?? null,
          metadata: om.metadata ?? '',
        };
      }
      return;
    }
    for (const r of what as Iterable<
      Pick<ConsumerRecord<unknown, unknown>, 'topic' | 'partition' | 'offset' | 'leaderEpoch'>
    >) {
      const tp = toTopicPartition(r, 'storeOffsets');
      this.state.assignedState(tp, 'storeOffsets').storedOffset = {
        offset: BigInt(r.offset) + 1n,
        leaderEpoch: r.leaderEpoch ?? null,
        metadata: '',
      };
    }
  }

  private committerFor(what: string): OffsetCommitter {
    const r = this.run(what);
    if (!r.committer) throw new IllegalOperationError(`${what} needs a groupId`);
    return r.committer;
  }

  /** High watermark of the partition from the last fetch, or null before the first. */
  highwater(tp: TopicPartition): bigint | null {
    return this.state.assignedState(toTopicPartition(tp, 'highwater'), 'highwater').highwater;
  }

  /**
   * The partition's low and high watermarks (log start offset and high watermark) as the last fetch
   * reported them, with no request (confluent-kafka's `get_watermark_offsets(cached=True)`); null
   * before the first fetch. `beginningOffsets()` and `endOffsets()` ask the broker instead.
   */
  watermarkOffsets(tp: TopicPartition): { low: bigint | null; high: bigint | null } {
    const s = this.state.assignedState(toTopicPartition(tp, 'watermarkOffsets'), 'watermarkOffsets');
    return { low: s.logStartOffset, high: s.highwater };
  }

  /** Last stable offset of the partition from the last fetch, or null before the first. */
  lastStableOffset(tp: TopicPartition): bigint | null {
    return this.state.assignedState(toTopicPartition(tp, 'lastStableOffset'), 'lastStableOffset').lastStableOffset;
  }

  /** `Date.now()` of the last fetch response for the partition, or null before the first. */
  lastPollTimestamp(tp: TopicPartition): number | null {
    return this.state.assignedState(toTopicPartition(tp, 'lastPollTimestamp'), 'lastPollTimestamp').lastPollTimestamp;
  }

  /** The first offset of each partition's log (assigned or not). */
  beginningOffsets(partitions: Iterable<TopicPartition>): Promise<Map<TopicPartition, bigint>> {
    return this.listAt(partitions, EARLIEST_TIMESTAMP, 'beginningOffsets');
  }

  /** The end of each partition's log: the offset of the next record (the LSO under read_committed). */
  endOffsets(partitions: Iterable<TopicPartition>): Promise<Map<TopicPartition, bigint>> {
    return this.listAt(partitions, LATEST_TIMESTAMP, 'endOffsets');
  }

  private async listAt(partitions: Iterable<TopicPartition>, ts: bigint, what: string) {
    const listed = await this.list(new Map(toTopicPartitions(partitions, what).map((tp) => [tp, ts])), what);
    return new Map([...listed].map(([tp, l]) => [tp, l.offset]));
  }

  /** The earliest offset whose timestamp is at or after the given one, per partition (null when none). */
  async offsetsForTimes(
    timestamps: ReadonlyMap<TopicPartition, number | bigint>,
  ): Promise<Map<TopicPartition, OffsetAndTimestamp | null>> {
    const wanted = new Map<TopicPartition, bigint>();
    for (const [tp, ts] of byTopicPartition(timestamps, 'offsetsForTimes')) {
      const t = BigInt(ts);
      if (t < 0n) throw new InvalidArgumentError(`offsetsForTimes: timestamps must be >= 0, got ${ts}`);
      wanted.set(tp, t);
    }
    const listed = await this.list(wanted, 'offsetsForTimes');
    const out = new Map<TopicPartition, OffsetAndTimestamp | null>();
    for (const tp of wanted.keys()) {
      const l = listed.get(tp);
      out.set(tp, l && l.offset >= 0n ? l : null);
    }
    return out;
  }

  private list(wanted: Map<TopicPartition, bigint>, what: string) {
    const r = this.run(what);
    return listOffsets(r.cluster, wanted, {
      isolationLevel: this.options.isolationLevel,
      timeoutMs: this.options.defaultApiTimeoutMs,
      retryBackoffMs: this.options.retryBackoffMs,
      retryBackoffMaxMs: this.options.retryBackoffMaxMs,
    });
  }

  /** Partition numbers of `topic` from cached metadata, or null when the topic is not known. */
  partitionsForTopic(topic: string): Set<number> | null {
    const count = this.run('partitionsForTopic').cluster.metadata.partitionCount(topic);
    return count === undefined ? null : new Set(Array.from({ length: count }, (_, i) => i));
  }

  /** Every topic this client may describe (a fresh metadata request). */
  async topics(): Promise<Set<string>> {
    const { cluster } = this.run('topics');
    const res = await cluster.request(cluster.leastLoadedNode(), MetadataApi, {
      topics: null,
      allowAutoTopicCreation: false,
    });
    return new Set(res.topics.flatMap((t) => (t.name && t.errorCode === 0 ? [t.name] : [])));
  }

  /** Stops fetching these partitions and handing out their buffered records (membership is unaffected). */
  pause(...partitions: TopicPartition[]): void {
    for (const tp of toTopicPartitions(partitions, 'pause')) this.state.pause(tp);
  }

  /** Resumes paused partitions. */
  resume(...partitions: TopicPartition[]): void {
    for (const tp of toTopicPartitions(partitions, 'resume')) this.state.resume(tp);
  }

  /** The paused partitions. */
  paused(): Set<TopicPartition> {
    return this.state.paused();
  }

  /**
   * The group identity for a transactional producer's `sendOffsetsToTransaction`: as of the last
   * getOne/getMany call (the live one before the first call).
   */
  groupMetadata(): ConsumerGroupMetadata {
    const group = this.running?.group;
    // The identity as of the last get* call, not the live one: the group rejoins in the background,
    // and a member that was out of the group (session expired in a long pause) could otherwise send
    // the records it got before with generation -1 and no member id after the reset, or with the
    // generation it rejoined with meanwhile. The coordinator accepts both for TxnOffsetCommit, so
    // such a zombie committed its stale records and offsets next to the partitions' new owner
    // (duplicates, committed offsets going back; exactly-once.it.test.ts, zombie case). With the
    // generation the records came with it gets ILLEGAL_GENERATION and aborts (KIP-447), as with
    // Java, whose groupMetadata() only changes when poll() completes a join.
    if (group) return this.polledGroupMetadata ?? group.metadata();
    if (this.options.groupId === null) throw new IllegalOperationError('groupMetadata needs a groupId');
    return {
      groupId: this.options.groupId,
      generationId: -1,
      memberId: '',
      groupInstanceId: this.options.groupInstanceId,
    };
  }
}

function toOffset(value: unknown, what: string, logical: boolean): bigint {
  let o: bigint;
  if (typeof value === 'bigint') o = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) o = BigInt(value);
  else throw new InvalidArgumentError(`${what}: offset must be a bigint or a safe integer, got ${String(value)}`);
  if (o >= 0n || (logical && (o === OFFSET_BEGINNING || o === OFFSET_END || o === OFFSET_STORED))) return o;
  throw new InvalidArgumentError(`${what}: offset must be >= 0, got ${o}`);
}

/** Whether `value` is a collection of topic-partitions rather than one. */
function isIterable(value: unknown): value is Iterable<TopicPartition> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value;
}
