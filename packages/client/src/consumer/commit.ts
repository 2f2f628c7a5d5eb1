import {
  createKafkaError,
  ErrorCode,
  KafkaError,
  KafkaTimeoutError,
  OffsetCommitApi,
  type OffsetCommitRequestTopic,
  OffsetFetchApi,
  type OffsetFetchResponse,
} from '@kafka-aio/protocol';
import { failure, ok, ResultMap } from '../admin/results.js';
import { backoffMs, sleep } from '../cluster/backoff.js';
import { type Cluster, CoordinatorType } from '../cluster/cluster.js';
import { type CommitDiagnostics, commitChannel } from '../diagnostics.js';
import { createDebug } from '../observability/debug.js';
import { createLog } from '../observability/log.js';
import { type TopicPartition, topicPartition } from '../topic-partition.js';
import { CommitFailedError } from './errors.js';
import type { ResolvedConsumerOptions } from './options.js';
import type { PartitionState, SubscriptionState } from './subscription-state.js';
import type { OffsetAndMetadata } from './types.js';

const debug = createDebug('kafka-aio:consumer:commit');

/** Who commits: the classic generation and member id, or the KIP-848 member epoch; -1/'' outside a group. */
export interface CommitIdentity {
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  /** True for KIP-848 members (OffsetFetch v9+ then names the member). */
  consumerProtocol: boolean;
}

/** Errors that mean the group moved on: the commit cannot succeed for this member as it is. */
const MEMBERSHIP_LOST = new Set<number>([
  ErrorCode.ILLEGAL_GENERATION,
  ErrorCode.UNKNOWN_MEMBER_ID,
  ErrorCode.REBALANCE_IN_PROGRESS,
  ErrorCode.FENCED_INSTANCE_ID,
  ErrorCode.FENCED_MEMBER_EPOCH,
]);
const COORDINATOR_MOVED = new Set<number>([ErrorCode.COORDINATOR_NOT_AVAILABLE, ErrorCode.NOT_COORDINATOR]);

// Both APIs switched to topic ids at v10; v9 names topics and every 4.x broker speaks it.
const MAX_OFFSET_API_VERSION = 9;

// A broker answers one request per connection at a time, and holds a JoinGroup until the whole
// group rejoined (up to the rebalance timeout). Commits get their own connection so that a member
// that keeps consuming through a cooperative rebalance can keep committing too.
const PURPOSE = 'offsets';

/**
 * OffsetCommit and OffsetFetch for one group, through a connection of their own to the group coordinator, with
 * retries of coordinator moves and loading until the call's timeout. Also the auto-commit timer.
 * Used by both group protocols and by manual assignment with a `groupId` (then committing as a
 * "simple" member: generation -1, no member id).
 */
export class OffsetCommitter {
  /** The offsets last committed successfully by this consumer, so auto commit can skip unchanged ones. */
  private readonly lastCommitted = new Map<TopicPartition, bigint>();

  /** The last offset this consumer committed for `tp`, for statistics; undefined when none. */
  committedOffset(tp: TopicPartition): bigint | undefined {
    return this.lastCommitted.get(tp);
  }
  private autoTimer: NodeJS.Timeout | undefined;
  private autoRunning: Promise<void> | undefined;

  constructor(
    private readonly cluster: Cluster,
    private readonly options: ResolvedConsumerOptions & { groupId: string },
    private readonly identity: () => CommitIdentity,
    /** Told when a commit finds the membership gone (with the identity it used), so the group side rejoins. */
    private readonly onMembershipLost: (err: KafkaError, used: CommitIdentity) => void,
  ) {}

