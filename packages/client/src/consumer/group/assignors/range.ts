import { AssignmentBuilder } from './assignment-builder.js';
import { sortedMembers } from './member-order.js';
import type { ClusterView, GroupAssignment, GroupMember, SynchronousPartitionAssignor } from './types.js';

/**
 * The `range` assignor (Java's `RangeAssignor`, the Java consumer's historical default): topic by
 * topic, the partitions are cut into contiguous ranges, one per member subscribed to the topic, in
 * member order; the first `partitions % members` members get one partition more.
 *
 * Members subscribed to several topics with the same partition count get the same partition numbers
 * of each, which is what co-partitioned joins want; the price is imbalance: the first members get
 * one extra partition of every topic whose count does not divide evenly.
 *
 * Example (from Java's docs): members C0, C1; topics t0, t1 with 3 partitions each →
 * C0: t0p0, t0p1, t1p0, t1p1 and C1: t0p2, t1p2.
 *
 * Unlike Java's, this assignor is not rack-aware (KIP-881): it has no partition replica racks.
 */
export const rangeAssignor: SynchronousPartitionAssignor = {
  name: 'range',
  rebalanceProtocol: 'eager',
  assign: assignRange,
};

function assignRange(cluster: ClusterView, members: ReadonlyMap<string, GroupMember>): GroupAssignment {
  const ordered = sortedMembers(members);
  const builder = new AssignmentBuilder(ordered);

  const membersPerTopic = new Map<string, GroupMember[]>();
  for (const member of ordered) {
    for (const topic of new Set(member.topics)) {
      const list = membersPerTopic.get(topic);
      if (list === undefined) membersPerTopic.set(topic, [member]);
      else list.push(member);
    }
  }

  for (const [topic, subscribers] of membersPerTopic) {
    const partitions = cluster.partitionsPerTopic.get(topic);
    if (partitions === undefined) continue;
    const base = Math.floor(partitions / subscribers.length);
    const withExtra = partitions % subscribers.length;
    let next = 0;
    subscribers.forEach((member, i) => {
      const count = base + (i < withExtra ? 1 : 0);
      for (let p = next; p < next + count; p++) builder.add(member.memberId, topic, p);
      next += count;
    });
  }
  return builder.build();
}
