import type { Schema } from '@kafka-aio/schema-registry';
import { Ajv, type Options as AjvOptions, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';

/** An ajv instance of any draft: what `configureAjv` gets to add formats or keywords to. */
export type AnyAjv = Ajv | Ajv2019 | Ajv2020;

/** A JSON Schema: parsed, or its JSON text. */
export type JsonSchemaInput = Record<string, unknown> | boolean | string;

/** One way a value fails its schema. */
export interface JsonSchemaFieldError {
  /** JSON Pointer to the failing value, e.g. `/customer/address/city`; `''` for the value itself. */
  path: string;
  /** ajv's words, e.g. `must be string`. */
  message: string;
  /** The failing keyword (`type`, `required`, `minimum`, ...). */
  keyword: string;
}

/**
 * A value does not match its JSON Schema. The message names every failing path; `errors` lists
 * them. The `SerializationError` or `DeserializationError` around it says which record.
 */
export class JsonSchemaValidationError extends Error {
  override name = 'JsonSchemaValidationError';

  constructor(
    /** The schema's `title`, or null. */
    readonly schemaTitle: string | null,
    /** Every mismatch ajv found. */
    readonly errors: JsonSchemaFieldError[],
  ) {
    const what = schemaTitle === null ? 'its JSON Schema' : `JSON Schema "${schemaTitle}"`;
    const list = errors.map((e) => `${e.path === '' ? '(root)' : e.path} ${e.message}`).join('; ');
    super(`value does not match ${what}: ${list}`);
  }
}

/** A compiled schema: validates values and names mismatches. */
export interface CompiledJsonSchema {
  /** The schema's `title`, used as the record name by the `record` subject name strategies. */
  title: string | null;
  /** Throws {@link JsonSchemaValidationError} unless `value` matches. */
  check(value: unknown): void;
}

/** Parses schema text (or passes a parsed schema through); throws with the JSON error. */
export function parseJsonSchema(input: JsonSchemaInput): Record<string, unknown> | boolean {
  const parsed: unknown = typeof input === 'string' ? JSON.parse(input) : input;
  if (typeof parsed !== 'boolean' && (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)))
    throw new Error('a JSON Schema is an object or a boolean');
  return parsed as Record<string, unknown> | boolean;
}

/** The schema's `title` when it is a string. */
export function schemaTitle(schema: Record<string, unknown> | boolean): string | null {
  return typeof schema === 'object' && typeof schema.title === 'string' ? schema.title : null;
}

function ajvFor(schema: Record<string, unknown> | boolean, options: AjvOptions): AnyAjv {
  const dialect = typeof schema === 'object' && typeof schema.$schema === 'string' ? schema.$schema : '';
  if (dialect.includes('2020-12')) return new Ajv2020(options);
  if (dialect.includes('2019-09')) return new Ajv2019(options);
  return new Ajv(options);
}

/**
 * Compiles `schema` with the draft its `$schema` names (2020-12, 2019-09, else draft 7), after
 * adding every referenced schema under its reference name, so that `"$ref": "customer.json"`
 * finds the schema registered with reference name `customer.json` (as Confluent's validators do).
 */
export function compileJsonSchema(
  schema: Record<string, unknown> | boolean,
  references: ReadonlyMap<string, Schema>,
  configureAjv: ((ajv: AnyAjv) => void) | undefined,
): CompiledJsonSchema {
  const ajv = ajvFor(schema, { allErrors: true, strict: false, logger: false });
  configureAjv?.(ajv);
  for (const [name, ref] of references) {
    const parsed = parseJsonSchema(ref.schema);
    const id = typeof parsed === 'object' ? parsed.$id : undefined;
    if (id === name) ajv.addSchema(parsed as Record<string, unknown>);
    else ajv.addSchema(parsed as Record<string, unknown>, name);
  }
  const validate: ValidateFunction = ajv.compile(schema);
  const title = schemaTitle(schema);
  return {
    title,
    check(value) {
      if (validate(value)) return;
      throw new JsonSchemaValidationError(title, (validate.errors ?? []).map(fieldError));
    },
  };
}

function fieldError(e: ErrorObject): JsonSchemaFieldError {
  let path = e.instancePath;
  // "must have required property 'x'": point at the missing property itself.
  if (e.keyword === 'required' && typeof e.params.missingProperty === 'string')
    path = `${path}/${e.params.missingProperty}`;
  return { path, message: e.message ?? e.keyword, keyword: e.keyword };
}
