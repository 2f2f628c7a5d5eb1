import { fileURLToPath } from 'node:url';
import {
  BatchLayout,
  CompressionType,
  ControlRecordType,
  CorruptRecordError,
  encodeControlRecordKey,
  encodeEndTxnMarkerValue,
  encodeRecordBatch,
  RecordTooLargeError,
} from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { runWithoutPackages } from '../../../../../test/support/without-packages.js';
import { topicPartition } from '../../topic-partition.js';
import { SubscriptionState } from '../subscription-state.js';
import { FetchBuffer } from './fetch-buffer.js';
import { type DecodeSettings, decodeChunk } from './record-decoder.js';

const tp = topicPartition('t', 0);
const committed: DecodeSettings = { isolationLevel: 'read_committed', verifyCrc: true, maxDecompressedBytes: 1 << 20 };
const uncommitted: DecodeSettings = { ...committed, isolationLevel: 'read_uncommitted' };

const values = (n: number, p: string) => Array.from({ length: n }, (_, i) => ({ value: Buffer.from(`${p}${i}`) }));

async function txnBatch(baseOffset: number, producerId: number, n: number, p: string) {
  return encodeRecordBatch({
    records: values(n, p),
    baseOffset,
    producerId,
    producerEpoch: 0,
    baseSequence: 0,
    isTransactional: true,
  });
}

async function marker(baseOffset: number, producerId: number, type: number) {
  return encodeRecordBatch({
    records: [{ key: encodeControlRecordKey(type), value: encodeEndTxnMarkerValue(0) }],
    baseOffset,
    producerId,
    producerEpoch: 0,
    isTransactional: true,
    isControl: true,
  });
}

