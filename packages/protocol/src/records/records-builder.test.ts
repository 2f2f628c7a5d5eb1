import { describe, expect, it } from 'vitest';
import { CompressionType } from './attributes.js';
import { decodeRecordBatchesSync } from './decode-record-batches.js';
import { encodeBuiltBatch, encodeRecordBatchSync } from './encode-record-batch.js';
import { RecordsBuilder } from './records-builder.js';
import type { RecordHeader } from './types.js';

interface Input {
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers?: RecordHeader[];
}

/** Records of every shape: null and empty keys and values, headers (utf-8 keys, null values), sizes across varint widths, earlier timestamps. */
function records(count: number, seed: number): Input[] {
  let s = seed;
  const rand = (n: number) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => rand(256)));
  const base = 1_700_000_000_000;
  return Array.from({ length: count }, (_, i) => ({
    timestamp: base + rand(5_000) - 1_000 + i,
    key: rand(4) === 0 ? null : bytes(rand(3) === 0 ? 0 : rand(40)),
    value: rand(10) === 0 ? null : bytes([0, 5, 100, 300, 3_000][rand(5)]),
    headers:
      rand(3) === 0
        ? Array.from({ length: 1 + rand(3) }, (_, h) => ({
            key: `h${h}-é`,
            value: rand(4) === 0 ? null : bytes(rand(10)),
          }))
        : undefined,
  }));
}

describe('RecordsBuilder', () => {
  for (const [name, compression] of [
    ['none', CompressionType.NONE],
    ['gzip', CompressionType.GZIP],
    ['lz4', CompressionType.LZ4],
    ['snappy', CompressionType.SNAPPY],
  ] as const) {
    it(`appending records one by one gives the bytes of encodeRecordBatchSync (${name})`, async () => {
      for (const [count, seed] of [
        [1, 1],
        [7, 2],
        [300, 3],
      ]) {
        const input = records(count, seed);
        const builder = new RecordsBuilder(16);
        let total = 0;
        for (const r of input) total += builder.append(r.timestamp, r.key, r.value, r.headers);
        expect(builder.count).toBe(count);
        expect(builder.sizeInBytes).toBe(total);
        const header = { producerId: 42n, producerEpoch: 3, baseSequence: 1000, isTransactional: true, compression };
        const built = await encodeBuiltBatch(builder, header);
        const expected = encodeRecordBatchSync({
          records: input.map((r) => ({ ...r, headers: r.headers ?? [] })),
          ...header,
        });
        if (compression === CompressionType.NONE || compression === CompressionType.SNAPPY) {
          expect(built.equals(expected)).toBe(true);
        }
        // Compressed bytes may differ by codec settings; what a consumer reads must not.
        const [batch] = decodeRecordBatchesSync(built);
        const [reference] = decodeRecordBatchesSync(expected);
        expect(batch.maxTimestamp).toBe(reference.maxTimestamp);
        expect(batch.baseSequence).toBe(1000);
        expect(batch.isTransactional).toBe(true);
        expect(batch.records.map((r) => [r.offset, r.timestamp, r.key, r.value, r.headers])).toEqual(
          reference.records.map((r) => [r.offset, r.timestamp, r.key, r.value, r.headers]),
        );
      }
    });
  }

  it('records written into a given buffer, then moved into another mid-way, give the same batch bytes', async () => {
    const input = records(300, 9);
    const header = {
      producerId: 1n,
      producerEpoch: 0,
      baseSequence: 0,
      isTransactional: false,
      compression: CompressionType.NONE,
    };
    const plain = new RecordsBuilder(16);
    for (const r of input) plain.append(r.timestamp, r.key, r.value, r.headers);
    const given = Buffer.alloc(1 << 20, 0xee);
    const moved = new RecordsBuilder(Buffer.alloc(200, 0xaa));
    for (const [i, r] of input.entries()) {
      if (i === 150) moved.moveTo(given);
      moved.append(r.timestamp, r.key, r.value, r.headers);
    }
    expect(moved.buffer).toBe(given);
    expect((await encodeBuiltBatch(moved, header)).equals(await encodeBuiltBatch(plain, header))).toBe(true);
    expect(() => moved.moveTo(Buffer.alloc(100))).toThrow(RangeError);
  });

  it('refuses a timestamp that is not an integer', () => {
    const builder = new RecordsBuilder();
    builder.append(1_000, null, null, undefined);
    expect(() => builder.append(1_000.5, null, null, undefined)).toThrow(/not an integer/);
    expect(builder.count).toBe(1);
  });
});

describe('decoding offsets and timestamps derived from the previous record', () => {
  it('a compacted batch (offset gaps) and timestamps that repeat, move back and jump decode exactly', () => {
    const t = 1_700_000_000_000;
    const stamps = [t, t, t + 5, t + 5, t, t + 2 ** 40];
    const builder = new RecordsBuilder();
    for (const ts of stamps) builder.append(ts, null, Buffer.from('v'), undefined);
    const batch = encodeBuiltBatch(builder, {
      producerId: -1n,
      producerEpoch: -1,
      baseSequence: -1,
      isTransactional: false,
      compression: CompressionType.NONE,
    }) as Buffer;
    // As compaction leaves it: the third record's offset delta 2 becomes 4, and the rest follow
    // (each record here is 1 length byte, attributes, then its timestamp delta, then its offset delta).
    let at = 61;
    const deltas = [0, 1, 4, 5, 6, 9];
    for (let i = 0; i < stamps.length; i++) {
      const length = batch[at] >> 1; // zigzag, one byte
      let p = at + 2;
      while (batch[p] & 0x80) p++; // the timestamp delta's varint
      batch[p + 1] = deltas[i] * 2; // zigzag, one byte
      at += 1 + length;
    }
    const [decoded] = decodeRecordBatchesSync(batch, { verifyCrc: false });
    expect(decoded.records.map((r) => r.offset)).toEqual(deltas.map(BigInt));
    expect(decoded.records.map((r) => r.timestamp)).toEqual(stamps.map(BigInt));
  });
});
