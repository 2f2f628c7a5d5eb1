import type { TlsFiles } from './tls.js';

/** Bootstrap addresses (`host:port`) of one broker's client listeners. */
export interface Listeners {
  plaintext: string;
  /** SASL over plaintext: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER (unsecured JWS). */
  saslPlaintext?: string;
  /** TLS; a client certificate is requested (not required): with one the principal is `User:CN=alice`. */
  ssl?: string;
  /** SASL over TLS, same mechanisms as {@link Listeners.saslPlaintext}. */
  saslSsl?: string;
  /**
   * PLAINTEXT through a fault proxy: the broker advertises this address on its `PROXIED` listener,
   * so clients that bootstrap here stay behind the proxy. Nothing listens on it until a test starts
   * a {@link FaultProxy} for each node's {@link ProxyRoute}.
   */
  proxied?: string;
}

/** Where a node's fault proxy listens (the address the broker advertises) and where it forwards. */
export interface ProxyRoute {
  nodeId: number;
  /** The advertised port of the `PROXIED` listener: the proxy binds it. */
  listen: number;
  /** The broker's own `PROXIED` port: the proxy connects to it. */
  target: number;
}

/** Ports one node listens on (all bound to 127.0.0.1). */
export interface NodePorts {
  plaintext: number;
  controller: number;
  saslPlaintext?: number;
  ssl?: number;
  saslSsl?: number;
  /** The `PROXIED` listener: the broker binds `broker` and advertises `advertised` (a fault proxy's port). */
  proxied?: { broker: number; advertised: number };
}

/** Everything needed to find, kill or restart one broker JVM, from any process. Plain data (JSON). */
export interface NodeState {
  nodeId: number;
  /** Pid of the current JVM (updated by `restartNode`). */
  pid: number;
  ports: NodePorts;
  /** Node directory: `server.properties`, `broker.log`, `data/`. */
  dir: string;
  configPath: string;
  logPath: string;
  /** Full `java` argument list, so a node can be restarted with exactly the same command. */
  javaArgs: string[];
}

/** A username/password pair known to the broker (PLAIN, and SCRAM-SHA-256/512). */
export interface Credentials {
  username: string;
  password: string;
}

/** Test users; both exist for PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512. */
export interface Users {
  /** Super user when `acl` is on. */
  admin: Credentials;
  alice: Credentials;
}

/** A running Apicurio Registry. */
export interface RegistryState {
  version: string;
  pid: number;
  /** Confluent-compatible Schema Registry base URL, e.g. `http://127.0.0.1:PORT/apis/ccompat/v7`. */
  url: string;
  port: number;
  managementPort: number;
  logPath: string;
  dir: string;
}

/** A running single node or cluster: what `kafka:up` writes to its state file. */
export interface KafkaRunState {
  mode: 'single' | 'cluster';
  version: string;
  clusterId: string;
  /** Per-run scratch directory (removed on stop). */
  workDir: string;
  /** Kafka jars of this version (use `-cp "<libDir>/*"`). */
  libDir: string;
  /** Comma-separated PLAINTEXT addresses of all nodes. */
  bootstrap: string;
  /** Listeners of node 1 (single node: the only node). */
  listeners: Listeners;
  /** One fault-proxy route per node (see {@link Listeners.proxied}). */
  proxyRoutes: ProxyRoute[];
  nodes: NodeState[];
  tls?: TlsFiles;
  users: Users;
  /** SASL mechanisms enabled on the SASL listeners. */
  saslMechanisms: string[];
  acl: boolean;
  /** `--feature` overrides given to the storage formatter, e.g. `transaction.version=0`. */
  features: string[];
  /** Pid whose death makes the watchdogs stop this run; absent for `kafka:up` runs. */
  ownerPid?: number;
  registry?: RegistryState;
  /** The fault-proxy process of `up --proxy`, steered through `fault` on its control port. */
  proxy?: { pid: number; controlPort: number; logPath: string };
  startedAt: string;
}

/** The test users every node is formatted/configured with. */
export const USERS: Users = {
  admin: { username: 'admin', password: 'admin-secret' },
  alice: { username: 'alice', password: 'alice-secret' },
};

/** Mechanisms enabled on the SASL listeners. */
export const SASL_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512', 'OAUTHBEARER'];
