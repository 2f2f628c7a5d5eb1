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
