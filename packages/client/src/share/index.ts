export { UnacknowledgedRecordsError } from './errors.js';
export {
  type AcknowledgementMode,
  type ResolvedShareConsumerOptions,
  SHARE_CONSUMER_DEFAULTS,
  type ShareAcquireMode,
  type ShareConsumerOptions,
} from './options.js';
export { AIOKafkaShareConsumer, type RecordRef, type ShareGetManyOptions } from './share-consumer.js';
export type {
  AcknowledgementCommit,
  AcknowledgementCommitCallback,
  AcknowledgeType,
  ShareConsumerRecord,
  ShareConsumerRecords,
} from './types.js';
