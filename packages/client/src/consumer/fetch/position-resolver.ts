import { KafkaError } from '@kafka-aio/protocol';
import { backoffMs } from '../../cluster/backoff.js';
import type { Cluster } from '../../cluster/cluster.js';
import { createDebug } from '../../observability/debug.js';
import type { TopicPartition } from '../../topic-partition.js';
import { NoOffsetForPartitionError } from '../errors.js';
import { arm, Notifier, sleepUnlessNotified, waitFor } from '../notifier.js';
import type { ResolvedConsumerOptions } from '../options.js';
import type { PartitionState, SubscriptionState } from '../subscription-state.js';
import type { OffsetAndMetadata } from '../types.js';
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, listOffsets } from './offset-reset.js';

/** Looks up committed offsets; given by the façade when there is a group (the fetcher knows no coordinator). */
export type CommittedOffsetsLookup = (
  partitions: readonly TopicPartition[],
) => Promise<Map<TopicPartition, OffsetAndMetadata | null>>;

/** Reports an error that belongs to one partition (the fetcher queues it behind that partition's data). */
export type PartitionErrorSink = (state: PartitionState, error: Error, sticky: boolean) => void;

/**
 * Gives every assigned partition a position: `initializing` partitions get their committed offset
 * (when there is a group), the others a ListOffsets reset per `autoOffsetReset` (or per an explicit
 * `seekToBeginning`/`seekToEnd`). With `autoOffsetReset: 'none'` a partition without a committed
 * offset gets a sticky {@link NoOffsetForPartitionError} until the application seeks.
 */
export class PositionResolver {
  private running = false;
  private failures = 0;
  private loop: Promise<void> | undefined;
  private readonly stopping = new Notifier();
  private readonly retryAt = new WeakMap<PartitionState, number>();

  constructor(
    private readonly cluster: Cluster,
    private readonly state: SubscriptionState,
    private readonly options: ResolvedConsumerOptions,
    private readonly committed: CommittedOffsetsLookup | undefined,
    private readonly onPartitionError: PartitionErrorSink,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping.notify();
    this.state.changes.notify();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      const changed = arm(this.state.changes, this.stopping);
      const now = performance.now();
      let nextRetry = Number.POSITIVE_INFINITY;
      const eligible = (s: PartitionState) => {
        const at = this.retryAt.get(s);
        if (at === undefined || at <= now) return true;
        nextRetry = Math.min(nextRetry, at - now);
        return false;
      };
      let worked = false;
      try {
        const initializing = this.state.partitionsIn('initializing').filter(eligible);
        if (initializing.length > 0) {
          worked = true;
          await this.initialize(initializing);
        }
        const resetting = this.state.partitionsIn('awaitReset').filter((s) => s.resetStrategy !== null && eligible(s));
        if (resetting.length > 0) {
          worked = true;
          await this.reset(resetting);
        }
        this.failures = 0;
      } catch (err) {
        if (!this.running) return;
        const wait = backoffMs(this.failures++, this.options.retryBackoffMs, this.options.retryBackoffMaxMs);
        debug('resolving positions failed, retrying in %d ms: %s', wait, (err as Error).message);
        if (!(err instanceof KafkaError && err.retriable)) {
          // Not retriable (group authorization, ...): tell the application through each partition.
          for (const s of [...this.state.partitionsIn('initializing'), ...this.state.partitionsIn('awaitReset')])
            this.report(s, err as Error, false);
        }
        await sleepUnlessNotified(wait, this.stopping);
        continue;
      }
      if (!worked) await waitFor(changed, nextRetry, undefined);
    }
  }

  /** Queues a partition's error and holds the partition back for a while (no hot retry loop). */
  private report(s: PartitionState, err: Error, sticky: boolean): void {
    this.retryAt.set(s, performance.now() + this.options.retryBackoffMaxMs);
    this.onPartitionError(s, err, sticky);
  }

  private async initialize(partitions: PartitionState[]): Promise<void> {
    const epochs = new Map(partitions.map((s) => [s, s.epoch]));
    if (!this.committed) {
      for (const s of partitions) this.resetPerPolicy(s);
      return;
    }
    const found = await this.committed(partitions.map((s) => s.tp));
    for (const s of partitions) {
      if (!this.current(s, epochs.get(s))) continue;
      const c = found.get(s.tp);
      if (c && c.offset >= 0n) this.state.setPositionOf(s, c.offset, c.leaderEpoch ?? null, true);
      else this.resetPerPolicy(s);
    }
  }

  /** No committed offset: reset per `autoOffsetReset`, or report that there is no position. */
  private resetPerPolicy(s: PartitionState): void {
    const policy = this.options.autoOffsetReset;
    if (policy === 'none') {
      s.fetchState = 'awaitReset';
      s.resetStrategy = null;
      s.epoch++;
      this.onPartitionError(s, new NoOffsetForPartitionError([s.tp]), true);
      this.state.changes.notify();
      return;
    }
    this.state.requestResetOf(s, policy);
  }

  private async reset(partitions: PartitionState[]): Promise<void> {
    const epochs = new Map(partitions.map((s) => [s, s.epoch]));
    const wanted = new Map(
      partitions.map((s) => [s.tp, s.resetStrategy === 'earliest' ? EARLIEST_TIMESTAMP : LATEST_TIMESTAMP]),
    );
    const listed = await listOffsets(this.cluster, wanted, {
      isolationLevel: this.options.isolationLevel,
      timeoutMs: this.options.requestTimeoutMs,
      retryBackoffMs: this.options.retryBackoffMs,
      retryBackoffMaxMs: this.options.retryBackoffMaxMs,
      onPartitionError: (tp, err) => {
        const s = this.state.partition(tp);
        if (s && this.current(s, epochs.get(s))) this.report(s, err, false);
      },
    });
    for (const s of partitions) {
      const l = listed.get(s.tp);
      if (!l || !this.current(s, epochs.get(s))) continue;
      debug('reset %s[%d] to %s (%s)', s.tp.topic, s.tp.partition, l.offset, s.resetStrategy);
      this.state.setPositionOf(s, l.offset, l.leaderEpoch);
    }
  }

  /** True when the partition is still assigned and nothing moved it since the lookup began. */
  private current(s: PartitionState, epoch: number | undefined): boolean {
    return this.state.partition(s.tp) === s && s.epoch === epoch;
  }
}

const debug = createDebug('kafka-aio:consumer');
