// Runs the whole test suite: every unit and integration test against Kafka 4.3.1 on the Node
// running this script (the 20.19 floor in CI), then the compatibility files again against Kafka
// 3.9.2, then the unit tests (the packaging test among them) on Node 24, the other line users run.
// Each broker pass starts (and stops) its own broker through the vitest global setup. Ends with
// one plain summary line over every pass.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { node24 } from './node24.mjs';

/** Test files that also run against the older broker line. */
const COMPAT_FILES = ['packages/client/test/protocol.it.test.ts'];

const passes = [
  { name: 'Kafka 4.3.1', env: { KAFKA_AIO_KAFKA_VERSION: '4.3.1' }, args: [] },
  {
    name: 'Kafka 3.9.2 (compatibility)',
    env: { KAFKA_AIO_KAFKA_VERSION: '3.9.2' },
    args: ['--project', 'integration', ...COMPAT_FILES],
  },
  { name: 'Node 24 (unit and packaging tests)', env: {}, args: ['--project', 'unit'], runtime: 'node24' },
];

const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'kafka-aio-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
/** Failed tests of every pass, printed again just above the summary line, where a truncated log keeps them. */
const failures = [];
let exitCode = 0;

try {
  for (const [i, pass] of passes.entries()) {
    // With a filter from the command line, run only the first pass, with that filter.
    if (extra.length > 0 && i > 0) break;
    console.log(`\n### ${pass.name}\n`);
    const outputFile = join(dir, `pass-${i}.json`);
    const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`];
    let command = 'npx';
    let commandArgs = [...args, ...(extra.length > 0 ? extra : pass.args)];
    if (pass.runtime === 'node24') {
      let bin;
      try {
        bin = node24();
      } catch (err) {
        console.error(`${pass.name}: ${err.message}`);
        exitCode ||= 1;
        continue;
      }
      // vitest's own entry, run by Node 24; child processes the tests spawn use the same binary.
      command = bin;
      commandArgs = [join('node_modules', 'vitest', 'vitest.mjs'), ...commandArgs.slice(1)];
      console.log(`(${bin}, ${spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim()})`);
    }
    const run = spawnSync(command, commandArgs, {
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
    for (const file of report.testResults ?? []) {
      const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
      // A file that failed to load (or a failing hook) has no failed assertion but a message.
      if (failed.length === 0 && file.status === 'failed')
        failed.push({ fullName: '(file)', failureMessages: [file.message] });
      for (const t of failed) {
        const first = String(t.failureMessages?.[0] ?? '')
          .split('\n')[0]
          .slice(0, 300);
        failures.push(`${pass.name} · ${file.name.replace(`${process.cwd()}/`, '')} › ${t.fullName}: ${first}`);
      }
    }
    if (report.numTotalTests === 0) {
      console.error(`${pass.name}: no test ran`);
      exitCode ||= 1;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (totals.failed > 0) exitCode ||= 1;
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);
