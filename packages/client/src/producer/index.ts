export { type AppendedRecord, BatchBuilder } from './batch-builder.js';
export {
  type CompressionName,
  type DeliveryCallback,
  PRODUCER_DEFAULTS,
  type ProducerOptions,
  type Serializer,
} from './options.js';
export * from './partitioner/index.js';
export { AIOKafkaProducer, type ClusterMetadata, type PendingDelivery, type SendOptions } from './producer.js';
export type { HeaderValue, RecordHeadersInput } from './record-input.js';
export type { RecordMetadata, TimestampTypeName } from './record-metadata.js';
