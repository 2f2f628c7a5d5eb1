/// <reference types="node" preserve="true" />
/**
 * @kafka-aio/schema-registry: a Schema Registry client, the Confluent wire format (payload prefix,
 * Protobuf message indexes and the schema id header), subject name strategies and the options the
 * format packages share. It knows no schema language: `@kafka-aio/avro`, `@kafka-aio/json-schema`
 * and `@kafka-aio/protobuf` build on it, each bringing only its own dependencies.
 */
export {
  boolOption,
  describe as describeOptionValue,
  intOption,
  oneOf,
  rejectUnknown,
} from './options.js';
export { SchemaRegistryClient } from './registry/client.js';
export {
  type RegistryBearerAuth,
  SCHEMA_REGISTRY_DEFAULTS,
  type SchemaRegistryClientOptions,
} from './registry/client-options.js';
export { SchemaRegistryError, SchemaRegistryErrorCode, type SchemaRegistryErrorDetails } from './registry/errors.js';
export type { RegistryRequestInfo, RegistryTlsOptions } from './registry/transport.js';
export {
  type CompatibilityLevel,
  type CompatibilityResult,
  type RegisteredSchema,
  type RegistryMode,
  type Schema,
  type SchemaInput,
  type SchemaReference,
  type SchemaType,
  toSchema,
} from './registry/types.js';
export { connectRegistry, type RegistryConnectionOptions } from './registry-option.js';
export {
  fetchWriterSchema,
  frameMessage,
  type LocatedSchema,
  locateSchema,
  OnceMap,
  type ResolvedSerializerOptions,
  requireSchemaSource,
  resolveSerializerOptions,
  resolveWriterSchema,
  type SchemaIdLocation,
  SERIALIZER_OPTION_NAMES,
  type SerdeSerializerOptions,
  type SerializedWithHeaders,
  schemaIdHeaderName,
  type WriterSchema,
} from './serde/serde-support.js';
export {
  type MessageField,
  recordNameStrategy,
  resolveSubjectNameStrategy,
  type SubjectNameContext,
  type SubjectNameStrategy,
  type SubjectNameStrategyFn,
  topicNameStrategy,
  topicRecordNameStrategy,
} from './serde/subject-name.js';
export {
  decodeFrame,
  decodeMessageIndexes,
  decodeSchemaIdHeader,
  encodeFrame,
  encodeMessageIndexes,
  encodeSchemaIdHeader,
  FRAME_HEADER_SIZE,
  findSchemaIdHeader,
  type HeaderLike,
  type HeaderSchemaId,
  KEY_SCHEMA_ID_HEADER,
  MAGIC_BYTE,
  MAGIC_BYTE_GUID,
  type SchemaIdRef,
  VALUE_SCHEMA_ID_HEADER,
  type WireFrame,
  writeFrameHeader,
} from './serde/wire-format.js';
