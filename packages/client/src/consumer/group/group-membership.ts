import type { ConsumerGroupStatistics } from '../../observability/stats-types.js';
import type { CommitIdentity } from '../commit.js';
import type { ConsumerGroupMetadata } from '../types.js';

/**
 * What the façade needs from a group protocol implementation: the classic one
 * ({@link ClassicGroup}) or KIP-848's ({@link ConsumerGroup}). Both drive the
 * assignment in the shared {@link SubscriptionState} and never touch the fetcher.
 */
export interface GroupMembership {
  /** Starts joining in the background. */
  start(): void;
  /** Resolves once the first assignment is in; rejects with a fatal group error. */
  firstAssignment(signal?: AbortSignal): Promise<void>;
  /** Commits final positions (with auto commit), leaves the group (unless static) and stops. */
  stop(): Promise<void>;
  /** The identity commits carry. */
  identity(): CommitIdentity;
  /** For `groupMetadata()`. */
  metadata(): ConsumerGroupMetadata;
  /** A get* call started or ended (for `maxPollIntervalMs`). */
  pollStarted(): void;
  pollEnded(): void;
  /** A commit made as `used` found the group moved on: rejoin, unless the member has moved on already. */
  membershipLost(reason: Error, used: CommitIdentity): void;
  /**
   * Revokes every assigned partition as a rebalance would (commit with auto commit, then
   * `onPartitionsRevoked`), for `unsubscribe()`; the group is left once the subscription is gone.
   */
  revokeAll(): Promise<void>;
  /**
   * Called before records are handed out: when the member's session may have expired on the
   * broker (no heartbeat confirmed for longer than the session timeout, e.g. after the process was
   * stopped), its partitions are fenced at once, lost, and the member rejoins.
   */
  checkSession(): void;
  /** True while commits can carry a valid identity (a member with an assignment). */
  readonly stable: boolean;
  /** The `cgrp` part of the consumer's statistics. */
  statistics(): ConsumerGroupStatistics;
}

/** Hooks the façade gives a group protocol implementation. */
export interface GroupHooks {
  /**
   * Raises an error in the application's next get* call (group errors, listener errors); a sticky
   * one (this member was fenced for good) in every call from then on.
   */
  reportError(err: Error, sticky?: boolean): void;
}
