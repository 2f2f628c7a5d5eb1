import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../errors/kafka-error.js';
import {
  CompressionType,
  ControlRecordType,
  crc32c,
  decodeRecordBatches,
  decodeRecordBatchesSync,
  EMPTY_HEADERS,
  encodeControlRecordKey,
  encodeEndTxnMarkerValue,
  encodeRecordBatch,
  encodeRecordBatchSync,
  type RecordBatchInput,
  type RecordInput,
  recordSizeInBatch,
  TimestampType,
} from './index.js';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

/** One record (key "k", value "v", no headers) at offset 0, timestamp 1000, not idempotent. */
const TINY_BATCH = hex(
  `
  0000000000000000  0000003a  ffffffff  02  CRC_PLACEHOLDER
  0000  00000000  00000000000003e8  00000000000003e8  ffffffffffffffff  ffff  ffffffff  00000001
  10 00 00 00 02 6b 02 76 00
`.replace('CRC_PLACEHOLDER', '00000000'),
);
TINY_BATCH.writeUInt32BE(crc32c(TINY_BATCH, 21), 17);

describe('RecordBatch v2 known bytes', () => {
  it('encodes a one-record batch byte by byte', () => {
    const out = encodeRecordBatchSync({
      records: [{ key: Buffer.from('k'), value: Buffer.from('v') }],
      baseTimestamp: 1000,
    });
    expect(out.toString('hex')).toBe(TINY_BATCH.toString('hex'));
    expect(out.length).toBe(70);
  });

  it('decodes the same bytes', () => {
    const [batch] = decodeRecordBatchesSync(TINY_BATCH);
    expect(batch).toMatchObject({
      baseOffset: 0n,
      lastOffset: 0n,
      batchLength: 58,
      partitionLeaderEpoch: -1,
      magic: 2,
      compression: CompressionType.NONE,
      timestampType: TimestampType.CREATE_TIME,
      isTransactional: false,
      isControl: false,
      deleteHorizonMs: null,
      baseTimestamp: 1000n,
      maxTimestamp: 1000n,
      producerId: -1n,
      producerEpoch: -1,
      baseSequence: -1,
      control: null,
      sizeInBytes: 70,
    });
    expect(batch.records).toHaveLength(1);
    const [r] = batch.records;
    expect(r.offset).toBe(0n);
    expect(r.timestamp).toBe(1000n);
    expect(r.key?.toString()).toBe('k');
    expect(r.value?.toString()).toBe('v');
    expect(r.headers).toBe(EMPTY_HEADERS);
    // zero-copy: the value is a view of the input
    expect(r.value?.buffer).toBe(TINY_BATCH.buffer);
  });

  it('reports a CRC mismatch naming expected and actual', () => {
    const bad = Buffer.from(TINY_BATCH);
    bad[bad.length - 2] ^= 0xff;
    expect(() => decodeRecordBatchesSync(bad)).toThrow(ProtocolError);
    expect(() => decodeRecordBatchesSync(bad)).toThrow(/CRC32C mismatch.*expected 0x[0-9a-f]{8}, actual 0x[0-9a-f]{8}/);
    expect(decodeRecordBatchesSync(bad, { verifyCrc: false })[0].records[0].value).toEqual(Buffer.from([0x76 ^ 0xff]));
  });

  it('sizes records as the encoder writes them', () => {
    const rec = { key: Buffer.from('k'), value: Buffer.from('v') };
    expect(recordSizeInBatch(rec, 0, 0)).toBe(9);
    expect(recordSizeInBatch({ ...rec, headers: [{ key: 'é', value: null }] }, 300, -5)).toBe(
      encodeRecordBatchSync({
        records: [rec, { ...rec, headers: [{ key: 'é', value: null }], timestamp: -5 }],
        baseTimestamp: 0,
      }).length -
        61 -
        9 +
        1, // offset delta 1 takes 1 byte, 300 takes 2
    );
  });
});

