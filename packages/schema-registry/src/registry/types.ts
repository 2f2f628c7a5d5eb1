/** The schema languages a Schema Registry stores. */
export type SchemaType = 'AVRO' | 'JSON' | 'PROTOBUF';

/** A reference from one schema to a named type registered under another subject. */
export interface SchemaReference {
  /** The referenced type's full name (Avro) or import path (Protobuf). */
  name: string;
  subject: string;
  version: number;
}

/** A schema as the registry stores it: the schema text, its language and its references. */
export interface Schema {
  /** The schema text (for Avro, its JSON). */
  schema: string;
  /** Default `'AVRO'`. */
  schemaType?: SchemaType;
  references?: SchemaReference[];
}

/** A schema registered under a subject: its global id and its version within the subject. */
export interface RegisteredSchema extends Schema {
  id: number;
  subject: string;
  version: number;
}

/** Compatibility levels a subject (or the registry) enforces on new versions. */
export type CompatibilityLevel =
  | 'BACKWARD'
  | 'BACKWARD_TRANSITIVE'
  | 'FORWARD'
  | 'FORWARD_TRANSITIVE'
  | 'FULL'
  | 'FULL_TRANSITIVE'
  | 'NONE';

/** Registry modes: `READONLY` refuses registrations, `IMPORT` accepts schemas with given ids. */
export type RegistryMode = 'READWRITE' | 'READONLY' | 'READONLY_OVERRIDE' | 'IMPORT';

/** The answer to a compatibility test. */
export interface CompatibilityResult {
  isCompatible: boolean;
  /** The registry's explanations, when it gives any (Confluent does with `verbose`; Apicurio does not). */
  messages: string[];
}

/** A schema as methods accept it: Avro schema JSON text (the default type), or a {@link Schema}. */
export type SchemaInput = string | Schema;

/** Normalizes a {@link SchemaInput} to a {@link Schema} with its type spelled out. */
export function toSchema(input: SchemaInput): Schema {
  if (typeof input === 'string') return { schema: input, schemaType: 'AVRO', references: [] };
  return { schema: input.schema, schemaType: input.schemaType ?? 'AVRO', references: input.references ?? [] };
}

/** The identity of a schema within the caches: type, text and references. */
export function schemaKey(schema: Schema): string {
  const refs = schema.references?.length ? JSON.stringify(schema.references) : '';
  return `${schema.schemaType ?? 'AVRO'}\u0000${schema.schema}\u0000${refs}`;
}

/** The request body the REST API expects; `schemaType` is left out for Avro, as Confluent's clients do. */
export function schemaBody(schema: Schema): Record<string, unknown> {
  const body: Record<string, unknown> = { schema: schema.schema };
  if (schema.schemaType && schema.schemaType !== 'AVRO') body.schemaType = schema.schemaType;
  if (schema.references?.length) body.references = schema.references;
  return body;
}
