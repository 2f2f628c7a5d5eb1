/**
 * What `send()` allocates per record (issue 12): a producer of the compiled client sends N records
 * to a scripted broker in another process (so the broker's own work is not counted), while V8's
 * sampling heap profiler records every allocation, collected or not. Prints bytes allocated per
 * record and the allocation sites that account for most of it.
 *
 *   pnpm build && tsx bench/send-alloc.ts [records=200000] [size=100] [partitions=1] [keyed]
 *
 * The numbers are samples (one per 512 bytes on average), so sites under ~1 B/record are noise.
 * Needs no Kafka broker; run it on an idle machine.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { AIOKafkaProducer } from '../packages/client/dist/esm/index.js';

const [records = 200_000, size = 100, partitions = 1] = process.argv.slice(2, 5).map(Number);
const keyed = process.argv.includes('keyed');
const TOPIC = 'alloc';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

/** Starts the scripted broker in a child process; resolves with its address. */
async function startBroker(): Promise<{ address: string; child: ChildProcess }> {
  const script = fileURLToPath(new URL('./send-alloc-broker.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, TOPIC, String(partitions)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const address = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the scripted broker exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /LISTENING (\S+)/.exec(chunk.toString());
      if (match) resolve(match[1]);
    });
  });
  return { address, child };
}

/** Self bytes by site (`function file:line`), summed over the profile tree. */
function bySite(root: ProfileNode): Map<string, number> {
  const sites = new Map<string, number>();
  const walk = (node: ProfileNode) => {
    if (node.selfSize > 0) {
      const f = node.callFrame;
      const file = f.url.replace(/^.*\/(packages|node_modules)\//, '$1/');
      const site = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
      sites.set(site, (sites.get(site) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child);
  };
  walk(root);
  return sites;
}

async function main(): Promise<void> {
  const { address, child } = await startBroker();
  const producer = new AIOKafkaProducer({ bootstrapServers: address, lingerMs: 5 });
  await producer.start();
  const value = Buffer.alloc(size, 'x');
  const keys = Array.from({ length: 10_000 }, (_, i) => `k${i}`);
  // Warm up: metadata, connection, JIT.
  for (let i = 0; i < 20_000; i++) await producer.send(TOPIC, value, keyed ? { key: keys[i % keys.length] } : {});
  await producer.flush();

  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const started = performance.now();
  for (let i = 0; i < records; i++) await producer.send(TOPIC, value, keyed ? { key: keys[i % keys.length] } : {});
  await producer.flush();
  const seconds = (performance.now() - started) / 1_000;
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
  session.disconnect();
  await producer.stop();
  child.kill();

  const sites = [...bySite(profile.head)].sort((a, b) => b[1] - a[1]);
  const total = sites.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(
    `${records} records of ${size} B${keyed ? ', keyed' : ''} over ${partitions} partition(s): ` +
      `${(total / records).toFixed(0)} B allocated per record, ${Math.round(records / seconds)} records/s`,
  );
  for (const [site, bytes] of sites.slice(0, 25)) {
    console.log(`${(bytes / records).toFixed(1).padStart(8)} B/record  ${site}`);
  }
}

await main();