  /**
   * Commits `offsets`, resolving to each partition's outcome: a partition the broker refused for a
   * reason of its own (metadata too large, unknown partition, not authorized) carries that error,
   * and the others are committed. Rejects, for every partition alike, with {@link CommitFailedError}
   * when the group moved on, and with `KafkaTimeoutError` when retriable errors outlast `timeoutMs`.
   */
  async commit(
    offsets: ReadonlyMap<TopicPartition, OffsetAndMetadata>,
    options: { timeoutMs?: number; signal?: AbortSignal } = {},
  ): Promise<ResultMap<TopicPartition, OffsetAndMetadata>> {
    if (!commitChannel.hasSubscribers || offsets.size === 0) return this.commitOffsets(offsets, options);
    const published: CommitDiagnostics = {
      clientId: this.options.clientId,
      groupId: this.options.groupId,
      offsets: new Map([...offsets].map(([tp, o]) => [tp, o.offset])),
    };
    try {
      const results = await this.commitOffsets(offsets, options);
      const refused = [...results.values()].find((r) => r.error !== null);
      if (refused) published.error = refused.error;
      return results;
    } catch (err) {
      published.error = err;
      throw err;
    } finally {
      commitChannel.publish(published);
    }
  }

  private async commitOffsets(
    offsets: ReadonlyMap<TopicPartition, OffsetAndMetadata>,
    { timeoutMs = this.options.defaultApiTimeoutMs, signal }: { timeoutMs?: number; signal?: AbortSignal } = {},
  ): Promise<ResultMap<TopicPartition, OffsetAndMetadata>> {
    const results = new ResultMap<TopicPartition, OffsetAndMetadata>();
    if (offsets.size === 0) return results;
    await this.withCoordinator('committing offsets', timeoutMs, signal, async (node) => {
      const who = this.identity();
      const byTopic = new Map<string, OffsetCommitRequestTopic>();
      for (const [tp, o] of offsets) {
        let t = byTopic.get(tp.topic);
        if (!t) byTopic.set(tp.topic, (t = { name: tp.topic, partitions: [] }));
        t.partitions.push({
          partitionIndex: tp.partition,
          committedOffset: o.offset,
          committedLeaderEpoch: o.leaderEpoch ?? -1,
          committedMetadata: o.metadata ?? '',
        });
      }
      const res = await this.cluster.request(
        node,
        OffsetCommitApi,
        {
          groupId: this.options.groupId,
          generationIdOrMemberEpoch: who.generationId,
          memberId: who.memberId,
          groupInstanceId: who.groupInstanceId,
          topics: [...byTopic.values()],
        },
        { purpose: PURPOSE, signal, version: MAX_OFFSET_API_VERSION },
      );
      const refused = new Map<TopicPartition, KafkaError>();
      for (const t of res.topics) {
        for (const p of t.partitions) {
          if (p.errorCode === 0) continue;
          const err = this.commitError(p.errorCode, t.name ?? '?', p.partitionIndex, who);
          // The group moved on, or an error that may pass (the whole commit is retried): not this
          // partition's own outcome.
          if (
            !(err instanceof KafkaError) ||
            err instanceof CommitFailedError ||
            err.retriable ||
            err.code === ErrorCode.STALE_MEMBER_EPOCH
          )
            throw err;
          refused.set(topicPartition(t.name ?? '?', p.partitionIndex), err);
        }
      }
      for (const [tp, o] of offsets) {
        const err = refused.get(tp);
        if (err) {
          results.set(tp, failure(err));
          continue;
        }
        this.lastCommitted.set(tp, o.offset);
        results.set(tp, ok(o));
      }
    });
    return results;
  }

  private commitError(code: number, topic: string, partition: number, who: CommitIdentity): Error {
    const err = createKafkaError(code, null, { groupId: this.options.groupId, topic, partition });
    if (MEMBERSHIP_LOST.has(code)) {
      this.onMembershipLost(err, who);
      return new CommitFailedError(
        `the commit failed because the group moved on (${err.errorName}): this member was removed, fenced or is rebalancing; it rejoins, and records since the last commit may be delivered again`,
        { cause: err },
      );
    }
    return err;
  }

