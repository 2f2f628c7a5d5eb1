import { computeSticky, toGroupAssignment } from './sticky-assignment.js';
import { decodeStickyUserData, encodeStickyUserData } from './sticky-user-data.js';
import {
  type ClusterView,
  type GroupAssignment,
  type GroupMember,
  NO_GENERATION,
  type SubscriptionContext,
  type SynchronousPartitionAssignor,
} from './types.js';

/**
 * The `sticky` assignor (Java's `StickyAssignor`, KIP-54), for the eager protocol: the assignment is
 * as balanced as possible and, within that, as close as possible to what each member had before,
 * which saves re-fetching, re-warming caches and re-loading state after a rebalance.
 *
 * Under the eager protocol a member has revoked everything by the time it joins, so its previous
 * assignment travels in `userData`, in Java's StickyAssignor encoding (mixed Java and kafka-aio
 * groups stay sticky both ways). The consumer passes its last assignment and generation as
 * `ownedPartitions`/`generationId` of the {@link SubscriptionContext}. A member without that
 * `userData` is judged by its subscription's `ownedPartitions` and `generationId` (v1+/v2+), which
 * Java ignores for this assignor. When two members claim a partition, the higher generation wins and
 * a tie voids both claims.
 *
 * With identical subscriptions, member partition counts differ by at most one, and only partitions
 * of members over their quota move. See `sticky-uniform.ts` and `sticky-general.ts` for the steps.
 */
export const stickyAssignor: SynchronousPartitionAssignor = {
  name: 'sticky',
  rebalanceProtocol: 'eager',
  subscriptionUserData(context: SubscriptionContext): Buffer | null {
    // Like Java: nothing to say before the first assignment.
    if (context.generationId === NO_GENERATION && context.ownedPartitions.length === 0) return null;
    return encodeStickyUserData(context.ownedPartitions, context.generationId);
  },
  assign(cluster: ClusterView, members: ReadonlyMap<string, GroupMember>): GroupAssignment {
    return toGroupAssignment(computeSticky(cluster, members, ownershipOf));
  },
};

/** Java's sticky `userData` when present and well formed, else the subscription's own fields. */
function ownershipOf(member: GroupMember) {
  const decoded = member.userData !== null && member.userData.length > 0 ? decodeStickyUserData(member.userData) : null;
  if (decoded !== null) return { ownedPartitions: decoded.partitions, generation: decoded.generation };
  return { ownedPartitions: member.ownedPartitions, generation: member.generationId };
}
