/**
 * Helpers for the Node.js client processes (kafka-aio, kafkajs, @platformatic/kafka): read the
 * job, load payloads, time the workload, print the result. Nothing here touches Kafka.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ClientResult, type Job, RESULT_PREFIX, type Workload } from '../job.js';

/** The job the runner passed in `BENCH_JOB`. */
export function readJob(): Job {
  const raw = process.env.BENCH_JOB;
  if (!raw) throw new Error('BENCH_JOB is not set: run this through bench/run.ts');
  return JSON.parse(raw) as Job;
}

/** The job's payloads as Buffers (each exactly `recordSize` bytes). */
export function loadPayloads(job: Job): Buffer[] {
  return readFileSync(job.payloadFile, 'latin1')
    .split('\n')
    .map((line) => Buffer.from(line, 'latin1'));
}

/**
 * The job's record keys, `k0` … `k${keys - 1}` as UTF-8 Buffers, built once before timing (record
 * `i` takes `keys[i % keys.length]`); undefined when the job's records carry no key.
 */
export function loadKeys(job: Job): Buffer[] | undefined {
  if (!job.keys) return undefined;
  return Array.from({ length: job.keys }, (_, i) => Buffer.from(`k${i}`, 'utf8'));
}

/**
 * Imports a peer package from the benchmark's peer directory outside the repository
 * (`BENCH_PEERS_DIR`), so the repository's lockfile never lists peers.
 */
export async function importPeer<T>(name: string): Promise<T> {
  const dir = process.env.BENCH_PEERS_DIR;
  if (!dir) throw new Error('BENCH_PEERS_DIR is not set');
  const require = createRequire(join(dir, 'package.json'));
  let resolved: string;
  try {
    resolved = require.resolve(name);
  } catch {
    // ESM-only packages have no `require` condition; fall back to the package's main entry.
    const pkg = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8'));
    const entry = typeof pkg.exports === 'object' ? (pkg.exports['.']?.import ?? pkg.exports['.']?.default) : pkg.main;
    resolved = join(dir, 'node_modules', name, typeof entry === 'string' ? entry : (entry?.default ?? 'index.js'));
  }
  return (await import(pathToFileURL(resolved).href)) as T;
}

/** A monotonic clock in milliseconds; both ends of an e2e run live in one process. */
export const nowMs = (): number => performance.now();

/** Writes the intended send time into the first 8 bytes of a copy of `payload`. */
export function stamp(payload: Buffer, intendedMs: number): Buffer {
  const out = Buffer.allocUnsafe(payload.length);
  payload.copy(out);
  out.writeDoubleLE(intendedMs, 0);
  return out;
}

/** Reads the intended send time written by {@link stamp}. */
export function readStamp(value: Buffer): number {
  return value.readDoubleLE(0);
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Open-loop schedule for e2e: calls `sendDue(from, to, intended)` for the records whose intended
 * send time has come, never waiting for replies (so a slow client cannot slow the offered load,
 * and latency counts from the intended time: no coordinated omission).
 */
export async function openLoop(
  total: number,
  rate: number,
  sendDue: (from: number, to: number, intendedOf: (i: number) => number) => void,
): Promise<void> {
  const interval = 1000 / rate;
  const t0 = nowMs() + 5;
  const intendedOf = (i: number): number => t0 + i * interval;
  let next = 0;
  while (next < total) {
    const due = Math.min(total, Math.floor((nowMs() - t0) / interval) + 1);
    if (due > next) {
      sendDue(next, due, intendedOf);
      next = due;
    }
    await sleep(1);
  }
}

/** Per-workload entry points of one client; a missing one is reported as unavailable. */
export type Handlers = Partial<Record<Workload, (job: Job) => Promise<ClientResult>>>;

/** Prints the result line; the runner reads the last such line. */
export function report(result: ClientResult): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

/** Runs the handler for the job's workload and reports its result (or its error) and exits. */
export async function runClient(handlers: Handlers | (() => Promise<Handlers>)): Promise<void> {
  const job = readJob();
  try {
    const h = typeof handlers === 'function' ? await handlers() : handlers;
    const fn = h[job.workload];
    if (!fn) {
      report({
        ok: false,
        unavailable: `no ${job.workload} workload for this client`,
        records: 0,
        bytes: 0,
        seconds: 0,
      });
    } else {
      report(await fn(job));
    }
  } catch (err) {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    report({ ok: false, error: message, records: 0, bytes: 0, seconds: 0 });
  }
  // Some clients keep timers alive after stop(); the result is out, so leave now.
  process.exit(0);
}

/** A throughput result for `records` records of `recordSize` bytes over `seconds`. */
export function throughput(job: Job, records: number, seconds: number, note?: string): ClientResult {
  return { ok: true, records, bytes: records * job.recordSize, seconds, note };
}

/**
 * For clients without a record accumulator (kafkajs, @platformatic/kafka) in the open-loop e2e
 * run: records that fall due while a send() call is outstanding queue up and leave together in the
 * next call, one call at a time, as idempotent producers need. The schedule itself never waits.
 */
export class SerialBatcher<M> {
  private queue: M[] = [];
  private busy = false;
  private idle: Promise<void> = Promise.resolve();
  private wakeIdle: (() => void) | undefined;
  /** Failed send() calls, reported so that lost records cannot pass unnoticed. */
  errors = 0;

  /** `maxPerCall` keeps one call under the broker's 1 MiB request limit when records pile up. */
  constructor(
    private readonly sendBatch: (messages: M[]) => Promise<unknown>,
    private readonly maxPerCall: number,
  ) {}

  push(messages: M[]): void {
    this.queue.push(...messages);
    if (!this.busy) void this.drain();
  }

  private async drain(): Promise<void> {
    this.busy = true;
    this.idle = new Promise((r) => (this.wakeIdle = r));
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxPerCall);
      try {
        await this.sendBatch(batch);
      } catch (err) {
        this.errors++;
        process.stderr.write(`send failed: ${String(err)}\n`);
      }
    }
    this.busy = false;
    this.wakeIdle?.();
  }

  /** Resolves once everything pushed so far has been sent. */
  flushed(): Promise<void> {
    return this.busy ? this.idle : Promise.resolve();
  }
}
