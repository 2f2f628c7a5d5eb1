/** A topic and a partition number; any object of this shape will do (e.g. a `TopicPartition`). */
export interface TopicPartitionLike {
  readonly topic: string;
  readonly partition: number;
}

/** The generation id of a member whose subscription does not carry one (ConsumerProtocolSubscription v0-v1). */
export const NO_GENERATION = -1;

/**
 * One group member as the group leader sees it in the JoinGroup response: the decoded
 * ConsumerProtocolSubscription plus the member's identity.
 */
export interface GroupMember {
  /** The member id the coordinator gave this member. */
  readonly memberId: string;
  /** `group.instance.id` of a static member, `null` for a dynamic one. */
  readonly groupInstanceId: string | null;
  /** The member's rack (`client.rack`), `null` when unset or not sent (subscription v3+). */
  readonly rackId: string | null;
  /** The topics the member subscribes to. */
  readonly topics: readonly string[];
  /**
   * The partitions the member says it owns now (subscription v1+). Under the eager protocol the
   * member has already revoked everything, so the consumer sends its last assignment here instead.
   */
  readonly ownedPartitions: readonly TopicPartitionLike[];
  /** The generation in which the member got `ownedPartitions` (v2+), else {@link NO_GENERATION}. */
  readonly generationId: number;
  /** The assignor-specific bytes the member's own assignor put into its subscription. */
  readonly userData: Buffer | null;
}

/** What the leader knows about the cluster: the partition count of every subscribed topic it found. */
export interface ClusterView {
  /** Topic name to partition count. Subscribed topics missing here are not assigned. */
  readonly partitionsPerTopic: ReadonlyMap<string, number>;
}

/** One member's assignment: topic name to ascending partition numbers. */
export type MemberAssignment = Map<string, number[]>;

/**
 * The assignment of the whole group: member id to {@link MemberAssignment}. Built-in assignors list
 * every member (with an empty map when it gets nothing), in member order, topics sorted.
 */
export type GroupAssignment = Map<string, MemberAssignment>;

/** What a member knows when it builds its subscription for a JoinGroup. */
export interface SubscriptionContext {
  readonly topics: readonly string[];
  readonly ownedPartitions: readonly TopicPartitionLike[];
  /** The member's current generation, {@link NO_GENERATION} before its first assignment. */
  readonly generationId: number;
}

/** What a member learns with its assignment after SyncGroup. */
export interface AssignmentContext {
  readonly memberId: string;
  readonly generationId: number;
  /** The `userData` of the ConsumerProtocolAssignment the leader sent. */
  readonly userData: Buffer | null;
}

/**
 * A client-side partition assignor of the classic group protocol — the extension point behind
 * the consumer's `partitionAssignmentStrategy` option.
 *
 * Every member sends the names of the assignors it supports; the coordinator picks one that all
 * members support, and the elected leader runs its {@link assign} over all members' subscriptions.
 * `assign` must be a pure function of its inputs: deterministic (no reliance on `Map` insertion order
 * or randomness) so that any leader computes the same result, and free of I/O.
 *
 * @example
 * // Everything to the first member in member-id order.
 * const allToOne: ConsumerPartitionAssignor = {
 *   name: 'all-to-one',
 *   rebalanceProtocol: 'eager',
 *   assign({ partitionsPerTopic }, members) {
 *     const ids = [...members.keys()].sort();
 *     const result: GroupAssignment = new Map(ids.map((id) => [id, new Map()]));
 *     for (const [topic, n] of partitionsPerTopic) {
 *       result.get(ids[0])?.set(topic, Array.from({ length: n }, (_, i) => i));
 *     }
 *     return result;
 *   },
 * };
 */
export interface ConsumerPartitionAssignor {
  /** The protocol name sent in JoinGroup, e.g. `'range'`. Must be the same in every client of the group. */
  readonly name: string;
  /**
   * `'eager'`: members revoke all partitions before every rebalance. `'cooperative'` (KIP-429):
   * members keep their partitions through a rebalance; the assignor never hands a partition to a
   * new owner while another member still owns it, and the consumer rejoins after revoking what it
   * lost, so that the moved partitions get assigned in that follow-up rebalance. A cooperative
   * assignor also works under eager rebalancing, so the consumer uses cooperative only when all of
   * its configured assignors are cooperative.
   */
  readonly rebalanceProtocol: 'eager' | 'cooperative';
  /** Bytes to put into this member's subscription (`userData`); omit to send none. */
  subscriptionUserData?(context: SubscriptionContext): Buffer | null;
  /**
   * Computes the assignment of the whole group. Called on the leader only. May return a promise
   * (an assignor that looks something up first); the leader's SyncGroup waits for it, within the
   * rebalance timeout.
   *
   * @param cluster partition counts of the topics the members subscribe to
   * @param members every member of the group by member id
   */
  assign(cluster: ClusterView, members: ReadonlyMap<string, GroupMember>): GroupAssignment | Promise<GroupAssignment>;
  /** Called on every member with its own assignment, before the rebalance listener runs. */
  onAssignment?(assignment: ReadonlyMap<string, readonly number[]>, context: AssignmentContext): void;
}

/** A {@link ConsumerPartitionAssignor} whose `assign` answers at once, as the built-in ones do. */
export interface SynchronousPartitionAssignor extends ConsumerPartitionAssignor {
  assign(cluster: ClusterView, members: ReadonlyMap<string, GroupMember>): GroupAssignment;
}
