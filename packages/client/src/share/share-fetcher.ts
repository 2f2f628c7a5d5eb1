import {
  createKafkaError,
  ErrorCode,
  KafkaError,
  type KafkaError as KafkaErrorType,
  type KafkaRecord,
  ShareAcknowledgeApi,
  type ShareAcknowledgeResponse,
  ShareFetchApi,
  type ShareFetchRequest,
  type ShareFetchResponse,
  type ShareFetchResponsePartitionData,
  UnsupportedVersionError,
  ZERO_UUID,
} from '@kafka-aio/protocol';
import type { Cluster, NodeEndpoint } from '../cluster/cluster.js';
import { applyLeaderHints, type HintedPartition } from '../cluster/leader-hints.js';
import { type DecodedBatch, decodeChunk } from '../consumer/fetch/record-decoder.js';
import { Notifier } from '../consumer/notifier.js';
import { createDebug } from '../observability/debug.js';
import { type TopicPartition, topicPartition } from '../topic-partition.js';
import { AckCode, encodeAcks } from './acknowledgements.js';
import type { ResolvedShareConsumerOptions } from './options.js';
import { FINAL_EPOCH, SHARE_SESSION_ERRORS, ShareSession } from './share-session.js';
import type { AcknowledgementCommit } from './types.js';

const debug = createDebug('kafka-aio:share:fetcher');

/**
 * How long acknowledgements may wait for the next ShareFetch of their leader before they go alone:
 * longer than a fetch round trip of an application that polls in a loop, far shorter than a lock.
 */
const HOLD_ACKS_MS = 100;

/** Partition errors after which the leader must be looked up again. */
const REROUTE = new Set<number>([
  ErrorCode.NOT_LEADER_OR_FOLLOWER,
  ErrorCode.FENCED_LEADER_EPOCH,
  ErrorCode.UNKNOWN_LEADER_EPOCH,
  ErrorCode.LEADER_NOT_AVAILABLE,
  ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
  ErrorCode.UNKNOWN_TOPIC_ID,
  ErrorCode.KAFKA_STORAGE_ERROR,
]);

/** One acquired record waiting in the buffer to be handed out. */
export interface AcquiredRecord {
  tp: TopicPartition;
  record: KafkaRecord;
  batch: DecodedBatch;
  deliveryCount: number;
}

/** Acknowledgements by partition: offset -> wire code. */
type AckMap = Map<TopicPartition, Map<bigint, number>>;

/** What the fetcher needs from the consumer. */
export interface ShareFetcherHooks {
  /** The member id the sessions are keyed by. */
  memberId(): string;
  /** Every acknowledgement outcome, per partition (the consumer runs the user callback, guarded). */
  acknowledged(result: AcknowledgementCommit): void;
  /** A partition error the application should hear about. */
  reportError(err: Error): void;
}

/**
 * The share consumer's data path (KIP-932): one share session per partition leader
 * ({@link ShareSession}), one request in flight per broker at a time (requests to a broker queue
 * on its lane, since the broker accepts only the next session epoch), ShareFetch carrying the
 * acknowledgements of the partitions it fetches, ShareAcknowledge for the rest, and at stop a
 * final ShareAcknowledge (epoch -1) that closes each session, which releases whatever this member
 * still holds. Fetching happens when a `getMany` finds the buffer empty or, with `fetchAhead`,
 * when it has just emptied it (one fetch per leader ahead at most: acquired records are locked
 * from the moment the broker answers).
 *
 * Error reactions (as the Java client's): a share-session error or a failed request drops the
 * session (the next fetch opens one at epoch 0, which cannot carry acknowledgements, so those fail
 * locally); leader errors refresh metadata; every acknowledgement completes exactly once, with the
 * broker's per-partition error or the request's.
 */
export class ShareFetcher {
  /** Fires when records land in the buffer or a fetch round ends. */
  readonly arrivals = new Notifier();
  /** Records received since start (statistics). */
  readonly received = { msgs: 0, bytes: 0 };
  /** The lock duration the broker reported last (`AcquisitionLockTimeoutMs`). */
  acquisitionLockTimeoutMs: number | undefined;
  private readonly sessions = new Map<number, ShareSession>();
  private readonly lanes = new Map<number, Promise<unknown>>();
  /** Brokers with a ShareFetch queued or in flight (at most one each), and its completion. */
  private readonly fetching = new Map<number, Promise<void>>();
  /** Acknowledgements not sent yet. */
  private readonly pending: AckMap = new Map();
  private readonly buffer: AcquiredRecord[] = [];
  private assigned: ReadonlySet<TopicPartition> = new Set();
  private running = true;
  private metadataRefresh: Promise<unknown> | undefined;

