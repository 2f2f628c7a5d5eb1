export { AIOKafkaConsumer, type SubscribeOptions } from './consumer.js';
export { CommitFailedError, LogTruncationError, NoOffsetForPartitionError } from './errors.js';
export * from './group/assignors/index.js';
export {
  type AutoOffsetReset,
  CONSUMER_DEFAULTS,
  type ConsumerOptions,
  type GroupProtocol,
} from './options.js';
export { ConsumerRecords, type GetManyOptions, type GetOneOptions } from './record-reader.js';
export {
  type CommitCallback,
  type ConsumerGroupMetadata,
  type ConsumerRebalanceListener,
  type ConsumerRecord,
  type Deserializer,
  OFFSET_BEGINNING,
  OFFSET_END,
  OFFSET_INVALID,
  OFFSET_STORED,
  type OffsetAndMetadata,
  type OffsetAndTimestamp,
} from './types.js';
