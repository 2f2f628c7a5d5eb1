import avsc from 'avsc';
import { DecimalType } from './logical-types.js';

/** One place where a value does not match its schema. */
export interface AvroFieldError {
  /** The path to the bad value, e.g. `items[2].price` (`''` for the value itself). */
  path: string;
  /** What the schema expects there, e.g. `double`, `logical:decimal` or the record's name. */
  expected: string;
  /** A short rendering of the value found. */
  actual: string;
}

/**
 * A value does not match its Avro schema. `fields` lists where (up to 5 places); the message names
 * the first: `field items[2].price: expected double, got "abc"`. Found as the `cause` of the
 * `SerializationError` that serializers throw.
 */
export class AvroValidationError extends Error {
  readonly fields: AvroFieldError[];

  constructor(schemaName: string, fields: AvroFieldError[], cause?: unknown) {
    const first = fields[0];
    const where = first
      ? `${first.path ? `field ${first.path}` : 'the value'}: expected ${first.expected}, got ${first.actual}`
      : `${(cause as Error | undefined)?.message ?? 'invalid value'}`;
    const more = fields.length > 1 ? ` (and ${fields.length - 1} more)` : '';
    super(`value does not match schema ${schemaName}: ${where}${more}`, cause === undefined ? undefined : { cause });
    this.name = 'AvroValidationError';
    this.fields = fields;
  }
}

/** Walks `value` against `type` and reports every mismatch (at most `limit`), with its path. */
export function findMismatches(type: avsc.Type, value: unknown, limit = 5): AvroFieldError[] {
  const out: AvroFieldError[] = [];
  type.isValid(value, {
    errorHook(path: string[], val: unknown, t: avsc.Type) {
      if (out.length < limit)
        out.push({ path: formatPath(path), expected: describeType(t), actual: describeValue(val) });
    },
  });
  return out;
}

/** The name to quote for a schema in messages. */
export function schemaName(type: avsc.Type): string {
  return type.name ?? describeType(type);
}

function formatPath(path: string[]): string {
  let s = '';
  for (const p of path) s += /^\d+$/.test(p) ? `[${p}]` : s === '' ? p : `.${p}`;
  return s;
}

function describeType(t: avsc.Type): string {
  if (t instanceof DecimalType) return `decimal(${t.precision}, ${t.scale})`;
  if (t.typeName.startsWith('logical:')) return t.typeName.slice('logical:'.length);
  if (t.name) return t.name;
  if (avsc.Type.isType(t, 'union')) {
    return (t as unknown as { types: avsc.Type[] }).types.map(describeType).join(' | ');
  }
  return t.typeName;
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'undefined (missing)';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof Date) return `Date(${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()})`;
  if (Buffer.isBuffer(v)) return `Buffer(${v.length})`;
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  return String(v);
}
