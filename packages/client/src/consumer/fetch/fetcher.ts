import {
  createKafkaError,
  ErrorCode,
  FetchApi,
  type FetchRequest,
  type FetchResponse,
  type FetchResponsePartitionData,
  KafkaError,
  OffsetOutOfRangeError,
  ZERO_UUID,
} from '@kafka-aio/protocol';
import { backoffMs } from '../../cluster/backoff.js';
import type { Cluster } from '../../cluster/cluster.js';
import { applyLeaderHints, type HintedPartition } from '../../cluster/leader-hints.js';
import { createDebug } from '../../observability/debug.js';
import { type TopicPartition, topicPartition } from '../../topic-partition.js';
import { arm, Notifier, waitFor } from '../notifier.js';
import type { ResolvedConsumerOptions } from '../options.js';
import type { PartitionState, SubscriptionState } from '../subscription-state.js';
import { FetchBuffer } from './fetch-buffer.js';
import { FetchSession, SESSION_ERRORS, type SessionPartition, type SessionRequest } from './fetch-session.js';
import { type CommittedOffsetsLookup, PositionResolver } from './position-resolver.js';
import { PositionValidator } from './position-validator.js';
import { decodeChunk } from './record-decoder.js';

const debug = createDebug('kafka-aio:consumer:fetcher');

/** Partition errors after which the leader must be looked up again. */
const REROUTE = new Set<number>([
  ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
  ErrorCode.LEADER_NOT_AVAILABLE,
  ErrorCode.NOT_LEADER_OR_FOLLOWER,
  ErrorCode.REPLICA_NOT_AVAILABLE,
  ErrorCode.KAFKA_STORAGE_ERROR,
  ErrorCode.FENCED_LEADER_EPOCH,
  ErrorCode.UNKNOWN_LEADER_EPOCH,
  ErrorCode.OFFSET_NOT_AVAILABLE,
  ErrorCode.UNKNOWN_TOPIC_ID,
  ErrorCode.INCONSISTENT_TOPIC_ID,
]);

/** One fetch request as sent: what to check each partition's answer against. */
interface InFlightFetch {
  node: number;
  session: SessionRequest;
  /** Per partition: the state, its epoch and fetch offset when the request was built. */
  parts: Map<TopicPartition, { state: PartitionState; epoch: number; offset: bigint }>;
  /** Bytes reserved against the prefetch budget until the response is in. */
  reserved: number;
  /** The {@link Fetcher.start} it was sent under: an answer to an earlier one is dropped. */
  generation: number;
  /** topic id -> name, for responses of Fetch v13+. */
  names: Map<string, string>;
}

/**
 * Keeps the {@link FetchBuffer} filled: at most one Fetch in flight per broker, each carrying the
 * fetchable partitions it leads, under the prefetch byte budget, over an incremental fetch session
 * per broker (KIP-227). Fetch errors are handled here (leader moves, resets, session restarts) or
 * queued in the buffer for the application. Knows nothing about groups: positions come from the
 * {@link SubscriptionState}, committed offsets through the lookup the façade passes in.
 */
export class Fetcher {
  /** Statistics counters: records (and wire bytes) received since start, over every partition. */
  readonly received = { msgs: 0, bytes: 0 };
  readonly buffer: FetchBuffer;
  /** Fires when data or an error lands in the buffer. */
  readonly arrivals = new Notifier();
  private readonly kick = new Notifier();
  private readonly positions: PositionResolver;
  private readonly validator: PositionValidator;
  private readonly sessions = new Map<number, FetchSession>();
  /**
   * The fetch in flight per node, undefined when none: a node's entry is cleared, never deleted,
   * because a long-lived Map that loses and regains a key on every fetch makes V8 allocate its
   * rehashed tables in the old generation (see FetchBuffer's ready list).
   */
  private readonly inFlight = new Map<number, InFlightFetch | undefined>();
  private readonly nodeBackoff = new Map<number, { until: number; failures: number }>();
  private readonly partitionBackoff = new Map<TopicPartition, number>();
  private reserved = 0;
  private running = false;
  /** Counts {@link start}s, so that a fetch still in flight from before a stop is recognised. */
  private generation = 0;
  private loop: Promise<void> | undefined;
  private metadataRefresh: Promise<unknown> | undefined;