  constructor(
    private readonly cluster: Cluster,
    private readonly options: ResolvedShareConsumerOptions,
    private readonly hooks: ShareFetcherHooks,
  ) {}

  /** Records acquired and not handed out yet. */
  get buffered(): number {
    return this.buffer.length;
  }

  /** Partitions with acknowledgements not sent yet, and how many. */
  get pendingCount(): number {
    let n = 0;
    for (const m of this.pending.values()) n += m.size;
    return n;
  }

  /**
   * Whether a fetch round kept acknowledgements back for a fetch that was already out (see
   * {@link fetchRound}) and no flush has sent them since: if no fetch follows at once, the caller
   * must flush them rather than leave them until the next poll.
   */
  get holdingAcks(): boolean {
    return this.held && this.pending.size > 0;
  }
  private held = false;
  /** Sends held acknowledgements if no fetch took them within {@link HOLD_ACKS_MS}. */
  private holdTimer: NodeJS.Timeout | undefined;

  /** Nothing is held any more (flushed, or taken by a fetch). */
  private releaseHold(): void {
    this.held = false;
    clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
  }

  /**
   * Keeps the pending acknowledgements for the next ShareFetch of their leaders, for at most
   * {@link HOLD_ACKS_MS}: an application that stops polling must not leave them unsent until the
   * records' locks expire (they would be delivered again to another member).
   */
  holdAcks(): void {
    this.held = true;
    if (this.holdTimer) return;
    this.holdTimer = setTimeout(() => {
      this.holdTimer = undefined;
      if (this.holdingAcks && this.running)
        this.flushAcks().catch((err: unknown) => debug('sending held acknowledgements failed: %s', err));
    }, HOLD_ACKS_MS);
    this.holdTimer.unref();
  }

  /**
   * Whether every pending acknowledgement can wait for the next ShareFetch of its leader: each
   * leader has a fetch out (whose successor will carry them) and none of them is a renewal.
   */
  get acksCanRideNextFetch(): boolean {
    for (const [tp, acks] of this.pending) {
      const node = this.leaderOf(tp);
      if (node === undefined || !this.fetching.has(node) || hasRenewal(acks)) return false;
    }
    return true;
  }

  /** The partitions to fetch from (the group's assignment). */
  setAssignment(partitions: ReadonlySet<TopicPartition>): void {
    this.assigned = partitions;
    this.arrivals.notify();
  }

  /** Queues an acknowledgement (a later one for the same offset overwrites it until it is sent). */
  acknowledge(tp: TopicPartition, offset: bigint, code: number): void {
    let m = this.pending.get(tp);
    if (!m) this.pending.set(tp, (m = new Map()));
    m.set(offset, code);
  }

  /** Puts records (renewed ones) back at the head of the buffer, to be handed out again. */
  requeue(records: readonly AcquiredRecord[]): void {
    if (records.length === 0) return;
    this.buffer.unshift(...records);
    this.arrivals.notify();
  }

  /** Takes up to `max` buffered records, in the order they arrived. */
  take(max: number): AcquiredRecord[] {
    return this.buffer.splice(0, max);
  }

  /** Whether some leader of the assigned partitions has no ShareFetch queued or in flight. */
  hasIdleLeader(): boolean {
    for (const tp of this.assigned) {
      const node = this.leaderOf(tp);
      if (node !== undefined && !this.fetching.has(node)) return true;
    }
    return false;
  }