describe('batches back to back', () => {
  const a = encodeRecordBatchSync({ records: [{ value: Buffer.from('a') }], baseOffset: 10n, baseTimestamp: 5 });
  const b = encodeRecordBatchSync({
    records: [{ value: Buffer.from('b') }, { value: null }],
    baseOffset: 11n,
    baseTimestamp: 6,
  });

  it('decodes several batches in order', () => {
    const batches = decodeRecordBatchesSync(Buffer.concat([a, b]));
    expect(batches.map((x) => x.records.map((r) => r.offset))).toEqual([[10n], [11n, 12n]]);
    expect(batches[1].records[1].value).toBeNull();
  });

  it('skips a truncated trailing batch at any cut', () => {
    const all = Buffer.concat([a, b]);
    for (let cut = a.length; cut < all.length; cut++) {
      expect(decodeRecordBatchesSync(all.subarray(0, cut))).toHaveLength(1);
    }
    for (let cut = 0; cut < a.length; cut++) expect(decodeRecordBatchesSync(all.subarray(0, cut))).toHaveLength(0);
  });

  it('rejects an impossible batch length and a bad magic', () => {
    const bad = Buffer.from(a);
    bad.writeInt32BE(3, 8);
    expect(() => decodeRecordBatchesSync(bad)).toThrow(ProtocolError);
    const magic = Buffer.from(a);
    magic[16] = 7;
    expect(() => decodeRecordBatchesSync(magic)).toThrow(/magic 7/);
  });

  it('rejects a record count that cannot fit', () => {
    const bad = Buffer.from(a);
    bad.writeInt32BE(1000, 57);
    bad.writeUInt32BE(crc32c(bad, 21), 17);
    expect(() => decodeRecordBatchesSync(bad)).toThrow(/record count 1000/);
  });
});

describe('control batches', () => {
  it('decode the transaction marker into a typed field', () => {
    const buf = encodeRecordBatchSync({
      records: [{ key: encodeControlRecordKey(ControlRecordType.ABORT), value: encodeEndTxnMarkerValue(17) }],
      isControl: true,
      isTransactional: true,
      producerId: 99n,
      producerEpoch: 2,
      baseOffset: 40n,
    });
    const [batch] = decodeRecordBatchesSync(buf);
    expect(batch.isControl).toBe(true);
    expect(batch.isTransactional).toBe(true);
    expect(batch.producerId).toBe(99n);
    expect(batch.control).toEqual({ version: 0, type: ControlRecordType.ABORT, coordinatorEpoch: 17 });
  });

  it('reject a control key that is too short', () => {
    const buf = encodeRecordBatchSync({ records: [{ key: Buffer.from([0]), value: null }], isControl: true });
    expect(() => decodeRecordBatchesSync(buf)).toThrow(ProtocolError);
  });
});

describe('timestamps', () => {
  it('LogAppendTime gives every record the max timestamp', () => {
    const buf = encodeRecordBatchSync({
      records: [
        { value: null, timestamp: 10 },
        { value: null, timestamp: 30 },
      ],
      timestampType: TimestampType.LOG_APPEND_TIME,
    });
    const [batch] = decodeRecordBatchesSync(buf);
    expect(batch.records.map((r) => r.timestamp)).toEqual([30n, 30n]);
  });

  it('keeps int64 timestamps and offsets exact beyond 2^53', () => {
    const base = 2n ** 60n;
    const buf = encodeRecordBatchSync({
      records: [
        { value: null, timestamp: base + 1n },
        { value: null, timestamp: base - 2n ** 40n },
      ],
      baseTimestamp: base,
      baseOffset: 2n ** 62n,
    });
    const [batch] = decodeRecordBatchesSync(buf);
    expect(batch.records.map((r) => [r.offset, r.timestamp])).toEqual([
      [2n ** 62n, base + 1n],
      [2n ** 62n + 1n, base - 2n ** 40n],
    ]);
    expect(batch.maxTimestamp).toBe(base + 1n);
  });

  it('decodes a delete horizon', () => {
    const buf = encodeRecordBatchSync({ records: [{ value: null, timestamp: 500 }], deleteHorizonMs: 400 });
    const [batch] = decodeRecordBatchesSync(buf);
    expect(batch.deleteHorizonMs).toBe(400n);
    expect(batch.records[0].timestamp).toBe(500n);
  });
});

