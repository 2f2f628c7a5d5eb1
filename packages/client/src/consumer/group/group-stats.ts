import type { ConsumerGroupStatistics } from '../../observability/stats-types.js';

/**
 * What a group member reports as `cgrp` in its statistics (librdkafka's names): its state and for
 * how long, where it is in joining, and the rebalances it went through. The group implementations
 * say when they start, stop and why they rebalance; {@link RebalanceActions} counts every
 * assignment change.
 */
export class GroupStats {
  private state = 'init';
  private stateSince = performance.now();
  private rebalances = 0;
  private lastRebalanceAt: number | null = null;
  /** Why the member is rebalancing (or last rebalanced): the reason a rejoin was asked for. */
  reason = '';

  /** The member's state changed: `up` once started, `term` once stopped. */
  setState(state: 'up' | 'term'): void {
    if (state === this.state) return;
    this.state = state;
    this.stateSince = performance.now();
  }

  /** Partitions were assigned, revoked or lost. */
  rebalanced(): void {
    this.rebalances++;
    this.lastRebalanceAt = performance.now();
  }

  snapshot(joinState: string, assignmentSize: number): ConsumerGroupStatistics {
    const now = performance.now();
    return {
      state: this.state,
      stateage: Math.round(now - this.stateSince),
      join_state: joinState,
      rebalance_age: this.lastRebalanceAt === null ? -1 : Math.round(now - this.lastRebalanceAt),
      rebalance_cnt: this.rebalances,
      rebalance_reason: this.reason,
      assignment_size: assignmentSize,
    };
  }
}
