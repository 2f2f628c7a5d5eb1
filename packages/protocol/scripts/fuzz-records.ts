/**
 * Record-batch decoder fuzzer: builds valid batches (every codec, legacy messages, control
 * batches), mutates them (bit flips, truncations, length and count corruption, random bytes,
 * splices; half of them with the CRC recomputed so the damage reaches the parsers behind it) and
 * checks that decoding either succeeds or throws ProtocolError, within a time limit, and never
 * returns more record bytes than the decompression cap allows.
 *
 * Usage: `tsx packages/protocol/scripts/fuzz-records.ts [count] [seed]` (default 1,000,000).
 */
import { pathToFileURL } from 'node:url';
import { mulberry32 } from '../../../scripts/mulberry32.js';
import { ProtocolError } from '../src/errors/kafka-error.js';
import {
  type CompressionType,
  ControlRecordType,
  crc32,
  crc32c,
  decodeRecordBatches,
  encodeControlRecordKey,
  encodeEndTxnMarkerValue,
  encodeRecordBatch,
  type RecordInput,
} from '../src/records/index.js';

/** What a fuzz run found. */
export interface FuzzReport {
  inputs: number;
  decodedOk: number;
  protocolErrors: number;
  /** Inputs that threw something other than ProtocolError (should be empty). */
  failures: { input: string; error: string }[];
  /** The slowest single decode, in milliseconds. */
  slowestMs: number;
  elapsedMs: number;
}

const MAX_DECOMPRESSED = 256 * 1024;

function legacyMessage(
  offset: bigint,
  magic: 0 | 1,
  attributes: number,
  key: Buffer | null,
  value: Buffer | null,
  ts = 0n,
): Buffer {
  const size = 4 + 1 + 1 + (magic === 1 ? 8 : 0) + 4 + (key?.length ?? 0) + 4 + (value?.length ?? 0);
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

async function buildSeeds(rand: () => number): Promise<Buffer[]> {
  const seeds: Buffer[] = [];
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => (rand() * 256) | 0));
  for (const compression of [0, 1, 2, 3, 4] as CompressionType[]) {
    for (let k = 0; k < 4; k++) {
      const n = 1 + ((rand() * 6) | 0);
      const records: RecordInput[] = Array.from({ length: n }, (_, i) => ({
        key: rand() < 0.3 ? null : bytes((rand() * 8) | 0),
        value: rand() < 0.1 ? null : k === 3 ? Buffer.alloc(2000, 7) : bytes((rand() * 40) | 0),
        headers: rand() < 0.5 ? [{ key: `h${i}`, value: rand() < 0.5 ? null : bytes(3) }] : undefined,
        timestamp: 1_700_000_000_000 + i * 3,
      }));
      seeds.push(
        await encodeRecordBatch({
          records,
          compression,
          baseOffset: BigInt((rand() * 1e6) | 0),
          producerId: k === 1 ? 42n : -1n,
          producerEpoch: k === 1 ? 3 : -1,
          baseSequence: k === 1 ? 9 : -1,
          isTransactional: k === 1,
        }),
      );
    }
  }
  seeds.push(
    await encodeRecordBatch({
      records: [{ key: encodeControlRecordKey(ControlRecordType.COMMIT), value: encodeEndTxnMarkerValue(5) }],
      isControl: true,
      isTransactional: true,
      producerId: 7n,
      producerEpoch: 1,
    }),
  );
  seeds.push(legacyMessage(5n, 0, 0, null, Buffer.from('hello')));
  seeds.push(legacyMessage(6n, 1, 0, Buffer.from('k'), Buffer.from('v1'), 1_700_000_000_000n));
  const inner = Buffer.concat([
    legacyMessage(0n, 1, 0, null, Buffer.from('a'), 1n),
    legacyMessage(1n, 1, 0, null, Buffer.from('b'), 2n),
  ]);
  const { gzipCodec } = await import('../src/records/index.js');
  seeds.push(legacyMessage(11n, 1, 1, null, gzipCodec.compressSync!(inner), 2n));
  return seeds;
}

/** Recomputes the stored checksum of the batch at the start of `b` so damage gets past it. */
function fixCrc(b: Buffer): void {
  if (b.length < 21) return;
  if (b[16] === 2) b.writeUInt32BE(crc32c(b, 21), 17);
  else if (b[16] <= 1) b.writeUInt32BE(crc32(b, 16), 12);
}

