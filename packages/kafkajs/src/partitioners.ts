import { randomInt } from 'node:crypto';
import { murmur2, type Partitioner } from '@kafka-aio/client';

/** One partition as a KafkaJS partitioner sees it. */
export interface PartitionMetadata {
  partitionErrorCode: number;
  partitionId: number;
  /** The leader's node id, or -1 without a leader. kafka-aio tells partitioners only whether there is one (0). */
  leader: number;
  replicas: number[];
  isr: number[];
  offlineReplicas?: number[];
}

/** What a KafkaJS partitioner is called with, once per message. */
export interface PartitionerArgs {
  topic: string;
  partitionMetadata: PartitionMetadata[];
  message: { key?: Buffer | string | null; value?: Buffer | string | null; partition?: number | null };
}

/** A KafkaJS partitioner factory: `createPartitioner` option of `kafka.producer()`. */
export type ICustomPartitioner = () => (args: PartitionerArgs) => number;

const toPositive = (x: number) => x & 0x7fffffff;
const keyBytes = (key: Buffer | string): Buffer => (Buffer.isBuffer(key) ? key : Buffer.from(String(key)));

/** KafkaJS 1.x's hash: MurmurHash2 computed with floating-point multiplies, which lose bits on large products. */
function legacyMurmur2(key: Buffer | string): number {
  const M = 0x5bd1e995;
  const data = keyBytes(key);
  const n = data.length;
  const byte = (i: number) => (i < n ? data[i] : 0);
  let h = 0x9747b28c ^ n;
  for (let w = 0; w < n / 4; w++) {
    const i = w * 4;
    let k = byte(i) + (byte(i + 1) << 8) + (byte(i + 2) << 16) + (byte(i + 3) << 24);
    k *= M;
    k ^= k >>> 24;
    k *= M;
    h *= M;
    h ^= k;
  }
  const tailStart = n & ~3;
  const tail = n % 4;
  if (tail === 3) h ^= byte(tailStart + 2) << 16;
  if (tail >= 2) h ^= byte(tailStart + 1) << 8;
  if (tail >= 1) {
    h ^= byte(tailStart);
    h *= M;
  }
  h ^= h >>> 13;
  h *= M;
  h ^= h >>> 15;
  return h;
}

/**
 * KafkaJS's keyless placement: per topic, from a random start, the next of the partitions with a
 * leader (`available`), or of all `partitions` when none has one.
 */
function roundRobin(): (topic: string, available: readonly number[], partitions: number) => number {
  const counters = new Map<string, number>();
  return (topic, available, partitions) => {
    const next = (counters.get(topic) ?? randomInt(0, 2 ** 31)) + 1;
    counters.set(topic, next);
    if (available.length > 0) return available[toPositive(next) % available.length];
    return toPositive(next) % partitions;
  };
}

function hashPartitioner(hash: (key: Buffer | string) => number): ICustomPartitioner {
  return () => {
    const cycle = roundRobin();
    return ({ topic, partitionMetadata, message }) => {
      if (message.partition !== null && message.partition !== undefined) return message.partition;
      const numPartitions = partitionMetadata.length;
      if (message.key !== null && message.key !== undefined) return toPositive(hash(message.key)) % numPartitions;
      const available = partitionMetadata.filter((p) => p.leader >= 0).map((p) => p.partitionId);
      return cycle(topic, available, numPartitions);
    };
  };
}

/**
 * KafkaJS's partitioners. `DefaultPartitioner` (alias `JavaCompatiblePartitioner`) hashes keys as
 * the Java client does (murmur2) and deals keyless messages round-robin over partitions with a
 * leader; `LegacyPartitioner` reproduces KafkaJS 1.x's placement of keys.
 */
export const Partitioners = {
  DefaultPartitioner: hashPartitioner((k) => murmur2(keyBytes(k))),
  JavaCompatiblePartitioner: undefined as unknown as ICustomPartitioner,
  LegacyPartitioner: hashPartitioner(legacyMurmur2),
};
Partitioners.JavaCompatiblePartitioner = Partitioners.DefaultPartitioner;

/** A KafkaJS partitioner as a kafka-aio one (called for messages without an explicit partition). */
export function adaptPartitioner(create: ICustomPartitioner): Partitioner {
  const partition = create();
  const metadataCache = new Map<string, { key: string; value: PartitionMetadata[] }>();
  return (ctx) => {
    const cacheKey = `${ctx.partitions}:${ctx.availablePartitions.join(',')}`;
    let cached = metadataCache.get(ctx.topic);
    if (cached === undefined || cached.key !== cacheKey) {
      const available = new Set(ctx.availablePartitions);
      const value = Array.from({ length: ctx.partitions }, (_, p) => ({
        partitionErrorCode: 0,
        partitionId: p,
        leader: available.has(p) ? 0 : -1,
        replicas: [],
        isr: [],
      }));
      cached = { key: cacheKey, value };
      metadataCache.set(ctx.topic, cached);
    }
    const p = partition({
      topic: ctx.topic,
      partitionMetadata: cached.value,
      message: { key: ctx.key, value: ctx.value },
    });
    return typeof p === 'number' && Number.isInteger(p) && p >= 0 && p < ctx.partitions ? p : undefined;
  };
}

/**
 * KafkaJS's default placement as a kafka-aio partitioner, without the per-message metadata a
 * KafkaJS partitioner is called with: keyless messages round-robin over the partitions with a
 * leader (from a random start per topic); keyed ones fall through to kafka-aio's murmur2, which
 * places keys as `Partitioners.DefaultPartitioner` does.
 */
export function roundRobinKeyless(): Partitioner {
  const cycle = roundRobin();
  return ({ topic, key, partitions, availablePartitions }) =>
    key === null ? cycle(topic, availablePartitions, partitions) : undefined;
}
