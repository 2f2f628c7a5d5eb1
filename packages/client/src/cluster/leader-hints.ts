import { type TopicPartition, topicPartition } from '../topic-partition.js';
import type { Cluster, NodeEndpoint } from './cluster.js';
import type { LeaderHint } from './metadata.js';

/** One partition of a Produce, Fetch, ShareFetch or ShareAcknowledge answer, as far as its leader hint goes. */
export interface HintedPartition {
  topic: string;
  partition: number;
  errorCode: number;
  currentLeader?: { leaderId?: number; leaderEpoch?: number };
}

/**
 * KIP-951: a broker that refuses a partition because it no longer leads it names the current
 * leader (and lists brokers the client may not know). Applies those hints to the cluster's
 * metadata and returns the partitions whose leader moved (a new broker or a newer epoch): their
 * callers send to the new leader at once, as the Java client does, instead of backing off and
 * refreshing metadata first.
 */
export function applyLeaderHints(
  cluster: Cluster,
  partitions: Iterable<HintedPartition>,
  endpoints: readonly NodeEndpoint[] | undefined,
): Set<TopicPartition> {
  const hints: LeaderHint[] = [];
  for (const p of partitions) {
    const leaderId = p.currentLeader?.leaderId ?? -1;
    if (p.errorCode === 0 || leaderId < 0) continue;
    hints.push({ topic: p.topic, partition: p.partition, leaderId, leaderEpoch: p.currentLeader?.leaderEpoch ?? -1 });
  }
  const moved = new Set<TopicPartition>();
  if (hints.length === 0) return moved;
  const before = cluster.metadata;
  if (!cluster.applyLeaderHints(hints, endpoints)) return moved;
  // A new leader, or the same broker under a newer epoch: either way the metadata now says where
  // and under which epoch to send, as a refresh would have.
  for (const h of hints)
    if (cluster.metadata.partition(h.topic, h.partition) !== before.partition(h.topic, h.partition))
      moved.add(topicPartition(h.topic, h.partition));
  return moved;
}
