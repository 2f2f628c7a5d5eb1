/// <reference types="node" preserve="true" />
/**
 * @kafka-aio/protobuf: Protobuf serializers in the Confluent wire format for kafka-aio, on
 * `@bufbuild/protobuf` generated messages: message indexes, nested and multiple messages per file,
 * imports registered and referenced, well-known types, the schema id in the payload prefix or a
 * record header. Depends on `@bufbuild/protobuf` and `@kafka-aio/schema-registry` only.
 */
export {
  type CompatibilityLevel,
  type RegisteredSchema,
  type Schema,
  type SchemaReference,
  SchemaRegistryClient,
  type SchemaRegistryClientOptions,
  SchemaRegistryError,
  SchemaRegistryErrorCode,
  type SerializedWithHeaders,
  type SubjectNameStrategy,
} from '@kafka-aio/schema-registry';
export {
  type ProtobufConsumerDeserializer,
  type ProtobufDeserializationContext,
  ProtobufDeserializer,
  type ProtobufDeserializerOptions,
} from './deserializer.js';
export { indexMessages, messageIndexesOf, printProtoFile } from './proto-text.js';
export { ProtobufSerializer, type ProtobufSerializerOptions } from './serializer.js';