  constructor(
    private readonly cluster: Cluster,
    private readonly state: SubscriptionState,
    private readonly options: ResolvedConsumerOptions,
    committed: CommittedOffsetsLookup | undefined,
  ) {
    this.buffer = new FetchBuffer(state, () => this.kick.notify());
    this.positions = new PositionResolver(cluster, state, options, committed, (s, err, sticky) => {
      this.buffer.addError(s, err, null, sticky);
      this.arrivals.notify();
    });
    this.validator = new PositionValidator(cluster, state, options, {
      fail: (s, err) => {
        this.buffer.addError(s, err, null, true);
        this.arrivals.notify();
      },
      backOff: (s) => {
        this.partitionBackoff.set(s.tp, performance.now() + this.options.retryBackoffMs);
        this.refreshMetadata();
      },
      done: () => this.kick.notify(),
    });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.generation++;
    this.positions.start();
    this.loop = this.run();
  }

  /**
   * Stops fetching. A fetch in flight is not aborted: its answer, which comes within
   * `fetchMaxWaitMs` (or its failure, when the consumer closes its connections), is dropped.
   */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.kick.notify();
    await Promise.all([this.loop, this.positions.stop()]);
    this.validator.clear();
    this.buffer.clear();
    this.arrivals.notify();
  }

  private async run(): Promise<void> {
    while (this.running) {
      const woke = arm(this.kick, this.state.changes);
      this.buffer.sweep();
      let nextWakeMs = Number.POSITIVE_INFINITY;
      try {
        nextWakeMs = this.sendFetches();
      } catch (err) {
        debug('building fetches failed: %s', err);
        nextWakeMs = this.options.retryBackoffMs;
      }
      await waitFor(woke, nextWakeMs, undefined);
    }
  }

  /** Sends one fetch to every idle broker that leads fetchable partitions. Returns ms until a backoff ends. */
  private sendFetches(): number {
    const now = performance.now();
    let nextWake = Number.POSITIVE_INFINITY;
    const byNode = new Map<number, SessionPartition[]>();
    const meta = this.cluster.metadata;
    let missingLeader = false;
    const perPartitionCap = 2 * this.options.maxPartitionFetchBytes;
    for (const s of this.state.partitionStates()) {
      if (!s.isFetchable || this.buffer.hasError(s)) continue;
      if (this.buffer.bytesOf(s) >= perPartitionCap) continue;
      const pb = this.partitionBackoff.get(s.tp);
      if (pb !== undefined) {
        if (pb > now) {
          nextWake = Math.min(nextWake, pb - now);
          continue;
        }
        this.partitionBackoff.delete(s.tp);
      }
      const info = meta.partition(s.tp.topic, s.tp.partition);
      if (!info || info.leader < 0) {
        missingLeader = true;
        continue;
      }
      if (this.validator.holds(s, info)) continue;
      const node = this.readFrom(s, info.leader, info.replicas, now);
      if (this.inFlight.get(node) !== undefined) continue;
      const nb = this.nodeBackoff.get(node);
      if (nb && nb.until > now) {
        nextWake = Math.min(nextWake, nb.until - now);
        continue;
      }
      const at = this.buffer.fetchPosition(s);
      if (!at) continue;
      let list = byNode.get(node);
      if (!list) byNode.set(node, (list = []));
      list.push({
        tp: s.tp,
        topicId: meta.topics.get(s.tp.topic)?.topicId ?? ZERO_UUID,
        fetchOffset: at.offset,
        maxBytes: this.options.maxPartitionFetchBytes,
        currentLeaderEpoch: info.leaderEpoch,
      });
    }
    if (missingLeader) this.refreshMetadata();
    for (const [node, parts] of byNode) {
      const room = this.options.maxPrefetchBytes - this.buffer.bytes - this.reserved;
      // With nothing buffered or in flight a fetch always goes out, so one oversized batch cannot stall.
      if (room <= 0 && (this.buffer.bytes > 0 || this.reserved > 0)) break;
      const maxBytes = Math.max(1, Math.min(this.options.fetchMaxBytes, room));
      this.send(node, parts, maxBytes);
    }
    return nextWake;
  }

  private send(node: number, parts: SessionPartition[], maxBytes: number): void {
    let session = this.sessions.get(node);
    if (!session) this.sessions.set(node, (session = new FetchSession()));
    const wanted = new Map<TopicPartition, SessionPartition>();
    const tagged: InFlightFetch['parts'] = new Map();
    const names = new Map<string, string>();
    let useTopicIds = true;
    for (const p of parts) {
      const perPartition = Math.min(p.maxBytes, maxBytes);
      wanted.set(p.tp, { ...p, maxBytes: perPartition });
      const s = this.state.partition(p.tp) as PartitionState;
      tagged.set(p.tp, { state: s, epoch: s.epoch, offset: p.fetchOffset });
      if (p.topicId === ZERO_UUID) useTopicIds = false;
      names.set(p.topicId, p.tp.topic);
    }
    const request = session.build(wanted, useTopicIds);
    const flight: InFlightFetch = {
      node,
      session: request,
      parts: tagged,
      reserved: maxBytes,
      names,
      generation: this.generation,
    };
    this.inFlight.set(node, flight);
    this.reserved += maxBytes;
    const body: FetchRequest = {
      replicaId: -1,
      maxWaitMs: this.options.fetchMaxWaitMs,
      minBytes: this.options.fetchMinBytes,
      maxBytes,
      isolationLevel: this.options.isolationLevel === 'read_committed' ? 1 : 0,
      ...request.fields,
      rackId: this.options.clientRack ?? '',
    };
    this.cluster
      .request(node, FetchApi, body, {
        purpose: 'fetch',
        // Topic ids need Fetch v13+; without them (a topic known by name only) stay at v12.
        version: useTopicIds ? undefined : 12,
        timeoutMs: this.options.requestTimeoutMs + this.options.fetchMaxWaitMs,
        // No abort signal: an abort listener added and removed per fetch made every fetch's
        // objects survive V8's young-generation collections on Node 22 and 24 (a mark-compact
        // every 350 ms at 10,000 records/s); stop() drops late answers instead (see `generation`).
      })
      .then(
        (res) => this.onResponse(flight, res),
        (err: unknown) => this.onFailure(flight, err),
      )
      .catch((err: unknown) => debug('handling a fetch response from node %d failed: %s', node, err))
      .finally(() => {
        this.inFlight.set(node, undefined);
        this.reserved -= flight.reserved;
        this.kick.notify();
      });
  }

  /**
   * KIP-392: the broker to fetch `s` from. The leader, unless it named a preferred read replica
   * (one in the consumer's `clientRack`) that is still a replica, still known, and not older than
   * `metadataMaxAgeMs` (the Java client's bound): then that replica.
   */
  private readFrom(s: PartitionState, leader: number, replicas: readonly number[], now: number): number {
    const r = s.readReplica;
    if (r === null) return leader;
    if (r.until > now && replicas.includes(r.node) && this.cluster.metadata.brokers.has(r.node)) return r.node;
    debug('%s[%d]: back to the leader %d from replica %d', s.tp.topic, s.tp.partition, leader, r.node);
    s.readReplica = null;
    return leader;
  }

  /** Whether `flight`'s outcome still matters: sent under the current run, and not stopped since. */
  private current(flight: InFlightFetch): boolean {
    return this.running && flight.generation === this.generation;
  }

  private onFailure(flight: InFlightFetch, err: unknown): void {
    if (!this.current(flight)) return;
    // A replica that cannot be reached is not read from again until the leader names it anew.
    for (const { state } of flight.parts.values())
      if (state.readReplica?.node === flight.node) state.readReplica = null;
    const session = this.sessions.get(flight.node);
    session?.restart();
    const nb = this.nodeBackoff.get(flight.node) ?? { until: 0, failures: 0 };
    const wait = backoffMs(nb.failures, this.options.retryBackoffMs, this.options.retryBackoffMaxMs);
    this.nodeBackoff.set(flight.node, { until: performance.now() + wait, failures: nb.failures + 1 });
    debug('fetch from node %d failed, backing off %d ms: %s', flight.node, wait, (err as Error)?.message ?? err);
    if (!(err instanceof KafkaError) || err.invalidMetadata || err.retriable) this.refreshMetadata();
  }

  private async onResponse(flight: InFlightFetch, res: FetchResponse): Promise<void> {
    if (!this.current(flight)) return;
    this.nodeBackoff.delete(flight.node);
    const session = this.sessions.get(flight.node) as FetchSession;
    if (!session.handleResponse(flight.session, res.errorCode ?? 0, res.sessionId ?? 0)) {
      debug('fetch session with node %d restarts (error %d)', flight.node, res.errorCode);
      if (!SESSION_ERRORS.has(res.errorCode ?? 0)) this.onFailure(flight, null);
      return;
    }
    let arrived = false;
    const now = Date.now();
    const moved = this.takeLeaderHints(res, flight);
    for (const topic of res.responses) {
      const name = topic.topic || (topic.topicId ? flight.names.get(topic.topicId) : undefined);
      if (!name) continue;
      for (const p of topic.partitions) {
        const tp = topicPartition(name, p.partitionIndex);
        const sent = flight.parts.get(tp);
        if (!sent) continue;
        if (moved.has(tp)) {
          // The broker named the new leader (KIP-951): fetch from it next, no metadata round trip.
          debug('%s[%d]: fetch error %d, the leader moved', tp.topic, tp.partition, p.errorCode);
          continue;
        }
        if (await this.onPartition(sent.state, sent.epoch, sent.offset, p, now, flight.node)) arrived = true;
      }
    }
    if (arrived) this.arrivals.notify();
  }

  /** Applies the leaders a Fetch response names for refused partitions; returns those that moved. */
  private takeLeaderHints(res: FetchResponse, flight: InFlightFetch): Set<TopicPartition> {
    const hinted: HintedPartition[] = [];
    for (const topic of res.responses) {
      const name = topic.topic || (topic.topicId ? flight.names.get(topic.topicId) : undefined);
      if (!name) continue;
      for (const p of topic.partitions)
        if (REROUTE.has(p.errorCode)) hinted.push({ ...p, topic: name, partition: p.partitionIndex });
    }
    return applyLeaderHints(this.cluster, hinted, res.nodeEndpoints);
  }

  /** Handles one partition's answer; returns true when something landed in the buffer. */
  private async onPartition(
    s: PartitionState,
    epoch: number,
    offset: bigint,
    p: FetchResponsePartitionData,
    now: number,
    node: number,
  ): Promise<boolean> {
    if (!this.buffer.accepts(s, epoch, offset)) return false;
    const tp = s.tp;
    const preferred = p.preferredReadReplica ?? -1;
    if (p.errorCode === 0 && preferred >= 0 && preferred !== node) {
      // KIP-392: the leader names the replica in our rack; its answer carries no records.
      debug('%s[%d]: reading from replica %d (clientRack)', tp.topic, tp.partition, preferred);
      s.readReplica = { node: preferred, until: performance.now() + this.options.metadataMaxAgeMs };
      return false;
    }
    if (p.errorCode !== 0 && s.readReplica?.node === node) {
      // Whatever a replica refuses (it lags, it stopped being one, ...), the leader decides again.
      debug('%s[%d]: replica %d answered error %d, back to the leader', tp.topic, tp.partition, node, p.errorCode);
      s.readReplica = null;
      return false;
    }
    if (p.errorCode === 0) {
      s.highwater = p.highWatermark;
      if (p.lastStableOffset !== undefined && p.lastStableOffset >= 0n) s.lastStableOffset = p.lastStableOffset;
      if (p.logStartOffset !== undefined && p.logStartOffset >= 0n) s.logStartOffset = p.logStartOffset;
      s.lastPollTimestamp = now;
      const bytes = p.records?.length ?? 0;
      // Nothing new: with enablePartitionEof, wake the reader to report the end (once per position).
      if (bytes === 0) return this.options.enablePartitionEof && s.eofReportedAt !== offset;
      const chunk = await decodeChunk(tp, p.records, offset, p.abortedTransactions, {
        isolationLevel: this.options.isolationLevel,
        verifyCrc: this.options.checkCrcs,
        maxDecompressedBytes: this.options.maxDecompressedBytes,
      });
      if (!this.buffer.accepts(s, epoch, offset)) return false;
      if (chunk.batches.length > 0 || chunk.nextOffset > offset) {
        this.buffer.addChunk(s, chunk.batches, chunk.nextOffset, bytes);
        s.rxmsgs += chunk.recordCount;
        s.rxbytes += bytes;
        this.received.msgs += chunk.recordCount;
        this.received.bytes += bytes;
      }
      if (chunk.error) this.buffer.addError(s, chunk.error.error, chunk.error.skipTo, false);
      return chunk.recordCount > 0 || chunk.error !== null;
    }
    const context = { topic: tp.topic, partition: tp.partition };
    if (p.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) {
      const policy = this.options.autoOffsetReset;
      if (policy === 'none') {
        const err = new OffsetOutOfRangeError(
          `fetch offset ${offset} is out of range (log ${p.logStartOffset ?? '?'}..${p.highWatermark}) and autoOffsetReset is 'none'; seek to a valid offset`,
          { context },
        );
        this.buffer.addError(s, err, null, true);
        return true;
      }
      debug('%s[%d]: offset %s out of range, resetting to %s', tp.topic, tp.partition, offset, policy);
      this.state.requestResetOf(s, policy);
      return false;
    }
    if (REROUTE.has(p.errorCode)) {
      debug('%s[%d]: fetch error %d, refreshing metadata', tp.topic, tp.partition, p.errorCode);
      this.partitionBackoff.set(tp, performance.now() + this.options.retryBackoffMs);
      this.refreshMetadata();
      return false;
    }
    const err = createKafkaError(p.errorCode, null, context);
    if (p.errorCode === ErrorCode.TOPIC_AUTHORIZATION_FAILED || !err.retriable) {
      this.buffer.addError(s, err, null, false);
      this.partitionBackoff.set(tp, performance.now() + this.options.retryBackoffMaxMs);
      return true;
    }
    debug('%s[%d]: retriable fetch error %s', tp.topic, tp.partition, err.message);
    this.partitionBackoff.set(tp, performance.now() + this.options.retryBackoffMs);
    return false;
  }

  private refreshMetadata(): void {
    if (this.metadataRefresh) return;
    const topics = new Set<string>();
    for (const s of this.state.partitionStates()) topics.add(s.tp.topic);
    this.metadataRefresh = this.cluster
      .refreshMetadata(topics)
      .catch((err: unknown) => debug('metadata refresh failed: %s', err))
      .finally(() => {
        this.metadataRefresh = undefined;
        this.kick.notify();
      });
  }

  /** Fetch sessions by node, for tests and statistics. */
  sessionIds(): Map<number, number> {
    return new Map([...this.sessions].map(([node, s]) => [node, s.id]));
  }
}