  /** The committed offsets of `partitions` (null where the group has none). */
  async fetchCommitted(
    partitions: readonly TopicPartition[],
    { timeoutMs = this.options.defaultApiTimeoutMs, signal }: { timeoutMs?: number; signal?: AbortSignal } = {},
  ): Promise<Map<TopicPartition, OffsetAndMetadata | null>> {
    const out = new Map<TopicPartition, OffsetAndMetadata | null>();
    if (partitions.length === 0) return out;
    const byTopic = new Map<string, number[]>();
    for (const tp of partitions) {
      const list = byTopic.get(tp.topic);
      if (list) list.push(tp.partition);
      else byTopic.set(tp.topic, [tp.partition]);
    }
    const topics = [...byTopic].map(([name, partitionIndexes]) => ({ name, partitionIndexes }));
    const requireStable = this.options.isolationLevel === 'read_committed';
    await this.withCoordinator('fetching committed offsets', timeoutMs, signal, async (node) => {
      const who = this.identity();
      const res = await this.cluster.request(
        node,
        OffsetFetchApi,
        (v) =>
          v >= 8
            ? {
                groups: [
                  {
                    groupId: this.options.groupId,
                    memberId: who.consumerProtocol ? who.memberId : null,
                    memberEpoch: who.consumerProtocol ? who.generationId : -1,
                    topics,
                  },
                ],
                requireStable,
              }
            : { groupId: this.options.groupId, topics, requireStable: v >= 7 ? requireStable : undefined },
        { purpose: PURPOSE, signal, version: MAX_OFFSET_API_VERSION },
      );
      for (const [tp, value] of this.readOffsetFetch(res)) out.set(tp, value);
    });
    return out;
  }

  private readOffsetFetch(res: OffsetFetchResponse): Map<TopicPartition, OffsetAndMetadata | null> {
    const groupError = res.groups?.[0]?.errorCode ?? res.errorCode ?? 0;
    if (groupError !== 0) throw createKafkaError(groupError, null, { groupId: this.options.groupId });
    const topics = res.groups?.[0]?.topics ?? res.topics ?? [];
    const out = new Map<TopicPartition, OffsetAndMetadata | null>();
    for (const t of topics) {
      const name = t.name ?? '';
      for (const p of t.partitions) {
        if (p.errorCode !== 0)
          throw createKafkaError(p.errorCode, null, {
            groupId: this.options.groupId,
            topic: name,
            partition: p.partitionIndex,
          });
        out.set(
          topicPartition(name, p.partitionIndex),
          p.committedOffset < 0n
            ? null
            : {
                offset: p.committedOffset,
                metadata: p.metadata ?? '',
                leaderEpoch:
                  p.committedLeaderEpoch !== undefined && p.committedLeaderEpoch >= 0 ? p.committedLeaderEpoch : null,
              },
        );
      }
    }
    return out;
  }

