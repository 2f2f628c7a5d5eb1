import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { kafkaClasspath, loggingArgs } from './java.js';
import { waitForBroker } from './probe.js';
import { isAlive, signal, spawnDetached, stopProcess, waitForExit } from './process.js';
import type { KafkaRunState, NodeState } from './types.js';
import { USERS } from './types.js';

const run = promisify(execFile);

/** The JVM command line of a broker; small heap because tests run up to 3 brokers on 2 cores. */
export function brokerJavaArgs(version: string, configPath: string, dir: string): string[] {
  return [
    '-Xms256m',
    '-Xmx512m',
    '-XX:+UseG1GC',
    '-XX:MaxGCPauseMillis=20',
    '-Djava.awt.headless=true',
    ...loggingArgs(version, 'broker'),
    `-Dkafka.logs.dir=${dir}`,
    '-cp',
    kafkaClasspath(version),
    'kafka.Kafka',
    configPath,
  ];
}

/** Options for {@link formatNode}. */
export interface FormatOptions {
  /** Create the SCRAM-SHA-256/512 credentials of the test users (the only way before first start). */
  scram: boolean;
  /** `--feature` overrides, e.g. `transaction.version=0` or `group.version=0`. */
  features?: string[];
}

/** Runs StorageTool format on one node's config (fresh directories only; never re-format a node). */
export async function formatNode(
  version: string,
  configPath: string,
  clusterId: string,
  options: FormatOptions,
): Promise<void> {
  const args = [
    '-Xmx256m',
    ...loggingArgs(version, 'tools'),
    '-cp',
    kafkaClasspath(version),
    'kafka.tools.StorageTool',
    'format',
    '-t',
    clusterId,
    '-c',
    configPath,
  ];
  if (options.scram) {
    for (const mechanism of ['SCRAM-SHA-256', 'SCRAM-SHA-512']) {
      for (const u of Object.values(USERS)) {
        args.push('--add-scram', `${mechanism}=[name=${u.username},password=${u.password}]`);
      }
    }
  }
  for (const f of options.features ?? []) args.push('--feature', f);
  try {
    await run('java', args, { timeout: 60_000 });
  } catch (err) {
    const e = err as Error & { stdout?: string; stderr?: string };
    throw new Error(`formatting ${configPath} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

/** Starts (or restarts) a node's JVM detached, and returns its pid. */
export function spawnNode(node: NodeState, ownerPid: number | undefined, workDir: string): number {
  return spawnDetached('java', node.javaArgs, { logFile: node.logPath, ownerPid, cleanupDir: workDir });
}

/** True while this node's JVM runs (the config path in its command line guards against pid reuse). */
export function isNodeAlive(node: NodeState): boolean {
  return isAlive(node.pid, node.configPath);
}

/** The last `lines` lines of a log file (empty if it does not exist). */
export function logTail(path: string, lines = 40): string {
  if (!existsSync(path)) return '';
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(-lines - 1)
    .join('\n');
}

/** Waits until the node answers ApiVersions + Metadata listing `expectBrokers` brokers. */
export async function waitForNode(node: NodeState, expectBrokers: number, timeoutMs = 90_000): Promise<void> {
  try {
    await waitForBroker('127.0.0.1', node.ports.plaintext, {
      expectBrokers,
      timeoutMs,
      isDead: () => !isNodeAlive(node),
    });
  } catch (err) {
    throw new Error(
      `Kafka node ${node.nodeId} did not become ready: ${(err as Error).message}\n` +
        `log: ${node.logPath}\n--- last 40 lines ---\n${logTail(node.logPath)}`,
    );
  }
}

function findNode(state: KafkaRunState, nodeId: number): NodeState {
  const node = state.nodes.find((n) => n.nodeId === nodeId);
  if (!node) throw new Error(`no node ${nodeId} (nodes: ${state.nodes.map((n) => n.nodeId).join(', ')})`);
  return node;
}

/**
 * Kills one node (default SIGKILL, the hard-failure case; SIGTERM for a clean stop) and waits until
 * its process is gone. Its data dir is kept, so {@link restartNode} brings the same node back.
 */
export async function killNode(state: KafkaRunState, nodeId: number, sig: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  const node = findNode(state, nodeId);
  if (!isNodeAlive(node)) return;
  if (sig === 'SIGKILL') {
    signal(node.pid, 'SIGKILL');
    await waitForExit(node.pid, 10_000, node.configPath);
  } else {
    signal(node.pid, sig);
    await stopProcess(node.pid, node.configPath);
  }
}

/**
 * Starts a killed node again with the same command line and data dir (never re-formatted), waits
 * until it answers and the metadata lists every running node, and returns the node with its new pid.
 * Nodes still down do not count: the controller drops a killed node from the metadata once its
 * session expires (3 s), so waiting for every node made a restart next to a killed node fail on a
 * slow machine. The `state` object is updated in place; persist it if it came from a state file.
 */
export async function restartNode(
  state: KafkaRunState,
  nodeId: number,
  options: { timeoutMs?: number } = {},
): Promise<NodeState> {
  const node = findNode(state, nodeId);
  if (isNodeAlive(node)) throw new Error(`node ${nodeId} is still running (pid ${node.pid})`);
  node.pid = spawnNode(node, state.ownerPid, state.workDir);
  await waitForNode(node, state.nodes.filter(isNodeAlive).length, options.timeoutMs);
  return node;
}
