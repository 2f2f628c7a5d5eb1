import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeProperties, randomClusterId, toPropertiesFile } from './config.js';
import { resolveKafka } from './maven.js';
import { brokerJavaArgs, formatNode, spawnNode, waitForNode } from './node.js';
import { DEFAULT_KAFKA_VERSION, scratchRoot } from './paths.js';
import { freePorts } from './ports.js';
import { stopRun } from './stop.js';
import { generateTls, type TlsFiles } from './tls.js';
import type { KafkaRunState, NodePorts, NodeState } from './types.js';
import { SASL_MECHANISMS, USERS } from './types.js';

/** Options shared by {@link startSingleNode} and {@link startCluster}. */
export interface LaunchOptions {
  /** Apache Kafka version (default {@link DEFAULT_KAFKA_VERSION}); resolved from Maven on first use. */
  version?: string;
  /** Enable StandardAuthorizer (super users `User:ANONYMOUS`, `User:admin`). */
  acl?: boolean;
  /** StorageTool `--feature` overrides, e.g. `['transaction.version=0']`. */
  features?: string[];
  /** Extra broker properties (applied last, to every node). */
  overrides?: Record<string, string>;
  /**
   * One rack per node (`broker.rack`), in node order; with racks, brokers pick a follower in the
   * consumer's rack to read from (KIP-392, `RackAwareReplicaSelector`).
   */
  racks?: readonly string[];
  /**
   * Kill the JVMs and remove the data when this process dies (e.g. `process.pid` in a test runner).
   * Leave unset for brokers that must outlive their starter (`kafka:up`).
   */
  ownerPid?: number;
  /** Readiness timeout per node (default 90 s). */
  timeoutMs?: number;
}

/**
 * Formats and starts `nodeCount` combined broker+controller nodes in a fresh scratch directory and
 * waits until every node serves Metadata listing all of them. A single node gets every listener
 * (PLAINTEXT, SASL_PLAINTEXT, SSL, SASL_SSL); cluster nodes only PLAINTEXT. On failure, everything
 * started is stopped and the error carries the log tail; the scratch directory is kept for inspection.
 */
export async function launch(nodeCount: number, options: LaunchOptions = {}): Promise<KafkaRunState> {
  const version = options.version ?? DEFAULT_KAFKA_VERSION;
  const libDir = await resolveKafka(version);
  const single = nodeCount === 1;
  const workDir = mkdtempSync(join(scratchRoot(), 'kafka-aio-'));
  const [tls, ports] = await Promise.all([
    single ? generateTls(join(workDir, 'tls')) : Promise.resolve<TlsFiles | undefined>(undefined),
    freePorts(single ? 7 : 4 * nodeCount),
  ]);
  const nodePorts: NodePorts[] = single
    ? [
        {
          plaintext: ports[0],
          controller: ports[1],
          saslPlaintext: ports[2],
          ssl: ports[3],
          saslSsl: ports[4],
          proxied: { broker: ports[5], advertised: ports[6] },
        },
      ]
    : Array.from({ length: nodeCount }, (_, i) => ({
        plaintext: ports[4 * i],
        controller: ports[4 * i + 1],
        proxied: { broker: ports[4 * i + 2], advertised: ports[4 * i + 3] },
      }));
  const voters = nodePorts.map((p, i) => `${i + 1}@127.0.0.1:${p.controller}`).join(',');

  const nodes: NodeState[] = nodePorts.map((p, i) => {
    const nodeId = i + 1;
    const dir = join(workDir, `node${nodeId}`);
    mkdirSync(dir, { recursive: true });
    const configPath = join(dir, 'server.properties');
    const props = nodeProperties({
      version,
      nodeId,
      ports: p,
      voters,
      dataDir: join(dir, 'data'),
      clusterSize: nodeCount,
      tls,
      acl: options.acl,
      overrides: {
        ...(options.racks && {
          'broker.rack': options.racks[i] ?? '',
          'replica.selector.class': 'org.apache.kafka.common.replica.RackAwareReplicaSelector',
        }),
        ...options.overrides,
      },
    });
    writeFileSync(configPath, toPropertiesFile(props));
    return {
      nodeId,
      pid: 0,
      ports: p,
      dir,
      configPath,
      logPath: join(dir, 'broker.log'),
      javaArgs: brokerJavaArgs(version, configPath, dir),
    };
  });

  const clusterId = randomClusterId();
  const features = options.features ?? [];
  await Promise.all(nodes.map((n) => formatNode(version, n.configPath, clusterId, { scram: single, features })));

  const first = nodePorts[0];
  const state: KafkaRunState = {
    mode: single ? 'single' : 'cluster',
    version,
    clusterId,
    workDir,
    libDir,
    bootstrap: nodePorts.map((p) => `127.0.0.1:${p.plaintext}`).join(','),
    listeners: {
      plaintext: `127.0.0.1:${first.plaintext}`,
      proxied: nodePorts.map((p) => `127.0.0.1:${p.proxied!.advertised}`).join(','),
      ...(single && {
        saslPlaintext: `127.0.0.1:${first.saslPlaintext}`,
        ssl: `127.0.0.1:${first.ssl}`,
        saslSsl: `127.0.0.1:${first.saslSsl}`,
      }),
    },
    proxyRoutes: nodePorts.map((p, i) => ({ nodeId: i + 1, listen: p.proxied!.advertised, target: p.proxied!.broker })),
    nodes,
    tls,
    users: USERS,
    saslMechanisms: single ? SASL_MECHANISMS : [],
    acl: options.acl ?? false,
    features,
    ownerPid: options.ownerPid,
    startedAt: new Date().toISOString(),
  };
  try {
    // A combined node only becomes ready once the quorum has a leader, so all must start together.
    for (const n of nodes) n.pid = spawnNode(n, options.ownerPid, workDir);
    await Promise.all(nodes.map((n) => waitForNode(n, nodeCount, options.timeoutMs)));
  } catch (err) {
    await stopRun(state, { keepFiles: true });
    throw err;
  }
  return state;
}
