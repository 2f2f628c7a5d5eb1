/**
 * `pnpm bench [producer|consumer|latency|protocol ...] [--quick] [--rounds N] [--clients a,b]
 * [--cases prefix,…]`: runs each client in its own process, one at a time, in the same order every
 * round (A B C … A B C …), against one real broker, and writes `bench/results/latest.md` and one
 * SVG chart per part. `--cases` keeps the cases whose id starts with one of the prefixes (e.g.
 * `share-`). `KAFKA_AIO_BOOTSTRAP` uses a running broker instead of starting one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  DEFAULT_KAFKA_VERSION,
  isKafka3,
  type KafkaRunState,
  startSingleNode,
  stopRun,
} from '../scripts/kafka/index.js';
import { compileNodeClients } from './clients/compile.js';
import { type ClientSpec, clients } from './clients/index.js';
import { javaCommand } from './clients/java/java.js';
import type { Job } from './job.js';
import { load1, machineLines } from './machine.js';
import { writePayloadFile } from './payload.js';
import { ensurePeers, type Peers } from './peers.js';
import { canMeasure, runMeasured } from './process-metrics.js';
import { formatRows, runProtocolBench } from './protocol.js';
import { type ClientCaseResult, caseTable, type RunMetrics, summarize } from './report.js';
import { type BarGroup, barChart } from './svg.js';
import { Topics } from './topics.js';
import { buildCases, type Case, type Part, readsPrefilledTopic } from './workloads.js';

const PARTS: Part[] = ['producer', 'consumer', 'latency', 'protocol'];
const repoRoot = resolve(import.meta.dirname, '..');
const resultsDir = join(repoRoot, 'bench', 'results');

interface Args {
  parts: Part[];
  quick: boolean;
  rounds?: number;
  only?: string[];
  cases?: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { parts: [], quick: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--rounds') args.rounds = Number(argv[++i]);
    else if (a === '--clients') args.only = argv[++i].split(',');
    else if (a === '--cases') args.cases = argv[++i].split(',');
    else if ((PARTS as string[]).includes(a)) args.parts.push(a as Part);
    else if (a !== '--') throw new Error(`unknown argument ${a}; parts: ${PARTS.join(', ')}`);
  }
  if (args.parts.length === 0) args.parts = [...PARTS];
  return args;
}

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

/** Fills the consumer cases' topic once per record size, with the Java producer (fastest to fill). */
async function prefill(
  c: Case,
  topic: string,
  payloadFile: string,
  bootstrap: string,
  version: string,
  workDir: string,
  producer: Job['producer'] = { ...c.producer, acks: 1, idempotent: false, batchSize: 65_536, lingerMs: 20 },
) {
  const job: Job = {
    workload: 'produce',
    bootstrap,
    topic,
    partitions: c.partitions,
    records: c.records,
    recordSize: c.recordSize,
    payloadFile,
    producer,
    consumer: { ...c.consumer, groupId: 'unused' },
  };
  const cmd = javaCommand(version, job, workDir);
  if (typeof cmd === 'string') throw new Error(cmd);
  const run = await runMeasured('java', cmd.args, { timeoutMs: 600_000, scratchDir: workDir });
  const res = cmd.parse(run.stdout);
  if (!res.ok) throw new Error(`pre-filling ${topic} failed: ${res.error} ${run.stderr.slice(-500)}`);
}

/**
 * A freshly started broker runs cold: in a probe, one producer's first 1M records to a new broker
 * went at 330k-550k records/s, later runs at 850k-940k; in the benchmark, the first client of the
 * first case (kafka-aio on Node 20) paid that alone. Writes records with the Java producer, with
 * the first case's producer settings (acks all, idempotence: the broker's producer-state path),
 * to a 1-partition and a 16-partition scratch topic, then deletes them.
 */
async function warmBroker(
  first: Case,
  topics: Topics,
  payloadFile: string,
  bootstrap: string,
  version: string,
  workDir: string,
  records: number,
) {
  for (const partitions of [1, 16]) {
    const topic = topics.name(`warm-broker-${partitions}`);
    await topics.create(topic, partitions);
    log(`warming the broker: ${records} records to ${topic}`);
    const c = { ...first, partitions, records, recordSize: 100 };
    await prefill(c, topic, payloadFile, bootstrap, version, workDir, first.producer);
    await topics.delete(topic);
  }
}

