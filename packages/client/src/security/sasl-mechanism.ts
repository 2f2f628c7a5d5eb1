/**
 * What a SASL mechanism sees of the connection it authenticates: the broker it talks to and one
 * call that sends a token and returns the broker's answer. Kafka framing (SaslHandshake, then one
 * SaslAuthenticate request per token) is done by the caller, so a mechanism only speaks its RFC.
 */
export interface SaslExchange {
  /** The broker's address as `host:port`. */
  readonly broker: string;
  /** The broker's host name as dialled, e.g. for a Kerberos service principal `kafka/<host>`. */
  readonly host: string;
  /** True when this exchange renews the session of an already authenticated connection (KIP-368). */
  readonly reauthenticating: boolean;
  /**
   * Sends one client token (wrapped in a SaslAuthenticate request) and resolves with the server's
   * token. Rejects with `SaslAuthenticationError` carrying the broker's message when the broker
   * refuses, so a mechanism needs no error handling of its own for the common case.
   */
  send(token: Buffer): Promise<Buffer>;
}

/**
 * A SASL mechanism: the extension point for authentication (DESIGN.md rule 9). The client ships
 * PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 and OAUTHBEARER; anything else (AWS MSK IAM, GSSAPI through
 * a Kerberos binding, a company's own scheme) is an object of this shape passed as `saslMechanism`.
 *
 * The client runs `authenticate` on every new connection after version negotiation, and again
 * before the session expires when the broker reports a session lifetime (KIP-368). Resolve when
 * the exchange is complete; reject (a `SaslAuthenticationError` is the natural choice) to fail
 * the connection. An instance is shared by every connection of a client, so keep per-exchange
 * state in local variables.
 *
 * @example A mechanism that sends one signed token and expects an empty answer:
 * ```ts
 * import { SaslAuthenticationError } from '@kafka-aio/protocol';
 * import type { SaslMechanism } from '@kafka-aio/client';
 *
 * const signedToken: SaslMechanism = {
 *   name: 'AWS_MSK_IAM',
 *   async authenticate(exchange) {
 *     const payload = await signRequest({ host: exchange.host }); // the caller's own signer
 *     const answer = await exchange.send(Buffer.from(JSON.stringify(payload)));
 *     if (answer.length === 0) throw new SaslAuthenticationError('empty answer from ' + exchange.broker);
 *   },
 * };
 * const producer = new AIOKafkaProducer({ securityProtocol: 'SASL_SSL', saslMechanism: signedToken });
 * ```
 */
export interface SaslMechanism {
  /** The name sent in SaslHandshake and listed in the broker's `sasl.enabled.mechanisms`. */
  readonly name: string;
  /** Runs one complete exchange of tokens through `exchange.send`. */
  authenticate(exchange: SaslExchange): Promise<void>;
}