describe('decodeChunk', () => {
  it('drops aborted transactions and control batches under read_committed', async () => {
    // offsets 0-2 producer 1 (aborted), 3-4 producer 2 (committed), 5 abort marker p1, 6 commit marker p2, 7-8 plain
    const buf = Buffer.concat([
      await txnBatch(0, 1, 3, 'a'),
      await txnBatch(3, 2, 2, 'c'),
      await marker(5, 1, ControlRecordType.ABORT),
      await marker(6, 2, ControlRecordType.COMMIT),
      await encodeRecordBatch({ records: values(2, 'n'), baseOffset: 7 }),
    ]);
    const aborted = [{ producerId: 1n, firstOffset: 0n }];
    const rc = await decodeChunk(tp, buf, 0n, aborted, committed);
    const got = rc.batches.flatMap((b) => b.records.map((r) => r.value?.toString()));
    expect(got).toEqual(['c0', 'c1', 'n0', 'n1']);
    expect(rc.nextOffset).toBe(9n);

    const ru = await decodeChunk(tp, buf, 0n, aborted, uncommitted);
    expect(ru.recordCount).toBe(7); // aborted data is visible, markers never are
  });

  it('a released batch lets go of its decoded records, also those decodeDeferredRecords kept on the batch', async () => {
    const buf = await encodeRecordBatch({ records: values(3, 'r'), baseOffset: 0 });
    const [decoded] = (await decodeChunk(tp, buf, 0n, null, committed)).batches;
    expect(decoded.records).toHaveLength(3);
    const inner = (decoded as unknown as { batch: { records: unknown[] } }).batch;
    expect(inner.records).toHaveLength(3);
    decoded.release?.();
    expect(decoded.records).toHaveLength(0);
    expect(inner.records).toHaveLength(0);
  });

  it('keeps a committed transaction that follows an abort marker the response starts at', async () => {
    // The previous response was cut just before offset 5, the ABORT marker of producer 1's
    // transaction that began at 0; the broker lists that transaction again (it ends at or after
    // the fetch offset). Producer 1's next transaction, 6-8, commits at 9 and must be delivered:
    // the marker closes the aborted range it belongs to even though this response begins with it.
    const buf = Buffer.concat([
      await marker(5, 1, ControlRecordType.ABORT),
      await txnBatch(6, 1, 3, 'c'),
      await marker(9, 1, ControlRecordType.COMMIT),
    ]);
    const chunk = await decodeChunk(tp, buf, 5n, [{ producerId: 1n, firstOffset: 0n }], committed);
    expect(chunk.batches.flatMap((b) => b.records.map((r) => r.value?.toString()))).toEqual(['c0', 'c1', 'c2']);
    expect(chunk.nextOffset).toBe(10n);
  });

  it('moves past a chunk of markers only', async () => {
    const chunk = await decodeChunk(tp, await marker(10, 1, ControlRecordType.COMMIT), 10n, null, committed);
    expect(chunk.recordCount).toBe(0);
    expect(chunk.nextOffset).toBe(11n);
  });

  it('drops records before the fetch offset in a compressed batch', async () => {
    const buf = await encodeRecordBatch({
      records: values(10, 'x'),
      baseOffset: 100,
      compression: CompressionType.GZIP,
    });
    const chunk = await decodeChunk(tp, buf, 104n, null, uncommitted);
    expect(chunk.batches[0].records.map((r) => r.offset)).toEqual([104n, 105n, 106n, 107n, 108n, 109n]);
  });

  it('ignores a partial batch at the end (the broker cut at its byte limit)', async () => {
    const a = await encodeRecordBatch({ records: values(2, 'a'), baseOffset: 0 });
    const b = await encodeRecordBatch({ records: values(2, 'b'), baseOffset: 2 });
    const chunk = await decodeChunk(tp, Buffer.concat([a, b.subarray(0, b.length - 5)]), 0n, null, uncommitted);
    expect(chunk.recordCount).toBe(2);
    expect(chunk.nextOffset).toBe(2n);
    expect(chunk.error).toBeNull();
  });

  it('reports a CRC mismatch as CorruptRecordError after the good batches, without skipping', async () => {
    const a = await encodeRecordBatch({ records: values(2, 'a'), baseOffset: 0 });
    const b = Buffer.from(await encodeRecordBatch({ records: values(2, 'b'), baseOffset: 2 }));
    b[b.length - 1] ^= 0xff;
    const chunk = await decodeChunk(tp, Buffer.concat([a, b]), 0n, null, uncommitted);
    expect(chunk.recordCount).toBe(2);
    expect(chunk.error?.error).toBeInstanceOf(CorruptRecordError);
    expect(chunk.error?.skipTo).toBeNull();
  });

  it('reports a batch inflating beyond the cap as RecordTooLargeError that skips the batch', async () => {
    const bomb = await encodeRecordBatch({
      records: [{ value: Buffer.alloc(200_000) }, { value: Buffer.alloc(200_000) }],
      baseOffset: 5,
      compression: CompressionType.GZIP,
    });
    const chunk = await decodeChunk(tp, bomb, 5n, null, { ...uncommitted, maxDecompressedBytes: 100_000 });
    expect(chunk.error?.error).toBeInstanceOf(RecordTooLargeError);
    expect(chunk.error?.skipTo).toBe(7n);
  });

  it('reports a codec whose package is missing as UnsupportedCodecError, not as a corrupt batch', async () => {
    const lz4 = await encodeRecordBatch({ records: values(2, 'z'), baseOffset: 0, compression: CompressionType.LZ4 });
    // A child process in which lz4-napi cannot be resolved, as on a platform without its binary.
    const program = `
      const { decodeChunk } = await import(${JSON.stringify(fileURLToPath(new URL('./record-decoder.ts', import.meta.url)))});
      const { topicPartition } = await import(${JSON.stringify(fileURLToPath(new URL('../../topic-partition.ts', import.meta.url)))});
      const chunk = await decodeChunk(topicPartition('t', 0), Buffer.from('${lz4.toString('hex')}', 'hex'), 0n, null,
        { isolationLevel: 'read_uncommitted', verifyCrc: true, maxDecompressedBytes: 1 << 20 });
      console.log(JSON.stringify({ name: chunk.error?.error.constructor.name, skipTo: String(chunk.error?.skipTo), message: chunk.error?.error.message }));`;
    const { result: out, stderr } = runWithoutPackages(['lz4-napi'], program);
    expect(out, stderr).toMatchObject({ name: 'UnsupportedCodecError', skipTo: 'null' });
    expect(out.message).toMatch(/npm install lz4-napi/);
  });

  describe('records decoded when first read', () => {
    /** Two good batches (0-1, 2-3) and one (4-5) whose header claims a record too many: only decoding its records finds that. */
    async function withBadRecords(): Promise<Buffer> {
      const bad = Buffer.from(await encodeRecordBatch({ records: values(2, 'c'), baseOffset: 4 }));
      bad.writeInt32BE(3, BatchLayout.RECORDS_COUNT);
      return Buffer.concat([
        await encodeRecordBatch({ records: values(2, 'a'), baseOffset: 0 }),
        await encodeRecordBatch({ records: values(2, 'b'), baseOffset: 2 }),
        bad,
      ]);
    }
    const crcOff = { ...uncommitted, verifyCrc: false };

    it('counts records from the batch headers and decodes them on first read', async () => {
      const chunk = await decodeChunk(tp, await withBadRecords(), 0n, null, crcOff);
      expect(chunk.error).toBeNull(); // nothing decoded the third batch's records yet
      expect(chunk.batches.map((b) => b.recordCount)).toEqual([2, 2, 3]);
      expect(chunk.batches[1].records.map((r) => r.value?.toString())).toEqual(['b0', 'b1']);
      expect(() => chunk.batches[2].records).toThrow(CorruptRecordError);
      expect(() => chunk.batches[2].records).toThrow(/offset 4/);
    });

    it('eager decoding (the share fetcher) reports the bad batch in the chunk, after the good ones', async () => {
      const chunk = await decodeChunk(tp, await withBadRecords(), 0n, null, { ...crcOff, eager: true });
      expect(chunk.recordCount).toBe(4);
      expect(chunk.error?.error).toBeInstanceOf(CorruptRecordError);
      expect(chunk.error?.skipTo).toBeNull();
    });

    it('the fetch buffer hands out the records before a batch that does not decode, then its error, then fetches there again', async () => {
      const state = new SubscriptionState();
      state.assignManually([tp]);
      state.seek(tp, 0n);
      const buffer = new FetchBuffer(state, () => {});
      const s = state.assignedState(tp, 'test');
      const bytes = await withBadRecords();
      const chunk = await decodeChunk(tp, bytes, 0n, null, crcOff);
      buffer.addChunk(s, chunk.batches, chunk.nextOffset, bytes.length);
      const got: string[] = [];
      for (let r = buffer.headRecord(s); r !== undefined; r = buffer.headRecord(s)) {
        got.push(r.value!.toString());
        buffer.advance(s);
      }
      expect(got).toEqual(['a0', 'a1', 'b0', 'b1']);
      expect(buffer.bytes).toBe(0);
      expect(buffer.takeError(undefined)).toBeInstanceOf(CorruptRecordError);
      expect(s.position).toBe(4n);
      expect(buffer.fetchPosition(s)?.offset).toBe(4n);
    });

    it('a batch that starts before the fetch offset is decoded at once, so its count is exact', async () => {
      const buf = await encodeRecordBatch({ records: values(10, 'x'), baseOffset: 100 });
      const chunk = await decodeChunk(tp, buf, 107n, null, uncommitted);
      expect(chunk.recordCount).toBe(3);
      expect(chunk.batches[0].recordCount).toBe(3);
    });
  });
});
