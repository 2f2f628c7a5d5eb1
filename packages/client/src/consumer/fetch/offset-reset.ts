import {
  createKafkaError,
  KafkaError,
  KafkaTimeoutError,
  ListOffsetsApi,
  type ListOffsetsRequestListOffsetsTopic,
} from '@kafka-aio/protocol';
import { backoffMs, sleep } from '../../cluster/backoff.js';
import type { Cluster } from '../../cluster/cluster.js';
import { createDebug } from '../../observability/debug.js';
import { formatTopicPartition, type TopicPartition, topicPartition } from '../../topic-partition.js';
import type { IsolationLevel } from '../options.js';

const debug = createDebug('kafka-aio:consumer');

/** ListOffsets' special timestamps. */
export const LATEST_TIMESTAMP = -1n;
export const EARLIEST_TIMESTAMP = -2n;

/** One partition's ListOffsets answer. `offset` is -1n when no record has a timestamp at or after the one asked. */
export interface ListedOffset {
  offset: bigint;
  timestamp: bigint;
  leaderEpoch: number | null;
}

/** Settings of `listOffsets`. */
export interface ListOffsetsOptions {
  isolationLevel: IsolationLevel;
  timeoutMs: number;
  retryBackoffMs: number;
  retryBackoffMaxMs: number;
  signal?: AbortSignal;
  /**
   * When given, a partition failing with a non-retriable error (topic authorization, ...) is
   * reported here and left out of the result instead of failing the whole call.
   */
  onPartitionError?: (tp: TopicPartition, err: KafkaError) => void;
}

/**
 * Looks up offsets by timestamp (or {@link EARLIEST_TIMESTAMP}/{@link LATEST_TIMESTAMP}) for many
 * partitions at once: one ListOffsets per partition leader, in parallel. Partitions whose leader
 * moved or is unknown are retried after a metadata refresh until `timeoutMs`, then the call fails
 * with {@link KafkaTimeoutError}; a non-retriable error (e.g. topic authorization) fails it at once.
 * Under `read_committed` the latest offset is the last stable offset.
 */
export async function listOffsets(
  cluster: Cluster,
  wanted: ReadonlyMap<TopicPartition, bigint>,
  options: ListOffsetsOptions,
): Promise<Map<TopicPartition, ListedOffset>> {
  const result = new Map<TopicPartition, ListedOffset>();
  let remaining = new Map(wanted);
  const deadline = performance.now() + options.timeoutMs;
  let lastError: Error | undefined;
  const topics = new Set([...wanted.keys()].map((tp) => tp.topic));
  for (let attempt = 0; remaining.size > 0; attempt++) {
    if (attempt > 0) {
      const wait = backoffMs(attempt - 1, options.retryBackoffMs, options.retryBackoffMaxMs);
      if (performance.now() + wait >= deadline) {
        const names = [...remaining.keys()].map(formatTopicPartition).join(', ');
        throw new KafkaTimeoutError(
          `listing offsets of ${names} did not succeed within ${options.timeoutMs} ms${lastError ? `: ${lastError.message}` : ''}`,
          { cause: lastError, timeoutMs: options.timeoutMs },
        );
      }
      await sleep(wait, options.signal);
      await cluster.refreshMetadata(topics).catch((err: unknown) => {
        lastError = err as Error;
      });
    } else if ([...remaining.keys()].some((tp) => cluster.metadata.leaderFor(tp.topic, tp.partition) === undefined)) {
      await cluster.refreshMetadata(topics).catch((err: unknown) => {
        lastError = err as Error;
      });
    }
    const next = new Map(remaining);
    const fail = (tp: TopicPartition, err: KafkaError) => {
      if (!options.onPartitionError) throw err;
      options.onPartitionError(tp, err);
      next.delete(tp);
    };
    const byLeader = new Map<number, Map<TopicPartition, bigint>>();
    for (const [tp, ts] of remaining) {
      const topicError = cluster.metadata.topicErrors.get(tp.topic);
      if (topicError !== undefined) {
        const err = createKafkaError(topicError, null, { topic: tp.topic });
        if (!err.retriable) {
          fail(tp, err);
          continue;
        }
      }
      const leader = cluster.metadata.leaderFor(tp.topic, tp.partition);
      if (leader === undefined) continue;
      let m = byLeader.get(leader);
      if (!m) byLeader.set(leader, (m = new Map()));
      m.set(tp, ts);
    }
    await Promise.all(
      [...byLeader].map(async ([leader, parts]) => {
        try {
          const answered = await listFromLeader(cluster, leader, parts, options);
          for (const [tp, listed] of answered) {
            if (listed instanceof KafkaError) {
              fail(tp, listed);
              continue;
            }
            result.set(tp, listed);
            next.delete(tp);
          }
        } catch (err) {
          if (!(err instanceof KafkaError) || !err.retriable) throw err;
          lastError = err;
          debug('ListOffsets to node %d failed, retrying: %s', leader, err.message);
        }
      }),
    );
    remaining = next;
  }
  return result;
}

async function listFromLeader(
  cluster: Cluster,
  leader: number,
  parts: ReadonlyMap<TopicPartition, bigint>,
  options: ListOffsetsOptions,
): Promise<Map<TopicPartition, ListedOffset | KafkaError>> {
  const byTopic = new Map<string, ListOffsetsRequestListOffsetsTopic>();
  for (const [tp, timestamp] of parts) {
    let t = byTopic.get(tp.topic);
    if (!t) byTopic.set(tp.topic, (t = { name: tp.topic, partitions: [] }));
    const currentLeaderEpoch = cluster.metadata.partition(tp.topic, tp.partition)?.leaderEpoch ?? -1;
    t.partitions.push({ partitionIndex: tp.partition, timestamp, currentLeaderEpoch });
  }
  const res = await cluster.request(
    leader,
    ListOffsetsApi,
    {
      replicaId: -1,
      isolationLevel: options.isolationLevel === 'read_committed' ? 1 : 0,
      topics: [...byTopic.values()],
      timeoutMs: options.timeoutMs,
    },
    { signal: options.signal },
  );
  const out = new Map<TopicPartition, ListedOffset | KafkaError>();
  let retriable: KafkaError | undefined;
  for (const t of res.topics) {
    for (const p of t.partitions) {
      const tp = topicPartition(t.name, p.partitionIndex);
      if (p.errorCode !== 0) {
        const err = createKafkaError(p.errorCode, null, { topic: t.name, partition: p.partitionIndex });
        if (!err.retriable) out.set(tp, err);
        else retriable = err;
        continue;
      }
      out.set(tp, {
        offset: p.offset ?? -1n,
        timestamp: p.timestamp ?? -1n,
        leaderEpoch: p.leaderEpoch !== undefined && p.leaderEpoch >= 0 ? p.leaderEpoch : null,
      });
    }
  }
  if (out.size === 0 && retriable) throw retriable;
  return out;
}
