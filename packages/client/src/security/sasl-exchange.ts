import {
  createKafkaError,
  SaslAuthenticateApi,
  SaslHandshakeApi,
  UnsupportedSaslMechanismError,
  UnsupportedVersionError,
} from '@kafka-aio/protocol';
import type { ApiVersionTable } from '../network/api-versions.js';
import type { Connection } from '../network/connection.js';
import type { SaslMechanism } from './sasl-mechanism.js';

/** Something that sends requests: a {@link Connection}, or a handle that bypasses its queue. */
export type Requester = Pick<Connection, 'request'>;

/** Where one exchange runs. */
export interface ExchangeTarget {
  /** `host:port`, for messages. */
  broker: string;
  /** The host as dialled, for the mechanism (Kerberos principals, AWS signatures). */
  host: string;
  /** The versions negotiated on this connection. */
  versions: ApiVersionTable;
  /** True when renewing the session of an authenticated connection. */
  reauthenticating: boolean;
}

/** What one completed exchange tells the caller. */
export interface ExchangeResult {
  /**
   * The broker's session lifetime from the last SaslAuthenticate response (KIP-368): the client
   * must re-authenticate within this many milliseconds. 0 when the broker sets none.
   */
  sessionLifetimeMs: number;
  /** When the last SaslAuthenticate request was sent (`performance.now()`); the lifetime counts from here. */
  sentAt: number;
}

/**
 * Authenticates a connection with `mechanism`: SaslHandshake v1 naming the mechanism, then the
 * mechanism's tokens, each wrapped in a SaslAuthenticate request. Handshake v0 (tokens sent as
 * raw frames) is not supported: every broker since Kafka 1.0 speaks v1, and only v1 lets the broker
 * report errors with a message instead of closing the socket.
 *
 * @throws UnsupportedSaslMechanismError naming the broker's enabled mechanisms.
 * @throws SaslAuthenticationError with the broker's message when it rejects the credentials.
 * @throws IllegalSaslStateError when the listener is not a SASL listener (or the exchange is out of step).
 */
export async function runSaslExchange(
  requester: Requester,
  mechanism: SaslMechanism,
  target: ExchangeTarget,
): Promise<ExchangeResult> {
  const context = { broker: target.broker, mechanism: mechanism.name };
  const handshakeVersion = target.versions.pick(SaslHandshakeApi);
  if (handshakeVersion < 1) {
    throw new UnsupportedVersionError(
      `${target.broker} only speaks SaslHandshake v0; kafka-aio needs v1 (Kafka 1.0 or newer) for SASL`,
    );
  }
  const handshake = await requester.request(SaslHandshakeApi, { mechanism: mechanism.name });
  if (handshake.errorCode === UnsupportedSaslMechanismError.code) {
    const enabled = handshake.mechanisms.length > 0 ? handshake.mechanisms.join(', ') : 'none';
    throw new UnsupportedSaslMechanismError(
      `${target.broker} does not enable SASL mechanism ${mechanism.name}; it enables: ${enabled}`,
    );
  }
  if (handshake.errorCode !== 0) {
    // ILLEGAL_SASL_STATE here nearly always means a non-SASL listener (PLAINTEXT or SSL port).
    throw createKafkaError(
      handshake.errorCode,
      `SaslHandshake rejected by ${target.broker}; is this a SASL_PLAINTEXT or SASL_SSL listener?`,
      context,
    );
  }

  const version = target.versions.pick(SaslAuthenticateApi);
  let sessionLifetimeMs = 0;
  let sentAt = performance.now();
  await mechanism.authenticate({
    broker: target.broker,
    host: target.host,
    reauthenticating: target.reauthenticating,
    send: async (token) => {
      sentAt = performance.now();
      const res = await requester.request(SaslAuthenticateApi, { authBytes: token }, { version });
      if (res.errorCode !== 0) throw createKafkaError(res.errorCode, res.errorMessage, context);
      sessionLifetimeMs = Number(res.sessionLifetimeMs ?? 0n);
      return res.authBytes;
    },
  });
  return { sessionLifetimeMs, sentAt };
}
