/**
 * Every client the benchmark compares, and how to start each one for a job. kafka-aio comes
 * first: the ratios in the report are to its Node 20 row.
 */
import { join } from 'node:path';
import { type ClientResult, type Job, RESULT_PREFIX } from '../job.js';
import type { Peers } from '../peers.js';
import { compiledClient } from './compile.js';
import { javaCommand } from './java/java.js';

/** How to start one client process for one job. */
export interface ClientCommand {
  cmd: string;
  args: string[];
  parse: (stdout: string) => ClientResult;
}

/** One compared client. */
export interface ClientSpec {
  id: string;
  /** Name and runtime as shown in the tables. */
  label: string;
  /** Why this client cannot run at all on this machine, if so. */
  unavailable?: string;
  /** The command for `job`, or why this client cannot run that job. */
  command(job: Job): ClientCommand | string;
}

/** Reads the last `BENCH_RESULT` line a Node or Python client printed. */
export function parseResultLine(stdout: string): ClientResult {
  const line = stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(RESULT_PREFIX));
  if (!line) {
    const tail = stdout.trim().split('\n').slice(-3).join(' | ');
    return { ok: false, error: `no result line (stdout tail: ${tail || 'empty'})`, records: 0, bytes: 0, seconds: 0 };
  }
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as ClientResult;
}

/**
 * A client without share groups (KIP-932): `share-consume` jobs are reported as not available
 * without starting a process, the others go to `command`.
 */
function withoutShareGroups(why: string, command: ClientSpec['command']): ClientSpec['command'] {
  return (job) => (job.workload === 'share-consume' ? `no share groups (${why})` : command(job));
}

/** The clients, given where the peers are and which Kafka version's tools to use. */
export function clients(opts: { repoRoot: string; peers: Peers; kafkaVersion: string; workDir: string }): ClientSpec[] {
  const { repoRoot, peers, kafkaVersion, workDir } = opts;
  const script = (name: string, file = 'run.ts') => join(repoRoot, 'bench', 'clients', name, file);
  // Plain node on the client compiled before the run (compile.ts): no TypeScript loader in the
  // measured process.
  const nodeClient =
    (node: string, name: string): ClientSpec['command'] =>
    () => ({
      cmd: node,
      args: [compiledClient(repoRoot, name)],
      parse: parseResultLine,
    });
  const pythonClient =
    (name: string): ClientSpec['command'] =>
    () => ({
      cmd: peers.python!,
      args: [script(name, 'run.py')],
      parse: parseResultLine,
    });
  const node24 = peers.node24 ?? 'node24-missing';
  return [
    {
      id: 'kafka-aio-node20',
      label: `kafka-aio (Node ${process.versions.node.split('.')[0]})`,
      command: nodeClient(process.execPath, 'kafka-aio'),
    },
    {
      id: 'kafka-aio-node24',
      label: 'kafka-aio (Node 24)',
      unavailable: peers.problems.node24,
      command: nodeClient(node24, 'kafka-aio'),
    },
    {
      id: 'java',
      label: `Java client ${kafkaVersion} (perf tools)`,
      command: (job) => {
        const c = javaCommand(kafkaVersion, job, workDir);
        return typeof c === 'string' ? c : { cmd: 'java', args: c.args, parse: c.parse };
      },
    },
    {
      id: 'kafkajs',
      label: 'kafkajs 2.2.4 (Node 20)',
      unavailable: peers.problems.kafkajs,
      command: withoutShareGroups('kafkajs has no share consumer', (job) =>
        job.producer.compression === 'lz4' && peers.problems['kafkajs-lz4']
          ? `lz4 codec unavailable: ${peers.problems['kafkajs-lz4']}`
          : nodeClient(process.execPath, 'kafkajs')(job),
      ),
    },
    {
      id: 'kafka-aio-kafkajs',
      label: 'kafka-aio (KafkaJS API, Node 20)',
      command: withoutShareGroups('the KafkaJS API has no share consumer', (job) => {
        const c = nodeClient(process.execPath, 'kafkajs')(job) as ClientCommand;
        return { ...c, args: [...c.args, '--kafka-aio-kafkajs'] };
      }),
    },
    {
      id: 'platformatic',
      label: '@platformatic/kafka (Node 24)',
      unavailable: peers.problems.platformatic ?? peers.problems.node24,
      command: withoutShareGroups('@platformatic/kafka 2.12 has no share consumer', nodeClient(node24, 'platformatic')),
    },
    {
      id: 'aiokafka',
      label: 'aiokafka (Python)',
      unavailable: peers.problems.aiokafka,
      command: withoutShareGroups('aiokafka has no share consumer', pythonClient('aiokafka')),
    },
    {
      id: 'confluent-kafka',
      label: 'confluent-kafka (Python, librdkafka)',
      unavailable: peers.problems['confluent-kafka'],
      command: pythonClient('confluent-kafka'),
    },
  ];
}
