import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../errors/kafka-error.js';
import { Reader } from './reader.js';
import { ZERO_UUID } from './uuid.js';
import { Writer } from './writer.js';

const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });

function roundTrip<T>(write: (w: Writer, v: T) => void, read: (r: Reader) => T, v: T): T {
  const w = new Writer(16);
  write(w, v);
  const r = new Reader(w.finish());
  const out = read(r);
  expect(r.remaining()).toBe(0);
  return out;
}

describe('Writer/Reader round trips', () => {
  it('fixed-width integers, floats, booleans', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -128, max: 127 }),
        fc.integer({ min: -32768, max: 32767 }),
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        int64,
        fc.double({ noNaN: true }),
        fc.boolean(),
        (i8, i16, i32, u32, i64, f64, b) => {
          const w = new Writer(1);
          w.int8(i8)
            .int16(i16)
            .int32(i32)
            .uint32(u32)
            .int64(i64)
            .float64(f64)
            .bool(b)
            .uint16(i16 & 0xffff);
          const r = new Reader(w.finish());
          expect([r.int8(), r.int16(), r.int32(), r.uint32(), r.int64(), r.float64(), r.bool(), r.uint16()]).toEqual([
            i8,
            i16,
            i32,
            u32,
            i64,
            f64,
            b,
            i16 & 0xffff,
          ]);
          expect(r.remaining()).toBe(0);
        },
      ),
    );
  });

  it('varints of every width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (v) => {
        expect(
          roundTrip(
            (w, x) => w.unsignedVarint(x),
            (r) => r.unsignedVarint(),
            v,
          ),
        ).toBe(v);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (v) => {
        expect(
          roundTrip(
            (w, x) => w.varint(x),
            (r) => r.varint(),
            v,
          ),
        ).toBe(v);
      }),
    );
    fc.assert(
      fc.property(int64, (v) => {
        expect(
          roundTrip(
            (w, x) => w.varlong(x),
            (r) => r.varlong(),
            v,
          ),
        ).toBe(v);
      }),
    );
    fc.assert(
      fc.property(fc.maxSafeInteger(), (v) => {
        expect(
          roundTrip(
            (w, x) => w.varlong(x),
            (r) => r.varlongNumber(),
            v,
          ),
        ).toBe(v);
      }),
    );
  });

  it('strings and bytes, plain and compact, nullable', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ unit: 'binary', maxLength: 200 })),
        fc.option(fc.uint8Array({ maxLength: 300 })),
        (s, b) => {
          const bytes = b === null ? null : Buffer.from(b);
          const w = new Writer(1);
          w.nullableString(s).compactNullableString(s).nullableBytes(bytes).compactNullableBytes(bytes);
          if (s !== null) w.string(s).compactString(s);
          if (bytes !== null) w.bytes(bytes).compactBytes(bytes);
          const r = new Reader(w.finish());
          expect(r.nullableString()).toEqual(s);
          expect(r.compactNullableString()).toEqual(s);
          expect(r.nullableBytes()).toEqual(bytes);
          expect(r.compactNullableBytes()).toEqual(bytes);
          if (s !== null) expect([r.string(), r.compactString()]).toEqual([s, s]);
          if (bytes !== null) expect([r.bytes(), r.compactBytes()]).toEqual([bytes, bytes]);
          expect(r.remaining()).toBe(0);
        },
      ),
    );
  });

  it('uuids in Kafka text form', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (raw) => {
        const u = Buffer.from(raw).toString('base64url');
        expect(
          roundTrip(
            (w, x) => w.uuid(x),
            (r) => r.uuid(),
            u,
          ),
        ).toBe(u);
      }),
    );
    expect(new Reader(Buffer.alloc(16)).uuid()).toBe(ZERO_UUID);
  });

  it('tagged fields: known tags go to the callback, unknown ones are kept in order', () => {
    const w = new Writer();
    w.taggedFields(
      [{ tag: 0, data: Buffer.from([7]) }],
      [
        { tag: 5, data: Buffer.from('five') },
        { tag: 2, data: Buffer.from('two') },
      ],
    );
    const seen: number[] = [];
    const unknown = new Reader(w.finish()).taggedFields((tag, r) => {
      if (tag !== 0) return false;
      seen.push(r.int8());
      return true;
    });
    expect(seen).toEqual([7]);
    expect(unknown?.map((f) => [f.tag, f.data.toString()])).toEqual([
      [2, 'two'],
      [5, 'five'],
    ]);
  });
});

