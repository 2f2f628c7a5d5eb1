// Runs the whole test suite: every unit and integration test against Kafka 4.3.1, then the
// compatibility files again against Kafka 3.9.2. Each pass starts (and stops) its own broker
// through the vitest global setup. Ends with one plain summary line over both passes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test files that also run against the older broker line. */
const COMPAT_FILES = ['packages/client/test/protocol.it.test.ts'];

const passes = [
  { name: 'Kafka 4.3.1', env: { KAFKA_AIO_KAFKA_VERSION: '4.3.1' }, args: [] },
  {
    name: 'Kafka 3.9.2 (compatibility)',
    env: { KAFKA_AIO_KAFKA_VERSION: '3.9.2' },
    args: ['--project', 'integration', ...COMPAT_FILES],
  },
];

const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'kafka-aio-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

try {
  for (const [i, pass] of passes.entries()) {
    // With a filter from the command line, run only the first pass, with that filter.
    if (extra.length > 0 && i > 0) break;
    console.log(`\n### ${pass.name}\n`);
    const outputFile = join(dir, `pass-${i}.json`);
    const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`];
    const run = spawnSync('npx', [...args, ...(extra.length > 0 ? extra : pass.args)], {
      stdio: 'inherit',
      env: { ...process.env, ...pass.env },
    });
    if (run.status !== 0) exitCode = run.status ?? 1;
    let report;
    try {
      report = JSON.parse(readFileSync(outputFile, 'utf8'));
    } catch {
      console.error(`${pass.name}: vitest wrote no report`);
      exitCode ||= 1;
      continue;
    }
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    if (report.numTotalTests === 0) {
      console.error(`${pass.name}: no test ran`);
      exitCode ||= 1;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (totals.failed > 0) exitCode ||= 1;
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);
