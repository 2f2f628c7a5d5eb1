import type { Schema, SchemaRegistryClient } from '@kafka-aio/schema-registry';
import avsc from 'avsc';
import { LOGICAL_TYPES } from './logical-types.js';

/**
 * An Avro schema as serializers accept it: JSON text, the parsed JSON (an object, or an array for a
 * union), or an avsc `Type`. Plain object literals are accepted as they are written (avsc's own
 * schema types would insist on literal types such as `type: 'record' as const`); avsc validates.
 */
export type AvroSchemaInput = string | avsc.Type | avsc.schema.AvroSchema | object;

/** avsc options passed through to `Type.forSchema` (e.g. `wrapUnions`, extra `logicalTypes`). */
export type AvroTypeOptions = Partial<avsc.ForSchemaOptions>;

/**
 * Builds an avsc `Type` with this package's logical types (timestamp-millis, date, uuid, decimal)
 * plus any in `options.logicalTypes`. Throws avsc's error for an invalid schema.
 */
export function parseAvroSchema(schema: AvroSchemaInput, options: AvroTypeOptions = {}): avsc.Type {
  if (schema instanceof avsc.Type) return schema;
  const parsed = (typeof schema === 'string' ? JSON.parse(schema) : schema) as avsc.schema.AvroSchema;
  return avsc.Type.forSchema(parsed, {
    ...options,
    logicalTypes: { ...LOGICAL_TYPES, ...options.logicalTypes } as avsc.ForSchemaOptions['logicalTypes'],
  });
}

/** The schema text to register: avsc's canonical export with logical type attributes kept. */
export function schemaText(type: avsc.Type): string {
  return JSON.stringify(type.schema({ exportAttrs: true }));
}

/** The full name of a named type (record, enum, fixed), used by the record subject name strategies. */
export function fullName(type: avsc.Type): string | null {
  const t = avsc.Type.isType(type, 'logical') ? (type as avsc.types.LogicalType).underlyingType : type;
  return t.name ?? null;
}

/**
 * Builds the avsc `Type` of a registered schema whose references name types from other subjects:
 * the referenced schemas are fetched through `registry` (transitively, cached) and parsed first
 * into one avsc registry, so that the schema can use their named types.
 */
export async function parseRegisteredSchema(
  registry: SchemaRegistryClient,
  schema: Schema,
  options: AvroTypeOptions = {},
): Promise<avsc.Type> {
  if (!schema.references?.length) return parseAvroSchema(schema.schema, options);
  const named: Record<string, avsc.Type> = { ...(options.registry ?? {}) };
  for (const ref of (await registry.resolveReferences(schema)).values()) {
    parseAvroSchema(ref.schema, { ...options, registry: named });
  }
  return parseAvroSchema(schema.schema, { ...options, registry: named });
}

/** The full name a parsed-JSON Avro schema declares (`namespace` + `name`), or null. */
export function declaredFullName(schema: unknown): string | null {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return null;
  const { name, namespace } = schema as { name?: unknown; namespace?: unknown };
  if (typeof name !== 'string') return null;
  return name.includes('.') || typeof namespace !== 'string' || namespace === '' ? name : `${namespace}.${name}`;
}