  /**
   * Sends one ShareFetch to every leader of assigned partitions that has no fetch queued, with
   * that leader's acknowledgements; sends the acknowledgements of other brokers with
   * ShareAcknowledge. Resolves when every fetch it sent, and every one already in flight, has
   * been answered.
   */
  async fetchRound(): Promise<void> {
    const byNode = this.partitionsByLeader();
    const sent: Promise<unknown>[] = [];
    const alreadyOut = new Set<number>();
    for (const [node, parts] of byNode) {
      const inFlight = this.fetching.get(node);
      if (inFlight) {
        sent.push(inFlight);
        alreadyOut.add(node);
        continue;
      }
      const fetch = this.onLane(node, () => this.shareFetch(node, parts))
        .catch((err: unknown) => debug('share fetch to node %d failed: %s', node, err))
        .finally(() => {
          // Unless the answer already freed the node and a newer fetch took its place.
          if (this.fetching.get(node) === fetch) this.fetching.delete(node);
        });
      this.fetching.set(node, fetch);
      sent.push(fetch);
    }
    // Acknowledgements for brokers without a fetch go with ShareAcknowledge. A fetch sent now
    // carries its leader's (what it cannot carry, it sends after itself), and a leader whose fetch
    // was already out keeps them for its next ShareFetch, as Java's one fetch per poll carries
    // them: a ShareAcknowledge queued behind the fetch ahead would cost a round trip per batch and
    // delay the next fetch by as much.
    for (const tp of this.pending.keys()) {
      const node = this.leaderOf(tp);
      if (node !== undefined && alreadyOut.has(node)) this.holdAcks();
    }
    sent.push(this.flushAcks(new Set(byNode.keys())));
    await Promise.all(sent);
  }

  /**
   * Sends every pending acknowledgement (except for brokers in `skip`, whose next ShareFetch
   * carries them) with ShareAcknowledge, and resolves with the outcomes.
   */
  async flushAcks(skip: ReadonlySet<number> = new Set()): Promise<AcknowledgementCommit[]> {
    if (skip.size === 0) this.releaseHold();
    const nodes = new Set<number>();
    for (const [tp, acks] of this.pending) {
      const node = this.leaderOf(tp);
      // Renewals never ride a ShareFetch: they go now, whoever is skipped.
      if (node !== undefined && (!skip.has(node) || hasRenewal(acks))) nodes.add(node);
    }
    const out: AcknowledgementCommit[] = [];
    await Promise.all(
      [...nodes].map((node) => {
        // Taken now, not when the lane frees: a fetch queued ahead must not carry them off, or the
        // caller (commit()) would not see their outcome.
        const acks = this.takeAcks(node, undefined, skip.has(node) ? 'renewals' : 'all');
        return this.onLane(node, async () => {
          out.push(...(await this.shareAcknowledge(node, false, acks)));
        });
      }),
    );
    this.failUnroutable();
    return out;
  }

  /**
   * Stops: each open session gets a final ShareAcknowledge (epoch -1) with its pending
   * acknowledgements, which closes it and releases every record this member still holds there.
   */
  async close(): Promise<void> {
    this.releaseHold();
    // Closing the sessions releases every record this member holds: renewing any is moot.
    for (const [tp, acks] of [...this.pending]) {
      for (const [offset, code] of [...acks]) if (code === AckCode.RENEW) acks.delete(offset);
      if (acks.size === 0) this.pending.delete(tp);
    }
    const nodes = new Set<number>(this.sessions.keys());
    for (const tp of this.pending.keys()) {
      const node = this.leaderOf(tp);
      if (node !== undefined) nodes.add(node);
    }
    await Promise.all([...nodes].map((node) => this.onLane(node, () => this.shareAcknowledge(node, true))));
    this.running = false;
    this.failUnroutable();
    this.buffer.length = 0;
    this.arrivals.notify();
  }

  /** Acknowledgements whose partition has no known leader fail now (their records come back after the lock). */
  private failUnroutable(): void {
    for (const [tp, acks] of [...this.pending]) {
      if (this.leaderOf(tp) !== undefined && this.running) continue;
      this.pending.delete(tp);
      this.complete(tp, acks, createKafkaError(ErrorCode.LEADER_NOT_AVAILABLE, 'no leader to acknowledge to'));
    }
  }

  private partitionsByLeader(): Map<number, Set<TopicPartition>> {
    const byNode = new Map<number, Set<TopicPartition>>();
    let missing = false;
    for (const tp of this.assigned) {
      const node = this.leaderOf(tp);
      if (node === undefined) {
        missing = true;
        continue;
      }
      let set = byNode.get(node);
      if (!set) byNode.set(node, (set = new Set()));
      set.add(tp);
    }
    // A broker we still have a session with but nothing to fetch from: forget its partitions.
    for (const [node, s] of this.sessions)
      if (s.open && s.partitions.size > 0 && !byNode.has(node)) byNode.set(node, new Set());
    if (missing) this.refreshMetadata();
    return byNode;
  }

