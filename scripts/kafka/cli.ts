/**
 * Real-broker harness CLI: `tsx scripts/kafka/cli.ts <command>` (see README.md).
 *
 *   fetch   [--version v] [--registry] [--clients-jar]   resolve from Maven, print the lib dir
 *   up      [--cluster] [--version v] [--registry] [--acl] [--proxy] [--feature k=v]... [--set k=v]...
 *   fault   <kind> [values...] [--node N] [--direction toBroker|toClient|both]   (needs up --proxy)
 *   status  [--json]
 *   kill    <nodeId> [--signal SIGTERM]                  (default SIGKILL)
 *   restart <nodeId>
 *   down
 */
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCluster } from './cluster.js';
import { kafkaClientsJar, resolveKafka } from './maven.js';
import { killNode, restartNode } from './node.js';
import { DEFAULT_KAFKA_VERSION } from './paths.js';
import { freePorts } from './ports.js';
import { isAlive, spawnDetached } from './process.js';
import type { FaultCommand } from './proxy-daemon.js';
import { resolveApicurio, startRegistry } from './registry.js';
import { startSingleNode } from './single-node.js';
import { allStateFiles, readState, removeState, stateFile, writeState } from './state.js';
import { runProcesses, stopRun } from './stop.js';
import type { KafkaRunState } from './types.js';

const USAGE = `usage: tsx scripts/kafka/cli.ts <command> [options]
  fetch   [--version v] [--registry] [--clients-jar]  resolve Kafka (and Apicurio) from Maven; print the lib dir
  up      [--cluster] [--version v] [--registry] [--acl] [--proxy] [--feature k=v]... [--set k=v]...
          --proxy: fault proxies in front of every node's PROXIED listener (bootstrap: listeners.proxied)
  fault   blackhole | delay <ms> [jitterMs] | bandwidth <bytes/s> | drip <bytes> <ms> | reset | refuse
          | close-after <bytes> | corrupt <apiKey> correlationId|truncate|flip|sizePrefix | heal | status
          [--node N] [--direction toBroker|toClient|both]     steer the proxies of up --proxy
  status  [--json]                                    listeners, registry URL, process liveness
  kill    <nodeId> [--signal SIGTERM]                 kill one node (default SIGKILL), keep its data
  restart <nodeId>                                    start a killed node again and wait until ready
  down                                                stop everything started by up (and stray owned runs)`;

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    version: { type: 'string', default: DEFAULT_KAFKA_VERSION },
    cluster: { type: 'boolean', default: false },
    registry: { type: 'boolean', default: false },
    acl: { type: 'boolean', default: false },
    proxy: { type: 'boolean', default: false },
    node: { type: 'string' },
    direction: { type: 'string', default: 'both' },
    feature: { type: 'string', multiple: true, default: [] },
    set: { type: 'string', multiple: true, default: [] },
    json: { type: 'boolean', default: false },
    signal: { type: 'string', default: 'SIGKILL' },
    'clients-jar': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function requireState(): KafkaRunState {
  const state = readState();
  if (!state) throw new Error(`nothing is running (no ${stateFile()}); start with: up`);
  return state;
}

function parseOverrides(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const i = pair.indexOf('=');
    if (i <= 0) throw new Error(`--set expects key=value, got ${pair}`);
    out[pair.slice(0, i)] = pair.slice(i + 1);
  }
  return out;
}

async function fetchCommand(): Promise<void> {
  let t = Date.now();
  const lib = await resolveKafka(opts.version);
  console.error(`kafka ${opts.version} resolved in ${seconds(t)}`);
  console.log(opts['clients-jar'] ? await kafkaClientsJar(opts.version) : lib);
  if (opts.registry) {
    t = Date.now();
    console.log(await resolveApicurio());
    console.error(`apicurio resolved in ${seconds(t)}`);
  }
}

async function up(): Promise<void> {
  const existing = readState();
  if (existing) {
    if (runProcesses(existing).some((p) => p.alive)) {
      throw new Error(`already running (${stateFile()}); run 'down' first`);
    }
    await stopRun(existing); // stale leftovers of a crashed run: clean up its files
    removeState();
  }
  const t = Date.now();
  const options = {
    version: opts.version,
    acl: opts.acl,
    features: opts.feature,
    overrides: parseOverrides(opts.set),
  };
  const state = opts.cluster ? await startCluster(options) : await startSingleNode(options);
  console.error(`kafka ${state.version} ${state.mode} ready in ${seconds(t)}`);
  writeState(state); // before the registry, so that 'down' can clean up if anything below fails
  if (opts.registry) {
    const r = Date.now();
    try {
      state.registry = await startRegistry();
    } catch (err) {
      await stopRun(state); // all or nothing: a half-started environment only confuses
      removeState();
      throw err;
    }
    writeState(state);
    console.error(`apicurio registry ${state.registry.version} ready in ${seconds(r)}`);
  }
  if (opts.proxy) {
    const [controlPort] = await freePorts(1);
    const daemon = fileURLToPath(new URL('./proxy-daemon.ts', import.meta.url));
    const logPath = join(state.workDir, 'fault-proxy.log');
    const pid = spawnDetached(
      process.execPath,
      ['--import', 'tsx', daemon, JSON.stringify(state.proxyRoutes), String(controlPort)],
      {
        logFile: logPath,
      },
    );
    state.proxy = { pid, controlPort, logPath };
    writeState(state);
    await sendFault(state, { fault: 'status' }); // waits until the daemon answers
    console.error(`fault proxies up (control port ${controlPort}); bootstrap through ${state.listeners.proxied}`);
  }
  printStatus(state);
}

