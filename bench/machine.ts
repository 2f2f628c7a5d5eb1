/** What the report says about the machine the numbers come from. */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Peers } from './peers.js';

function versionOf(cmd: string | undefined, args: string[]): string {
  if (!cmd) return 'not installed';
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n')[0] || 'unknown';
}

/** The 1-minute load average, rounded: other work on the machine shows up here, and in the spread. */
export const load1 = (): string => loadavg()[0].toFixed(1);

/** Markdown bullet lines: date, CPU, memory, runtimes and broker. */
export function machineLines(peers: Peers | undefined, kafkaVersion: string, broker: string): string[] {
  const cpu = cpus();
  return [
    `- Date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `- Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM; the broker and the client share these cores`,
    `- Node: ${process.version} (kafka-aio, kafkajs); ${versionOf(peers?.node24, ['-v'])} (kafka-aio, @platformatic/kafka)`,
    `- Python: ${versionOf(peers?.python, ['--version'])}; Java: ${versionOf('java', ['-version'])}`,
    `- Broker: Apache Kafka ${kafkaVersion}, one KRaft node on 127.0.0.1 (${broker}), replication factor 1`,
  ];
}
