// Test support: create topics and read them back with the raw protocol, independent of the
// producer and consumer under test.
import {
  CreateTopicsApi,
  decodeRecordBatches,
  FetchApi,
  type KafkaRecord,
  ListOffsetsApi,
  type RecordBatch,
} from '@kafka-aio/protocol';
import { Cluster } from '../../src/cluster/cluster.js';
import { resolveCommonOptions } from '../../src/config/common.js';

export async function withCluster<T>(bootstrap: string, fn: (c: Cluster) => Promise<T>): Promise<T> {
  const cluster = new Cluster({
    ...resolveCommonOptions({ bootstrapServers: bootstrap }),
    allowAutoTopicCreation: false,
  });
  await cluster.start();
  try {
    return await fn(cluster);
  } finally {
    cluster.close();
  }
}

/** Creates a topic and waits until every partition has a leader. */
export async function createTopic(
  bootstrap: string,
  name: string,
  partitions = 1,
  configs: Record<string, string> = {},
): Promise<void> {
  await withCluster(bootstrap, async (cluster) => {
    const res = await cluster.request(cluster.leastLoadedNode(), CreateTopicsApi, {
      topics: [
        {
          name,
          numPartitions: partitions,
          replicationFactor: -1,
          assignments: [],
          configs: Object.entries(configs).map(([k, v]) => ({ name: k, value: v })),
        },
      ],
      timeoutMs: 30_000,
    });
    const code = res.topics[0].errorCode;
    if (code !== 0 && code !== 36) throw new Error(`CreateTopics ${name} failed with error ${code}`);
    for (let i = 0; i < 100; i++) {
      const meta = await cluster.refreshMetadata([name]);
      if (meta.availablePartitions(name).length === partitions) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`topic ${name} has no leaders after 10 s`);
  });
}

/** Every record of one partition, read with Fetch from offset 0 to the high watermark. */
export async function readPartition(
  bootstrap: string,
  topic: string,
  partition: number,
  isolationLevel: 0 | 1 = 0,
): Promise<KafkaRecord[]> {
  const out: KafkaRecord[] = [];
  await fetchAll(bootstrap, topic, partition, isolationLevel, (batches, aborted) => {
    // read_committed: a producer's data is aborted from an aborted transaction's first offset
    // until that producer's ABORT marker.
    const abortedTxns = [...aborted].sort((a, b) => (a.firstOffset < b.firstOffset ? -1 : 1));
    const abortedNow = new Set<bigint>();
    for (const batch of batches) {
      while (abortedTxns.length > 0 && abortedTxns[0].firstOffset <= batch.lastOffset)
        abortedNow.add(abortedTxns.shift()!.producerId);
      if (batch.isControl) {
        if (batch.control?.type === 0) abortedNow.delete(batch.producerId);
        continue;
      }
      if (isolationLevel === 1 && batch.isTransactional && abortedNow.has(batch.producerId)) continue;
      for (const r of batch.records) if (r.offset >= 0n) out.push(r);
    }
  });
  return out;
}

/** Every record batch of one partition as stored: how producers grouped and compressed records. */
export async function readBatches(bootstrap: string, topic: string, partition: number): Promise<RecordBatch[]> {
  const out: RecordBatch[] = [];
  await fetchAll(bootstrap, topic, partition, 0, (batches) => out.push(...batches));
  return out;
}

/** Fetches a partition from offset 0 to its end, handing over each response's new batches. */
async function fetchAll(
  bootstrap: string,
  topic: string,
  partition: number,
  isolationLevel: 0 | 1,
  onBatches: (batches: RecordBatch[], aborted: { producerId: bigint; firstOffset: bigint }[]) => void,
): Promise<void> {
  await withCluster(bootstrap, async (cluster) => {
    await cluster.refreshMetadata([topic]);
    const leader = cluster.metadata.leaderFor(topic, partition)!;
    const topicId = cluster.metadata.topics.get(topic)!.topicId;
    const end = await endOffset(cluster, leader, topic, partition, isolationLevel);
    let offset = 0n;
    while (offset < end) {
      const res = await cluster.request(leader, FetchApi, {
        maxWaitMs: 100,
        minBytes: 1,
        maxBytes: 8 << 20,
        isolationLevel,
        topics: [{ topic, topicId, partitions: [{ partition, fetchOffset: offset, partitionMaxBytes: 8 << 20 }] }],
      });
      const p = res.responses[0].partitions[0];
      if (p.errorCode !== 0) throw new Error(`Fetch ${topic}[${partition}] failed with error ${p.errorCode}`);
      const fresh = (await decodeRecordBatches(p.records ?? Buffer.alloc(0))).filter((b) => b.lastOffset >= offset);
      for (const batch of fresh) offset = batch.lastOffset + 1n;
      onBatches(fresh, p.abortedTransactions ?? []);
      if ((p.records?.length ?? 0) === 0) break;
    }
  });
}

async function endOffset(
  cluster: Cluster,
  leader: number,
  topic: string,
  partition: number,
  isolationLevel: 0 | 1,
): Promise<bigint> {
  const res = await cluster.request(leader, ListOffsetsApi, {
    replicaId: -1,
    isolationLevel,
    topics: [{ name: topic, partitions: [{ partitionIndex: partition, timestamp: -1n }] }],
  });
  return res.topics[0].partitions[0].offset ?? 0n;
}

/** The end offset (high watermark) of every partition of a topic. */
export async function endOffsets(bootstrap: string, topic: string, partitions: number): Promise<bigint[]> {
  return withCluster(bootstrap, async (cluster) => {
    await cluster.refreshMetadata([topic]);
    const out: bigint[] = [];
    for (let p = 0; p < partitions; p++)
      out.push(await endOffset(cluster, cluster.metadata.leaderFor(topic, p)!, topic, p, 0));
    return out;
  });
}
