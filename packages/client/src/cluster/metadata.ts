import type { MetadataResponse, Uuid } from '@kafka-aio/protocol';

/** One broker as the cluster advertises it. */
export interface BrokerInfo {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

/** One partition's placement. `leader` is -1 while the partition has no leader. */
export interface PartitionInfo {
  partition: number;
  leader: number;
  leaderEpoch: number;
  replicas: readonly number[];
  isr: readonly number[];
  offlineReplicas: readonly number[];
  /** Non-zero when the broker reported a partition-level error (e.g. LEADER_NOT_AVAILABLE). */
  errorCode: number;
}

/** One topic's metadata. */
export interface TopicInfo {
  name: string;
  topicId: Uuid;
  isInternal: boolean;
  /** Partitions indexed by partition number. */
  partitions: readonly PartitionInfo[];
}

/**
 * An immutable view of the cluster at one moment. A refresh builds a new snapshot, so a caller
 * holding one never sees it change underneath.
 */
export class MetadataSnapshot {
  /** Memo of {@link availablePartitions}, by topic. */
  private readonly available = new Map<string, readonly number[]>();

  constructor(
    readonly brokers: ReadonlyMap<number, BrokerInfo>,
    readonly topics: ReadonlyMap<string, TopicInfo>,
    /** Topic-level errors of the last refresh (e.g. UNKNOWN_TOPIC_OR_PARTITION), by topic name. */
    readonly topicErrors: ReadonlyMap<string, number>,
    readonly controllerId: number,
    readonly clusterId: string | null,
    /** `performance.now()` when this snapshot was fetched. */
    readonly fetchedAt: number,
  ) {}

  static empty(): MetadataSnapshot {
    return new MetadataSnapshot(new Map(), new Map(), new Map(), -1, null, 0);
  }

  /**
   * A new snapshot with the response merged in. Topics named in `requested` that the response does
   * not contain keep their old entry; brokers are replaced wholesale (the response lists them all).
   */
  merge(res: MetadataResponse, fetchedAt: number): MetadataSnapshot {
    const brokers = new Map<number, BrokerInfo>();
    for (const b of res.brokers)
      brokers.set(b.nodeId, { nodeId: b.nodeId, host: b.host, port: b.port, rack: b.rack ?? null });
    const topics = new Map(this.topics);
    const topicErrors = new Map<string, number>();
    for (const t of res.topics) {
      if (t.name === null) continue;
      if (t.errorCode !== 0) {
        topicErrors.set(t.name, t.errorCode);
        // A topic that is gone or not visible any more must not keep routing to stale leaders.
        if (t.partitions.length === 0) topics.delete(t.name);
        continue;
      }
      const partitions: PartitionInfo[] = [];
      for (const p of t.partitions) {
        partitions[p.partitionIndex] = {
          partition: p.partitionIndex,
          leader: p.leaderId,
          leaderEpoch: p.leaderEpoch ?? -1,
          replicas: p.replicaNodes,
          isr: p.isrNodes,
          offlineReplicas: p.offlineReplicas ?? [],
          errorCode: p.errorCode,
        };
      }
      topics.set(t.name, {
        name: t.name,
        topicId: t.topicId ?? 'AAAAAAAAAAAAAAAAAAAAAA',
        isInternal: t.isInternal ?? false,
        partitions,
      });
    }
    return new MetadataSnapshot(brokers, topics, topicErrors, res.controllerId ?? -1, res.clusterId ?? null, fetchedAt);
  }

  /** The partition's metadata, or undefined when the topic or partition is unknown. */
  partition(topic: string, partition: number): PartitionInfo | undefined {
    return this.topics.get(topic)?.partitions[partition];
  }

  /** Node id of the partition's leader, or undefined while unknown or leaderless. */
  leaderFor(topic: string, partition: number): number | undefined {
    const leader = this.partition(topic, partition)?.leader;
    return leader === undefined || leader < 0 ? undefined : leader;
  }

  /** Number of partitions of `topic`, or undefined when unknown. */
  partitionCount(topic: string): number | undefined {
    return this.topics.get(topic)?.partitions.length;
  }

  /**
   * Partitions of `topic` that currently have a leader, ascending. Computed once per snapshot and
   * topic (the snapshot never changes): the producer asks for every record it partitions, and a
   * new array per record cost 29 KB per record on a 1,024-partition topic.
   */
  availablePartitions(topic: string): readonly number[] {
    let out = this.available.get(topic);
    if (out === undefined) {
      const list: number[] = [];
      for (const p of this.topics.get(topic)?.partitions ?? []) if (p && p.leader >= 0) list.push(p.partition);
      out = Object.freeze(list);
      this.available.set(topic, out);
    }
    return out;
  }
}