  /**
   * Runs `attempt` against the group coordinator, rediscovering it when it moved or is
   * unreachable and retrying retriable errors with backoff until `timeoutMs`.
   */
  private async withCoordinator(
    what: string,
    timeoutMs: number,
    signal: AbortSignal | undefined,
    attempt: (node: number) => Promise<void>,
  ): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    for (let n = 0; ; n++) {
      try {
        const node = await this.cluster.findCoordinator(CoordinatorType.GROUP, this.options.groupId, {
          timeoutMs: Math.max(1, deadline - performance.now()),
          signal,
        });
        await attempt(node);
        return;
      } catch (err) {
        if (signal?.aborted) throw err;
        const retriable =
          err instanceof KafkaError &&
          (err.retriable || err.code === ErrorCode.STALE_MEMBER_EPOCH) &&
          !(err instanceof KafkaTimeoutError && err.timeoutMs === timeoutMs);
        if (!retriable) throw err;
        if (COORDINATOR_MOVED.has(err.code) || err.invalidMetadata || err.code === -1)
          this.cluster.invalidateCoordinator(CoordinatorType.GROUP, this.options.groupId);
        const wait = backoffMs(n, this.options.retryBackoffMs, this.options.retryBackoffMaxMs);
        if (performance.now() + wait >= deadline)
          throw new KafkaTimeoutError(`${what} did not succeed within ${timeoutMs} ms: ${err.message}`, {
            cause: err,
            timeoutMs,
          });
        debug('%s: retrying after %s', what, err.message);
        await sleep(wait, signal);
      }
    }
  }

  /** Positions worth committing: every assigned partition with a position that moved since our last commit. */
  positionsToCommit(
    state: SubscriptionState,
    only?: ReadonlySet<TopicPartition>,
  ): Map<TopicPartition, OffsetAndMetadata> {
    const out = new Map<TopicPartition, OffsetAndMetadata>();
    for (const s of state.partitionStates()) {
      if (only && !only.has(s.tp)) continue;
      const next = committable(s, this.options.enableAutoOffsetStore);
      if (next === null || this.lastCommitted.get(s.tp) === next.offset) continue;
      out.set(s.tp, next);
    }
    return out;
  }

  /** Forgets what was committed for these partitions (they left this member). */
  forget(partitions: Iterable<TopicPartition>): void {
    for (const tp of partitions) this.lastCommitted.delete(tp);
  }

  /**
   * Commits the positions of `only` (default: every assigned partition), reporting the outcome to
   * `onCommit` and the log instead of throwing. Used by auto commit, before revocation and on stop.
   */
  async commitPositions(
    state: SubscriptionState,
    only?: ReadonlySet<TopicPartition>,
    timeoutMs?: number,
  ): Promise<boolean> {
    const offsets = this.positionsToCommit(state, only);
    if (offsets.size === 0) return true;
    try {
      const results = await this.commit(offsets, { timeoutMs: timeoutMs ?? this.options.requestTimeoutMs });
      results.throwIfAnyFailed();
    } catch (err) {
      debug('committing positions failed: %s', (err as Error).message);
      createLog('consumer', this.options.logger).warn('offset commit failed', { error: (err as Error).message });
      this.notifyCommit(err as Error, offsets);
      return false;
    }
    this.notifyCommit(null, offsets);
    return true;
  }

  /**
   * Calls `onCommit`. A callback that throws must not break auto commit or crash the process
   * (DESIGN rule 14): its error goes to the logger and to `errorCallback`.
   */
  private notifyCommit(err: Error | null, offsets: ReadonlyMap<TopicPartition, OffsetAndMetadata>): void {
    const callback = this.options.onCommit;
    if (!callback) return;
    try {
      callback(err, offsets);
    } catch (thrown) {
      this.cluster.observability.callbackThrew('the onCommit callback', thrown);
    }
  }

  /** Starts committing positions every `autoCommitIntervalMs`. */
  startAutoCommit(state: SubscriptionState, canCommit: () => boolean): void {
    if (this.autoTimer) return;
    const tick = () => {
      this.autoRunning = (canCommit() ? this.commitPositions(state).then(() => undefined) : Promise.resolve()).finally(
        () => {
          this.autoRunning = undefined;
          if (this.autoTimer) this.autoTimer = setTimeout(tick, this.options.autoCommitIntervalMs);
        },
      );
    };
    this.autoTimer = setTimeout(tick, this.options.autoCommitIntervalMs);
  }

  /** Stops the timer and waits for a commit it started. */
  async stopAutoCommit(): Promise<void> {
    if (this.autoTimer) clearTimeout(this.autoTimer);
    this.autoTimer = undefined;
    await this.autoRunning;
  }
}

/**
 * What a commit of `s`'s progress carries: its position (every record handed out counts as
 * processed) or, with `enableAutoOffsetStore` off, what `storeOffsets()` stored; null when nothing.
 */
export function committable(s: PartitionState, autoOffsetStore: boolean): OffsetAndMetadata | null {
  if (!autoOffsetStore) return s.storedOffset;
  if (s.position === null || s.fetchState !== 'fetching') return null;
  return { offset: s.position, leaderEpoch: s.positionLeaderEpoch, metadata: '' };
}