  private leaderOf(tp: TopicPartition): number | undefined {
    const info = this.cluster.metadata.partition(tp.topic, tp.partition);
    return info && info.leader >= 0 ? info.leader : undefined;
  }

  private topicId(topic: string): string | undefined {
    const id = this.cluster.metadata.topics.get(topic)?.topicId;
    return id && id !== ZERO_UUID ? id : undefined;
  }

  /** Runs `fn` after every earlier request to `node`: one request in flight per share session. */
  private onLane<T>(node: number, fn: () => Promise<T>): Promise<T> {
    const prev = this.lanes.get(node) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    this.lanes.set(
      node,
      run.catch(() => undefined),
    );
    return run;
  }

  private session(node: number): ShareSession {
    let s = this.sessions.get(node);
    if (!s) this.sessions.set(node, (s = new ShareSession()));
    return s;
  }

  /**
   * Takes the pending acknowledgements of partitions led by `node` (those `only` allows): all of
   * them, all but renewals (`for-fetch`: a ShareFetch that renews may not fetch, so they go with
   * ShareAcknowledge), or only renewals (for a leader whose other acknowledgements wait for its
   * next fetch).
   */
  private takeAcks(
    node: number,
    only?: (tp: TopicPartition) => boolean,
    what: 'all' | 'for-fetch' | 'renewals' = 'all',
  ): AckMap {
    const out: AckMap = new Map();
    for (const [tp, acks] of [...this.pending]) {
      if (this.leaderOf(tp) !== node || (only && !only(tp))) continue;
      if (what !== 'all' && hasRenewal(acks)) {
        const renewals = new Map([...acks].filter(([, code]) => code === AckCode.RENEW));
        const rest = new Map([...acks].filter(([, code]) => code !== AckCode.RENEW));
        const [taken, left] = what === 'renewals' ? [renewals, rest] : [rest, renewals];
        if (left.size > 0) this.pending.set(tp, left);
        else this.pending.delete(tp);
        if (taken.size > 0) out.set(tp, taken);
        continue;
      }
      if (what === 'renewals') continue;
      this.pending.delete(tp);
      out.set(tp, acks);
    }
    return out;
  }

