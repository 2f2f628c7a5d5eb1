export * from './broker-errors.js';
export {
  AbortError,
  type ClientErrorOptions,
  ConnectionError,
  ConsumerStoppedError,
  DeserializationError,
  IllegalOperationError,
  IllegalStateError,
  InvalidArgumentError,
  InvalidConfigError,
  KafkaTimeoutError,
  MessageSizeTooLargeError,
  NoBrokersAvailableError,
  OutcomeUnknownError,
  ProducerClosedError,
  PurgedError,
  type RecordLocation,
  SerializationError,
  UnsupportedCodecError,
} from './client-errors.js';
export { createKafkaError, errorClassForCode, errorForCode } from './error-lookup.js';
export {
  type BrokerErrorOptions,
  BrokerResponseError,
  type ErrorCodeInfo,
  type ErrorContext,
  formatErrorContext,
  KafkaError,
  type KafkaErrorJson,
  ProtocolError,
  UnknownKafkaError,
} from './kafka-error.js';
