/**
 * Vitest global setup of the `integration` project: provides `inject('kafka')` (a KafkaTestInfo).
 *
 * - `KAFKA_AIO_BOOTSTRAP=host:port`: use that broker, start nothing.
 * - otherwise start a single node of `KAFKA_AIO_KAFKA_VERSION` (default 4.3.1) with every listener;
 *   `KAFKA_AIO_REGISTRY=1` also starts Apicurio Registry (or give `KAFKA_AIO_REGISTRY_URL`).
 *
 * Nothing outlives the run: teardown stops the broker; SIGINT/SIGTERM and process exit kill it
 * synchronously; and if vitest itself is SIGKILLed, the watchdog started beside each JVM kills it.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { DEFAULT_KAFKA_VERSION } from './paths.js';
import { signal } from './process.js';
import { startRegistry } from './registry.js';
import { startSingleNode } from './single-node.js';
import { ownedStateFile, removeState, writeState } from './state.js';
import { stopRun } from './stop.js';
import { externalTestInfo, testInfoFromState } from './test-info.js';
import type { KafkaRunState } from './types.js';
import './vitest-context.js';

/** Environment variables exported to the test workers and their child processes. */
function exportEnv(state: KafkaRunState): Record<string, string | undefined> {
  return {
    KAFKA_AIO_BOOTSTRAP: state.bootstrap,
    KAFKA_AIO_BOOTSTRAP_SASL_PLAINTEXT: state.listeners.saslPlaintext,
    KAFKA_AIO_BOOTSTRAP_SSL: state.listeners.ssl,
    KAFKA_AIO_BOOTSTRAP_SASL_SSL: state.listeners.saslSsl,
    KAFKA_AIO_TLS_CA: state.tls?.ca,
    KAFKA_AIO_KAFKA_VERSION: state.version,
    KAFKA_AIO_REGISTRY_URL: state.registry?.url,
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.KAFKA_AIO_BOOTSTRAP;
  const version = process.env.KAFKA_AIO_KAFKA_VERSION || DEFAULT_KAFKA_VERSION;
  if (external) {
    project.provide('kafka', externalTestInfo(external, version, process.env.KAFKA_AIO_REGISTRY_URL));
    return async () => {};
  }

  const started = Date.now();
  const state = await startSingleNode({ version, ownerPid: process.pid });
  const stateFile = ownedStateFile(process.pid);
  writeState(state, stateFile);

  // Last-resort cleanup for paths where the async teardown never runs. Must be synchronous.
  let stopped = false;
  const killNow = () => {
    if (stopped) return;
    stopped = true;
    for (const n of state.nodes) signal(n.pid, 'SIGKILL');
    if (state.registry) signal(state.registry.pid, 'SIGKILL');
    rmSync(state.workDir, { recursive: true, force: true });
    if (state.registry) rmSync(state.registry.dir, { recursive: true, force: true });
    removeState(stateFile);
  };
  const onSignal = (sig: NodeJS.Signals) => {
    killNow();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    // Keep the default "die on signal" unless vitest handles the signal itself.
    if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', killNow);

  try {
    if (process.env.KAFKA_AIO_REGISTRY_URL) {
      // An external registry wins; keep it in the info only.
    } else if (process.env.KAFKA_AIO_REGISTRY === '1') {
      state.registry = await startRegistry({ ownerPid: process.pid });
      writeState(state, stateFile);
    }
  } catch (err) {
    killNow();
    throw err;
  }
  const info = testInfoFromState(state);
  info.registryUrl ??= process.env.KAFKA_AIO_REGISTRY_URL;
  project.provide('kafka', info);
  const previousEnv: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(exportEnv(state))) {
    previousEnv[key] = process.env[key];
    if (value !== undefined) process.env[key] = value;
  }
  console.error(`[kafka-aio] Kafka ${state.version} ready at ${state.bootstrap} in ${Date.now() - started} ms`);

  return async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', killNow);
    for (const [key, value] of Object.entries(previousEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    if (stopped) return;
    stopped = true;
    await stopRun(state);
    removeState(stateFile);
  };
}
