import type { Channel } from 'node:diagnostics_channel';
import { type GroupDiagnostics, groupAssignChannel, groupLostChannel, groupRevokeChannel } from '../../diagnostics.js';
import { createDebug } from '../../observability/debug.js';
import { createLog } from '../../observability/log.js';
import type { TopicPartition } from '../../topic-partition.js';
import type { OffsetCommitter } from '../commit.js';
import type { ResolvedConsumerOptions } from '../options.js';
import type { SubscriptionState } from '../subscription-state.js';
import type { GroupHooks } from './group-membership.js';
import { GroupStats } from './group-stats.js';
import type { SessionClock } from './session-clock.js';

const debug = createDebug('kafka-aio:consumer:group');

/**
 * The steps every rebalance is made of, shared by both group protocols so that the listener, the
 * commit before revocation and the state changes happen in the same order everywhere:
 * - revoke: stop handing out and fetching the partitions, commit their positions (auto commit),
 *   await `onPartitionsRevoked`, remove them;
 * - lose: await `onPartitionsLost` (or `onPartitionsRevoked` when absent), remove them — no commit,
 *   the group already gave them to someone else;
 * - assign: add the partitions (positions resolve from committed offsets), await `onPartitionsAssigned`.
 * A listener that throws does not stop the rebalance: the error is logged and raised from the next
 * get* call.
 */
export class RebalanceActions {
  /** The member's `cgrp` statistics; every assignment change below counts as a rebalance. */
  readonly stats = new GroupStats();

  constructor(
    private readonly state: SubscriptionState,
    private readonly committer: OffsetCommitter,
    private readonly options: ResolvedConsumerOptions,
    private readonly hooks: GroupHooks,
  ) {}

  async revoke(partitions: ReadonlySet<TopicPartition>): Promise<void> {
    if (partitions.size === 0) return;
    debug('revoking %d partitions', partitions.size);
    this.stats.rebalanced();
    this.publish(groupRevokeChannel, partitions);
    for (const tp of partitions) {
      const s = this.state.partition(tp);
      if (s) s.pendingRevocation = true;
    }
    this.state.changes.notify();
    if (this.options.enableAutoCommit) await this.committer.commitPositions(this.state, partitions);
    await this.call('onPartitionsRevoked', partitions);
    this.state.removeAssigned(partitions);
    this.committer.forget(partitions);
  }

  /**
   * Stops handing out and fetching `partitions` at once, synchronously: the member may have lost
   * them (its session may have expired) and learns for sure only later. {@link lose} or
   * {@link revoke} follows.
   */
  fence(partitions: ReadonlySet<TopicPartition>): void {
    for (const tp of partitions) {
      const s = this.state.partition(tp);
      if (s) s.pendingRevocation = true;
    }
    this.state.changes.notify();
  }

  /**
   * The member's session may have expired ({@link SessionClock}): fences every assigned partition
   * at once and logs it; the group implementation then loses them and rejoins. Returns how long the
   * member went without a confirmed heartbeat.
   */
  sessionExpired(session: SessionClock): number {
    const silentMs = session.silentForMs();
    session.disarm();
    this.fence(this.state.assignment());
    createLog('consumer', this.options.logger).warn(
      'no heartbeat confirmed within the session timeout: the assignment is treated as lost and the member rejoins',
      { groupId: this.options.groupId, silentMs, sessionTimeoutMs: session.timeoutMs },
    );
    return silentMs;
  }

  /** Hands out and fetches `partitions` again after {@link fence}: the group confirmed them. */
  unfence(partitions: ReadonlySet<TopicPartition>): void {
    for (const tp of partitions) {
      const s = this.state.partition(tp);
      if (s) s.pendingRevocation = false;
    }
    this.state.changes.notify();
  }

  async lose(partitions: ReadonlySet<TopicPartition>): Promise<void> {
    if (partitions.size === 0) return;
    debug('lost %d partitions', partitions.size);
    this.stats.rebalanced();
    this.publish(groupLostChannel, partitions);
    for (const tp of partitions) {
      const s = this.state.partition(tp);
      if (s) s.pendingRevocation = true;
    }
    this.state.changes.notify();
    const listener = this.state.listener;
    await this.call(listener?.onPartitionsLost ? 'onPartitionsLost' : 'onPartitionsRevoked', partitions);
    this.state.removeAssigned(partitions);
    this.committer.forget(partitions);
  }

  async assign(partitions: ReadonlySet<TopicPartition>): Promise<void> {
    debug('assigned %d partitions', partitions.size);
    this.stats.rebalanced();
    this.publish(groupAssignChannel, partitions);
    this.state.addAssigned(partitions);
    await this.call('onPartitionsAssigned', partitions);
  }

  /** Publishes an assignment change on its diagnostics channel, when anyone listens. */
  private publish(to: Channel, partitions: ReadonlySet<TopicPartition>): void {
    if (!to.hasSubscribers) return;
    const event: GroupDiagnostics = {
      clientId: this.options.clientId,
      groupId: this.options.groupId ?? '',
      partitions: [...partitions],
    };
    to.publish(event);
  }

  private async call(
    name: 'onPartitionsRevoked' | 'onPartitionsAssigned' | 'onPartitionsLost',
    partitions: ReadonlySet<TopicPartition>,
  ): Promise<void> {
    const listener = this.state.listener;
    const fn = listener?.[name];
    if (!fn) return;
    try {
      await fn.call(listener, new Set(partitions));
    } catch (err) {
      debug('rebalance listener %s threw: %s', name, err);
      createLog('consumer', this.options.logger).error(`rebalance listener ${name} threw`, {
        error: (err as Error)?.message,
      });
      this.hooks.reportError(err instanceof Error ? err : new Error(String(err)));
    }
  }
}
