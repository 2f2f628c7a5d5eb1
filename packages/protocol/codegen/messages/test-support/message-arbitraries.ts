import fc from 'fast-check';
import type { FieldSchema, MessageSchema } from '../../../src/messages/schemas.js';
import { ZERO_UUID } from '../../../src/primitives/uuid.js';

/**
 * fast-check arbitraries for every message at every version, derived from the generated
 * `schemas.ts` (so tests need no spec JSON). A generated value is exactly what the decoder
 * returns for its encoding: fields the version lacks hold their defaults, and flexible structs
 * sometimes carry unknown tagged fields, which must survive a round trip.
 */

interface Range {
  lo: number;
  hi: number;
}

const cache = new Map<string, Range>();

export function parseRange(s: string | undefined): Range {
  if (s === undefined || s === 'none') return { lo: 0, hi: -1 };
  let r = cache.get(s);
  if (!r) {
    if (s.endsWith('+')) r = { lo: Number(s.slice(0, -1)), hi: 0x7fff };
    else if (s.includes('-')) {
      const [a, b] = s.split('-');
      r = { lo: Number(a), hi: Number(b) };
    } else r = { lo: Number(s), hi: Number(s) };
    cache.set(s, r);
  }
  return r;
}

export function inRange(s: string | undefined, v: number): boolean {
  const r = parseRange(s);
  return v >= r.lo && v <= r.hi;
}

export function versionsOf(m: MessageSchema): number[] {
  const r = parseRange(m.validVersions);
  const out: number[] = [];
  for (let v = r.lo; v <= r.hi; v++) out.push(v);
  return out;
}

function isNullableAnywhere(f: FieldSchema): boolean {
  return f.nullableVersions !== undefined || f.default === null;
}

/** The value the decoder fills in for a field its version lacks (or an absent tagged field). */
export function defaultValue(f: FieldSchema): unknown {
  if (f.default !== undefined) return f.default;
  if (f.type.startsWith('[]')) return [];
  switch (f.type) {
    case 'struct':
      return defaultStruct(f.fields ?? []);
    case 'bool':
      return false;
    case 'int64':
      return 0n;
    case 'string':
      return '';
    case 'uuid':
      return ZERO_UUID;
    case 'bytes':
      return Buffer.alloc(0);
    case 'records':
      return isNullableAnywhere(f) ? null : Buffer.alloc(0);
    default:
      return 0;
  }
}

function defaultStruct(fields: readonly FieldSchema[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const f of fields) o[f.name] = defaultValue(f);
  return o;
}

const bytesArb = fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b));
const uuidArb = fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => Buffer.from(b).toString('base64url'));
// Valid Unicode only: lone surrogates do not survive UTF-8, in Kafka or here.
const stringArb = fc.string({ unit: 'grapheme', maxLength: 6 });

function primitiveArb(type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'bool':
      return fc.boolean();
    case 'int8':
      return fc.integer({ min: -128, max: 127 });
    case 'int16':
      return fc.integer({ min: -32768, max: 32767 });
    case 'int32':
      return fc.integer({ min: -2147483648, max: 2147483647 });
    case 'uint16':
      return fc.integer({ min: 0, max: 65535 });
    case 'uint32':
      return fc.integer({ min: 0, max: 4294967295 });
    case 'int64':
      return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
    case 'float64':
      return fc.double();
    case 'string':
      return stringArb;
    case 'uuid':
      return uuidArb;
    case 'bytes':
    case 'records':
      return bytesArb;
    default:
      throw new Error(`no arbitrary for ${type}`);
  }
}

interface Ctx {
  v: number;
  flexible: boolean;
}

function valueArb(f: FieldSchema, type: string, ctx: Ctx, depth: number): fc.Arbitrary<unknown> {
  if (type.startsWith('[]')) {
    const elem = valueArb(f, type.slice(2), ctx, depth + 1);
    return fc.array(elem, { maxLength: depth === 0 ? 3 : 2 });
  }
  if (type === 'struct') return structArb(f.fields ?? [], ctx, depth + 1);
  return primitiveArb(type);
}

function fieldArb(f: FieldSchema, ctx: Ctx, depth: number): fc.Arbitrary<unknown> {
  if (!inRange(f.versions, ctx.v)) return fc.constant(defaultValue(f));
  const base = valueArb(f, f.type, ctx, depth);
  return inRange(f.nullableVersions, ctx.v) ? fc.option(base, { nil: null, freq: 4 }) : base;
}

/** Unknown tags above every tag the struct knows, strictly increasing, as the wire requires. */
function unknownTagsArb(fields: readonly FieldSchema[]): fc.Arbitrary<{ tag: number; data: Buffer }[] | undefined> {
  const base = Math.max(-1, ...fields.map((f) => f.tag ?? -1)) + 1;
  return fc.option(
    fc
      .uniqueArray(fc.integer({ min: base, max: base + 300 }), { minLength: 1, maxLength: 3 })
      .chain((tags) => fc.tuple(...tags.sort((a, b) => a - b).map((tag) => bytesArb.map((data) => ({ tag, data }))))),
    { nil: undefined, freq: 3 },
  );
}

function structArb(fields: readonly FieldSchema[], ctx: Ctx, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of fields) model[f.name] = fieldArb(f, ctx, depth);
  // fast-check builds records without a prototype; decoders return plain objects.
  const record = fc.record(model).map((o) => ({ ...o }));
  if (!ctx.flexible) return record;
  return fc
    .tuple(record, unknownTagsArb(fields))
    .map(([o, unknown]) => (unknown === undefined ? o : { ...o, _unknownTaggedFields: unknown }));
}

/** Values of message `m` at version `v`, complete as the decoder returns them. */
export function messageArb(m: MessageSchema, v: number): fc.Arbitrary<Record<string, unknown>> {
  return structArb(m.fields, { v, flexible: inRange(m.flexibleVersions, v) }, 0);
}