const bytesArb = fc.option(fc.uint8Array({ maxLength: 64 }), { nil: null, freq: 4 });
const recordArb: fc.Arbitrary<RecordInput> = fc.record({
  key: bytesArb,
  value: bytesArb,
  headers: fc.array(fc.record({ key: fc.string({ unit: 'grapheme', maxLength: 8 }), value: bytesArb }), {
    maxLength: 3,
  }),
  timestamp: fc.oneof(
    fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }),
    fc.bigInt({ min: 1_500_000_000_000n, max: 1_900_000_000_000n }),
  ),
});
const batchArb = (compression: CompressionType) =>
  fc.record({
    records: fc.array(recordArb, { minLength: 1, maxLength: 12 }),
    baseOffset: fc.bigInt({ min: 0n, max: 2n ** 63n - 1000n }),
    baseTimestamp: fc.oneof(fc.bigInt({ min: 1_500_000_000_000n, max: 1_900_000_000_000n }), fc.constant(0n)),
    partitionLeaderEpoch: fc.integer({ min: -1, max: 1000 }),
    producerId: fc.oneof(fc.constant(-1n), fc.bigInt({ min: 0n, max: 2n ** 63n - 1n })),
    producerEpoch: fc.integer({ min: -1, max: 32767 }),
    baseSequence: fc.integer({ min: -1, max: 2 ** 31 - 1 }),
    isTransactional: fc.boolean(),
    compression: fc.constant(compression),
  });

function expectRoundTrip(
  input: RecordBatchInput,
  buf: Buffer,
  batches: Awaited<ReturnType<typeof decodeRecordBatches>>,
) {
  expect(batches).toHaveLength(1);
  const [b] = batches;
  expect(b.sizeInBytes).toBe(buf.length);
  expect(b.baseOffset).toBe(input.baseOffset);
  expect(b.lastOffset).toBe(BigInt(input.baseOffset!) + BigInt(input.records.length - 1));
  expect(b.producerId).toBe(input.producerId);
  expect(b.producerEpoch).toBe(input.producerEpoch);
  expect(b.baseSequence).toBe(input.baseSequence);
  expect(b.isTransactional).toBe(input.isTransactional);
  expect(b.partitionLeaderEpoch).toBe(input.partitionLeaderEpoch);
  expect(b.compression).toBe(input.compression);
  let max = -(2n ** 64n);
  input.records.forEach((r, i) => {
    const d = b.records[i];
    const ts = BigInt(r.timestamp!);
    if (ts > max) max = ts;
    expect(d.offset).toBe(BigInt(input.baseOffset!) + BigInt(i));
    expect(d.timestamp).toBe(ts);
    expect(d.key === null ? null : [...d.key]).toEqual(r.key == null ? null : [...r.key]);
    expect(d.value === null ? null : [...d.value]).toEqual(r.value == null ? null : [...r.value]);
    expect(d.headers.map((h) => [h.key, h.value === null ? null : [...h.value]])).toEqual(
      (r.headers ?? []).map((h) => [h.key, h.value === null ? null : [...h.value]]),
    );
  });
  expect(b.maxTimestamp).toBe(max);
}

describe('round trips (property)', () => {
  const codecs: [string, CompressionType, number][] = [
    ['none', CompressionType.NONE, 200],
    ['gzip', CompressionType.GZIP, 60],
    ['snappy', CompressionType.SNAPPY, 60],
    ['lz4', CompressionType.LZ4, 60],
    ['zstd', CompressionType.ZSTD, 40],
  ];
  for (const [name, compression, numRuns] of codecs) {
    it(`${name}: decode(encode(x)) gives x back`, async () => {
      await fc.assert(
        fc.asyncProperty(batchArb(compression), async (input) => {
          const buf = await encodeRecordBatch(input);
          expectRoundTrip(input, buf, await decodeRecordBatches(buf));
          if (compression !== CompressionType.ZSTD) {
            expect(encodeRecordBatchSync(input).equals(buf)).toBe(true);
            expectRoundTrip(input, buf, decodeRecordBatchesSync(buf));
          }
        }),
        { numRuns },
      );
    });
  }

  it('zstd needs the async API', async () => {
    const input = { records: [{ value: Buffer.from('x') }], compression: CompressionType.ZSTD };
    expect(() => encodeRecordBatchSync(input)).toThrow(/encodeRecordBatch/);
    const buf = await encodeRecordBatch(input);
    expect(() => decodeRecordBatchesSync(buf)).toThrow(ProtocolError);
    expect((await decodeRecordBatches(buf))[0].records[0].value?.toString()).toBe('x');
  });

  it('mixes codecs back to back', async () => {
    const parts = await Promise.all(
      [0, 1, 2, 3, 4].map((c, i) =>
        encodeRecordBatch({
          records: [{ value: Buffer.from(`v${c}`) }],
          compression: c as CompressionType,
          baseOffset: i,
        }),
      ),
    );
    const batches = await decodeRecordBatches(Buffer.concat(parts));
    expect(batches.map((b) => b.records[0].value?.toString())).toEqual(['v0', 'v1', 'v2', 'v3', 'v4']);
  });
});
