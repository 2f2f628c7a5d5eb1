// Security against the real broker: SASL PLAIN, SCRAM-SHA-256/512 and OAUTHBEARER on the
// SASL_PLAINTEXT and SASL_SSL listeners, TLS with and without a client certificate, the failures a
// user meets (wrong password, unknown mechanism, untrusted CA, hostname mismatch), and KIP-368
// re-authentication on a live connection.

import {
  ConnectionError,
  IllegalSaslStateError,
  MetadataApi,
  NoBrokersAvailableError,
  SaslAuthenticationError,
  UnsupportedSaslMechanismError,
} from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { unsecuredJwt } from '../../../scripts/kafka/helpers.js';
import { startSingleNode, stopRun } from '../../../scripts/kafka/index.js';
import type { KafkaRunState } from '../../../scripts/kafka/types.js';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { Cluster } from '../src/cluster/index.js';
import { type CommonOptions, resolveCommonOptions, type SecurityProtocol } from '../src/config/common.js';
import { Connection } from '../src/network/connection.js';
import {
  createSaslAuthenticator,
  createSslContext,
  describeTlsError,
  oauthBearerMechanism,
  plainMechanism,
  type SaslAuthenticatedEvent,
  type SaslMechanism,
  type SaslOptions,
  scramMechanism,
} from '../src/security/index.js';
import { resolveSaslOptions } from '../src/security/sasl-options.js';

const kafka = inject('kafka');
const { admin, alice } = kafka.users;
const haveSecurity = kafka.tls !== undefined && kafka.listeners.saslPlaintext !== undefined;

function hostPort(address: string): { host: string; port: number } {
  const i = address.lastIndexOf(':');
  return { host: address.slice(0, i), port: Number(address.slice(i + 1)) };
}

/** A Cluster wired as the client will be: common options, then the SASL resolver's hook. */
function newCluster(
  bootstrap: string,
  protocol: SecurityProtocol,
  o: CommonOptions & SaslOptions = {},
  events: SaslAuthenticatedEvent[] = [],
): Cluster {
  const { saslMechanism, saslPlainUsername, saslPlainPassword, saslOauthTokenProvider } = o;
  const sasl = resolveSaslOptions(
    { saslMechanism, saslPlainUsername, saslPlainPassword, saslOauthTokenProvider },
    protocol,
    { onAuthenticated: (e) => events.push(e) },
  );
  return new Cluster({
    ...resolveCommonOptions({
      bootstrapServers: bootstrap,
      securityProtocol: protocol,
      connectTimeoutMs: 5_000,
      ...o,
    }),
    allowAutoTopicCreation: false,
    authenticate: sasl?.authenticate,
  });
}

/** One raw connection, for tests that look at a single socket. */
function connect(address: string, extra: Partial<Parameters<typeof Connection.connect>[0]> = {}): Promise<Connection> {
  return Connection.connect({
    ...hostPort(address),
    clientId: 'security-it',
    requestTimeoutMs: 10_000,
    connectTimeoutMs: 5_000,
    maxFrameBytes: 64 * 1024 * 1024,
    ...extra,
  });
}

