/**
 * Record-batch codec benchmark: encode and decode of 1,000-record batches (100 B and 1 KiB
 * values, uncompressed and lz4) and CRC32C alone, each next to a same-run baseline of copying the
 * same number of bytes with Buffer.copy. Run: `tsx bench/protocol.ts [--quick]`.
 */
import { pathToFileURL } from 'node:url';
import { decodeRecordDeltas, decodeRecords } from '../packages/protocol/src/records/decode-records.js';
import {
  CompressionType,
  crc32c,
  decodeRecordBatchesSync,
  encodeRecordBatchSync,
  loadCompressionCodec,
  type RecordInput,
} from '../packages/protocol/src/records/index.js';

/** One result line. */
export interface Row {
  name: string;
  /** Bytes of the uncompressed batch processed per second, in MB (10^6). */
  mbPerSec: number;
  /** Records per second (0 for CRC and copy rows). */
  recordsPerSec: number;
  /** mbPerSec divided by the Buffer.copy baseline of the same byte count. */
  ratioToCopy: number;
  /** The baseline's MB/s this row is compared with. */
  copyMbPerSec: number;
}

interface Case {
  name: string;
  bytes: number;
  records: number;
  run: () => unknown;
}

const RECORDS_PER_BATCH = 1000;

function makeRecords(valueSize: number): RecordInput[] {
  const ts = Date.now();
  return Array.from({ length: RECORDS_PER_BATCH }, (_, i) => {
    const value = Buffer.alloc(valueSize);
    for (let j = 0; j < valueSize; j++) value[j] = (i * 7 + j * 13) & 0x7f;
    return { key: null, value, timestamp: ts + (i >> 4) };
  });
}

let sink = 0;

/** Runs `fn` for about `ms` milliseconds; returns calls per second. */
function sample(fn: () => unknown, ms: number): number {
  let calls = 0;
  const start = process.hrtime.bigint();
  const limit = BigInt(ms) * 1_000_000n;
  let elapsed = 0n;
  do {
    for (let i = 0; i < 4; i++) {
      const out = fn();
      if (out && typeof out === 'object') sink ^= 1;
    }
    calls += 4;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < limit);
  return calls / (Number(elapsed) / 1e9);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function measure(fn: () => unknown, quick: boolean): number {
  sample(fn, quick ? 100 : 400); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) samples.push(sample(fn, quick ? 60 : 200));
  return median(samples);
}

function copyCase(bytes: number): () => unknown {
  const src = Buffer.alloc(bytes, 1);
  const dst = Buffer.allocUnsafe(bytes);
  return () => {
    src.copy(dst);
    return dst;
  };
}

function buildCases(): Case[] {
  const cases: Case[] = [];
  for (const size of [100, 1024]) {
    const label = size === 100 ? '100 B' : '1 KiB';
    const records = makeRecords(size);
    for (const compression of [CompressionType.NONE, CompressionType.LZ4]) {
      const codec = compression === CompressionType.NONE ? 'none' : 'lz4';
      const input = { records, compression };
      const plain = encodeRecordBatchSync({ records });
      const encoded = encodeRecordBatchSync(input);
      cases.push({
        name: `encode ${label} ${codec}`,
        bytes: plain.length,
        records: RECORDS_PER_BATCH,
        run: () => encodeRecordBatchSync(input),
      });
      cases.push({
        name: `decode ${label} ${codec}`,
        bytes: plain.length,
        records: RECORDS_PER_BATCH,
        run: () => decodeRecordBatchesSync(encoded),
      });
      if (compression === CompressionType.NONE) {
        cases.push({
          name: `decode ${label} none, no CRC check`,
          bytes: plain.length,
          records: RECORDS_PER_BATCH,
          run: () => decodeRecordBatchesSync(encoded, { verifyCrc: false }),
        });
        // The bigint cost: the record loop alone (no CRC), with bigint offsets/timestamps and with
        // the deltas kept as numbers.
        const count = encoded.readInt32BE(57);
        cases.push({
          name: `record loop ${label}, bigint offset+timestamp`,
          bytes: plain.length,
          records: RECORDS_PER_BATCH,
          run: () => decodeRecords(encoded, 61, encoded.length, count, 1000n, 1_700_000_000_000n, null),
        });
        cases.push({
          name: `record loop ${label}, number deltas`,
          bytes: plain.length,
          records: RECORDS_PER_BATCH,
          run: () => decodeRecordDeltas(encoded, 61, encoded.length, count),
        });
        cases.push({ name: `crc32c ${label} batch`, bytes: plain.length, records: 0, run: () => crc32c(plain, 21) });
      }
    }
  }
  return cases;
}

/** Runs every case; returns one row per case. */
export async function runProtocolBench({ quick = false }: { quick?: boolean } = {}): Promise<Row[]> {
  const rows: Row[] = [];
  const copyRate = new Map<number, number>();
  await loadCompressionCodec(CompressionType.LZ4); // the sync encode/decode below need the binding
  for (const c of buildCases()) {
    let copy = copyRate.get(c.bytes);
    if (copy === undefined) {
      copy = (measure(copyCase(c.bytes), quick) * c.bytes) / 1e6;
      copyRate.set(c.bytes, copy);
    }
    const perSec = measure(c.run, quick);
    const mbPerSec = (perSec * c.bytes) / 1e6;
    rows.push({
      name: c.name,
      mbPerSec,
      recordsPerSec: perSec * c.records,
      ratioToCopy: mbPerSec / copy,
      copyMbPerSec: copy,
    });
  }
  return rows;
}

/** Formats rows as a markdown table. */
export function formatRows(rows: Row[]): string {
  const lines = [
    '| case | MB/s | records/s | Buffer.copy MB/s | ratio to copy |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${r.mbPerSec.toFixed(0)} | ${r.recordsPerSec ? Math.round(r.recordsPerSec).toLocaleString('en-US') : '-'} | ${r.copyMbPerSec.toFixed(0)} | ${(r.ratioToCopy * 100).toFixed(2)}% |`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes('--quick');
  runProtocolBench({ quick }).then((rows) => {
    console.log(`node ${process.version}, ${RECORDS_PER_BATCH} records per batch, values without keys or headers`);
    console.log(formatRows(rows));
    if (sink < 0) console.log(sink);
  });
}
