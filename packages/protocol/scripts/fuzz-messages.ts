/**
 * Large-scale decoder robustness run for the generated messages (not part of CI):
 *
 *   tsx packages/protocol/scripts/fuzz-messages.ts [TOTAL_INPUTS=1000000] [SEED]
 *
 * Spreads TOTAL_INPUTS over every request, response, header and data schema at every version
 * (random bytes, truncations, bit flips, overwritten length bytes) and exits non-zero when any
 * decoder throws something other than ProtocolError. Each failure prints the message, version
 * and input hex so it can be replayed.
 */
import { fuzzAll } from '../codegen/messages/test-support/decode-fuzz.js';
import { MESSAGE_SCHEMAS } from '../src/messages/schemas.js';

const total = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.argv[3] ?? Date.now() % 0x7fffffff);
if (!Number.isFinite(total) || total <= 0) {
  process.stderr.write('usage: fuzz-messages.ts [TOTAL_INPUTS] [SEED]\n');
  process.exit(2);
}

const withVersions = MESSAGE_SCHEMAS.filter((m) => m.validVersions !== 'none').length;
const started = performance.now();
const { inputs, failures } = fuzzAll({ perMessage: Math.ceil(total / withVersions), seed });
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `fuzz-messages: ${inputs} inputs over ${withVersions} messages in ${seconds.toFixed(1)} s (seed ${seed}): ${failures.length} failures\n`,
);
for (const f of failures) process.stdout.write(`  ${f.message} v${f.version}: ${f.error}\n    input ${f.input}\n`);
process.exitCode = failures.length === 0 ? 0 : 1;
