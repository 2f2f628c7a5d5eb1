/**
 * The benchmark matrix: every case, its settings (the same for every client) and how many rounds
 * it gets. Round counts are chosen so the full matrix fits in 25 minutes on a 2-core machine:
 * the headline producer and consumer cases get 3 rounds, the rest 1. The keyed producer cases
 * (128 and 1,024 partitions, and 128 on a topic the client meets as soon as it is created) send
 * 500,000 records in 1 round each: a few seconds per client at 100k–200k records/s, and about
 * 3 minutes together with process start-up and creating and deleting their topics.
 */
import type { ConsumerSettings, ProducerSettings, Workload } from './job.js';

/** The parts `pnpm bench <part>` can run. */
export type Part = 'producer' | 'consumer' | 'latency' | 'protocol';

/** One row group of the report: one workload with fixed settings. */
export interface Case {
  id: string;
  part: Part;
  workload: Workload;
  title: string;
  records: number;
  recordSize: number;
  partitions: number;
  producer: ProducerSettings;
  consumer: Omit<ConsumerSettings, 'groupId'>;
  rounds: number;
  rate?: number;
  warmupRecords?: number;
  /** `produce` only: records carry one of this many distinct keys ({@link Job.keys}). */
  keys?: number;
  /**
   * The runner creates the case's topic right before it starts each client and does not wait for
   * the partitions' leaders (the other cases wait until metadata shows a leader for every
   * partition), so the client may meet a topic that is unknown or leaderless for a moment.
   */
  freshTopic?: boolean;
}

/** The producer settings of the throughput cases (Java 4.x defaults, spelled out). */
export const THROUGHPUT_PRODUCER: ProducerSettings = {
  acks: 'all',
  idempotent: true,
  lingerMs: 5,
  batchSize: 16_384,
  compression: 'none',
  maxInFlight: 5,
  bufferMemory: 32 * 1024 * 1024,
};

/**
 * Fetch settings of every consumer (the Java client's defaults, except a 500 ms max wait everywhere
 * and CRC checks off, as the Java perf tools set them: see {@link ConsumerSettings.checkCrcs}).
 */
export const CONSUMER: Omit<ConsumerSettings, 'groupId'> = {
  mode: 'group',
  fetchMaxBytes: 52_428_800,
  maxPartitionFetchBytes: 1_048_576,
  fetchMinBytes: 1,
  fetchMaxWaitMs: 500,
  checkCrcs: false,
};

/** True for the cases that read the topic pre-filled once per record size instead of a fresh one. */
export const readsPrefilledTopic = (c: Pick<Case, 'workload'>): boolean =>
  c.workload === 'consume' || c.workload === 'share-consume';

const size = (n: number) => (n === 1024 ? '1 KiB' : `${n} B`);

/** Every case for one mode; `quick` shrinks counts so CI runs everything in a couple of minutes. */
export function buildCases(quick: boolean, roundsOverride?: number): Case[] {
  const r = (full: number) => roundsOverride ?? (quick ? 1 : full);
  const cases: Case[] = [];
  const produceN = quick ? 20_000 : 1_000_000;
  for (const recordSize of [100, 1024]) {
    for (const compression of ['none', 'lz4'] as const) {
      for (const partitions of [1, 16]) {
        // Uncompressed rows get three rounds (the median): they are the headline, and the first
        // run after the broker starts is the one most exposed to its cold start.
        const headline = compression === 'none';
        cases.push({
          id: `produce-${recordSize}-${compression}-p${partitions}`,
          part: 'producer',
          workload: 'produce',
          title: `Producer: ${size(recordSize)}, ${compression}, ${partitions} partition${partitions > 1 ? 's' : ''}`,
          records: produceN,
          recordSize,
          partitions,
          producer: { ...THROUGHPUT_PRODUCER, compression },
          consumer: CONSUMER,
          rounds: r(headline ? 3 : 1),
        });
      }
    }
  }
  // Keyed records: each client's default partitioner hashes the key, so every partition gets
  // records and batches are small (about 490 records per partition in all at 1,024 partitions).
  // k0…k9999 hit every partition of either topic with murmur2 and with librdkafka's CRC32.
  const keyedN = quick ? 20_000 : 500_000;
  for (const [partitions, freshTopic] of [
    [128, false],
    [1024, false],
    [128, true],
  ] as const) {
    cases.push({
      id: `produce-100-keyed-p${partitions}${freshTopic ? '-fresh' : ''}`,
      part: 'producer',
      workload: 'produce',
      title: `Producer: 100 B keyed, ${partitions.toLocaleString('en-US')} partitions${freshTopic ? ', fresh topic' : ''}`,
      records: keyedN,
      recordSize: 100,
      partitions,
      producer: THROUGHPUT_PRODUCER,
      consumer: CONSUMER,
      rounds: r(1),
      keys: 10_000,
      freshTopic,
    });
  }
  cases.push({
    id: 'call-100',
    part: 'producer',
    workload: 'call',
    title: 'Per-call overhead: each send awaited before the next, 100 B, acks 1',
    records: quick ? 500 : 20_000,
    recordSize: 100,
    partitions: 1,
    producer: { ...THROUGHPUT_PRODUCER, acks: 1, idempotent: false, lingerMs: 0 },
    consumer: CONSUMER,
    rounds: r(1),
  });
  const consumeN = quick ? 20_000 : 1_000_000;
  for (const recordSize of [100, 1024]) {
    for (const mode of ['assign', 'group'] as const) {
      cases.push({
        id: `consume-${recordSize}-${mode}`,
        part: 'consumer',
        workload: 'consume',
        title: `Consumer: ${size(recordSize)}, 16 partitions, ${mode === 'assign' ? 'assigned partitions' : 'group'}`,
        records: consumeN,
        recordSize,
        partitions: 16,
        producer: THROUGHPUT_PRODUCER,
        consumer: { ...CONSUMER, mode },
        rounds: r(recordSize === 100 && mode === 'group' ? 3 : 1),
      });
    }
    // Share groups (KIP-932): one member reads the same pre-filled topic; the Java row is Kafka's
    // ShareConsumerPerformance. Kafka 3.x has no share groups (the runner drops these cases there).
    cases.push({
      id: `share-${recordSize}`,
      part: 'consumer',
      workload: 'share-consume',
      title: `Consumer: ${size(recordSize)}, 16 partitions, share group`,
      records: consumeN,
      recordSize,
      partitions: 16,
      producer: THROUGHPUT_PRODUCER,
      consumer: { ...CONSUMER, mode: 'group' },
      rounds: r(recordSize === 100 ? 3 : 1),
    });
  }
  for (const rate of [1000, 10_000]) {
    const seconds = quick ? 2 : 10;
    cases.push({
      id: `e2e-${rate}`,
      part: 'latency',
      workload: 'e2e',
      title: `End-to-end latency: ${rate.toLocaleString('en-US')} records/s open loop, 1 KiB, acks all, linger 0`,
      records: rate * seconds,
      warmupRecords: Math.round(rate * (quick ? 0.5 : 2)),
      recordSize: 1024,
      partitions: 1,
      rate,
      producer: { ...THROUGHPUT_PRODUCER, lingerMs: 0 },
      consumer: { ...CONSUMER, mode: 'assign' },
      rounds: r(1),
    });
  }
  return cases;
}
