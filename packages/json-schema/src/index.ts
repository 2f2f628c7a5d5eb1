/// <reference types="node" preserve="true" />
/**
 * @kafka-aio/json-schema: JSON Schema serializers in the Confluent wire format for kafka-aio,
 * validated with ajv (drafts 7, 2019-09 and 2020-12), with schema references resolved through the
 * registry and the schema id in the payload prefix or a record header. Depends on ajv and
 * `@kafka-aio/schema-registry` only (no avsc, no protobuf).
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
  type JsonConsumerDeserializer,
  type JsonDeserializationContext,
  JsonSchemaDeserializer,
  type JsonSchemaDeserializerOptions,
} from './deserializer.js';
export { JsonSchemaSerializer, type JsonSchemaSerializerOptions } from './serializer.js';
export {
  type AnyAjv,
  type CompiledJsonSchema,
  compileJsonSchema,
  type JsonSchemaFieldError,
  type JsonSchemaInput,
  JsonSchemaValidationError,
  parseJsonSchema,
} from './validator.js';