/** Sends one command to the fault-proxy daemon, retrying the connection while it starts. */
async function sendFault(state: KafkaRunState, command: FaultCommand): Promise<string> {
  if (!state.proxy) throw new Error("no fault proxies in this run; start with 'up --proxy'");
  for (let attempt = 0; ; attempt++) {
    try {
      return await new Promise<string>((resolve, reject) => {
        const socket = connect(state.proxy!.controlPort, '127.0.0.1', () =>
          socket.write(`${JSON.stringify(command)}\n`),
        );
        let reply = '';
        socket.on('data', (d) => {
          reply += d.toString();
          if (reply.includes('\n')) {
            socket.end();
            resolve(reply.trim());
          }
        });
        socket.on('error', reject);
      });
    } catch (err) {
      if (attempt >= 50) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function fault(): Promise<void> {
  const state = requireState();
  const [, kind, ...rest] = positionals;
  const command: FaultCommand = {
    fault: kind as FaultCommand['fault'],
    node: opts.node === undefined ? undefined : Number(opts.node),
    direction: opts.direction as FaultCommand['direction'],
  };
  if (kind === 'corrupt') {
    command.apiKey = Number(rest[0]);
    command.how = (rest[1] ?? 'correlationId') as FaultCommand['how'];
  } else {
    command.values = rest.map(Number);
  }
  const reply = JSON.parse(await sendFault(state, command)) as { ok: boolean; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  console.log(JSON.stringify(reply, null, 2));
}

function printStatus(state: KafkaRunState): void {
  console.log(`kafka ${state.version} (${state.mode}, cluster id ${state.clusterId}${state.acl ? ', ACLs on' : ''})`);
  console.log(`  bootstrap        ${state.bootstrap}`);
  for (const [name, address] of Object.entries(state.listeners)) console.log(`  ${name.padEnd(16)} ${address}`);
  if (state.registry) console.log(`  schema registry  ${state.registry.url}`);
  if (state.tls) console.log(`  tls ca           ${state.tls.ca}`);
  for (const p of runProcesses(state)) {
    console.log(`  ${p.name.padEnd(18)} pid ${String(p.pid).padEnd(8)} ${p.alive ? 'alive' : 'DEAD'}`);
  }
  console.log(`  state            ${stateFile()}`);
}

async function status(): Promise<void> {
  const state = readState();
  if (!state) {
    console.log('kafka: not running');
    process.exitCode = 1;
    return;
  }
  if (opts.json) console.log(JSON.stringify(state, null, 2));
  else printStatus(state);
  if (!runProcesses(state).every((p) => p.alive)) process.exitCode = 1;
}

async function down(): Promise<void> {
  let stopped = 0;
  for (const file of allStateFiles()) {
    const state = readState(file);
    // Runs owned by a live process (e.g. a vitest run in progress) are theirs to stop.
    if (!state || (file !== stateFile() && isAlive(state.ownerPid))) continue;
    const t = Date.now();
    await stopRun(state);
    removeState(file);
    stopped++;
    console.error(`stopped kafka ${state.version} ${state.mode} (${file}) in ${seconds(t)}`);
  }
  if (stopped === 0) console.error('kafka: nothing to stop');
}

async function kill(): Promise<void> {
  const state = requireState();
  const id = Number(positionals[1]);
  await killNode(state, id, opts.signal as NodeJS.Signals);
  console.error(`node ${id} (pid ${state.nodes.find((n) => n.nodeId === id)?.pid}) stopped with ${opts.signal}`);
}

async function restart(): Promise<void> {
  const state = requireState();
  const t = Date.now();
  const node = await restartNode(state, Number(positionals[1]));
  writeState(state);
  console.error(`node ${node.nodeId} restarted (pid ${node.pid}) and ready in ${seconds(t)}`);
}

const commands: Record<string, () => Promise<void>> = { fetch: fetchCommand, up, status, down, kill, restart, fault };
const command = commands[positionals[0] ?? ''];
if (opts.help || !command) {
  console.error(USAGE);
  process.exitCode = opts.help ? 0 : 2;
} else {
  command().catch((err: Error) => {
    console.error(err.message);
    process.exitCode = 1;
  });
}
