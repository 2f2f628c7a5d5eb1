import {
  deserializeConsumerProtocolAssignment,
  deserializeConsumerProtocolSubscription,
  IllegalStateError,
  type JoinGroupResponseMember,
  type SyncGroupRequestAssignment,
  serializeConsumerProtocolAssignment,
  serializeConsumerProtocolSubscription,
} from '@kafka-aio/protocol';
import type { MetadataSnapshot } from '../../cluster/metadata.js';
import { createDebug } from '../../observability/debug.js';
import { type TopicPartition, topicPartition } from '../../topic-partition.js';
import type { ConsumerPartitionAssignor, GroupMember } from './assignors/index.js';
import { NO_GENERATION } from './assignors/index.js';

const debug = createDebug('kafka-aio:consumer:group');

/** Groups partitions by topic, partitions ascending, topics sorted (the wire form of subscriptions and assignments). */
export function byTopic(partitions: Iterable<TopicPartition>): { topic: string; partitions: number[] }[] {
  const m = new Map<string, number[]>();
  for (const tp of partitions) {
    const list = m.get(tp.topic);
    if (list) list.push(tp.partition);
    else m.set(tp.topic, [tp.partition]);
  }
  return [...m.keys()].sort().map((topic) => ({ topic, partitions: (m.get(topic) ?? []).sort((a, b) => a - b) }));
}

/** What goes into this member's JoinGroup for one assignor: ConsumerProtocolSubscription v3. */
export function encodeSubscription(
  assignor: ConsumerPartitionAssignor,
  topics: readonly string[],
  owned: readonly TopicPartition[],
  generationId: number,
  rackId: string | null,
): Buffer {
  const sortedTopics = [...topics].sort();
  const userData =
    assignor.subscriptionUserData?.({ topics: sortedTopics, ownedPartitions: owned, generationId }) ?? null;
  return serializeConsumerProtocolSubscription({
    topics: sortedTopics,
    userData,
    ownedPartitions: byTopic(owned),
    generationId,
    rackId,
  });
}

/**
 * A member's subscription. Some clients (KafkaJS with a custom assigner) write the version 0 layout
 * under their assigner's own version number; when the bytes do not decode at the version they
 * name, they are read again as version 0, as KafkaJS itself reads them.
 */
function decodeSubscription(metadata: Buffer): ReturnType<typeof deserializeConsumerProtocolSubscription> {
  try {
    return deserializeConsumerProtocolSubscription(metadata);
  } catch (err) {
    if (metadata.length < 2 || metadata.readInt16BE(0) <= 0) throw err;
    const asV0 = Buffer.from(metadata);
    asV0.writeInt16BE(0, 0);
    return deserializeConsumerProtocolSubscription(asV0);
  }
}

/** Decodes the members of a JoinGroup response (leader only). Members whose bytes do not decode are skipped. */
export function decodeMembers(members: readonly JoinGroupResponseMember[]): Map<string, GroupMember> {
  const out = new Map<string, GroupMember>();
  for (const m of members) {
    try {
      const s = decodeSubscription(m.metadata);
      out.set(m.memberId, {
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId ?? null,
        rackId: s.rackId ?? null,
        topics: s.topics,
        ownedPartitions: (s.ownedPartitions ?? []).flatMap((t) => t.partitions.map((p) => topicPartition(t.topic, p))),
        generationId: s.generationId ?? NO_GENERATION,
        userData: s.userData ?? null,
      });
    } catch (err) {
      debug('member %s sent a subscription that does not decode: %s', m.memberId, err);
    }
  }
  return out;
}

/**
 * The leader's part of a classic rebalance: runs `assignor` over every member's subscription with
 * the partition counts in `metadata`, and encodes each member's ConsumerProtocolAssignment.
 */
export async function computeAssignments(
  assignor: ConsumerPartitionAssignor,
  members: ReadonlyMap<string, GroupMember>,
  metadata: MetadataSnapshot,
): Promise<{ assignments: SyncGroupRequestAssignment[]; partitionsPerTopic: Map<string, number> }> {
  const partitionsPerTopic = new Map<string, number>();
  for (const m of members.values()) {
    for (const topic of m.topics) {
      const n = metadata.partitionCount(topic);
      if (n !== undefined && n > 0) partitionsPerTopic.set(topic, n);
    }
  }
  const result = await assignor.assign({ partitionsPerTopic }, members);
  const assignments: SyncGroupRequestAssignment[] = [];
  for (const memberId of members.keys()) {
    const mine = result.get(memberId) ?? new Map<string, number[]>();
    assignments.push({
      memberId,
      assignment: serializeConsumerProtocolAssignment({
        assignedPartitions: [...mine].map(([topic, partitions]) => ({ topic, partitions })),
        userData: null,
      }),
    });
  }
  return { assignments, partitionsPerTopic };
}

/** Decodes this member's SyncGroup assignment (an empty buffer is an empty assignment). */
export function decodeAssignment(bytes: Buffer): { partitions: TopicPartition[]; userData: Buffer | null } {
  if (bytes.length === 0) return { partitions: [], userData: null };
  const a = deserializeConsumerProtocolAssignment(bytes);
  return {
    partitions: a.assignedPartitions.flatMap((t) => t.partitions.map((p) => topicPartition(t.topic, p))),
    userData: a.userData ?? null,
  };
}

/** The configured assignor the coordinator chose, by name. */
export function assignorNamed(
  assignors: readonly ConsumerPartitionAssignor[],
  name: string | null,
): ConsumerPartitionAssignor {
  const found = assignors.find((a) => a.name === name);
  if (!found)
    throw new IllegalStateError(`the group chose assignor ${JSON.stringify(name)}, which this consumer did not offer`);
  return found;
}
