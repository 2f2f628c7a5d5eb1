import { compareStrings } from './member-order.js';
import type { ClusterView, GroupMember, TopicPartitionLike } from './types.js';

/**
 * The input of the sticky assignors, flattened to integers so that the balancing loops stay cheap:
 * members are numbered in member-id order, topics in name order, and partitions get global ids (pid)
 * in (topic, partition) order.
 */
export interface StickyModel {
  readonly members: readonly GroupMember[];
  /** Assignable topics (subscribed by some member and present in the cluster), sorted. */
  readonly topics: readonly string[];
  /** First pid of each topic; pids of topic `t` are `firstPid[t] .. firstPid[t + 1] - 1`. */
  readonly firstPid: readonly number[];
  /** Topic index of each pid. */
  readonly topicOf: Int32Array;
  /** Member indexes subscribed to each topic, ascending. */
  readonly subscribers: readonly (readonly number[])[];
  /**
   * The member each partition stays with if balance allows, or -1. It is the claimant with the
   * highest generation among members still subscribed to the topic; a tie at that generation means
   * two members believe they own it, and then neither claim counts (as in Java).
   */
  readonly previousOwner: Int32Array;
  /** Every member claiming each partition, whatever its generation or subscription (for cooperative). */
  readonly claimants: ReadonlyMap<number, readonly number[]>;
  /** All members subscribe to the same assignable topics, so any member can take any partition. */
  readonly uniform: boolean;
}

/** A member's previous ownership claim, as one assignor reads it. */
export type OwnershipSource = (member: GroupMember) => {
  readonly ownedPartitions: readonly TopicPartitionLike[];
  readonly generation: number;
};

/** Total partitions in the model. */
export function partitionCount(model: StickyModel): number {
  return model.topicOf.length;
}

/** The pid of `partition` of `topic`, or -1 when the partition is not assignable. */
function pidOf(firstPid: readonly number[], topicIndex: Map<string, number>, topic: string, partition: number): number {
  const t = topicIndex.get(topic);
  if (t === undefined || !Number.isInteger(partition) || partition < 0) return -1;
  const pid = firstPid[t] + partition;
  return pid < firstPid[t + 1] ? pid : -1;
}

/**
 * Builds the {@link StickyModel}.
 *
 * @param ownershipOf what a member owned before and in which generation; each assignor decides
 *   whether that comes from the subscription's fields or from its `userData`
 */
export function buildStickyModel(
  cluster: ClusterView,
  membersById: ReadonlyMap<string, GroupMember>,
  ownershipOf: OwnershipSource,
): StickyModel {
  // Java's sticky assignors order members by member id alone (static members are not first).
  const members = [...membersById.values()].sort((a, b) => compareStrings(a.memberId, b.memberId));
  const subscribed = members.map((m) => new Set(m.topics.filter((t) => (cluster.partitionsPerTopic.get(t) ?? 0) > 0)));
  const topics = [...new Set(subscribed.flatMap((s) => [...s]))].sort(compareStrings);
  const topicIndex = new Map(topics.map((t, i) => [t, i]));

  const firstPid = [0];
  for (const t of topics) firstPid.push(firstPid[firstPid.length - 1] + cluster.partitionsPerTopic.get(t)!);
  const total = firstPid[topics.length];
  const topicOf = new Int32Array(total);
  for (let t = 0; t < topics.length; t++) topicOf.fill(t, firstPid[t], firstPid[t + 1]);

  const subscribers = topics.map((t) => members.flatMap((_, m) => (subscribed[m].has(t) ? [m] : [])));
  const first = subscribed[0];
  const uniform = subscribed.every((s) => s.size === first.size && [...s].every((t) => first.has(t)));

  const claimants = new Map<number, number[]>();
  const previousOwner = new Int32Array(total).fill(-1);
  const bestGeneration = new Map<number, number>();
  const tiedAtBest = new Set<number>();

  members.forEach((member, m) => {
    const { ownedPartitions, generation } = ownershipOf(member);
    const seen = new Set<number>();
    for (const tp of ownedPartitions) {
      const pid = pidOf(firstPid, topicIndex, tp.topic, tp.partition);
      if (pid < 0 || seen.has(pid)) continue;
      seen.add(pid);
      const list = claimants.get(pid);
      if (list === undefined) claimants.set(pid, [m]);
      else list.push(m);
      // A member that no longer subscribes to the topic cannot keep the partition.
      if (!subscribed[m].has(tp.topic)) continue;
      const best = bestGeneration.get(pid);
      if (best === undefined || generation > best) {
        bestGeneration.set(pid, generation);
        previousOwner[pid] = m;
        tiedAtBest.delete(pid);
      } else if (generation === best) {
        tiedAtBest.add(pid);
      }
    }
  });
  for (const pid of tiedAtBest) previousOwner[pid] = -1;

  return { members, topics, firstPid, topicOf, subscribers, previousOwner, claimants, uniform };
}
