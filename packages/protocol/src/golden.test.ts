import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ApiCodec } from './api-codec.js';
import { ErrorCode } from './errors/index.js';
import { API_BY_KEY, ApiKey } from './messages/api-table.js';
import type { ApiVersionsResponse } from './messages/api-versions.js';
import type { CreateTopicsResponse } from './messages/create-topics.js';
import type { FetchRequest, FetchResponse } from './messages/fetch.js';
import type { FindCoordinatorResponse } from './messages/find-coordinator.js';
import type { ListOffsetsResponse } from './messages/list-offsets.js';
import type { MetadataResponse } from './messages/metadata.js';
import type { ProduceRequest, ProduceResponse } from './messages/produce.js';
import { encodeRequestHeader } from './messages/request-header.js';
import { decodeResponseHeader, encodeResponseHeader } from './messages/response-header.js';
import { Reader } from './primitives/reader.js';
import { Writer } from './primitives/writer.js';
import {
  BatchLayout,
  type CompressionType,
  codecFor,
  crc32c,
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  decodeRecordBatches,
  encodeRecordBatch,
  type KafkaRecord,
  LOG_OVERHEAD,
  RECORD_BATCH_OVERHEAD,
  type RecordBatch,
  type RecordBatchInput,
  TimestampType,
} from './records/index.js';

// Golden bytes: responses a real Kafka broker sent, and record batches Kafka's own Java producer
// wrote, captured once by scripts/capture-golden.ts (see there for how to refresh them). A round
// trip through our own encoder cannot catch a mistake made identically on both sides; these can.
// Cluster ids, topic ids, ports and timestamps differ per capture, so they are only checked for
// shape; the exact-bytes checks compare decode → re-encode with what the broker sent.

const GOLDEN_DIR = fileURLToPath(new URL('../test-fixtures/golden/', import.meta.url));

/** The sidecar JSON encodes bigints as `{"$bigint": "…"}` and buffers as `{"$hex": "…"}`. */
function revive(_key: string, v: unknown): unknown {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && typeof o.$bigint === 'string') return BigInt(o.$bigint);
    if (keys.length === 1 && typeof o.$hex === 'string') return Buffer.from(o.$hex, 'hex');
  }
  return v;
}

interface ResponseFixture {
  name: string;
  api: string;
  apiKey: number;
  version: number;
  requestVersion: number;
  responseHeaderVersion: number;
  brokerVersion: string;
  correlationId: number;
  clientId: string;
  file: string;
  request: unknown;
  requestFrame: Buffer;
  expect: Record<string, unknown>;
}

interface ExpectedRecord {
  key: string | null;
  value: string | null;
  headers: { key: string; value: string | null }[];
}

interface RecordsFixture {
  name: string;
  codec: string;
  compression: CompressionType;
  topic: string;
  brokerVersion: string;
  producer: string;
  file: string;
  records: ExpectedRecord[];
}

interface Loaded<T> {
  meta: T;
  bytes: Buffer;
}

function loadDir(dir: string): { responses: Loaded<ResponseFixture>[]; records: Loaded<RecordsFixture>[] } {
  const responses: Loaded<ResponseFixture>[] = [];
  const records: Loaded<RecordsFixture>[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const meta = JSON.parse(readFileSync(join(dir, f), 'utf8'), revive) as ResponseFixture & RecordsFixture;
    const bytes = readFileSync(join(dir, meta.file));
    if (meta.api !== undefined) responses.push({ meta, bytes });
    else records.push({ meta, bytes });
  }
  return { responses, records };
}

const brokerDirs = readdirSync(GOLDEN_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.startsWith('kafka-'))
  .map((d) => d.name)
  .sort();

/** Decodes a response frame (size prefix included): header, then the body at the captured version. */
function decodeFrame(codec: ApiCodec, fx: ResponseFixture, frame: Buffer): { correlationId: number; body: unknown } {
  const r = new Reader(frame);
  expect(r.int32()).toBe(frame.length - 4);
  const header = decodeResponseHeader(r, codec.responseHeaderVersion(fx.version));
  expect(header._unknownTaggedFields).toBeUndefined();
  const body = codec.decodeResponse(r, fx.version);
  expect(r.remaining()).toBe(0);
  return { correlationId: header.correlationId, body };
}

/** Re-encodes a decoded body into a whole frame, the way a broker would send it. */
function encodeFrame(codec: ApiCodec, fx: ResponseFixture, correlationId: number, body: unknown): Buffer {
  const w = new Writer();
  const at = w.reserveInt32();
  encodeResponseHeader(w, { correlationId }, codec.responseHeaderVersion(fx.version));
  codec.encodeResponse(w, body, fx.version);
  const frame = w.finish();
  w.patchInt32(at, frame.length - 4);
  return frame;
}

