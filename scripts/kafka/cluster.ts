import { type LaunchOptions, launch } from './launch.js';
import type { KafkaRunState } from './types.js';

/**
 * Starts a 3-node KRaft cluster (every node broker+controller, static voters, PLAINTEXT only) for
 * failover tests: internal topics and defaults use RF 3 / min ISR 2, so losing one node keeps both
 * the quorum and produce-with-acks=all working. Use `killNode`/`restartNode` to fail nodes; stop
 * everything with `stopRun(state)`.
 */
export function startCluster(options: LaunchOptions & { nodes?: number } = {}): Promise<KafkaRunState> {
  return launch(options.nodes ?? 3, options);
}
