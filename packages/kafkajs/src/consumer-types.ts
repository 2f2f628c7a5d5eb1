/**
 * The public shapes of KafkaJS's consumer (its config, `run` options, handler payloads, offsets)
 * and the config keys it accepts; the behaviour is in `consumer.ts`.
 */

import type { Batch, KafkaMessage } from './messages.js';
import type { RetryOptions } from './retry.js';

/** `kafka.consumer(config)`: KafkaJS's consumer options. */
export interface ConsumerConfig {
  groupId: string;
  partitionAssigners?: unknown[];
  sessionTimeout?: number;
  rebalanceTimeout?: number;
  heartbeatInterval?: number;
  metadataMaxAge?: number;
  allowAutoTopicCreation?: boolean;
  maxBytesPerPartition?: number;
  minBytes?: number;
  maxBytes?: number;
  maxWaitTimeInMs?: number;
  retry?: RetryOptions;
  readUncommitted?: boolean;
  maxInFlightRequests?: number | null;
  rackId?: string;
  /** confluent-kafka-javascript's place for these (KafkaJS takes them in subscribe/run). */
  fromBeginning?: boolean;
  autoCommit?: boolean;
  autoCommitInterval?: number | null;
  partitionAssignors?: unknown[];
}

/** The keys of {@link ConsumerConfig}: anything else is rejected by name. */
export const CONSUMER_KEYS: ReadonlySet<string> = new Set([
  'groupId',
  'partitionAssigners',
  'partitionAssignors',
  'sessionTimeout',
  'rebalanceTimeout',
  'heartbeatInterval',
  'metadataMaxAge',
  'allowAutoTopicCreation',
  'maxBytesPerPartition',
  'minBytes',
  'maxBytes',
  'maxWaitTimeInMs',
  'retry',
  'readUncommitted',
  'maxInFlightRequests',
  'rackId',
  'fromBeginning',
  'autoCommit',
  'autoCommitInterval',
]);

/** `consumer.subscribe(...)`. */
export interface ConsumerSubscribeTopics {
  topics?: (string | RegExp)[];
  /** Deprecated KafkaJS form. */
  topic?: string | RegExp;
  fromBeginning?: boolean;
}

/** `eachMessage`'s argument. */
export interface EachMessagePayload {
  topic: string;
  partition: number;
  message: KafkaMessage;
  heartbeat(): Promise<void>;
  pause(): () => void;
}

/** `eachBatch`'s argument. */
export interface EachBatchPayload {
  batch: Batch;
  resolveOffset(offset: string): void;
  heartbeat(): Promise<void>;
  pause(): () => void;
  commitOffsetsIfNecessary(offsets?: Offsets): Promise<void>;
  uncommittedOffsets(): OffsetsByTopicPartition;
  isRunning(): boolean;
  isStale(): boolean;
}

/** `{ topics: [{ topic, partitions: [{ partition, offset }] }] }`. */
export interface OffsetsByTopicPartition {
  topics: { topic: string; partitions: { partition: number; offset: string }[] }[];
}
export type Offsets = OffsetsByTopicPartition;

/** `consumer.run(config)`. */
export interface ConsumerRunConfig {
  autoCommit?: boolean;
  autoCommitInterval?: number | null;
  autoCommitThreshold?: number | null;
  eachBatchAutoResolve?: boolean;
  partitionsConsumedConcurrently?: number;
  eachMessage?: (payload: EachMessagePayload) => Promise<void>;
  eachBatch?: (payload: EachBatchPayload) => Promise<void>;
}

/** A topic, optionally some of its partitions (`pause` / `resume`). */
export interface TopicPartitions {
  topic: string;
  partitions?: number[];
}

/** `commitOffsets` / `seek` entries. */
export interface TopicPartitionOffsetAndMetadata {
  topic: string;
  partition: number;
  offset: string;
  metadata?: string | null;
}