  private complete(tp: TopicPartition, acks: Map<bigint, number>, error: KafkaErrorType | null): void {
    const offsets = [...acks.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (error) debug('%s[%d]: %d acknowledgements failed: %s', tp.topic, tp.partition, offsets.length, error.message);
    this.hooks.acknowledged({ topicPartition: tp, offsets, error });
  }

  /** Groups partitions (with their acknowledgements) by topic id for a request body. */
  private topicsOf<P>(
    parts: Iterable<TopicPartition>,
    acks: AckMap,
    entry: (tp: TopicPartition, batches: ReturnType<typeof encodeAcks>) => P,
  ): { topicId: string; partitions: P[] }[] {
    const byTopic = new Map<string, P[]>();
    for (const tp of new Set([...parts, ...acks.keys()])) {
      const id = this.topicId(tp.topic);
      if (!id) continue;
      let list = byTopic.get(id);
      if (!list) byTopic.set(id, (list = []));
      const a = acks.get(tp);
      list.push(entry(tp, a ? encodeAcks(a) : []));
    }
    return [...byTopic].map(([topicId, partitions]) => ({ topicId, partitions }));
  }

  private async shareFetch(node: number, wanted: Set<TopicPartition>): Promise<void> {
    if (!this.running) return;
    // Partitions whose topic id is unknown cannot be named (ShareFetch speaks topic ids only).
    for (const tp of [...wanted]) {
      if (this.topicId(tp.topic)) continue;
      wanted.delete(tp);
      this.refreshMetadata();
    }
    const session = this.session(node);
    const plan = session.next(wanted);
    // The opening request must not carry acknowledgements; those of partitions leaving the session
    // go with ShareAcknowledge instead (naming them in Topics would add them again).
    const acks = plan.full ? new Map() : this.takeAcks(node, (tp) => plan.after.has(tp), 'for-fetch');
    if (this.pending.size === 0) this.releaseHold();
    if (plan.full) {
      const stale = this.takeAcks(node);
      for (const [tp, a] of stale)
        this.complete(tp, a, createKafkaError(ErrorCode.SHARE_SESSION_NOT_FOUND, 'the share session was reopened'));
    } else {
      const rest = this.takeAcks(node); // renewals, and partitions leaving the session
      if (rest.size > 0)
        this.onLane(node, () => this.shareAcknowledge(node, false, rest)).catch((err: unknown) =>
          debug('sending acknowledgements to node %d failed: %s', node, err),
        );
    }
    if (wanted.size === 0 && plan.forget.length === 0 && acks.size === 0) return;
    const names = new Map<string, string>();
    for (const tp of [...wanted, ...plan.forget]) {
      const id = this.topicId(tp.topic);
      if (id) names.set(id, tp.topic);
    }
    const forgotten = new Map<string, number[]>();
    for (const tp of plan.forget) {
      const id = this.topicId(tp.topic);
      if (!id) continue;
      const list = forgotten.get(id);
      if (list) list.push(tp.partition);
      else forgotten.set(id, [tp.partition]);
    }
    const o = this.options;
    const body: ShareFetchRequest = {
      groupId: o.groupId,
      memberId: this.hooks.memberId(),
      shareSessionEpoch: plan.epoch,
      // Nothing left to fetch (only forgetting or acknowledging): answer at once.
      maxWaitMs: wanted.size > 0 ? o.fetchMaxWaitMs : 0,
      minBytes: o.fetchMinBytes,
      maxBytes: o.fetchMaxBytes,
      maxRecords: wanted.size > 0 ? o.maxPollRecords : 0,
      batchSize: o.maxPollRecords,
      shareAcquireMode: o.shareAcquireMode === 'record_limit' ? 1 : 0,
      topics: this.topicsOf(plan.add, acks, (tp, batches) => ({
        partitionIndex: tp.partition,
        acknowledgementBatches: batches,
      })),
      forgottenTopicsData: [...forgotten].map(([topicId, partitions]) => ({ topicId, partitions })),
    };
    let res: ShareFetchResponse;
    try {
      res = await this.cluster.request(node, ShareFetchApi, body, {
        purpose: 'share',
        timeoutMs: o.requestTimeoutMs + o.fetchMaxWaitMs,
      });
    } catch (err) {
      // The session is gone with the connection (the broker released our records); start over.
      session.reset();
      const error = err instanceof KafkaError ? err : new KafkaError(String(err), { cause: err });
      debug('share fetch to node %d failed: %s', node, error.message);
      for (const [tp, a] of acks) this.complete(tp, a, error);
      this.refreshMetadata();
      return;
    }
    if (res.errorCode !== 0) {
      const error = createKafkaError(res.errorCode, res.errorMessage, `node=${node}`);
      if (SHARE_SESSION_ERRORS.has(res.errorCode)) session.reset();
      else session.advanced();
      debug('share fetch to node %d: error %s', node, error.message);
      for (const [tp, a] of acks) this.complete(tp, a, error);
      if (res.errorCode === ErrorCode.UNKNOWN_TOPIC_ID || error.invalidMetadata) this.refreshMetadata();
      return;
    }
    session.succeeded(plan);
    if (res.acquisitionLockTimeoutMs > 0) this.acquisitionLockTimeoutMs = res.acquisitionLockTimeoutMs;
    const answered = new Set<TopicPartition>();
    let arrived = false;
    const moved = this.takeLeaderHints(res.responses, names, res.nodeEndpoints);
    for (const t of res.responses) {
      const name = names.get(t.topicId) ?? this.nameOf(t.topicId);
      if (!name) continue;
      for (const p of t.partitions) {
        const tp = topicPartition(name, p.partitionIndex);
        answered.add(tp);
        const a = acks.get(tp);
        if (a)
          this.complete(
            tp,
            a,
            p.acknowledgeErrorCode === 0 ? null : createKafkaError(p.acknowledgeErrorCode, p.acknowledgeErrorMessage),
          );
        // The broker named the new leader (KIP-951): the next fetch goes there, no metadata round trip.
        if (moved.has(tp)) debug('%s[%d]: share fetch error %d, the leader moved', tp.topic, tp.partition, p.errorCode);
        else if (await this.onPartition(tp, p)) arrived = true;
      }
    }
    for (const [tp, a] of acks)
      if (!answered.has(tp))
        this.complete(tp, a, new KafkaError(`ShareFetch returned no result for ${tp.topic}[${tp.partition}]`));
    // Answered: the next fetch to this leader may be asked for as soon as the records are seen.
    this.fetching.delete(node);
    if (arrived) this.arrivals.notify();
  }

  /** Applies the leaders a share response names for refused partitions (KIP-951); returns those that moved. */
  private takeLeaderHints(
    responses: readonly {
      topicId: string;
      partitions: readonly {
        partitionIndex: number;
        errorCode: number;
        currentLeader?: HintedPartition['currentLeader'];
      }[];
    }[],
    names: ReadonlyMap<string, string>,
    endpoints: readonly NodeEndpoint[] | undefined,
  ): Set<TopicPartition> {
    const hinted: HintedPartition[] = [];
    for (const t of responses) {
      const name = names.get(t.topicId) ?? this.nameOf(t.topicId);
      if (!name) continue;
      for (const p of t.partitions)
        if (REROUTE.has(p.errorCode))
          hinted.push({
            topic: name,
            partition: p.partitionIndex,
            errorCode: p.errorCode,
            currentLeader: p.currentLeader,
          });
    }
    return applyLeaderHints(this.cluster, hinted, endpoints);
  }

  private nameOf(topicId: string): string | undefined {
    for (const t of this.cluster.metadata.topics.values()) if (t.topicId === topicId) return t.name;
    return undefined;
  }

  /** Handles one partition's data: buffers acquired records, acknowledges acquired gaps. */
  private async onPartition(tp: TopicPartition, p: ShareFetchResponsePartitionData): Promise<boolean> {
    if (p.errorCode !== 0) {
      if (REROUTE.has(p.errorCode)) {
        debug('%s[%d]: share fetch error %d, refreshing metadata', tp.topic, tp.partition, p.errorCode);
        this.refreshMetadata();
      } else {
        this.hooks.reportError(
          createKafkaError(p.errorCode, p.errorMessage, { topic: tp.topic, partition: tp.partition }),
        );
      }
      return false;
    }
    if (p.acquiredRecords.length === 0) return false;
    const chunk = await decodeChunk(tp, p.records, 0n, null, {
      isolationLevel: 'read_uncommitted',
      verifyCrc: this.options.checkCrcs,
      maxDecompressedBytes: this.options.maxDecompressedBytes,
      // Acquired records are matched to their offsets here, so every record is decoded now.
      eager: true,
    });
    // Offsets from a batch that did not decode: released (not gaps), so a bad batch reaches the
    // delivery limit and is archived instead of being acknowledged as done.
    const undecodable = chunk.error ? chunk.nextOffset : null;
    if (chunk.error) this.hooks.reportError(chunk.error.error);
    // Records and acquired ranges both come in offset order: walk them side by side.
    const batches = chunk.batches;
    let bi = 0;
    let ri = 0;
    let count = 0;
    const ranges = p.acquiredRecords;
    for (let k = 0; k < ranges.length; k++) {
      const range = ranges[k];
      for (let o = range.firstOffset; o <= range.lastOffset; o++) {
        let batch = batches[bi];
        while (batch && (ri >= batch.records.length || batch.records[ri].offset < o)) {
          if (ri >= batch.records.length) {
            batch = batches[++bi];
            ri = 0;
          } else ri++;
        }
        const record = batch?.records[ri];
        if (record && record.offset === o) {
          this.buffer.push({ tp, record, batch, deliveryCount: range.deliveryCount });
          count++;
        } else if (undecodable !== null && o >= undecodable) {
          this.acknowledge(tp, o, AckCode.RELEASE);
        } else {
          // No record at an acquired offset: a transaction marker, a compacted or aborted record.
          this.acknowledge(tp, o, AckCode.GAP);
        }
      }
      // A range that starts below the last one (never seen from a broker) rewinds the walk.
      if (k + 1 < ranges.length && ranges[k + 1].firstOffset <= range.lastOffset) {
        bi = 0;
        ri = 0;
      }
    }
    this.received.msgs += count;
    this.received.bytes += p.records?.length ?? 0;
    return count > 0;
  }

  private async shareAcknowledge(
    node: number,
    final: boolean,
    acks: AckMap = this.takeAcks(node),
  ): Promise<AcknowledgementCommit[]> {
    const session = this.session(node);
    const results: AcknowledgementCommit[] = [];
    const done = (tp: TopicPartition, a: Map<bigint, number>, error: KafkaErrorType | null) => {
      this.complete(tp, a, error);
      results.push({ topicPartition: tp, offsets: [...a.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)), error });
    };
    if (!session.open) {
      // A ShareAcknowledge cannot open a session; without one these records are no longer ours.
      for (const [tp, a] of acks)
        done(tp, a, createKafkaError(ErrorCode.SHARE_SESSION_NOT_FOUND, 'no share session with the leader'));
      return results;
    }
    if (acks.size === 0 && !final) return results;
    const renews = [...acks.values()].some((a) => [...a.values()].includes(AckCode.RENEW));
    if (renews && !(await this.cluster.connection(node, 'share')).versions.supports(ShareAcknowledgeApi, 2)) {
      // Renewal needs ShareAcknowledge v2 (Kafka 4.2+): fail those partitions, send the rest.
      for (const [tp, a] of [...acks]) {
        if (![...a.values()].includes(AckCode.RENEW)) continue;
        acks.delete(tp);
        done(tp, a, new UnsupportedVersionError('renew acknowledgements need ShareAcknowledge v2 (Kafka 4.2+)'));
      }
      if (acks.size === 0 && !final) return results;
    }
    const names = new Map<string, string>();
    for (const tp of acks.keys()) {
      const id = this.topicId(tp.topic);
      if (id) names.set(id, tp.topic);
    }
    let res: ShareAcknowledgeResponse;
    try {
      res = await this.cluster.request(
        node,
        ShareAcknowledgeApi,
        (version) => ({
          groupId: this.options.groupId,
          memberId: this.hooks.memberId(),
          shareSessionEpoch: final ? FINAL_EPOCH : session.epoch,
          ...(version >= 2 ? { isRenewAck: renews } : {}),
          topics: this.topicsOf([], acks, (tp, batches) => ({
            partitionIndex: tp.partition,
            acknowledgementBatches: batches,
          })),
        }),
        { purpose: 'share' },
      );
    } catch (err) {
      session.reset();
      const error = err instanceof KafkaError ? err : new KafkaError(String(err), { cause: err });
      for (const [tp, a] of acks) done(tp, a, error);
      return results;
    }
    if (final || SHARE_SESSION_ERRORS.has(res.errorCode)) session.reset();
    else session.advanced();
    if ((res.acquisitionLockTimeoutMs ?? 0) > 0) this.acquisitionLockTimeoutMs = res.acquisitionLockTimeoutMs;
    if (res.errorCode !== 0) {
      const error = createKafkaError(res.errorCode, res.errorMessage, `node=${node}`);
      for (const [tp, a] of acks) done(tp, a, error);
      return results;
    }
    const answered = new Set<TopicPartition>();
    const moved = this.takeLeaderHints(res.responses, names, res.nodeEndpoints);
    for (const t of res.responses) {
      const name = names.get(t.topicId) ?? this.nameOf(t.topicId);
      if (!name) continue;
      for (const p of t.partitions) {
        const tp = topicPartition(name, p.partitionIndex);
        const a = acks.get(tp);
        if (!a) continue;
        answered.add(tp);
        done(tp, a, p.errorCode === 0 ? null : createKafkaError(p.errorCode, p.errorMessage));
        if (REROUTE.has(p.errorCode) && !moved.has(tp)) this.refreshMetadata();
      }
    }
    for (const [tp, a] of acks)
      if (!answered.has(tp))
        done(tp, a, new KafkaError(`ShareAcknowledge returned no result for ${tp.topic}[${tp.partition}]`));
    return results;
  }

  private refreshMetadata(): void {
    if (this.metadataRefresh || !this.running) return;
    const topics = new Set<string>();
    for (const tp of this.assigned) topics.add(tp.topic);
    this.metadataRefresh = this.cluster
      .refreshMetadata(topics)
      .catch((err: unknown) => debug('metadata refresh failed: %s', err))
      .finally(() => {
        this.metadataRefresh = undefined;
        this.arrivals.notify();
      });
  }
}

function hasRenewal(acks: ReadonlyMap<bigint, number>): boolean {
  for (const code of acks.values()) if (code === AckCode.RENEW) return true;
  return false;
}