const metadata = (conn: Connection) => conn.request(MetadataApi, { topics: [], allowAutoTopicCreation: false });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!haveSecurity)('SASL against the real broker', () => {
  const mechanisms: [string, SaslOptions][] = [
    ['PLAIN', { saslMechanism: 'PLAIN', saslPlainUsername: alice.username, saslPlainPassword: alice.password }],
    [
      'SCRAM-SHA-256',
      { saslMechanism: 'SCRAM-SHA-256', saslPlainUsername: alice.username, saslPlainPassword: alice.password },
    ],
    [
      'SCRAM-SHA-512',
      { saslMechanism: 'SCRAM-SHA-512', saslPlainUsername: admin.username, saslPlainPassword: admin.password },
    ],
    [
      'OAUTHBEARER',
      { saslMechanism: 'OAUTHBEARER', saslOauthTokenProvider: async () => ({ token: unsecuredJwt('alice') }) },
    ],
  ];

  for (const [name, options] of mechanisms) {
    it(`${name} on SASL_PLAINTEXT: bootstraps and serves metadata`, async () => {
      const cluster = newCluster(kafka.listeners.saslPlaintext!, 'SASL_PLAINTEXT', options);
      try {
        await cluster.start();
        const meta = await cluster.refreshMetadata();
        expect(meta.brokers.size).toBe(1);
        expect(cluster.pool.connections().length).toBe(1);
      } finally {
        cluster.close();
      }
    });

    it(`${name} on SASL_SSL, verifying the broker against the test CA`, async () => {
      const cluster = newCluster(kafka.listeners.saslSsl!, 'SASL_SSL', {
        ...options,
        sslContext: createSslContext({ cadata: kafka.tls!.ca }),
      });
      try {
        await cluster.start();
        expect((await cluster.refreshMetadata()).brokers.size).toBe(1);
      } finally {
        cluster.close();
      }
    });
  }

  it.each([
    ['PLAIN', 'SASL_PLAINTEXT'],
    ['SCRAM-SHA-256', 'SASL_PLAINTEXT'],
    ['SCRAM-SHA-512', 'SASL_SSL'],
  ] as const)(
    'a wrong %s password over %s fails fast with SaslAuthenticationError, no retries',
    async (mech, protocol) => {
      const cluster = newCluster(
        protocol === 'SASL_SSL' ? kafka.listeners.saslSsl! : kafka.listeners.saslPlaintext!,
        protocol,
        {
          saslMechanism: mech,
          saslPlainUsername: alice.username,
          saslPlainPassword: 'not-the-password',
          sslContext: createSslContext({ cadata: kafka.tls!.ca }),
        },
      );
      const started = performance.now();
      const err = await cluster.start().catch((e: unknown) => e);
      const elapsed = performance.now() - started;
      cluster.close();
      // Bootstrap wraps per-address failures today; the SASL error is the cause (see the README's wiring notes).
      const sasl = err instanceof NoBrokersAvailableError ? err.cause : err;
      expect(sasl).toBeInstanceOf(SaslAuthenticationError);
      expect((sasl as SaslAuthenticationError).retriable).toBe(false);
      expect((sasl as Error).message).toMatch(new RegExp(`${mech}|[Aa]uthentication failed`));
      expect((sasl as Error).message).toContain(`mechanism=${mech}`);
      expect(elapsed).toBeLessThan(1_000);
    },
  );

  it('an unknown user fails the same way', async () => {
    const conn = connect(kafka.listeners.saslPlaintext!, {
      authenticate: createSaslAuthenticator(scramMechanism('SCRAM-SHA-256', { username: 'mallory', password: 'x' })),
    });
    await expect(conn).rejects.toThrow(SaslAuthenticationError);
  });

  it('a mechanism the broker does not enable fails with UnsupportedSaslMechanismError listing the enabled ones', async () => {
    const gssapi: SaslMechanism = { name: 'GSSAPI', authenticate: async () => {} };
    const err = await connect(kafka.listeners.saslPlaintext!, { authenticate: createSaslAuthenticator(gssapi) }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UnsupportedSaslMechanismError);
    expect((err as Error).message).toMatch(
      /does not enable SASL mechanism GSSAPI; it enables: .*PLAIN.*SCRAM-SHA-256.*OAUTHBEARER/,
    );
  });

  it('SASL against a PLAINTEXT listener fails with IllegalSaslStateError that says so', async () => {
    const plain = createSaslAuthenticator(scramMechanism('SCRAM-SHA-256', alice));
    const err = await connect(kafka.listeners.plaintext, { authenticate: plain }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IllegalSaslStateError);
    expect((err as Error).message).toMatch(/SASL_PLAINTEXT or SASL_SSL listener/);
  });

  it('OAUTHBEARER: an expired token is rejected with the broker message', async () => {
    const expired = oauthBearerMechanism(async () => ({ token: unsecuredJwt('alice', -60) }));
    const err = await connect(kafka.listeners.saslPlaintext!, { authenticate: createSaslAuthenticator(expired) }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SaslAuthenticationError);
    expect((err as Error).message).toMatch(/invalid_token|expired|exp/i);
  });

  it('OAUTHBEARER: SASL extensions reach the broker (KIP-342)', async () => {
    const withExtensions = oauthBearerMechanism(async () => ({
      token: unsecuredJwt('alice'),
      extensions: { traceId: 'abc123', logicalCluster: 'lkc-test' },
    }));
    const conn = await connect(kafka.listeners.saslPlaintext!, {
      authenticate: createSaslAuthenticator(withExtensions),
    });
    try {
      expect((await metadata(conn)).brokers.length).toBe(1);
    } finally {
      conn.close();
    }
  });

  it('OAUTHBEARER: renews the session before the token expires, with a fresh token, on the same connection', async () => {
    let tokens = 0;
    const events: SaslAuthenticatedEvent[] = [];
    const mechanism = oauthBearerMechanism(async () => {
      tokens++;
      return { token: unsecuredJwt('alice', 3) };
    });
    const authenticate = createSaslAuthenticator(mechanism, { onAuthenticated: (e) => events.push(e) });
    const conn = await connect(kafka.listeners.saslPlaintext!, {
      authenticate,
    });
    try {
      // The broker bounds the session by the token's exp (whole seconds), so 2-3 s here.
      expect(events[0].sessionLifetimeMs).toBeGreaterThan(1_000);
      expect(events[0].sessionLifetimeMs).toBeLessThanOrEqual(3_000);
      const deadline = performance.now() + 7_500;
      let requests = 0;
      // Four callers keep requests in flight the whole time, so renewals overlap real traffic.
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (performance.now() < deadline) {
            await metadata(conn);
            requests++;
            await sleep(20);
          }
        }),
      );
      const renewals = events.filter((e) => e.reauthenticated);
      expect(renewals.length).toBeGreaterThanOrEqual(2);
      expect(tokens).toBe(1 + renewals.length);
      expect(conn.isOpen).toBe(true);
      expect(requests).toBeGreaterThan(100);
    } finally {
      conn.close();
    }
  });

  it('a refused renewal closes the connection with a retriable ConnectionError caused by the SASL error', async () => {
    // The broker refuses a renewal that changes the principal (KIP-368), so the second token fails.
    let calls = 0;
    const mechanism = oauthBearerMechanism(async () => ({ token: unsecuredJwt(calls++ === 0 ? 'alice' : 'bob', 2) }));
    const events: SaslAuthenticatedEvent[] = [];
    const authenticate = createSaslAuthenticator(mechanism, { onAuthenticated: (e) => events.push(e) });
    const conn = await connect(kafka.listeners.saslPlaintext!, { authenticate });
    try {
      for (let waited = 0; conn.isOpen && waited < 5_000; waited += 20) await sleep(20);
      // A request on the closed connection rejects with the error it was closed with.
      const err = (await metadata(conn).catch((e: unknown) => e)) as Error;
      expect(err).toBeInstanceOf(ConnectionError);
      expect(err.message).toMatch(/re-authentication with .* failed/);
      expect((err as ConnectionError).retriable).toBe(true);
      expect(err.cause).toBeInstanceOf(SaslAuthenticationError);
      expect(calls).toBe(2);
      expect(events.filter((e) => e.reauthenticated)).toHaveLength(0);
    } finally {
      conn.close();
    }
  });

  it('OAUTHBEARER: without renewal the broker closes the connection once the session expired', async () => {
    const events: SaslAuthenticatedEvent[] = [];
    const mechanism = oauthBearerMechanism(async () => ({ token: unsecuredJwt('alice', 2) }));
    const conn = await connect(kafka.listeners.saslPlaintext!, {
      authenticate: createSaslAuthenticator(mechanism, {
        reauthenticate: false,
        onAuthenticated: (e) => events.push(e),
      }),
    });
    try {
      expect(events[0].sessionLifetimeMs).toBeGreaterThan(0);
      expect(events[0].nextReauthenticationMs).toBeUndefined();
      await metadata(conn);
      await sleep(events[0].sessionLifetimeMs + 300);
      await expect(metadata(conn)).rejects.toThrow(ConnectionError);
      expect(conn.isOpen).toBe(false);
    } finally {
      conn.close();
    }
  });
});

