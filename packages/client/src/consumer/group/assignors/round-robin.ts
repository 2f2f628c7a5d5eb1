import { AssignmentBuilder } from './assignment-builder.js';
import { compareStrings, sortedMembers } from './member-order.js';
import type { ClusterView, GroupAssignment, GroupMember, SynchronousPartitionAssignor } from './types.js';

/**
 * The `roundrobin` assignor (Java's `RoundRobinAssignor`): all partitions of all subscribed topics,
 * sorted by topic then partition, are dealt one by one to the members in member order, cycling;
 * a member not subscribed to a partition's topic is skipped for that partition.
 *
 * With identical subscriptions every member ends up with the same count, give or take one. With
 * different subscriptions it can be unbalanced, e.g. (Java's docs) C0 subscribed to t0, C1 to t0
 * and t1, C2 to t0, t1 and t2, topics with 1, 2 and 3 partitions → C0: t0p0; C1: t1p0;
 * C2: t1p1, t2p0, t2p1, t2p2.
 */
export const roundRobinAssignor: SynchronousPartitionAssignor = {
  name: 'roundrobin',
  rebalanceProtocol: 'eager',
  assign: assignRoundRobin,
};

function assignRoundRobin(cluster: ClusterView, members: ReadonlyMap<string, GroupMember>): GroupAssignment {
  const ordered = sortedMembers(members);
  const builder = new AssignmentBuilder(ordered);
  const subscribed = ordered.map((m) => new Set(m.topics));
  const topics = [...new Set(subscribed.flatMap((s) => [...s]))]
    .filter((t) => cluster.partitionsPerTopic.has(t))
    .sort(compareStrings);

  // `cursor` is the member the next partition is offered to first; it advances past each taker.
  let cursor = 0;
  for (const topic of topics) {
    const partitions = cluster.partitionsPerTopic.get(topic)!;
    for (let p = 0; p < partitions; p++) {
      // The topic has at least one subscriber (it came from a subscription), so this terminates.
      while (!subscribed[cursor].has(topic)) cursor = (cursor + 1) % ordered.length;
      builder.add(ordered[cursor].memberId, topic, p);
      cursor = (cursor + 1) % ordered.length;
    }
  }
  return builder.build();
}
