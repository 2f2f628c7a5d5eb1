import { type AIOKafkaAdminClient, topicPartition } from '@kafka-aio/client';
import { BrokerResponseError } from '@kafka-aio/protocol';
import {
  KafkaJSAggregateError,
  KafkaJSAlterPartitionReassignmentsError,
  KafkaJSNonRetriableError,
  toKafkaJSError,
} from './errors.js';

/** Runs a call on the admin's kafka-aio client, its errors turned into KafkaJS errors. */
type Call = <T>(f: (admin: AIOKafkaAdminClient) => Promise<T>) => Promise<T>;

/** `admin.alterPartitionReassignments`' argument. */
export interface AlterReassignmentsRequest {
  topics: { topic: string; partitionAssignment: { partition: number; replicas: number[] }[] }[];
  timeout?: number;
}

/** `admin.listPartitionReassignments`' argument. */
export interface ListReassignmentsRequest {
  topics?: { topic: string; partitions: number[] }[] | null;
  timeout?: number;
}

/** A reassignment in progress of one topic, as `listPartitionReassignments` returns it. */
export interface OngoingTopicReassignment {
  topic: string;
  name: string;
  partitions: {
    partitionIndex: number;
    partition: number;
    replicas: number[];
    addingReplicas: number[];
    removingReplicas: number[];
  }[];
}

/** KafkaJS's checks of a `topics` argument: an array of entries with distinct string topics. */
function checkTopicList(topics: unknown, what: string): asserts topics is { topic: string }[] {
  if (!Array.isArray(topics)) throw new KafkaJSNonRetriableError(`Invalid ${what} array ${String(topics)}`);
  if (topics.some((t) => typeof (t as { topic?: unknown })?.topic !== 'string'))
    throw new KafkaJSNonRetriableError(`Invalid ${what} array, the topic names have to be a valid string`);
  if (new Set(topics.map((t) => (t as { topic: string }).topic)).size < topics.length)
    throw new KafkaJSNonRetriableError(`Invalid ${what} array, it cannot have multiple entries for the same topic`);
}

/** `admin.alterPartitionReassignments`, with KafkaJS's argument checks and errors. */
export async function alterReassignments(call: Call, { topics, timeout }: AlterReassignmentsRequest): Promise<void> {
  checkTopicList(topics, 'topics');
  for (const { topic, partitionAssignment } of topics) {
    if (!Array.isArray(partitionAssignment))
      throw new KafkaJSNonRetriableError(`Invalid partitions array: ${partitionAssignment} for topic: ${topic}`);
    for (const { partition, replicas } of partitionAssignment) {
      if (typeof partition !== 'number' || !Number.isInteger(partition) || partition < 0)
        throw new KafkaJSNonRetriableError(`Invalid partitions index: ${partition} for topic: ${topic}`);
      if (!Array.isArray(replicas) || replicas.some((r) => typeof r !== 'number' || !Number.isInteger(r) || r < 0))
        throw new KafkaJSNonRetriableError(
          `Invalid replica assignment: ${replicas} for topic: ${topic} on partition: ${partition}. Replicas must be a non negative number`,
        );
    }
  }
  const results = await call((a) =>
    a.alterPartitionReassignments(
      topics.flatMap(({ topic, partitionAssignment }) =>
        partitionAssignment.map(({ partition, replicas }) => [topicPartition(topic, partition), replicas] as const),
      ),
      timeout === undefined ? {} : { timeoutMs: timeout },
    ),
  );
  const failed = [...results.failed()];
  if (failed.length > 0)
    throw new KafkaJSAggregateError(
      'Errors altering partition reassignments',
      failed.map(([tp, e]) => {
        if (!(e instanceof BrokerResponseError)) return toKafkaJSError(e);
        const err = new KafkaJSAlterPartitionReassignmentsError(e);
        err.topic = tp.topic;
        err.partition = tp.partition;
        return err;
      }),
    );
}

/** `admin.listPartitionReassignments`, with KafkaJS's argument checks and both spellings of its result. */
export async function listReassignments(
  call: Call,
  { topics = null, timeout }: ListReassignmentsRequest,
): Promise<{ topics: OngoingTopicReassignment[] }> {
  if (topics !== null && topics !== undefined) {
    checkTopicList(topics, 'topics');
    for (const { topic, partitions } of topics) {
      if (!Array.isArray(partitions) || partitions.some((p) => typeof p !== 'number' || p < 0))
        throw new KafkaJSNonRetriableError(`Invalid partition array: ${partitions} for topic: ${topic}`);
    }
  }
  const ongoing = await call((a) =>
    a.listPartitionReassignments(
      topics ? topics.flatMap(({ topic, partitions }) => partitions.map((p) => topicPartition(topic, p))) : null,
      timeout === undefined ? {} : { timeoutMs: timeout },
    ),
  );
  const byTopic = new Map<string, OngoingTopicReassignment>();
  for (const [tp, r] of ongoing) {
    let t = byTopic.get(tp.topic);
    if (!t) byTopic.set(tp.topic, (t = { topic: tp.topic, name: tp.topic, partitions: [] }));
    t.partitions.push({
      partitionIndex: tp.partition,
      partition: tp.partition,
      replicas: [...r.replicas],
      addingReplicas: [...r.addingReplicas],
      removingReplicas: [...r.removingReplicas],
    });
  }
  return { topics: [...byTopic.values()] };
}