async function runOne(
  client: ClientSpec,
  c: Case,
  job: Job,
  workDir: string,
  peersDir: string,
  beforeSpawn?: () => Promise<void>,
): Promise<{ metrics?: RunMetrics; unavailable?: string; error?: string }> {
  const cmd = client.command(job);
  if (typeof cmd === 'string') return { unavailable: cmd };
  await beforeSpawn?.();
  const timeoutMs =
    (c.rate ? (c.records + (c.warmupRecords ?? 0)) / c.rate + 60 : c.records >= 100_000 ? 420 : 90) * 1000;
  const run = await runMeasured(cmd.cmd, cmd.args, {
    env: { BENCH_JOB: JSON.stringify(job), BENCH_PEERS_DIR: peersDir },
    cwd: repoRoot,
    timeoutMs,
    scratchDir: workDir,
  });
  const result = cmd.parse(run.stdout);
  if (result.unavailable) return { unavailable: result.unavailable };
  if (!result.ok) {
    const why = run.timedOut ? `timed out after ${timeoutMs / 1000} s` : (result.error ?? `exit ${run.code}`);
    const stderr = run.stderr.trim().split('\n').slice(-2).join(' | ');
    return { error: `${why}${stderr ? ` (stderr: ${stderr.slice(0, 300)})` : ''}` };
  }
  return {
    metrics: {
      result,
      recordsPerSec: result.records / result.seconds,
      mbPerSec: result.bytes / result.seconds / 1e6,
      cpuPerMillion: run.cpuSeconds === undefined ? undefined : (run.cpuSeconds / result.records) * 1e6,
      maxRssMiB: run.maxRssMiB,
    },
  };
}

async function runCase(
  c: Case,
  specs: ClientSpec[],
  ctx: {
    bootstrap: string;
    topics: Topics;
    payloads: Map<number, string>;
    workDir: string;
    consumeTopic?: string;
    peers: Peers;
  },
): Promise<ClientCaseResult[]> {
  const results: ClientCaseResult[] = specs.map((s) => ({
    clientId: s.id,
    label: s.label,
    runs: [],
    errors: [],
    unavailable: s.unavailable,
  }));
  for (let round = 0; round < c.rounds; round++) {
    for (const [i, spec] of specs.entries()) {
      const r = results[i];
      if (r.unavailable) continue;
      const fresh = !readsPrefilledTopic(c);
      const topic = fresh ? ctx.topics.name(c.id) : ctx.consumeTopic!;
      // The topic is made right before the client starts (after its command is built, which may
      // compile a program); a freshTopic case does not wait for the partitions' leaders.
      const made = { topic: false };
      const createTopic = async () => {
        await ctx.topics.create(topic, c.partitions, !c.freshTopic);
        made.topic = true;
        // A fresh partition's first appends cost the broker far more than later ones (3 s for one
        // record to each of 1,024 partitions, against 36 ms for the next; and 500,000 keyed records
        // ran at 25-130k records/s over the first ~25 KiB per partition, 700k+ after), which every
        // client paid inside its timed window. Producer cases write 32 KiB to each partition
        // first, so they measure the client; the freshTopic case keeps that cost on purpose.
        if (c.workload === 'produce' && !c.freshTopic) await ctx.topics.warm(topic, c.partitions);
      };
      // Java's EndToEndLatency is closed loop at ~1 ms a round trip: cap its count to bound the time.
      const records = spec.id === 'java' && c.workload === 'e2e' ? Math.min(c.records, 5000) : c.records;
      const job: Job = {
        workload: c.workload,
        bootstrap: ctx.bootstrap,
        topic,
        partitions: c.partitions,
        records,
        recordSize: c.recordSize,
        payloadFile: ctx.payloads.get(c.recordSize)!,
        keys: c.keys,
        producer: c.producer,
        // The case id keeps the share cases off the consumer groups of the cases on the same topic.
        consumer: { ...c.consumer, groupId: `${topic}-${c.id}-${spec.id}-${round}` },
        rate: c.rate,
        warmupRecords: spec.id === 'java' && c.workload === 'e2e' ? 500 : c.warmupRecords,
      };
      // A share group starts at the latest offsets unless its group config says otherwise.
      const shareGroup = () => ctx.topics.shareGroupFromEarliest(job.consumer.groupId);
      const beforeSpawn = fresh ? createTopic : c.workload === 'share-consume' ? shareGroup : undefined;
      const started = performance.now();
      const out = await runOne(spec, c, job, ctx.workDir, ctx.peers.nodeDir, beforeSpawn);
      if (made.topic) await ctx.topics.delete(topic);
      const secs = ((performance.now() - started) / 1000).toFixed(1);
      if (out.unavailable) {
        r.unavailable = out.unavailable;
        log(`${c.id} ${spec.id}: not available (${out.unavailable})`);
      } else if (out.error) {
        r.errors.push(out.error);
        log(`${c.id} ${spec.id} round ${round + 1}: FAILED ${out.error}`);
      } else {
        r.runs.push(out.metrics!);
        const m = out.metrics!;
        const lat = m.result.latencyMs ? ` p99 ${m.result.latencyMs.p99.toFixed(2)} ms` : '';
        log(
          `${c.id} ${spec.id} round ${round + 1}: ${Math.round(m.recordsPerSec).toLocaleString('en-US')} records/s${lat} (${secs} s)`,
        );
      }
    }
  }
  return results;
}

