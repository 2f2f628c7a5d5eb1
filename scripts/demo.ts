// `pnpm demo`: starts a local Kafka broker (unless KAFKA_AIO_BOOTSTRAP names one), runs the demo
// example against it, and stops the broker again, also when the example fails.
import { spawnSync } from 'node:child_process';
import { startSingleNode, stopRun } from './kafka/index.js';

const DEMO = process.argv[2] ?? 'examples/demo.ts';

async function main(): Promise<number> {
  const external = process.env.KAFKA_AIO_BOOTSTRAP;
  const run = external ? undefined : await startSingleNode();
  const bootstrap = external ?? run!.bootstrap;
  console.log(`broker: ${bootstrap}${run ? ` (Kafka ${run.version}, started for this demo)` : ''}`);
  try {
    const res = spawnSync(process.execPath, ['--import', 'tsx', DEMO], {
      stdio: 'inherit',
      env: { ...process.env, KAFKA_AIO_BOOTSTRAP: bootstrap },
    });
    return res.status ?? 1;
  } finally {
    if (run) await stopRun(run);
  }
}

process.exitCode = await main();
