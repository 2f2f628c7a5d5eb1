import { type LaunchOptions, launch } from './launch.js';
import type { KafkaRunState } from './types.js';

/**
 * Starts one KRaft broker+controller with PLAINTEXT, SASL_PLAINTEXT (PLAIN, SCRAM-SHA-256/512,
 * OAUTHBEARER), SSL (client cert requested) and SASL_SSL listeners on free 127.0.0.1 ports, a fresh
 * test PKI and the SCRAM users of {@link USERS}. Resolves once the broker serves Metadata.
 * Stop it with `stopRun(state)`.
 */
export function startSingleNode(options: LaunchOptions = {}): Promise<KafkaRunState> {
  return launch(1, options);
}