describe('known encodings', () => {
  it('matches Kafka byte layouts', () => {
    expect(new Writer().varint(-1).finish()).toEqual(Buffer.from([0x01]));
    expect(new Writer().varint(300).finish()).toEqual(Buffer.from([0xd8, 0x04]));
    expect(new Writer().unsignedVarint(300).finish()).toEqual(Buffer.from([0xac, 0x02]));
    expect(new Writer().varlong(-(2n ** 63n)).finish()).toEqual(Buffer.from('ffffffffffffffffff01', 'hex'));
    expect(new Writer().compactString('ab').finish()).toEqual(Buffer.from([3, 0x61, 0x62]));
    expect(new Writer().compactNullableString(null).finish()).toEqual(Buffer.from([0]));
    expect(new Writer().nullableString(null).finish()).toEqual(Buffer.from([0xff, 0xff]));
    expect(new Writer().compactArrayLength(null).finish()).toEqual(Buffer.from([0]));
    expect(new Writer().arrayLength(null).finish()).toEqual(Buffer.from([0xff, 0xff, 0xff, 0xff]));
  });
});

describe('Reader bounds every length', () => {
  const bad = (hex: string, read: (r: Reader) => unknown) => () => read(new Reader(Buffer.from(hex, 'hex')));

  it('reports truncation and bad lengths as ProtocolError', () => {
    expect(bad('00', (r) => r.int32())).toThrow(ProtocolError);
    expect(bad('0005616263', (r) => r.string())).toThrow(ProtocolError);
    expect(bad('fffe', (r) => r.nullableString())).toThrow(ProtocolError);
    expect(bad('ffff', (r) => r.string())).toThrow(ProtocolError);
    expect(bad('7fffffff', (r) => r.bytes())).toThrow(ProtocolError);
    expect(bad('80808080', (r) => r.unsignedVarint())).toThrow(ProtocolError);
    expect(bad('ffffffff7f', (r) => r.unsignedVarint())).toThrow(ProtocolError);
    expect(bad('ffffffffffffffffff7f', (r) => r.varlong())).toThrow(ProtocolError);
    expect(bad('00', (r) => r.compactString())).toThrow(ProtocolError);
  });

  it('refuses array counts that cannot fit in the bytes left, before allocating', () => {
    expect(bad('7fffffff00', (r) => r.arrayLength())).toThrow(/cannot fit/);
    expect(bad('ffffffff0f', (r) => r.compactArrayLength())).toThrow(/cannot fit/);
    expect(bad('fffffffe', (r) => r.arrayLength())).toThrow(ProtocolError);
    expect(new Reader(Buffer.from('ffffffff', 'hex')).arrayLength()).toBe(-1);
  });

  it('never throws anything but ProtocolError on random input', () => {
    const ops: ((r: Reader) => unknown)[] = [
      (r) => r.string(),
      (r) => r.compactNullableString(),
      (r) => r.nullableBytes(),
      (r) => r.compactBytes(),
      (r) => r.varlong(),
      (r) => r.varint(),
      (r) => r.uuid(),
      (r) => r.arrayLength(),
      (r) => r.compactArrayLength(),
      (r) => r.taggedFields(),
      (r) => r.int64(),
    ];
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 40 }),
        fc.array(fc.nat(ops.length - 1), { maxLength: 8 }),
        (bytes, seq) => {
          const r = new Reader(Buffer.from(bytes));
          try {
            for (const i of seq) ops[i](r);
          } catch (err) {
            expect(err).toBeInstanceOf(ProtocolError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('Writer with spillBytesAbove', () => {
  it('keeps large bytes fields by reference and writes the same bytes as a copying writer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })), {
          maxLength: 30,
        }),
        fc.integer({ min: 16, max: 64 }),
        (fields, initial) => {
          const plain = new Writer(initial);
          const spilling = new Writer(initial);
          spilling.spillBytesAbove = 8;
          const sizeAt = [plain.reserveInt32(), spilling.reserveInt32()];
          const kept: Uint8Array[] = [];
          for (const f of fields) {
            for (const w of [plain, spilling]) {
              if (typeof f === 'number') w.int32(f);
              else w.compactBytes(f);
            }
            if (typeof f !== 'number' && f.length >= 8) kept.push(f);
          }
          plain.patchInt32(sizeAt[0], plain.length - 4);
          spilling.patchInt32(sizeAt[1], spilling.length - 4);
          const chunks = spilling.finishChunks();
          expect(Buffer.concat(chunks)).toEqual(plain.finish());
          expect(spilling.finish()).toEqual(plain.finish());
          expect(spilling.length).toBe(plain.length);
          // Every spilled field is one of the chunks, the caller's own object (not a copy).
          for (const k of kept) expect(chunks).toContain(k);
        },
      ),
    );
  });
});
