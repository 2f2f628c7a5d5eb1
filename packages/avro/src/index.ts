/// <reference types="node" preserve="true" />
// The declarations use Node types (Buffer, TLS options, Symbol.asyncDispose): a project whose
// tsconfig lists no `types` (the default from TypeScript 7 on) still sees them.
/**
 * @kafka-aio/avro: a Schema Registry client and Avro serializers in the Confluent wire format, for
 * kafka-aio (and anything else that moves Buffers). Plugs into the client only through its
 * serializer interface; the client itself never loads avsc.
 */
export { AvroConsumer, type AvroConsumerOptions } from './avro-consumer.js';
export { AvroProducer, type AvroProducerOptions, type AvroSendOptions } from './avro-producer.js';
export { SchemaRegistryClient } from './registry/client.js';
export {
  type RegistryBearerAuth,
  SCHEMA_REGISTRY_DEFAULTS,
  type SchemaRegistryClientOptions,
} from './registry/client-options.js';
export { SchemaRegistryError, SchemaRegistryErrorCode, type SchemaRegistryErrorDetails } from './registry/errors.js';
export type { RegistryRequestInfo, RegistryTlsOptions } from './registry/transport.js';
export type {
  CompatibilityLevel,
  CompatibilityResult,
  RegisteredSchema,
  RegistryMode,
  Schema,
  SchemaInput,
  SchemaReference,
  SchemaType,
} from './registry/types.js';
export type { RegistryConnectionOptions } from './registry-option.js';
export { type AvroSchemaInput, type AvroTypeOptions, parseAvroSchema } from './serde/avro-schema.js';
export {
  AvroDeserializer,
  type AvroDeserializerOptions,
  type ConsumerDeserializer,
  type DeserializationContext,
} from './serde/deserializer.js';
export { DateType, DecimalType, LOGICAL_TYPES, TimestampMillisType, UuidType } from './serde/logical-types.js';
export { AvroSerializer, type AvroSerializerOptions } from './serde/serializer.js';
export {
  type MessageField,
  recordNameStrategy,
  type SubjectNameContext,
  type SubjectNameStrategy,
  type SubjectNameStrategyFn,
  topicNameStrategy,
  topicRecordNameStrategy,
} from './serde/subject-name.js';
export { type AvroFieldError, AvroValidationError } from './serde/validation.js';
export { decodeFrame, encodeFrame, FRAME_HEADER_SIZE, MAGIC_BYTE, type WireFrame } from './serde/wire-format.js';
