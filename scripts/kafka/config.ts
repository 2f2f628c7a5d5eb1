import { isKafka3 } from './maven.js';
import type { TlsFiles } from './tls.js';
import type { NodePorts } from './types.js';
import { USERS } from './types.js';

/** Inputs for one node's `server.properties`. */
export interface NodeConfigInput {
  version: string;
  nodeId: number;
  ports: NodePorts;
  /** Static quorum, e.g. `1@127.0.0.1:9093,2@127.0.0.1:9094`. */
  voters: string;
  /** Kafka data dir (`log.dirs`). */
  dataDir: string;
  /** Number of nodes: decides replication factors and min ISR of internal topics. */
  clusterSize: number;
  /** Required for SSL/SASL_SSL listeners. */
  tls?: TlsFiles;
  /** Enable StandardAuthorizer with `User:ANONYMOUS` and `User:admin` as super users. */
  acl?: boolean;
  /** Extra or overriding broker properties, applied last. */
  overrides?: Record<string, string>;
}

// Per-listener JAAS: PLAIN has a static user list, SCRAM reads the credentials stored in the metadata
// log (created at format time), OAUTHBEARER uses Kafka's unsecured-JWS validator (tests only).
function jaas(listener: string): Record<string, string> {
  const plainUsers = Object.values(USERS)
    .map((u) => `user_${u.username}="${u.password}"`)
    .join(' ');
  const p = `listener.name.${listener}`;
  return {
    [`${p}.plain.sasl.jaas.config`]: `org.apache.kafka.common.security.plain.PlainLoginModule required username="${USERS.admin.username}" password="${USERS.admin.password}" ${plainUsers};`,
    [`${p}.scram-sha-256.sasl.jaas.config`]: 'org.apache.kafka.common.security.scram.ScramLoginModule required;',
    [`${p}.scram-sha-512.sasl.jaas.config`]: 'org.apache.kafka.common.security.scram.ScramLoginModule required;',
    [`${p}.oauthbearer.sasl.jaas.config`]: `org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required unsecuredLoginStringClaim_sub="${USERS.admin.username}";`,
  };
}