/** Paths of every `_unknownTaggedFields` in a decoded body: tags the broker sent that the codec does not know. */
function unknownTags(v: unknown, path = '$'): string[] {
  if (v === null || typeof v !== 'object' || Buffer.isBuffer(v)) return [];
  if (Array.isArray(v)) return v.flatMap((x, i) => unknownTags(x, `${path}[${i}]`));
  const out: string[] = [];
  for (const [k, x] of Object.entries(v)) {
    if (k === '_unknownTaggedFields') out.push(`${path}: tags ${(x as { tag: number }[]).map((t) => t.tag).join(',')}`);
    else out.push(...unknownTags(x, `${path}.${k}`));
  }
  return out;
}

const str = (b: Buffer | null): string | null => (b === null ? null : b.toString('utf8'));
const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

function flatRecords(batches: RecordBatch[]): KafkaRecord[] {
  return batches.flatMap((b) => b.records);
}

function asExpected(records: KafkaRecord[]): ExpectedRecord[] {
  return records.map((r) => ({
    key: str(r.key),
    value: str(r.value),
    headers: r.headers.map((h) => ({ key: h.key, value: str(h.value) })),
  }));
}

/** A batch input reproducing a decoded batch's header fields and records, with `compression`. */
function reencodeInput(b: RecordBatch, compression: CompressionType): RecordBatchInput {
  return {
    baseOffset: b.baseOffset,
    baseTimestamp: b.baseTimestamp,
    partitionLeaderEpoch: b.partitionLeaderEpoch,
    producerId: b.producerId,
    producerEpoch: b.producerEpoch,
    baseSequence: b.baseSequence,
    isTransactional: b.isTransactional,
    isControl: b.isControl,
    timestampType: b.timestampType,
    lastOffsetDelta: b.lastOffsetDelta,
    compression,
    records: b.records.map((r) => ({ key: r.key, value: r.value, headers: r.headers, timestamp: r.timestamp })),
  };
}

/** Offsets where each batch starts in a Fetch `records` buffer (all complete v2 batches). */
function batchStarts(buf: Buffer): number[] {
  const starts: number[] = [];
  for (let at = 0; at < buf.length; at += LOG_OVERHEAD + buf.readInt32BE(at + BatchLayout.BATCH_LENGTH)) {
    starts.push(at);
  }
  return starts;
}

