import { rmSync } from 'node:fs';
import { isAlive, stopProcess } from './process.js';
import type { KafkaRunState, RegistryState } from './types.js';

/** Part of the fault-proxy daemon's command line, to recognise its pid. */
export const PROXY_DAEMON_MARKER = 'proxy-daemon.ts';

/** Stops an Apicurio Registry started by `startRegistry` and removes its scratch directory. */
export async function stopRegistry(registry: RegistryState, options: { keepFiles?: boolean } = {}): Promise<void> {
  await stopProcess(registry.pid, registry.dir);
  if (!options.keepFiles) rmSync(registry.dir, { recursive: true, force: true });
}

/**
 * Stops every process of a run (registry and all nodes, concurrently; SIGTERM, SIGKILL after 10 s)
 * and removes its scratch directory unless `keepFiles`. Safe to call twice or on a half-started run.
 */
export async function stopRun(state: KafkaRunState, options: { keepFiles?: boolean } = {}): Promise<void> {
  await Promise.all([
    state.registry ? stopRegistry(state.registry, options) : Promise.resolve(),
    state.proxy ? stopProcess(state.proxy.pid, PROXY_DAEMON_MARKER) : Promise.resolve(),
    ...state.nodes.map((n) => stopProcess(n.pid, n.configPath)),
  ]);
  if (!options.keepFiles) rmSync(state.workDir, { recursive: true, force: true });
}

/** Names of the processes of a run and whether each is alive, e.g. for `kafka:status`. */
export function runProcesses(state: KafkaRunState): { name: string; pid: number; alive: boolean }[] {
  const out = state.nodes.map((n) => ({
    name: `kafka node ${n.nodeId}`,
    pid: n.pid,
    alive: isAlive(n.pid, n.configPath),
  }));
  if (state.proxy) {
    out.push({ name: 'fault proxies', pid: state.proxy.pid, alive: isAlive(state.proxy.pid, PROXY_DAEMON_MARKER) });
  }
  if (state.registry) {
    out.push({
      name: 'apicurio registry',
      pid: state.registry.pid,
      alive: isAlive(state.registry.pid, state.registry.dir),
    });
  }
  return out;
}
