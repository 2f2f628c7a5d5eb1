import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDir } from './paths.js';
import type { KafkaRunState } from './types.js';

/** State file of the run started by `kafka:up`. */
export function stateFile(): string {
  return join(runDir(), 'state.json');
}

/** State file of a run owned by another process (e.g. a vitest run), so `kafka:down` can find strays. */
export function ownedStateFile(ownerPid: number): string {
  return join(runDir(), `owned-${ownerPid}.json`);
}

/** Writes a state file atomically (write + rename), so a reader never sees half a file. */
export function writeState(state: KafkaRunState, file = stateFile()): void {
  mkdirSync(runDir(), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, file);
}

/** Reads a state file; `undefined` if there is none. */
export function readState(file = stateFile()): KafkaRunState | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as KafkaRunState;
}

/** Deletes a state file (no error if absent). */
export function removeState(file = stateFile()): void {
  rmSync(file, { force: true });
}

/** Every state file in the run directory: the `kafka:up` one and those of owned runs. */
export function allStateFiles(): string[] {
  if (!existsSync(runDir())) return [];
  return readdirSync(runDir())
    .filter((f) => f === 'state.json' || (f.startsWith('owned-') && f.endsWith('.json')))
    .map((f) => join(runDir(), f));
}
