import avsc from 'avsc';

// avsc ships no logical type implementations; these are the four Confluent's serializers handle
// out of the box. A constructor that throws (a logical type on the wrong underlying type) makes
// avsc fall back to the underlying type, as the Avro spec asks.

type AvscType = avsc.Type;
const MS_PER_DAY = 86_400_000;

/** `{"type": "long", "logicalType": "timestamp-millis"}` as a `Date` (numbers of epoch ms are accepted on write). */
export class TimestampMillisType extends avsc.types.LogicalType {
  constructor(schema: avsc.schema.LogicalType, opts?: unknown) {
    super(schema, opts);
    if (!avsc.Type.isType(this.underlyingType, 'long')) throw new Error('timestamp-millis must annotate a long');
  }
  protected override _fromValue(val: number): Date {
    return new Date(val);
  }
  protected override _toValue(val: unknown): number | undefined {
    if (val instanceof Date) {
      const t = val.getTime();
      return Number.isNaN(t) ? undefined : t;
    }
    return typeof val === 'number' && Number.isSafeInteger(val) ? val : undefined;
  }
  protected override _resolve(type: AvscType): ((v: unknown) => unknown) | undefined {
    if (avsc.Type.isType(type, 'logical:timestamp-millis')) return (v) => v;
    if (avsc.Type.isType(type, 'long', 'int')) return (v) => new Date(v as number);
    return undefined;
  }
}

/**
 * `{"type": "int", "logicalType": "date"}` (days since 1970-01-01) as a `Date` at UTC midnight.
 * On write a `Date` stands for its UTC calendar day; an integer number of days is accepted too.
 */
export class DateType extends avsc.types.LogicalType {
  constructor(schema: avsc.schema.LogicalType, opts?: unknown) {
    super(schema, opts);
    if (!avsc.Type.isType(this.underlyingType, 'int')) throw new Error('date must annotate an int');
  }
  protected override _fromValue(val: number): Date {
    return new Date(val * MS_PER_DAY);
  }
  protected override _toValue(val: unknown): number | undefined {
    if (val instanceof Date) {
      const t = val.getTime();
      return Number.isNaN(t) ? undefined : Math.floor(t / MS_PER_DAY);
    }
    return typeof val === 'number' && Number.isInteger(val) ? val : undefined;
  }
  protected override _resolve(type: AvscType): ((v: unknown) => unknown) | undefined {
    if (avsc.Type.isType(type, 'logical:date')) return (v) => v;
    if (avsc.Type.isType(type, 'int')) return (v) => new Date((v as number) * MS_PER_DAY);
    return undefined;
  }
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `{"type": "string", "logicalType": "uuid"}` as a string; writing checks the 8-4-4-4-12 hex form. */
export class UuidType extends avsc.types.LogicalType {
  constructor(schema: avsc.schema.LogicalType, opts?: unknown) {
    super(schema, opts);
    if (!avsc.Type.isType(this.underlyingType, 'string')) throw new Error('uuid must annotate a string');
  }
  protected override _fromValue(val: string): string {
    return val;
  }
  protected override _toValue(val: unknown): string | undefined {
    return typeof val === 'string' && UUID_RE.test(val) ? val : undefined;
  }
  protected override _resolve(type: AvscType): ((v: unknown) => unknown) | undefined {
    return avsc.Type.isType(type, 'string', 'logical:uuid') ? (v) => v : undefined;
  }
}

const DECIMAL_RE = /^([+-])?(\d+)(?:\.(\d+))?$/;

/**
 * `{"type": "bytes" | fixed, "logicalType": "decimal", "precision": p, "scale": s}` as a decimal
 * string with exactly `scale` fraction digits (`"-12.50"`), so no precision is lost. On write it
 * takes such a string (fewer fraction digits are padded; more are refused, never rounded), a
 * `bigint` (a whole number) or a `number` whose decimal form fits.
 */
export class DecimalType extends avsc.types.LogicalType {
  readonly precision: number;
  readonly scale: number;
  private readonly fixedSize: number | undefined;