function mutate(seed: Buffer, seeds: Buffer[], rand: () => number): Buffer {
  const pick = (n: number) => (rand() * n) | 0;
  let b = Buffer.from(seed);
  const kind = pick(8);
  switch (kind) {
    case 0: {
      for (let i = 1 + pick(4); i > 0; i--) b[pick(b.length)] ^= 1 << pick(8);
      break;
    }
    case 1:
      b = b.subarray(0, pick(b.length + 1));
      break;
    case 2: {
      const at = [8, 57, 23, 61, 12][pick(5)];
      const v = [-1, -2, 0, 1, 0x7fffffff, -0x80000000, pick(1 << 16), b.length][pick(8)];
      if (at + 4 <= b.length) b.writeInt32BE(v, at);
      break;
    }
    case 3: {
      const at = 61 + pick(Math.max(1, b.length - 61));
      if (at < b.length) b[at] = [0xff, 0x80, 0x7f, 0x00, 0x01, pick(256)][pick(6)];
      break;
    }
    case 4:
      b = Buffer.from(Array.from({ length: pick(200) }, () => pick(256)));
      break;
    case 5: {
      const other = seeds[pick(seeds.length)];
      b = Buffer.concat([b.subarray(0, pick(b.length)), other.subarray(pick(other.length))]);
      break;
    }
    case 6:
      b = Buffer.concat([b, seeds[pick(seeds.length)], b.subarray(0, pick(b.length))]);
      break;
    default: {
      // Damage the compressed payload or the records, then the attributes' codec bits.
      for (let i = 1 + pick(8); i > 0; i--) {
        const at = 61 + pick(Math.max(1, b.length - 61));
        if (at < b.length) b[at] = pick(256);
      }
      if (rand() < 0.2 && b.length > 22) b[22] = (b[22] & ~7) | pick(8);
      break;
    }
  }
  if (rand() < 0.6) fixCrc(b);
  return b;
}

/** Runs `count` fuzz inputs from `seed`. */
export async function fuzzRecords(count: number, seed = 1, timeLimitMs = 2000): Promise<FuzzReport> {
  const rand = mulberry32(seed);
  const seeds = await buildSeeds(rand);
  const report: FuzzReport = { inputs: 0, decodedOk: 0, protocolErrors: 0, failures: [], slowestMs: 0, elapsedMs: 0 };
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const input = mutate(seeds[(rand() * seeds.length) | 0], seeds, rand);
    const t0 = performance.now();
    try {
      const batches = await decodeRecordBatches(input, { maxDecompressedBytes: MAX_DECOMPRESSED });
      let bytes = 0;
      for (const batch of batches)
        for (const r of batch.records) bytes += (r.key?.length ?? 0) + (r.value?.length ?? 0);
      if (bytes > input.length + batches.length * MAX_DECOMPRESSED) {
        report.failures.push({ input: input.toString('hex'), error: `decoded ${bytes} bytes past the cap` });
      }
      report.decodedOk++;
    } catch (err) {
      if (err instanceof ProtocolError) report.protocolErrors++;
      else report.failures.push({ input: input.toString('hex'), error: String((err as Error)?.stack ?? err) });
    }
    const dt = performance.now() - t0;
    if (dt > report.slowestMs) report.slowestMs = dt;
    if (dt > timeLimitMs) report.failures.push({ input: input.toString('hex'), error: `took ${dt.toFixed(0)} ms` });
    report.inputs++;
    if (report.failures.length > 20) break;
  }
  report.elapsedMs = performance.now() - start;
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 1_000_000);
  const seed = Number(process.argv[3] ?? 1);
  fuzzRecords(count, seed).then((r) => {
    console.log(
      `${r.inputs} inputs in ${(r.elapsedMs / 1000).toFixed(1)} s: ${r.decodedOk} decoded, ${r.protocolErrors} ProtocolError, ${r.failures.length} failures, slowest ${r.slowestMs.toFixed(1)} ms`,
    );
    for (const f of r.failures.slice(0, 5)) console.log(f.error, '\n  input:', f.input.slice(0, 400));
    process.exitCode = r.failures.length > 0 ? 1 : 0;
  });
}
