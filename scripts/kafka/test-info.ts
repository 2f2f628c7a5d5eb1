import { readFileSync } from 'node:fs';
import type { KafkaRunState, Listeners, ProxyRoute, Users } from './types.js';
import { USERS } from './types.js';

/** What integration tests get from `inject('kafka')`: plain, serialisable data. */
export interface KafkaTestInfo {
  /** True when the broker came from `KAFKA_AIO_BOOTSTRAP` and the harness started nothing. */
  external: boolean;
  /** Kafka version of the broker (for an external broker: `KAFKA_AIO_KAFKA_VERSION`, else the default). */
  version: string;
  /** PLAINTEXT bootstrap address(es), comma-separated. */
  bootstrap: string;
  /** Per-listener addresses; only `plaintext` is guaranteed (an external broker may have no others). */
  listeners: Listeners;
  /** Fault-proxy routes per node (start them with `startFaultProxies`); empty for an external broker. */
  proxyRoutes: ProxyRoute[];
  /**
   * Test PKI (absent for an external broker). `ca`, `clientCert` and `clientKey` are PEM text, ready
   * for Node's `tls.connect({ ca, cert, key })`; the `*File` fields are their paths (for Java tools).
   */
  tls?: {
    /** CA certificate (PEM text) that verifies the broker (SAN DNS:localhost, IP:127.0.0.1). */
    ca: string;
    /** CN=alice client certificate (PEM text) for mutual TLS on the SSL listener. */
    clientCert: string;
    /** Private key (PKCS#8 PEM text) of `clientCert`. */
    clientKey: string;
    caFile: string;
    clientCertFile: string;
    clientKeyFile: string;
  };
  /** Users known to PLAIN and SCRAM-SHA-256/512 (admin/admin-secret, alice/alice-secret). */
  users: Users;
  /** Mechanisms enabled on the SASL listeners (empty for an external broker). */
  saslMechanisms: string[];
  /** Whether an authorizer is on (super users `User:ANONYMOUS`, `User:admin`). */
  acl: boolean;
  /** Kafka jars of `version`, for Java tools (see `runKafkaTool`); absent for an external broker. */
  libDir?: string;
  clusterId?: string;
  /** Confluent-compatible Schema Registry base URL, when one was started or given. */
  registryUrl?: string;
  /** The full run state (pids, ports, dirs) for `killNode`/`restartNode`; absent for an external broker. */
  state?: KafkaRunState;
}

/** Builds the test info of a broker started by the harness. */
export function testInfoFromState(state: KafkaRunState): KafkaTestInfo {
  return {
    external: false,
    version: state.version,
    bootstrap: state.bootstrap,
    listeners: state.listeners,
    proxyRoutes: state.proxyRoutes ?? [],
    tls: state.tls && {
      ca: readFileSync(state.tls.ca, 'utf8'),
      clientCert: readFileSync(state.tls.clientCert, 'utf8'),
      clientKey: readFileSync(state.tls.clientKey, 'utf8'),
      caFile: state.tls.ca,
      clientCertFile: state.tls.clientCert,
      clientKeyFile: state.tls.clientKey,
    },
    users: state.users,
    saslMechanisms: state.saslMechanisms,
    acl: state.acl,
    libDir: state.libDir,
    clusterId: state.clusterId,
    registryUrl: state.registry?.url,
    state,
  };
}

/** Builds the test info of an external broker (`KAFKA_AIO_BOOTSTRAP`): only PLAINTEXT is known. */
export function externalTestInfo(bootstrap: string, version: string, registryUrl?: string): KafkaTestInfo {
  return {
    external: true,
    version,
    bootstrap,
    listeners: { plaintext: bootstrap.split(',')[0] },
    proxyRoutes: [],
    users: USERS,
    saslMechanisms: [],
    acl: false,
    registryUrl,
  };
}
