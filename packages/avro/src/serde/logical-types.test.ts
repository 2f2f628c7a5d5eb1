import avsc from 'avsc';
import { describe, expect, it } from 'vitest';
import { parseAvroSchema } from './avro-schema.js';
import { fromTwosComplement, toTwosComplement } from './logical-types.js';

const t = (schema: unknown) => parseAvroSchema(schema as avsc.schema.AvroSchema);

describe('timestamp-millis', () => {
  const type = t({ type: 'long', logicalType: 'timestamp-millis' });

  it('round-trips a Date through its epoch milliseconds', () => {
    const d = new Date('2024-05-06T07:08:09.123Z');
    const buf = type.toBuffer(d);
    expect(avsc.Type.forSchema('long').fromBuffer(buf)).toBe(d.getTime());
    expect(type.fromBuffer(buf)).toEqual(d);
  });

  it('accepts integer epoch ms and refuses other values', () => {
    expect(type.fromBuffer(type.toBuffer(1000))).toEqual(new Date(1000));
    expect(type.isValid(new Date(Number.NaN))).toBe(false);
    expect(type.isValid('2024-01-01')).toBe(false);
  });

  it('reads data written as a plain long (schema evolution)', () => {
    const writer = avsc.Type.forSchema('long');
    expect(type.fromBuffer(writer.toBuffer(5), type.createResolver(writer))).toEqual(new Date(5));
  });
});

describe('date', () => {
  const type = t({ type: 'int', logicalType: 'date' });

  it('writes days since the epoch and reads UTC midnight', () => {
    const buf = type.toBuffer(new Date('2024-01-02T15:00:00Z'));
    expect(avsc.Type.forSchema('int').fromBuffer(buf)).toBe(19724);
    expect(type.fromBuffer(buf)).toEqual(new Date('2024-01-02T00:00:00Z'));
    expect(type.fromBuffer(type.toBuffer(-1))).toEqual(new Date('1969-12-31T00:00:00Z'));
  });
});

describe('uuid', () => {
  const type = t({ type: 'string', logicalType: 'uuid' });

  it('passes canonical UUID strings and refuses others', () => {
    const id = '123e4567-e89b-12d3-a456-426614174000';
    expect(type.fromBuffer(type.toBuffer(id))).toBe(id);
    expect(type.isValid('not-a-uuid')).toBe(false);
    expect(() => type.toBuffer('not-a-uuid')).toThrow();
  });
});

describe('decimal', () => {
  const bytes = t({ type: 'bytes', logicalType: 'decimal', precision: 6, scale: 2 });

  it('encodes the unscaled value as minimal big-endian two’s complement bytes', () => {
    // 12.34 -> 1234 = 0x04d2: bytes length zigzag(2) = 0x04, then 0x04 0xd2.
    expect([...bytes.toBuffer('12.34')]).toEqual([0x04, 0x04, 0xd2]);
    // -1.00 -> -100 = 0x9c in one byte.
    expect([...bytes.toBuffer('-1')]).toEqual([0x02, 0x9c]);
    expect(bytes.fromBuffer(bytes.toBuffer('-1'))).toBe('-1.00');
    expect(bytes.fromBuffer(bytes.toBuffer('0.05'))).toBe('0.05');
    expect(bytes.fromBuffer(bytes.toBuffer(12.5))).toBe('12.50');
    expect(bytes.fromBuffer(bytes.toBuffer(7n))).toBe('7.00');
    expect(bytes.fromBuffer(bytes.toBuffer('1.2300'))).toBe('1.23');
  });

  it('refuses rounding, too many digits and non-numbers', () => {
    expect(bytes.isValid('1.234')).toBe(false);
    expect(bytes.isValid('12345.6')).toBe(false); // 7 digits > precision 6
    expect(bytes.isValid('9999.99')).toBe(true);
    expect(bytes.isValid('abc')).toBe(false);
    expect(bytes.isValid(0.1 + 0.2)).toBe(false);
  });

  it('sign-extends into a fixed', () => {
    const fixedSchema = { type: 'fixed', name: 'D8', size: 8, logicalType: 'decimal', precision: 18, scale: 3 };
    const f = t(fixedSchema);
    expect([...f.toBuffer('-0.001')]).toEqual([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(f.fromBuffer(f.toBuffer('123456789012345.678'))).toBe('123456789012345.678');
  });

  it('two’s complement helpers agree at the byte boundaries', () => {
    for (const v of [0n, 1n, -1n, 127n, 128n, -128n, -129n, 32767n, -32768n, 2n ** 70n, -(2n ** 70n)]) {
      expect(fromTwosComplement(toTwosComplement(v)!)).toBe(v);
    }
    expect([...toTwosComplement(128n)!]).toEqual([0x00, 0x80]);
    expect(toTwosComplement(256n, 1)).toBeUndefined();
  });
});

describe('logical types on the wrong underlying type', () => {
  it('fall back to the underlying type, as the Avro spec asks', () => {
    const type = t({ type: 'string', logicalType: 'timestamp-millis' });
    expect(type.fromBuffer(type.toBuffer('x'))).toBe('x');
    const bad = t({ type: 'bytes', logicalType: 'decimal', precision: 2, scale: 3 });
    expect(bad.fromBuffer(bad.toBuffer(Buffer.from([1])))).toEqual(Buffer.from([1]));
  });
});
