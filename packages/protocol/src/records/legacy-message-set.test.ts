import { beforeAll, describe, expect, it } from 'vitest';
import { ProtocolError } from '../errors/kafka-error.js';
import {
  CompressionType,
  crc32,
  decodeRecordBatches,
  decodeRecordBatchesSync,
  encodeRecordBatchSync,
  gzipCodec,
  loadCompressionCodec,
  lz4Codec,
  snappyCodec,
  TimestampType,
} from './index.js';

// The sync codec paths below need the native bindings, which load on first use.
beforeAll(() => Promise.all([loadCompressionCodec(CompressionType.SNAPPY), loadCompressionCodec(CompressionType.LZ4)]));

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

/** A legacy message built field by field (the CRC is computed over magic..end). */
function message(offset: bigint, magic: 0 | 1, attributes: number, key: Buffer | null, value: Buffer | null, ts = 0n) {
  const size = 4 + 2 + (magic === 1 ? 8 : 0) + 4 + (key?.length ?? 0) + 4 + (value?.length ?? 0);
  const b = Buffer.alloc(12 + size);
  b.writeBigInt64BE(offset, 0);
  b.writeInt32BE(size, 8);
  let at = 16;
  b[at++] = magic;
  b[at++] = attributes;
  if (magic === 1) {
    b.writeBigInt64BE(ts, at);
    at += 8;
  }
  b.writeInt32BE(key ? key.length : -1, at);
  at += 4;
  if (key) at += key.copy(b, at);
  b.writeInt32BE(value ? value.length : -1, at);
  at += 4;
  if (value) value.copy(b, at);
  b.writeUInt32BE(crc32(b, 16), 12);
  return b;
}

describe('legacy MessageSet known bytes', () => {
  it('decodes a hand-built v0 message', () => {
    const v0 = hex('0000000000000005 00000013 87a77ab2 00 00 ffffffff 00000005 68656c6c6f');
    expect(message(5n, 0, 0, null, Buffer.from('hello')).equals(v0)).toBe(true);
    const [batch] = decodeRecordBatchesSync(v0);
    expect(batch).toMatchObject({ magic: 0, baseOffset: 5n, lastOffset: 5n, crc: 0x87a77ab2, producerId: -1n });
    expect(batch.records).toHaveLength(1);
    expect(batch.records[0]).toMatchObject({ offset: 5n, timestamp: -1n, key: null });
    expect(batch.records[0].value?.toString()).toBe('hello');
  });

  it('decodes a hand-built v1 message with its timestamp', () => {
    const v1 = hex('0000000000000009 0000001b c02ed11c 01 00 0000018000000000 ffffffff 00000005 68656c6c6f');
    const [batch] = decodeRecordBatchesSync(v1);
    expect(batch.magic).toBe(1);
    expect(batch.records[0]).toMatchObject({ offset: 9n, timestamp: 0x18000000000n, key: null });
    expect(batch.timestampType).toBe(TimestampType.CREATE_TIME);
  });

  it('detects a CRC32 mismatch', () => {
    const bad = message(5n, 0, 0, null, Buffer.from('hello'));
    bad[bad.length - 1] ^= 1;
    expect(() => decodeRecordBatchesSync(bad)).toThrow(/CRC32 mismatch.*expected 0x[0-9a-f]{8}, actual/);
  });
});

describe('legacy compressed wrappers', () => {
  const inner = (magic: 0 | 1, first: bigint) =>
    Buffer.concat(
      ['a', 'b', 'c'].map((v, i) =>
        message(first + BigInt(i), magic, 0, Buffer.from(`k${i}`), Buffer.from(v), 1000n + BigInt(i)),
      ),
    );

  for (const [name, codec] of [
    ['gzip', gzipCodec],
    ['snappy', snappyCodec],
    ['lz4', lz4Codec],
  ] as const) {
    it(`v1 ${name}: relative inner offsets become absolute`, () => {
      const wrapper = message(102n, 1, codec.type, null, codec.compressSync!(inner(1, 0n)), 2000n);
      const [batch] = decodeRecordBatchesSync(wrapper);
      expect(batch.compression).toBe(codec.type);
      expect(batch.records.map((r) => r.offset)).toEqual([100n, 101n, 102n]);
      expect(batch.records.map((r) => r.timestamp)).toEqual([1000n, 1001n, 1002n]);
      expect(batch.records.map((r) => r.value?.toString())).toEqual(['a', 'b', 'c']);
      expect(batch.baseOffset).toBe(100n);
      expect(batch.lastOffset).toBe(102n);
    });
  }

  it('v0 gzip: inner offsets are absolute', () => {
    const wrapper = message(52n, 0, CompressionType.GZIP, null, gzipCodec.compressSync!(inner(0, 50n)));
    const [batch] = decodeRecordBatchesSync(wrapper);
    expect(batch.records.map((r) => r.offset)).toEqual([50n, 51n, 52n]);
    expect(batch.records.map((r) => r.timestamp)).toEqual([-1n, -1n, -1n]);
  });

  it('v1 LogAppendTime wrappers give inner records the wrapper timestamp', () => {
    const wrapper = message(2n, 1, CompressionType.GZIP | 0x08, null, gzipCodec.compressSync!(inner(1, 0n)), 777n);
    const [batch] = decodeRecordBatchesSync(wrapper);
    expect(batch.timestampType).toBe(TimestampType.LOG_APPEND_TIME);
    expect(batch.records.map((r) => r.timestamp)).toEqual([777n, 777n, 777n]);
  });

  it('enforces the decompression cap', () => {
    const big = message(0n, 1, 0, null, Buffer.alloc(100_000));
    const wrapper = message(0n, 1, CompressionType.GZIP, null, gzipCodec.compressSync!(big));
    expect(() => decodeRecordBatchesSync(wrapper, { maxDecompressedBytes: 50_000 })).toThrow(ProtocolError);
    expect(decodeRecordBatchesSync(wrapper, { maxDecompressedBytes: 200_000 })[0].records).toHaveLength(1);
  });

  it('rejects nested compression and zstd in legacy messages', () => {
    const nested = message(0n, 1, CompressionType.GZIP, null, gzipCodec.compressSync!(inner(1, 0n)));
    const outer = message(0n, 1, CompressionType.GZIP, null, gzipCodec.compressSync!(nested));
    expect(() => decodeRecordBatchesSync(outer)).toThrow(/nested/);
    expect(() => decodeRecordBatchesSync(message(0n, 1, CompressionType.ZSTD, null, Buffer.from('x')))).toThrow(
      ProtocolError,
    );
  });

  it('mixes legacy messages and v2 batches in one fetch', async () => {
    const v2 = encodeRecordBatchSync({ records: [{ value: Buffer.from('new') }], baseOffset: 3n });
    const all = Buffer.concat([
      message(1n, 0, 0, null, Buffer.from('old')),
      message(2n, 1, 0, null, Buffer.from('mid')),
      v2,
    ]);
    const batches = await decodeRecordBatches(all);
    expect(batches.map((b) => [b.magic, b.records[0].offset, b.records[0].value?.toString()])).toEqual([
      [0, 1n, 'old'],
      [1, 2n, 'mid'],
      [2, 3n, 'new'],
    ]);
  });
});
