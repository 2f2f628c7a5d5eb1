import { computeSticky, type StickyResult, toGroupAssignment } from './sticky-assignment.js';
import type { StickyWork } from './sticky-uniform.js';
import {
  type ClusterView,
  type GroupAssignment,
  type GroupMember,
  NO_GENERATION,
  type SubscriptionContext,
  type SynchronousPartitionAssignor,
} from './types.js';

/**
 * The `cooperative-sticky` assignor (Java's `CooperativeStickyAssignor`, KIP-429): the same balanced,
 * sticky assignment as `sticky`, made safe for incremental rebalancing.
 *
 * Members keep consuming their partitions through a cooperative rebalance, so a partition must never
 * have two consumers at once. When the sticky assignment moves a partition to member B while another
 * member still claims it, B does not get it in this round: the current owner receives an assignment
 * without it, revokes it, and rejoins; the follow-up rebalance then finds the partition unowned and
 * assigns it. A partition is handed to a member in the same round only when the member is its
 * previous owner or no other member claims it.
 *
 * Java's cooperative assignor withholds only partitions whose valid (highest generation) owner
 * changes; this one also waits for members whose claim lost to a higher generation or to a tie, so
 * that no claimant, current or stale, overlaps with the new owner.
 */
export const cooperativeStickyAssignor: SynchronousPartitionAssignor = {
  name: 'cooperative-sticky',
  rebalanceProtocol: 'cooperative',
  subscriptionUserData: encodeGeneration,
  assign(cluster: ClusterView, members: ReadonlyMap<string, GroupMember>): GroupAssignment {
    return toGroupAssignment(...cooperativeSticky(cluster, members));
  },
};

/**
 * The sticky result and the withholding rule of {@link cooperativeStickyAssignor}; exposed to tests
 * for counting the work and the withheld partitions.
 */
export function cooperativeSticky(
  cluster: ClusterView,
  members: ReadonlyMap<string, GroupMember>,
  work?: StickyWork,
): [StickyResult, (pid: number, member: number) => boolean] {
  const result = computeSticky(cluster, members, ownershipOf, work);
  const { previousOwner, claimants } = result.model;
  const withhold = (pid: number, member: number) =>
    previousOwner[pid] !== member && (claimants.get(pid) ?? []).some((c) => c !== member);
  return [result, withhold];
}

/**
 * Java's cooperative-sticky `userData`: the member's generation as a 4-byte big-endian int. Members of
 * subscription v2+ carry the generation in the subscription itself; this keeps leaders running
 * older Java clients, which read only `userData`, sticky to our members.
 */
function encodeGeneration(context: SubscriptionContext): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(context.generationId);
  return buffer;
}

/**
 * The subscription's owned partitions and generation; for subscriptions without a generation
 * (v0-v1) the generation comes from Java's `userData`, as Java's assignor reads it.
 */
function ownershipOf(member: GroupMember) {
  let generation = member.generationId;
  const data = member.userData;
  if (generation === NO_GENERATION && data !== null && data.length === 4) generation = data.readInt32BE(0);
  return { ownedPartitions: member.ownedPartitions, generation };
}
