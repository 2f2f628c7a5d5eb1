/// <reference types="node" preserve="true" />
/**
 * `@kafka-aio/kafkajs`: KafkaJS's API (and confluent-kafka-javascript's promisified shape) over
 * kafka-aio. Change `require('kafkajs')` to `require('@kafka-aio/kafkajs')`; see the README for what
 * differs.
 * @packageDocumentation
 */
export {
  type AclEntry,
  Admin,
  type AdminConfig,
  type GroupDescription,
  type ITopicConfig,
} from './admin.js';
export type {
  AlterReassignmentsRequest,
  ListReassignmentsRequest,
  OngoingTopicReassignment,
} from './admin-reassignments.js';
export {
  type AssignerCluster,
  type AssignerConfig,
  type AssignerPartitionMetadata,
  AssignerProtocol,
  KAFKAJS_ROUND_ROBIN,
  type KafkaJSAssigner as Assigner,
  type KafkaJSGroupMember as GroupMember,
  kafkaJSRoundRobinAssignor,
  type PartitionAssigner,
  PartitionAssigners,
} from './assigners.js';
export {
  type AuthenticationProviderArgs,
  type Authenticator,
  fromProperties,
  type KafkaConfig,
  type SASLOptions,
  SUPPORTED_PROPERTIES,
} from './config.js';
export {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  CompressionCodecs,
  type CompressionType,
  CompressionTypes,
  ConfigResourceTypes,
  ConfigSource,
  type LogLevel,
  logLevel,
  ResourcePatternTypes,
} from './constants.js';
export { Consumer } from './consumer.js';
/** Types-only aliases kept for `@types/kafkajs` users. */
export type {
  ConsumerConfig,
  ConsumerRunConfig,
  ConsumerSubscribeTopics,
  EachBatchPayload as ConsumerEachBatchPayload,
  EachBatchPayload,
  EachMessagePayload as ConsumerEachMessagePayload,
  EachMessagePayload,
  OffsetsByTopicPartition,
  TopicPartitionOffsetAndMetadata,
  TopicPartitions,
} from './consumer-types.js';
export * from './errors.js';
export {
  AdminEvents,
  ConsumerEvents,
  type InstrumentationEvent,
  ProducerEvents,
  type RemoveInstrumentationEventListener,
} from './events.js';
export { type ConfluentConfig, Kafka } from './kafka.js';
export { defaultLogCreator, type LogCreator, type LogEntry, type Logger } from './logger.js';
export { Batch, type KafkaMessage } from './messages.js';
export { type ICustomPartitioner, type PartitionerArgs, Partitioners, type PartitionMetadata } from './partitioners.js';
export {
  type IHeaders,
  type Message,
  Producer,
  type ProducerBatch,
  type ProducerConfig,
  type ProducerRecord,
  type RecordMetadata,
  type TopicOffsets,
  type Transaction,
} from './producer.js';
export type { RetryOptions } from './retry.js';