/** Builds the broker+controller properties for one combined KRaft node (recipe §2.1, §2.3, §3.2). */
export function nodeProperties(input: NodeConfigInput): Record<string, string> {
  const { ports, clusterSize } = input;
  const host = '127.0.0.1'; // never `localhost`: Node may resolve it to ::1 while Kafka binds IPv4
  const client: [string, number | undefined][] = [
    ['PLAINTEXT', ports.plaintext],
    ['SASL_PLAINTEXT', ports.saslPlaintext],
    ['SSL', ports.ssl],
    ['SASL_SSL', ports.saslSsl],
  ];
  const enabled = client.filter((l): l is [string, number] => l[1] !== undefined);
  // PROXIED is plaintext bound on one port and advertised on another, where a test's fault proxy
  // listens and forwards here: clients that bootstrap through the proxy stay behind it.
  const proxied = ports.proxied ? [['PROXIED', ports.proxied.broker, ports.proxied.advertised] as const] : [];
  const rf = String(Math.min(3, clusterSize));
  const minIsr = clusterSize >= 3 ? '2' : '1';
  const props: Record<string, string> = {
    'process.roles': 'broker,controller',
    'node.id': String(input.nodeId),
    'controller.quorum.voters': input.voters,
    'controller.listener.names': 'CONTROLLER',
    listeners: [...enabled, ...proxied, ['CONTROLLER', ports.controller]]
      .map(([n, p]) => `${n}://${host}:${p}`)
      .join(','),
    'advertised.listeners': [...enabled, ...proxied.map(([n, , a]) => [n, a] as const)]
      .map(([n, p]) => `${n}://${host}:${p}`)
      .join(','),
    // CONTROLLER (and PROXIED) must be mapped explicitly once any non-default listener name exists.
    'listener.security.protocol.map': [
      ...enabled.map(([n]) => `${n}:${n}`),
      ...proxied.map(([n]) => `${n}:PLAINTEXT`),
      'CONTROLLER:PLAINTEXT',
    ].join(','),
    'inter.broker.listener.name': 'PLAINTEXT',
    'log.dirs': input.dataDir,

    // Internal topics must fit the cluster; fewer partitions make the first group/txn call faster.
    'offsets.topic.replication.factor': rf,
    'offsets.topic.num.partitions': '8',
    'transaction.state.log.replication.factor': rf,
    'transaction.state.log.min.isr': minIsr,
    'transaction.state.log.num.partitions': '8',
    'default.replication.factor': rf,
    'min.insync.replicas': minIsr,
    'num.partitions': clusterSize >= 3 ? '3' : '1',
    'auto.create.topics.enable': 'true',
    'group.initial.rebalance.delay.ms': '0',
    // Faster KIP-848 rebalances in tests (hb >= min hb, hb < session, session >= min session).
    'group.consumer.min.heartbeat.interval.ms': '1000',
    'group.consumer.heartbeat.interval.ms': '1000',
    'group.consumer.min.session.timeout.ms': '6000',
    'group.consumer.session.timeout.ms': '10000',

    // Throw-away brokers: SIGTERM should not wait (up to 5 min) for the controller to move leaders.
    'controlled.shutdown.enable': 'false',
  };
  if (isKafka3(input.version)) {
    // 3.9: KIP-848 is early access and gated by this list (4.x enables it by default).
    props['group.coordinator.rebalance.protocols'] = 'classic,consumer';
  } else {
    props['share.coordinator.state.topic.replication.factor'] = rf;
    props['share.coordinator.state.topic.min.isr'] = minIsr;
    props['share.coordinator.state.topic.num.partitions'] = '8';
    // Share groups (KIP-932, on by default for clusters formatted by 4.2+): let tests pick short
    // locks and fast membership per group (group configs must lie within these bounds).
    props['group.share.min.record.lock.duration.ms'] = '1000';
    props['group.share.record.lock.duration.ms'] = '15000';
    props['group.share.min.heartbeat.interval.ms'] = '500';
    props['group.share.heartbeat.interval.ms'] = '1000';
    props['group.share.min.session.timeout.ms'] = '6000';
    props['group.share.session.timeout.ms'] = '10000';
  }
  if (clusterSize > 1) {
    // Notice a SIGKILLed node in ~3 s instead of 9 s (heartbeat * 2 <= session).
    props['broker.heartbeat.interval.ms'] = '500';
    props['broker.session.timeout.ms'] = '3000';
  }
  if (ports.saslPlaintext !== undefined || ports.saslSsl !== undefined) {
    props['sasl.enabled.mechanisms'] = 'PLAIN,SCRAM-SHA-256,SCRAM-SHA-512,OAUTHBEARER';
    if (ports.saslPlaintext !== undefined) Object.assign(props, jaas('sasl_plaintext'));
    if (ports.saslSsl !== undefined) Object.assign(props, jaas('sasl_ssl'));
  }
  if (ports.ssl !== undefined || ports.saslSsl !== undefined) {
    if (!input.tls) throw new Error('TLS listeners need TLS files');
    // PEM stores (KIP-651): no store passwords; the unencrypted PKCS#8 key needs no key password.
    props['ssl.keystore.type'] = 'PEM';
    props['ssl.keystore.location'] = input.tls.brokerKeystore;
    props['ssl.truststore.type'] = 'PEM';
    props['ssl.truststore.location'] = input.tls.ca;
    // "requested": plain TLS clients work, and a client presenting the CN=alice cert is User:CN=alice.
    if (ports.ssl !== undefined) props['listener.name.ssl.ssl.client.auth'] = 'requested';
  }
  if (input.acl) {
    props['authorizer.class.name'] = 'org.apache.kafka.metadata.authorizer.StandardAuthorizer';
    // ANONYMOUS must stay super: inter-broker and controller traffic is unauthenticated PLAINTEXT.
    props['super.users'] = `User:ANONYMOUS;User:${USERS.admin.username}`;
  }
  return { ...props, ...input.overrides };
}

/** Serialises properties; Java's format needs `\`, `=`, `:` escaped in keys and `\` in values. */
export function toPropertiesFile(props: Record<string, string>): string {
  const lines = Object.entries(props).map(
    ([k, v]) => `${k.replace(/([\\=: ])/g, '\\$1')}=${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`,
  );
  return `# Generated by scripts/kafka (kafka-aio test harness); one file per run.\n${lines.join('\n')}\n`;
}

/**
 * A KRaft cluster id: 16 random bytes, base64url without padding (22 chars). Kafka rejects ids that
 * start with `-` (they look like options), so draw again in that case.
 */
export function randomClusterId(): string {
  for (;;) {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    const id = Buffer.from(bytes).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}
