// Shutdown as a Node program expects it (issue 13): leaving a `for await` loop stops the consumer,
// so the process ends by itself; Ctrl-C (SIGINT) or SIGTERM without a handler of the application's
// own ends the process after the member left its group, so no ghost member holds the partitions for
// a session timeout (the workers use 30 s; the checks allow far less). Each consumer runs in its own
// process (consumer-exit-worker.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AIOKafkaAdminClient } from '../src/admin/index.js';
import type { Cluster } from '../src/cluster/index.js';
import { adminCluster, createTopic, eventually, kafka, produce, records, topicName } from './consumer-helpers.js';

const WORKER = fileURLToPath(new URL('./consumer-exit-worker.ts', import.meta.url));

interface Worker {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

function startWorker(topic: string, groupId: string, mode: string): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, kafka.bootstrap, topic, groupId, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[exit-worker ${mode}] ${d}`));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  return { child, output: () => out, exited };
}

describe('consumer shutdown', () => {
  let admin: Cluster;
  let groups: AIOKafkaAdminClient;
  const topic = topicName('exit');
  const workers: Worker[] = [];
  beforeAll(async () => {
    admin = await adminCluster();
    await createTopic(admin, topic, 2);
    for (let p = 0; p < 2; p++) await produce(admin, topic, p, records(20));
    groups = new AIOKafkaAdminClient({ bootstrapServers: kafka.bootstrap });
    await groups.start();
  });
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await groups?.stop();
    admin?.close();
  });

  const members = async (groupId: string) => {
    const described = await groups.describeConsumerGroups([groupId]);
    return described.get(groupId)?.value?.members.length ?? -1;
  };
  const run = (groupId: string, mode: string) => {
    const w = startWorker(topic, groupId, mode);
    workers.push(w);
    return w;
  };

  it('break out of for await: the consumer stops, the member leaves, the process ends by itself', async () => {
    const groupId = `exit-${randomUUID()}`;
    const w = run(groupId, 'break');
    const { code, signal } = await w.exited;
    expect(w.output()).toContain('consuming');
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(await members(groupId)).toBe(0);
  }, 60_000);

  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s without a handler of the application: the member leaves before the process ends',
    async (sig) => {
      const groupId = `exit-${randomUUID()}`;
      const w = run(groupId, 'signal');
      await eventually(() => w.output().includes('consuming'), 30_000, 'the worker to consume');
      expect(await members(groupId)).toBe(1);
      const sentAt = Date.now();
      w.child.kill(sig);
      const { signal, at } = await w.exited;
      expect(signal).toBe(sig); // it ends the way the signal ends a process
      expect(at - sentAt).toBeLessThan(10_000);
      expect(await members(groupId)).toBe(0); // far sooner than the 30 s session timeout
    },
    60_000,
  );

  it('SIGINT with a handler of the application: the consumer keeps running, shutdown is the application’s call', async () => {
    const groupId = `exit-${randomUUID()}`;
    const w = run(groupId, 'own-handler');
    await eventually(() => w.output().includes('consuming'), 30_000, 'the worker to consume');
    w.child.kill('SIGINT');
    await eventually(() => w.output().includes('handled'), 10_000, 'the application’s handler to run');
    expect(w.output()).toContain('handled, still consuming');
    expect(w.child.exitCode).toBeNull();
    expect(await members(groupId)).toBe(1);
    w.child.kill('SIGKILL');
    await w.exited;
  }, 60_000);
});
