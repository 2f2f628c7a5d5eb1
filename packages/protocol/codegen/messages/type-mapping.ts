import type { FieldModel, FieldType, MessageModel, StructModel } from './spec-model.js';
import { contains, covers, intersect, isEmpty, MAX_VERSION, subtract, type VersionRange } from './versions.js';

/**
 * How spec types become TypeScript types and values: the property type, the default a missing
 * field takes, the test for "still at its default" (which decides whether a tagged field is sent
 * and whether a field a version lacks may be dropped), and the smallest wire size of a value (the
 * bound the decoder passes to the Reader for array counts).
 */

/** A single-quoted JavaScript string literal. */
export function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

export function tsType(t: FieldType): string {
  switch (t.kind) {
    case 'primitive':
      switch (t.name) {
        case 'bool':
          return 'boolean';
        case 'int64':
          return 'bigint';
        case 'string':
          return 'string';
        case 'uuid':
          return 'Uuid';
        case 'bytes':
        case 'records':
          return 'Buffer';
        default:
          return 'number';
      }
    case 'struct':
      return t.struct.tsName;
    case 'array':
      if (t.element.kind === 'array') throw new Error('arrays of arrays do not occur in Kafka specs');
      return `${tsType(t.element)}[]`;
  }
}

/** The property type including `| null` when any version allows null. */
export function fieldTsType(f: FieldModel): string {
  const base = tsType(f.type);
  return isNullableAnywhere(f) ? `${base} | null` : base;
}

export function isNullableAnywhere(f: FieldModel): boolean {
  return !isEmpty(f.nullableVersions) || f.rawDefault === 'null';
}

/** Where a field sits in the versions a struct can be encoded at. */
export interface FieldVersions {
  /** Versions (within the struct's) in which the field exists. */
  present: VersionRange;
  /** Versions in which it is sent in the tagged section. */
  tagged: VersionRange;
  /** Versions in which it is sent in order, as a regular field. */
  regular: VersionRange;
  /** Versions in which it may be null. */
  nullable: VersionRange;
  /** Versions in which strings, bytes and arrays use the compact (flexible) encoding. */
  flexible: VersionRange;
}

export function fieldVersions(f: FieldModel, s: StructModel, m: MessageModel): FieldVersions {
  const present = intersect(f.versions, s.ctx);
  const tagged = intersect(f.taggedVersions, present);
  if (!isEmpty(tagged) && !covers(m.flexibleVersions, tagged)) {
    throw new Error(`${m.file}: ${s.name}.${f.name} is tagged in a non-flexible version`);
  }
  return {
    present,
    tagged,
    regular: subtract(present, tagged, `${m.file}: ${s.name}.${f.name}`),
    nullable: intersect(f.nullableVersions, present),
    flexible: f.flexibleVersions ?? m.flexibleVersions,
  };
}

/** Optional in the type when some version lacks the field or the spec gives a default. */
export function isOptional(f: FieldModel, s: StructModel, m: MessageModel): boolean {
  const fv = fieldVersions(f, s, m);
  return f.rawDefault !== undefined || !isEmpty(fv.tagged) || !covers(fv.regular, s.ctx);
}

function parseInteger(raw: string | number, what: string): bigint {
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) throw new Error(`${what}: non-integer default ${raw}`);
    return BigInt(raw);
  }
  const s = raw.trim();
  const m = /^(-?)0[xX]([0-9a-fA-F]+)$/.exec(s);
  if (m) return (m[1] ? -1n : 1n) * BigInt(`0x${m[2]}`);
  if (!/^-?\d+$/.test(s)) throw new Error(`${what}: cannot parse integer default ${JSON.stringify(raw)}`);
  return BigInt(s);
}