/** Value checks of stable fields, per API. `fx.expect` holds what the capture asked for. */
const stableChecks: Record<string, (body: never, fx: ResponseFixture) => void | Promise<void>> = {
  ApiVersions(res: ApiVersionsResponse, fx) {
    expect(res.errorCode).toBe(fx.expect.errorCode);
    const byKey = new Map(res.apiKeys.map((k) => [k.apiKey, k]));
    const av = byKey.get(ApiKey.ApiVersions);
    expect(av?.minVersion).toBe(0);
    if (res.errorCode === ErrorCode.UNSUPPORTED_VERSION) {
      // The fallback answer (at v0) tells the client which ApiVersions versions to retry with.
      expect(av?.maxVersion).toBeGreaterThanOrEqual(3);
      expect(av?.maxVersion).toBeLessThan(fx.requestVersion);
      return;
    }
    expect(av?.maxVersion).toBeGreaterThanOrEqual(3);
    expect(byKey.get(ApiKey.Produce)?.maxVersion).toBeGreaterThanOrEqual(9);
    expect(byKey.get(ApiKey.Fetch)?.maxVersion).toBeGreaterThanOrEqual(12);
    expect(byKey.get(ApiKey.Metadata)?.maxVersion).toBeGreaterThanOrEqual(12);
    // A KRaft broker never lists controller-only APIs such as Vote on its client listener.
    expect(byKey.has(ApiKey.Vote)).toBe(false);
    if (fx.version >= 3) {
      expect(res.throttleTimeMs).toBe(0);
      expect(res.supportedFeatures?.map((f) => f.name)).toContain('metadata.version');
      expect(res.finalizedFeatures?.map((f) => f.name)).toContain('metadata.version');
      expect(res.finalizedFeaturesEpoch).toBeGreaterThan(0n);
    }
  },

  Metadata(res: MetadataResponse, fx) {
    expect(res.brokers).toHaveLength(1);
    expect(res.brokers[0]).toMatchObject({ nodeId: 1, host: '127.0.0.1' });
    expect(res.brokers[0].port).toBeGreaterThan(0);
    expect(res.controllerId).toBe(1);
    if (fx.version >= 2) expect(res.clusterId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(res.topics).toHaveLength(1);
    const t = res.topics[0];
    expect(t.name).toBe(fx.expect.topic);
    expect(t.errorCode).toBe(fx.expect.errorCode);
    expect(t.isInternal).toBe(false);
    expect(t.partitions).toHaveLength(fx.expect.partitions as number);
    if (fx.version >= 10) {
      if (t.errorCode === 0) expect(t.topicId).not.toBe(ZERO_UUID);
      else expect(t.topicId).toBe(ZERO_UUID);
    }
    for (const p of t.partitions) {
      expect(p).toMatchObject({ errorCode: 0, partitionIndex: 0, leaderId: 1, replicaNodes: [1], isrNodes: [1] });
      if (fx.version >= 7) expect(p.leaderEpoch).toBe(0);
    }
  },

  CreateTopics(res: CreateTopicsResponse, fx) {
    expect(res.topics).toHaveLength(1);
    const t = res.topics[0];
    expect(t.name).toBe(fx.expect.topic);
    expect(t.errorCode).toBe(fx.expect.errorCode);
    if (t.errorCode === ErrorCode.TOPIC_ALREADY_EXISTS) {
      expect(t.errorMessage).toMatch(/already exists/);
      if (fx.version >= 5) expect(t.numPartitions).toBe(-1);
      return;
    }
    expect(t.errorMessage).toBeNull();
    if (fx.version >= 7) expect(t.topicId).not.toBe(ZERO_UUID);
    if (fx.version >= 5) {
      expect(t).toMatchObject({ numPartitions: 1, replicationFactor: 1, topicConfigErrorCode: 0 });
      const configs = new Map((t.configs ?? []).map((c) => [c.name, c]));
      expect(configs.get('cleanup.policy')?.value).toBe('delete');
      expect(configs.get('compression.type')?.value).toBe('producer');
    }
  },

  Produce(res: ProduceResponse, fx) {
    const req = fx.request as ProduceRequest;
    expect(res.responses).toHaveLength(1);
    const t = res.responses[0];
    if (fx.version >= 13) expect(t.topicId).toBe(req.topicData[0].topicId);
    else expect(t.name).toBe(fx.expect.topic);
    expect(t.partitionResponses).toHaveLength(1);
    const p = t.partitionResponses[0];
    expect(p).toMatchObject({
      index: 0,
      errorCode: fx.expect.errorCode,
      baseOffset: BigInt(fx.expect.baseOffset as string),
    });
    expect(p.logAppendTimeMs).toBe(-1n);
    expect(p.logStartOffset).toBe(0n);
    expect(p.recordErrors).toEqual([]);
    expect(p.errorMessage).toBeNull();
  },

  async Fetch(res: FetchResponse, fx) {
    expect(res.errorCode).toBe(0);
    expect(res.responses).toHaveLength(1);
    const req = fx.request as FetchRequest;
    const t = res.responses[0];
    if (fx.version >= 13) expect(t.topicId).toBe(req.topics[0].topicId);
    else expect(t.topic).toBe(fx.expect.topic);
    expect(t.partitions).toHaveLength(1);
    const p = t.partitions[0];
    expect(p).toMatchObject({
      partitionIndex: 0,
      errorCode: fx.expect.errorCode,
      highWatermark: BigInt(fx.expect.highWatermark as string),
      lastStableOffset: BigInt(fx.expect.highWatermark as string),
      logStartOffset: 0n,
      abortedTransactions: null,
      preferredReadReplica: -1,
    });
    const records = p.records ?? Buffer.alloc(0);
    const batches = await decodeRecordBatches(records);
    const flat = flatRecords(batches);
    expect(flat.map((r) => str(r.key))).toEqual(fx.expect.keys);
    expect(flat.map((r) => str(r.value))).toEqual(fx.expect.values);
    expect(flat.map((r) => r.offset)).toEqual([0n, 1n, 2n]);
    // The broker keeps a produced v2 batch as it is, setting only the partition leader epoch
    // (outside the CRC): the fetched bytes are the produced ones but for those four bytes.
    const produced = Buffer.from(records);
    produced.writeInt32BE(-1, BatchLayout.PARTITION_LEADER_EPOCH);
    expect(batches[0].partitionLeaderEpoch).toBe(0);
    const sent = await encodeRecordBatch({
      baseTimestamp: 1_700_000_000_000,
      records: [
        { key: Buffer.from('k0'), value: Buffer.from('v0'), timestamp: 1_700_000_000_000 },
        {
          key: Buffer.from('k1'),
          value: Buffer.from('v1'),
          timestamp: 1_700_000_000_001,
          headers: [{ key: 'h', value: Buffer.from('hv') }],
        },
        { key: null, value: Buffer.from('v2'), timestamp: 1_700_000_000_002 },
      ],
    });
    expect(produced.toString('hex')).toBe(sent.toString('hex'));
  },

  ListOffsets(res: ListOffsetsResponse, fx) {
    expect(res.throttleTimeMs).toBe(0);
    expect(res.topics).toHaveLength(1);
    expect(res.topics[0].name).toBe(fx.expect.topic);
    expect(res.topics[0].partitions).toEqual([
      expect.objectContaining({
        partitionIndex: 0,
        errorCode: fx.expect.errorCode,
        timestamp: -1n,
        offset: BigInt(fx.expect.offset as string),
        leaderEpoch: 0,
      }),
    ]);
  },

  FindCoordinator(res: FindCoordinatorResponse, fx) {
    if (fx.version >= 4) {
      expect(res.coordinators).toHaveLength(1);
      const c = res.coordinators?.[0];
      expect(c).toMatchObject({
        key: fx.expect.key,
        nodeId: fx.expect.nodeId,
        errorCode: fx.expect.errorCode,
        host: '127.0.0.1',
      });
      // Kafka sends an empty string, not null, as the message of a success (compact length byte 01).
      expect(c?.errorMessage).toBe('');
      expect(c?.port).toBeGreaterThan(0);
    } else {
      expect(res).toMatchObject({ errorCode: fx.expect.errorCode, nodeId: fx.expect.nodeId, host: '127.0.0.1' });
    }
  },
};

it('golden fixtures exist for at least one broker version and stay small', () => {
  expect(brokerDirs.length).toBeGreaterThan(0);
  let total = 0;
  for (const d of brokerDirs) {
    for (const f of readdirSync(join(GOLDEN_DIR, d))) {
      const size = readFileSync(join(GOLDEN_DIR, d, f)).length;
      expect(size, `${d}/${f}`).toBeLessThan(16 * 1024);
      total += size;
    }
  }
  expect(total).toBeLessThan(512 * 1024);
});

for (const dir of brokerDirs) {
  const { responses, records } = loadDir(join(GOLDEN_DIR, dir));

  describe(`${dir} responses`, () => {
    it('cover the captured APIs', () => {
      expect(new Set(responses.map((r) => r.meta.api))).toEqual(new Set(Object.keys(stableChecks)));
    });

    for (const { meta: fx, bytes } of responses) {
      const codec = API_BY_KEY.get(fx.apiKey);

      describe(`${fx.name}: ${fx.api} v${fx.version}`, () => {
        it('is what the request header and body encode to (the request that was sent)', () => {
          if (!codec) throw new Error(`no codec for API key ${fx.apiKey}`);
          const w = new Writer();
          const at = w.reserveInt32();
          encodeRequestHeader(
            w,
            {
              requestApiKey: fx.apiKey,
              requestApiVersion: fx.requestVersion,
              correlationId: fx.correlationId,
              clientId: fx.clientId,
            },
            codec.requestHeaderVersion(fx.requestVersion),
          );
          codec.encodeRequest(w, fx.request, Math.min(fx.requestVersion, codec.maxVersion));
          const frame = w.finish();
          w.patchInt32(at, frame.length - 4);
          expect(frame.toString('hex')).toBe(fx.requestFrame.toString('hex'));
        });

        it('decodes completely, with no unknown tagged fields', () => {
          if (!codec) throw new Error(`no codec for API key ${fx.apiKey}`);
          expect(codec.name).toBe(fx.api);
          expect(codec.responseHeaderVersion(fx.version)).toBe(fx.responseHeaderVersion);
          const { correlationId, body } = decodeFrame(codec, fx, bytes);
          expect(correlationId).toBe(fx.correlationId);
          expect(unknownTags(body)).toEqual([]);
        });

        it('carries the expected values in its stable fields', async () => {
          if (!codec) throw new Error(`no codec for API key ${fx.apiKey}`);
          const { body } = decodeFrame(codec, fx, bytes);
          const check = stableChecks[fx.api];
          expect(check, `no checks for ${fx.api}`).toBeDefined();
          await check(body as never, fx);
        });

        it('re-encodes to exactly the bytes the broker sent', () => {
          if (!codec) throw new Error(`no codec for API key ${fx.apiKey}`);
          const { correlationId, body } = decodeFrame(codec, fx, bytes);
          expect(encodeFrame(codec, fx, correlationId, body).toString('hex')).toBe(bytes.toString('hex'));
        });
      });
    }
  });

  describe(`${dir} record batches written by Kafka's Java producer`, () => {
    it('cover every codec', () => {
      expect(records.map((r) => r.meta.codec).sort()).toEqual(['gzip', 'lz4', 'none', 'snappy', 'zstd']);
    });

    for (const { meta: fx, bytes } of records) {
      describe(`${fx.codec}`, () => {
        it('decode to exactly the records that were produced', async () => {
          const batches = await decodeRecordBatches(bytes);
          expect(batches.length).toBeGreaterThan(0);
          expect(batches.reduce((n, b) => n + b.sizeInBytes, 0)).toBe(bytes.length);
          const flat = flatRecords(batches);
          expect(asExpected(flat)).toEqual(fx.records);
          expect(flat.map((r) => r.offset)).toEqual(fx.records.map((_, i) => BigInt(i)));
          for (const b of batches) {
            expect(b.magic).toBe(2);
            expect(b.compression).toBe(fx.compression);
            expect(b.attributes & 0x07).toBe(fx.compression);
            expect(b.timestampType).toBe(TimestampType.CREATE_TIME);
            expect(b.isTransactional).toBe(false);
            expect(b.isControl).toBe(false);
            // The Java producer is idempotent by default.
            expect(b.producerId).toBeGreaterThanOrEqual(0n);
            expect(b.producerEpoch).toBe(0);
            expect(b.baseSequence).toBe(Number(b.baseOffset));
            let maxTimestamp = -1n;
            for (const r of b.records) if (r.timestamp > maxTimestamp) maxTimestamp = r.timestamp;
            expect(b.maxTimestamp).toBe(maxTimestamp);
          }
        });

        it('carry CRC32Cs that verify', () => {
          const starts = batchStarts(bytes);
          expect(starts.length).toBeGreaterThan(0);
          for (const at of starts) {
            const end = at + LOG_OVERHEAD + bytes.readInt32BE(at + BatchLayout.BATCH_LENGTH);
            expect(crc32c(bytes, at + BatchLayout.ATTRIBUTES, end)).toBe(bytes.readUInt32BE(at + BatchLayout.CRC));
          }
        });

        it('hold records laid out byte for byte as our encoder lays them out', async () => {
          const batches = await decodeRecordBatches(bytes);
          const starts = batchStarts(bytes);
          expect(starts).toHaveLength(batches.length);
          for (let i = 0; i < batches.length; i++) {
            const at = starts[i];
            const javaBatch = bytes.subarray(at, at + batches[i].sizeInBytes);
            const ours = await encodeRecordBatch(reencodeInput(batches[i], 0));
            if (fx.compression === 0) {
              // Same header fields, same records: the whole batch, CRC included, is identical.
              expect(ours.toString('hex')).toBe(javaBatch.toString('hex'));
            } else {
              // The Java compressor's output differs from ours, but what it compressed is exactly
              // the record section our encoder writes.
              const payload = javaBatch.subarray(RECORD_BATCH_OVERHEAD);
              const inflated = await codecFor(fx.compression).decompress(payload, DEFAULT_MAX_DECOMPRESSED_BYTES);
              expect(ours.subarray(RECORD_BATCH_OVERHEAD).toString('hex')).toBe(inflated.toString('hex'));
              // And so are the header fields but batchLength, CRC and attributes (the codec bits).
              const fields = (b: Buffer) =>
                Buffer.concat([
                  b.subarray(0, BatchLayout.BATCH_LENGTH),
                  b.subarray(BatchLayout.PARTITION_LEADER_EPOCH, BatchLayout.CRC),
                  b.subarray(BatchLayout.LAST_OFFSET_DELTA, RECORD_BATCH_OVERHEAD),
                ]).toString('hex');
              expect(fields(ours)).toBe(fields(javaBatch));
            }
          }
        });

        it('re-encoded with our encoder and the same codec, decode identically', async () => {
          const batches = await decodeRecordBatches(bytes);
          for (const b of batches) {
            const ours = await encodeRecordBatch(reencodeInput(b, fx.compression));
            const [again] = await decodeRecordBatches(ours);
            const strip = ({ crc: _c, batchLength: _l, sizeInBytes: _s, records: _r, ...rest }: RecordBatch) => rest;
            expect(strip(again)).toEqual(strip(b));
            expect(asExpected(again.records)).toEqual(asExpected(b.records));
            expect(again.records.map((r) => [r.offset, r.timestamp])).toEqual(
              b.records.map((r) => [r.offset, r.timestamp]),
            );
          }
        });
      });
    }
  });
}