function chartFor(
  part: Part,
  cases: Case[],
  all: Map<string, ClientCaseResult[]>,
  order: string[],
): string | undefined {
  const mine = cases.filter((c) => c.part === part && all.has(c.id));
  if (mine.length === 0) return undefined;
  const groups: BarGroup[] = [];
  for (const c of mine) {
    const bars = all
      .get(c.id)!
      .map((r) => ({ r, s: summarize(r) }))
      .filter((x) => x.s)
      .map(({ r, s }) =>
        c.workload === 'e2e'
          ? { label: r.label, value: s!.latency?.p99 ?? 0 }
          : { label: r.label, value: s!.recordsPerSec, min: s!.min, max: s!.max },
      );
    if (bars.length) groups.push({ title: c.title, bars });
  }
  const unit = part === 'latency' ? 'p99 latency, ms, lower is better' : 'records/s, median of rounds, whisker min–max';
  const title = { producer: 'Producer', consumer: 'Consumer', latency: 'End-to-end latency', protocol: 'Protocol' }[
    part
  ];
  return barChart(`kafka-aio benchmark: ${title}`, unit, groups, order);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const loadAtStart = load1();
  const version = process.env.KAFKA_AIO_KAFKA_VERSION ?? DEFAULT_KAFKA_VERSION;
  let cases = buildCases(args.quick, args.rounds).filter(
    (c) => args.parts.includes(c.part) && (!args.cases || args.cases.some((p) => c.id.startsWith(p))),
  );
  if (isKafka3(version) && cases.some((c) => c.workload === 'share-consume')) {
    log(`Kafka ${version} has no share groups: leaving out the share-consume cases`);
    cases = cases.filter((c) => c.workload !== 'share-consume');
  }
  const sections: string[] = [];
  const all = new Map<string, ClientCaseResult[]>();
  let header: string[] = [];
  mkdirSync(resultsDir, { recursive: true });

  if (cases.length > 0) {
    const peers = ensurePeers();
    for (const cmd of peers.commands) log(`installed with: ${cmd}`);
    const workDir = mkdtempSync(join(tmpdir(), 'kafka-aio-bench-'));
    let state: KafkaRunState | undefined;
    let bootstrap = process.env.KAFKA_AIO_BOOTSTRAP;
    if (!bootstrap) {
      log(`starting Apache Kafka ${version}`);
      state = await startSingleNode({ version, ownerPid: process.pid });
      bootstrap = state.listeners.plaintext;
    }
    const topics = new Topics(bootstrap);
    try {
      await topics.start();
      const payloads = new Map([100, 1024].map((s) => [s, writePayloadFile(workDir, s)]));
      await compileNodeClients(repoRoot);
      let specs = clients({ repoRoot, peers, kafkaVersion: version, workDir });
      if (args.only) specs = specs.filter((s) => args.only!.includes(s.id));
      for (const s of specs) if (s.unavailable) log(`${s.label}: not available (${s.unavailable})`);
      header = machineLines(peers, version, 'started by scripts/kafka');
      if (!canMeasure()) header.push('- /usr/bin/time is missing: CPU and RSS columns are empty');
      const warmRecords = args.quick ? 100_000 : 1_500_000;
      await warmBroker(cases[0], topics, payloads.get(100)!, bootstrap, version, workDir, warmRecords);
      header.push(
        `- Broker warm-up: ${warmRecords.toLocaleString('en-US')} records of 100 B to 1 and to 16 partitions, written with the Java producer and the first case's producer settings before the first case, so that no client meets a cold broker`,
      );
      const prefilled = new Map<number, string>();
      let shareWarm = false;
      for (const c of cases) {
        let consumeTopic: string | undefined;
        if (readsPrefilledTopic(c)) {
          consumeTopic = prefilled.get(c.recordSize);
          if (!consumeTopic) {
            consumeTopic = topics.name(`consume-${c.recordSize}`);
            await topics.create(consumeTopic, c.partitions);
            log(`pre-filling ${consumeTopic} with ${c.records} records`);
            await prefill(c, consumeTopic, payloads.get(c.recordSize)!, bootstrap, version, workDir);
            prefilled.set(c.recordSize, consumeTopic);
          }
          if (c.workload === 'share-consume' && !shareWarm) {
            await topics.warmShareGroups(consumeTopic);
            shareWarm = true;
          }
        }
        log(`case ${c.id} (${c.rounds} round${c.rounds > 1 ? 's' : ''})`);
        const results = await runCase(c, specs, { bootstrap, topics, payloads, workDir, consumeTopic, peers });
        all.set(c.id, results);
        const table = caseTable(c, results);
        console.log(`\n${table}\n`);
        sections.push(table);
      }
      for (const t of prefilled.values()) await topics.delete(t);
      const order = specs.map((s) => s.label);
      for (const part of ['producer', 'consumer', 'latency'] as const) {
        const svg = chartFor(part, cases, all, order);
        if (svg) writeFileSync(join(resultsDir, `${part}${args.quick ? '-quick' : ''}.svg`), svg);
      }
      const problems = Object.entries(peers.problems);
      if (problems.length) header.push(...problems.map(([k, v]) => `- Not installed: ${k}: ${v}`));
    } finally {
      await topics.stop().catch(() => {});
      if (state) await stopRun(state);
      rmSync(workDir, { recursive: true, force: true });
    }
  }

  if (args.parts.includes('protocol')) {
    log('protocol micro-benchmarks');
    const table = `### Protocol micro-benchmarks (Node ${process.version}, in-process)\n\n${formatRows(await runProtocolBench({ quick: args.quick }))}`;
    console.log(`\n${table}\n`);
    sections.push(table);
    if (header.length === 0) header = machineLines(undefined, '-', 'not used');
  }

  const minutes = ((performance.now() - t0) / 60000).toFixed(1);
  const doc = [
    `# kafka-aio benchmark results${args.quick ? ' (quick mode: small counts, not for comparison)' : ''}`,
    '',
    ...header,
    `- Parts: ${args.parts.join(', ')}; wall time ${minutes} min; 1-minute load average ${loadAtStart} at the start, ${load1()} at the end (anything above 2 means other work shared the 2 cores)`,
    "- Method: every client in its own process, one at a time, same order every round; median of the rounds, spread min–max. CPU (user + system) and peak RSS are the whole process as the kernel counts it (GNU time), so they include the runtime start-up (the Node clients run as JavaScript compiled before the run, with no TypeScript loader in the process); records/s covers the client's timed window (connected client, first send to last acknowledgement or first poll to last record).",
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
  writeFileSync(join(resultsDir, args.quick ? 'quick.md' : 'latest.md'), doc);
  log(`done in ${minutes} min; wrote bench/results/${args.quick ? 'quick.md' : 'latest.md'}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