const INT_RANGES: Record<string, [bigint, bigint]> = {
  int8: [-128n, 127n],
  int16: [-32768n, 32767n],
  int32: [-2147483648n, 2147483647n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint16: [0n, 65535n],
  uint32: [0n, 4294967295n],
};

/** The default as a literal for the primitive, or `null`; undefined when the type's zero applies. */
export type DefaultLiteral = { kind: 'null' } | { kind: 'literal'; code: string } | { kind: 'zero' };

export function parseDefault(f: FieldModel, what: string): DefaultLiteral {
  const raw = f.rawDefault;
  if (raw === undefined) return { kind: 'zero' };
  if (raw === 'null') {
    if (!isNullableAnywhere(f)) throw new Error(`${what}: default null on a non-nullable field`);
    return { kind: 'null' };
  }
  if (f.type.kind !== 'primitive') {
    if (raw === '' || raw === '[]') return { kind: 'zero' };
    throw new Error(`${what}: unsupported default ${JSON.stringify(raw)} for a ${f.type.kind}`);
  }
  const name = f.type.name;
  switch (name) {
    case 'bool':
      if (raw === true || raw === 'true') return { kind: 'literal', code: 'true' };
      if (raw === false || raw === 'false') return { kind: 'literal', code: 'false' };
      throw new Error(`${what}: bad bool default ${JSON.stringify(raw)}`);
    case 'string':
      return { kind: 'literal', code: quote(String(raw)) };
    case 'float64': {
      const n = Number(raw);
      if (Number.isNaN(n)) throw new Error(`${what}: bad float64 default ${JSON.stringify(raw)}`);
      return { kind: 'literal', code: String(n) };
    }
    case 'int8':
    case 'int16':
    case 'int32':
    case 'int64':
    case 'uint16':
    case 'uint32': {
      if (typeof raw === 'boolean') throw new Error(`${what}: bad integer default ${raw}`);
      const n = parseInteger(raw, what);
      const [lo, hi] = INT_RANGES[name];
      if (n < lo || n > hi) throw new Error(`${what}: default ${raw} out of range for ${name}`);
      return { kind: 'literal', code: name === 'int64' ? `${n}n` : String(n) };
    }
    default:
      throw new Error(`${what}: unsupported default ${JSON.stringify(raw)} for ${name}`);
  }
}

/** Names of generated helpers a file needs beyond the per-struct encode/decode functions. */
export interface HelperNeeds {
  defaultStructs: Set<StructModel>;
  isDefaultStructs: Set<StructModel>;
}

export function defaultFunctionName(s: StructModel): string {
  return `default${s.tsName}`;
}

export function isDefaultFunctionName(s: StructModel): string {
  return `isDefault${s.tsName}`;
}

/** The type's zero, as Kafka's Java classes initialise a field without a spec default. */
export function zeroExpr(t: FieldType, needs: HelperNeeds): string {
  switch (t.kind) {
    case 'array':
      return '[]';
    case 'struct':
      needs.defaultStructs.add(t.struct);
      return `${defaultFunctionName(t.struct)}()`;
    case 'primitive':
      switch (t.name) {
        case 'bool':
          return 'false';
        case 'int64':
          return '0n';
        case 'string':
          return "''";
        case 'uuid':
          return 'ZERO_UUID';
        case 'bytes':
        case 'records':
          return 'EMPTY_BYTES';
        default:
          return '0';
      }
  }
}

/** The value a field takes when the encoder is given `undefined` or the decoder finds it absent. */
export function defaultExpr(f: FieldModel, needs: HelperNeeds, what: string): string {
  const d = parseDefault(f, what);
  if (d.kind === 'null') return 'null';
  if (d.kind === 'literal') return d.code;
  // Kafka's Java client leaves a nullable records field null unless set; keep that.
  if (f.type.kind === 'primitive' && f.type.name === 'records' && isNullableAnywhere(f)) return 'null';
  return zeroExpr(f.type, needs);
}

/**
 * An expression that is true when `x` (known not to be undefined) equals the field's default,
 * following Kafka's Java generator: empty arrays/bytes and structs equal to a fresh instance count
 * as default.
 */
export function isDefaultExpr(f: FieldModel, x: string, needs: HelperNeeds, what: string): string {
  const d = parseDefault(f, what);
  if (d.kind === 'null') return `${x} === null`;
  if (d.kind === 'literal') return `${x} === ${d.code}`;
  const nullable = isNullableAnywhere(f);
  const nn = nullable ? `${x} !== null && ` : '';
  const t = f.type;
  switch (t.kind) {
    case 'array':
      return `${nn}${x}.length === 0`;
    case 'struct':
      needs.isDefaultStructs.add(t.struct);
      return `${nn}${isDefaultFunctionName(t.struct)}(${x})`;
    case 'primitive':
      switch (t.name) {
        case 'bytes':
          return `${nn}${x}.length === 0`;
        case 'records':
          return nullable ? `${x} === null` : `${x}.length === 0`;
        default:
          return `${x} === ${zeroExpr(t, needs)}`;
      }
  }
}

/** The fewest bytes a value of `t` takes at version `v` (flexible or not). */
export function minWireSize(t: FieldType, v: number, flexible: boolean, m: MessageModel, nullableHere = false): number {
  switch (t.kind) {
    case 'array':
      return flexible ? 1 : 4;
    case 'struct':
      return nullableHere ? 1 : structMinWireSize(t.struct, v, m);
    case 'primitive':
      switch (t.name) {
        case 'bool':
        case 'int8':
          return 1;
        case 'int16':
        case 'uint16':
          return 2;
        case 'int32':
        case 'uint32':
          return 4;
        case 'int64':
        case 'float64':
          return 8;
        case 'uuid':
          return 16;
        case 'string':
          return flexible ? 1 : 2;
        case 'bytes':
        case 'records':
          return flexible ? 1 : 4;
      }
  }
}

export function structMinWireSize(s: StructModel, v: number, m: MessageModel): number {
  const flexible = contains(m.flexibleVersions, v);
  let size = flexible ? 1 : 0;
  for (const f of s.fields) {
    const fv = fieldVersions(f, s, m);
    if (!contains(fv.regular, v)) continue;
    size += minWireSize(f.type, v, contains(fv.flexible, v), m, contains(fv.nullable, v));
  }
  return size;
}

/**
 * The element bound for an array field over the versions `r`: the smallest element size over
 * those versions, but at least 1, which is also the bound Kafka's Java client applies.
 */
export function arrayElementBound(f: FieldModel, r: VersionRange, m: MessageModel): number {
  if (f.type.kind !== 'array') throw new Error('not an array');
  let min = Number.POSITIVE_INFINITY;
  const hi = Math.min(r.hi, m.validVersions.hi === MAX_VERSION ? r.lo + 64 : m.validVersions.hi);
  const flex = f.flexibleVersions ?? m.flexibleVersions;
  for (let v = r.lo; v <= hi; v++) min = Math.min(min, minWireSize(f.type.element, v, contains(flex, v), m));
  return Math.max(1, min === Number.POSITIVE_INFINITY ? 1 : min);
}