describe.skipIf(!haveSecurity)('TLS against the real broker', () => {
  it('SSL without a client certificate', async () => {
    const cluster = newCluster(kafka.listeners.ssl!, 'SSL', {
      sslContext: createSslContext({ cadata: kafka.tls!.ca }),
    });
    try {
      await cluster.start();
      expect((await cluster.refreshMetadata()).brokers.size).toBe(1);
    } finally {
      cluster.close();
    }
  });

  it('SSL with a client certificate (mutual TLS)', async () => {
    const sslContext = createSslContext({
      cafile: kafka.tls!.caFile,
      certfile: kafka.tls!.clientCertFile,
      keyfile: kafka.tls!.clientKeyFile,
    });
    const cluster = newCluster(kafka.listeners.ssl!, 'SSL', { sslContext });
    try {
      await cluster.start();
      expect((await cluster.refreshMetadata()).brokers.size).toBe(1);
    } finally {
      cluster.close();
    }
  });

  it('an unknown CA fails with ConnectionError whose reason names it', async () => {
    const err = await connect(kafka.listeners.ssl!, { tls: createSslContext() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(describeTlsError((err as Error).cause)).toMatch(/not signed by a trusted CA \(unknown CA or self-signed\)/);
  });

  it('a hostname mismatch fails with ConnectionError whose reason names it', async () => {
    const tls = { ...createSslContext({ cadata: kafka.tls!.ca }), servername: 'wrong.example' };
    const err = await connect(kafka.listeners.ssl!, { tls }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(describeTlsError((err as Error).cause)).toMatch(/hostname mismatch.*wrong\.example/);
    // checkHostname: false keeps verifying the chain but accepts the name.
    const lax = { ...createSslContext({ cadata: kafka.tls!.ca, checkHostname: false }), servername: 'wrong.example' };
    (await connect(kafka.listeners.ssl!, { tls: lax })).close();
  });

  it('TLS to a plaintext listener is named as such', async () => {
    const err = await connect(kafka.listeners.saslPlaintext!, {
      tls: createSslContext({ cadata: kafka.tls!.ca }),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(describeTlsError((err as Error).cause)).toMatch(/closed the connection during the TLS handshake.*PLAINTEXT/);
  });
});

// KIP-368 for PLAIN and SCRAM needs a broker with connections.max.reauth.ms; the shared broker has none.
describe.skipIf(!haveSecurity)('re-authentication with connections.max.reauth.ms', () => {
  let state: KafkaRunState;
  beforeAll(async () => {
    state = await startSingleNode({ overrides: { 'connections.max.reauth.ms': '2000' }, ownerPid: process.pid });
  }, 180_000);
  afterAll(async () => {
    if (state) await stopRun(state);
  }, 60_000);

  it.each(['SCRAM-SHA-512', 'PLAIN'] as const)(
    '%s keeps a busy connection authenticated across several periods',
    async (mech) => {
      const events: SaslAuthenticatedEvent[] = [];
      const mechanism = mech === 'PLAIN' ? plainMechanism(alice) : scramMechanism(mech, alice);
      const authenticate = createSaslAuthenticator(mechanism, { onAuthenticated: (e) => events.push(e) });
      const conn = await connect(state.listeners.saslPlaintext!, {
        authenticate,
      });
      try {
        expect(events[0].sessionLifetimeMs).toBe(2_000);
        const deadline = performance.now() + 6_500;
        await Promise.all(
          Array.from({ length: 3 }, async () => {
            while (performance.now() < deadline) {
              await metadata(conn);
              await sleep(25);
            }
          }),
        );
        expect(events.filter((e) => e.reauthenticated).length).toBeGreaterThanOrEqual(3);
        expect(conn.isOpen).toBe(true);
      } finally {
        conn.close();
      }
    },
  );

  it('without renewal the broker drops the connection after the session lifetime', async () => {
    const conn = await connect(state.listeners.saslPlaintext!, {
      authenticate: createSaslAuthenticator(scramMechanism('SCRAM-SHA-256', alice), { reauthenticate: false }),
    });
    try {
      await metadata(conn);
      await sleep(2_300);
      await expect(metadata(conn)).rejects.toThrow(ConnectionError);
    } finally {
      conn.close();
    }
  });

  it('through Cluster and the options resolver, the pooled connection survives renewals', async () => {
    const events: SaslAuthenticatedEvent[] = [];
    const cluster = newCluster(
      state.listeners.saslSsl!,
      'SASL_SSL',
      {
        saslMechanism: 'SCRAM-SHA-256',
        saslPlainUsername: alice.username,
        saslPlainPassword: alice.password,
        sslContext: createSslContext({ cafile: state.tls!.ca }),
      },
      events,
    );
    try {
      await cluster.start();
      const [conn] = cluster.pool.connections();
      for (let i = 0; i < 12; i++) {
        await cluster.refreshMetadata();
        await sleep(500);
      }
      expect(cluster.pool.connections()).toEqual([conn]);
      expect(conn.isOpen).toBe(true);
      expect(events.filter((e) => e.reauthenticated).length).toBeGreaterThanOrEqual(2);
    } finally {
      cluster.close();
    }
  });
});
