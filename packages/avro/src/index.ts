/// <reference types="node" preserve="true" />
// The declarations use Node types (Buffer, TLS options, Symbol.asyncDispose): a project whose
// tsconfig lists no `types` (the default from TypeScript 7 on) still sees them.
/**
 * @kafka-aio/avro: a Schema Registry client and Avro serializers in the Confluent wire format, for
 * kafka-aio (and anything else that moves Buffers). Plugs into the client only through its
 * serializer interface; the client itself never loads avsc.
 */

export type {
  CompatibilityLevel,
  CompatibilityResult,
  RegisteredSchema,
  RegistryConnectionOptions,
  RegistryMode,
  RegistryRequestInfo,
  RegistryTlsOptions,
  Schema,
  SchemaInput,
  SchemaReference,
  SchemaType,
} from '@kafka-aio/schema-registry';
export {
  decodeFrame,
  encodeFrame,
  FRAME_HEADER_SIZE,
  MAGIC_BYTE,
  type MessageField,
  type RegistryBearerAuth,
  recordNameStrategy,
  SCHEMA_REGISTRY_DEFAULTS,
  SchemaRegistryClient,
  type SchemaRegistryClientOptions,
  SchemaRegistryError,
  SchemaRegistryErrorCode,
  type SchemaRegistryErrorDetails,
  type SubjectNameContext,
  type SubjectNameStrategy,
  type SubjectNameStrategyFn,
  topicNameStrategy,
  topicRecordNameStrategy,
  type WireFrame,
} from '@kafka-aio/schema-registry';
export { AvroConsumer, type AvroConsumerOptions } from './avro-consumer.js';
export { AvroProducer, type AvroProducerOptions, type AvroSendOptions } from './avro-producer.js';
export { type AvroSchemaInput, type AvroTypeOptions, parseAvroSchema } from './serde/avro-schema.js';
export {
  AvroDeserializer,
  type AvroDeserializerOptions,
  type ConsumerDeserializer,
  type DeserializationContext,
} from './serde/deserializer.js';
export { DateType, DecimalType, LOGICAL_TYPES, TimestampMillisType, UuidType } from './serde/logical-types.js';
export { AvroSerializer, type AvroSerializerOptions } from './serde/serializer.js';
export { type AvroFieldError, AvroValidationError } from './serde/validation.js';
