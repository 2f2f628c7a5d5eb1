/**
 * Turns the runs of every case into markdown: one table per case with medians, spreads and each
 * client's ratio to kafka-aio on Node 20, plus the settings and the machine.
 */
import type { ClientResult, Latency } from './job.js';
import { median, spread } from './stats.js';
import { type Case, readsPrefilledTopic } from './workloads.js';

/** One finished run of one client, with the runner's outside measurements. */
export interface RunMetrics {
  result: ClientResult;
  recordsPerSec: number;
  mbPerSec: number;
  cpuPerMillion?: number;
  maxRssMiB?: number;
}

/** Everything one client did in one case. */
export interface ClientCaseResult {
  clientId: string;
  label: string;
  runs: RunMetrics[];
  /** Set when the client could not run this case; the reason is printed in the table. */
  unavailable?: string;
  errors: string[];
}

/** The medians of a client's runs in one case (what tables and charts show). */
export interface Summary {
  recordsPerSec: number;
  min: number;
  max: number;
  mbPerSec: number;
  cpuPerMillion?: number;
  maxRssMiB?: number;
  latency?: Latency;
  achievedRate?: number;
  notes: string[];
}

const fmtInt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-');
const fmt = (n: number | undefined, digits = 1) => (n === undefined || !Number.isFinite(n) ? '-' : n.toFixed(digits));

function medianOf(runs: RunMetrics[], pick: (r: RunMetrics) => number | undefined): number | undefined {
  const xs = runs.map(pick).filter((x): x is number => x !== undefined && Number.isFinite(x));
  return xs.length ? median(xs) : undefined;
}

/** Medians and spread of a client's successful runs; undefined when none succeeded. */
export function summarize(c: ClientCaseResult): Summary | undefined {
  const runs = c.runs.filter((r) => r.result.ok);
  if (runs.length === 0) return undefined;
  const rps = runs.map((r) => r.recordsPerSec);
  const lat = runs.filter((r) => r.result.latencyMs);
  const latency = lat.length
    ? {
        p50: medianOf(lat, (r) => r.result.latencyMs!.p50)!,
        p99: medianOf(lat, (r) => r.result.latencyMs!.p99)!,
        p999: medianOf(lat, (r) => r.result.latencyMs!.p999)!,
        max: medianOf(lat, (r) => r.result.latencyMs!.max) ?? Number.NaN,
      }
    : undefined;
  return {
    recordsPerSec: median(rps),
    ...spread(rps),
    mbPerSec: median(runs.map((r) => r.mbPerSec)),
    cpuPerMillion: medianOf(runs, (r) => r.cpuPerMillion),
    maxRssMiB: medianOf(runs, (r) => r.maxRssMiB),
    latency,
    achievedRate: medianOf(runs, (r) => r.result.achievedRate),
    notes: [...new Set(runs.map((r) => r.result.note).filter((n): n is string => !!n))],
  };
}

function settingsLine(c: Case): string {
  const p = c.producer;
  const parts = [
    `${c.records.toLocaleString('en-US')} records of ${c.recordSize} B`,
    `${c.partitions.toLocaleString('en-US')} partition${c.partitions > 1 ? 's' : ''}`,
  ];
  if (c.keys) parts.push(`keyed: record i has key k{i mod ${c.keys.toLocaleString('en-US')}}, default partitioner`);
  if (c.freshTopic) parts.push('topic created right before the client starts, leaders not awaited');
  else if (c.workload === 'produce') parts.push('32 KiB written to each partition before the client starts');
  if (c.workload === 'share-consume')
    parts.push(
      'one share group member, a fresh share group per run with share.auto.offset.reset=earliest set by the harness before the client starts',
      'implicit acknowledgement (records accepted with the next poll)',
      'at most 500 records per poll (the Java default)',
    );
  if (!readsPrefilledTopic(c)) {
    parts.push(
      `acks ${p.acks}`,
      `idempotence ${p.idempotent ? 'on' : 'off'}`,
      `linger ${p.lingerMs} ms`,
      `batch ${p.batchSize} B`,
      `compression ${p.compression}`,
      `max in flight ${p.maxInFlight}`,
      `buffer ${p.bufferMemory / 1048576} MiB`,
    );
  }
  if (readsPrefilledTopic(c) || c.workload === 'e2e') {
    const f = c.consumer;
    parts.push(
      `fetch max ${f.fetchMaxBytes} B`,
      // ShareFetch has no per-partition byte limit: the broker acquires whole batches instead.
      ...(c.workload === 'share-consume' ? [] : [`partition fetch max ${f.maxPartitionFetchBytes} B`]),
      `fetch min ${f.fetchMinBytes} B`,
      `fetch max wait ${f.fetchMaxWaitMs} ms`,
      `CRC checks ${f.checkCrcs ? 'on' : 'off (as the Java perf tools force)'}`,
    );
  }
  if (c.rate) parts.push(`${c.rate} records/s for ${c.records / c.rate} s after ${c.warmupRecords} warm-up records`);
  parts.push(`${c.rounds} round${c.rounds > 1 ? 's' : ''}`);
  return parts.join(', ');
}

/** The markdown table of one case. */
export function caseTable(c: Case, results: ClientCaseResult[]): string {
  const latencyCase = c.workload === 'e2e' || c.workload === 'call';
  const base = summarize(results[0]);
  const head = latencyCase
    ? '| client | records/s (min–max) | MB/s | p50 ms | p99 ms | p99.9 ms | max ms | CPU s / 1M | peak RSS MiB | × kafka-aio |'
    : '| client | records/s (min–max) | MB/s | CPU s / 1M | peak RSS MiB | × kafka-aio |';
  const cols = head.split('|').length - 2;
  const lines = [`### ${c.title}`, '', `Settings: ${settingsLine(c)}.`, '', head, `|${' --- |'.repeat(cols)}`];
  const notes: string[] = [];
  for (const r of results) {
    const s = summarize(r);
    if (!s) {
      const why = r.unavailable ? `not available: ${r.unavailable}` : `failed: ${r.errors[0] ?? 'no successful run'}`;
      lines.push(`| ${r.label} | ${why.replaceAll('|', '/')} |${' |'.repeat(cols - 2)}`);
      continue;
    }
    // For latency rows a lower p99 is better, so the ratio is kafka-aio's p99 over the client's.
    const ratio =
      latencyCase && c.workload === 'e2e' && s.latency && base?.latency
        ? base.latency.p99 / s.latency.p99
        : base
          ? s.recordsPerSec / base.recordsPerSec
          : Number.NaN;
    const ratioText = base ? `${fmt(ratio, 2)}×` : '-';
    const rps = `${fmtInt(s.recordsPerSec)} (${fmtInt(s.min)}–${fmtInt(s.max)})`;
    const cells = latencyCase
      ? [
          rps,
          fmt(s.mbPerSec),
          fmt(s.latency?.p50, 2),
          fmt(s.latency?.p99, 2),
          fmt(s.latency?.p999, 2),
          fmt(s.latency?.max, 2),
        ]
      : [rps, fmt(s.mbPerSec)];
    cells.push(fmt(s.cpuPerMillion, 2), fmt(s.maxRssMiB, 0), ratioText);
    lines.push(`| ${r.label} | ${cells.join(' | ')} |`);
    for (const n of s.notes) notes.push(`${r.label}: ${n}`);
    for (const e of r.errors) notes.push(`${r.label}: a run failed: ${e}`);
  }
  if (c.workload === 'e2e')
    notes.push('× kafka-aio compares p99 latency (kafka-aio p99 / client p99; above 1 is better than kafka-aio).');
  if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
  return lines.join('\n');
}