  constructor(schema: avsc.schema.LogicalType, opts?: unknown) {
    super(schema, opts);
    const precision = schema.precision as unknown;
    const scale = (schema.scale ?? 0) as unknown;
    if (typeof precision !== 'number' || !Number.isInteger(precision) || precision < 1)
      throw new Error('decimal needs a positive integer precision');
    if (typeof scale !== 'number' || !Number.isInteger(scale) || scale < 0 || scale > precision)
      throw new Error('decimal scale must be an integer in [0, precision]');
    const under = this.underlyingType as AvscType & { size?: number };
    if (avsc.Type.isType(under, 'fixed')) this.fixedSize = under.size;
    else if (!avsc.Type.isType(under, 'bytes')) throw new Error('decimal must annotate bytes or a fixed');
    this.precision = precision;
    this.scale = scale;
  }

  protected override _fromValue(buf: Buffer): string {
    return formatUnscaled(fromTwosComplement(buf), this.scale);
  }

  protected override _toValue(val: unknown): Buffer | undefined {
    const unscaled = toUnscaled(val, this.scale);
    if (unscaled === undefined) return undefined;
    const digits = (unscaled < 0n ? -unscaled : unscaled).toString().length;
    if (unscaled !== 0n && digits > this.precision) return undefined;
    return toTwosComplement(unscaled, this.fixedSize);
  }

  protected override _resolve(type: AvscType): ((v: unknown) => unknown) | undefined {
    if (type instanceof DecimalType && type.scale === this.scale && type.precision <= this.precision) return (v) => v;
    return undefined;
  }

  protected override _export(schema: unknown): void {
    const attrs = schema as Record<string, unknown>;
    attrs.precision = this.precision;
    attrs.scale = this.scale;
  }
}

/** The logical types this package registers with avsc, by `logicalType` name. */
export const LOGICAL_TYPES = {
  'timestamp-millis': TimestampMillisType,
  date: DateType,
  uuid: UuidType,
  decimal: DecimalType,
} as const;

function toUnscaled(val: unknown, scale: number): bigint | undefined {
  if (typeof val === 'bigint') return val * 10n ** BigInt(scale);
  if (typeof val === 'number') {
    if (!Number.isFinite(val)) return undefined;
    if (Number.isSafeInteger(val)) return BigInt(val) * 10n ** BigInt(scale);
    val = String(val); // '12.5'; exponent forms ('1e-7') are refused below
  }
  if (typeof val !== 'string') return undefined;
  const m = DECIMAL_RE.exec(val);
  if (!m) return undefined;
  let frac = m[3] ?? '';
  if (frac.length > scale) {
    if (!/^0*$/.test(frac.slice(scale))) return undefined; // would round: refuse
    frac = frac.slice(0, scale);
  }
  const unscaled = BigInt(m[2] + frac.padEnd(scale, '0'));
  return m[1] === '-' ? -unscaled : unscaled;
}

function formatUnscaled(unscaled: bigint, scale: number): string {
  const neg = unscaled < 0n;
  const digits = (neg ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return neg ? `-${body}` : body;
}

/** Big-endian two's complement: minimal length, or sign-extended to `size` (undefined if it does not fit). */
export function toTwosComplement(v: bigint, size?: number): Buffer | undefined {
  let len = 1;
  while (v >= 1n << BigInt(8 * len - 1) || v < -(1n << BigInt(8 * len - 1))) len++;
  if (size !== undefined) {
    if (len > size) return undefined;
    len = size;
  }
  let u = v < 0n ? (1n << BigInt(8 * len)) + v : v;
  const out = Buffer.alloc(len);
  for (let i = len - 1; i >= 0; i--) {
    out[i] = Number(u & 0xffn);
    u >>= 8n;
  }
  return out;
}

/** Reads big-endian two's complement bytes as a bigint. */
export function fromTwosComplement(buf: Buffer): bigint {
  if (buf.length === 0) return 0n;
  let u = 0n;
  for (const b of buf) u = (u << 8n) | BigInt(b);
  return buf[0] & 0x80 ? u - (1n << BigInt(8 * buf.length)) : u;
}
