import { InvalidConfigError, SaslAuthenticationError } from '@kafka-aio/protocol';
import type { SaslMechanism } from './sasl-mechanism.js';

/** A username and password, for PLAIN and SCRAM. */
export interface SaslCredentials {
  username: string;
  password: string;
}

/**
 * The PLAIN message of RFC 4616: `authzid NUL authcid NUL passwd`, UTF-8. The authorization id is
 * left empty, which Kafka reads as "the same as the username".
 */
export function plainMessage({ username, password }: SaslCredentials): Buffer {
  if (username.includes('\0') || password.includes('\0')) {
    throw new InvalidConfigError('SASL PLAIN username and password must not contain NUL characters');
  }
  return Buffer.from(`\0${username}\0${password}`, 'utf8');
}

/**
 * SASL PLAIN (RFC 4616): the password travels as is, so use it over `SASL_SSL` only, except on
 * trusted networks. One round trip; the broker answers with an empty token or an error.
 */
export function plainMechanism(credentials: SaslCredentials): SaslMechanism {
  const message = plainMessage(credentials);
  return {
    name: 'PLAIN',
    async authenticate(exchange) {
      const answer = await exchange.send(message);
      if (answer.length !== 0) {
        throw new SaslAuthenticationError(`unexpected PLAIN server message from ${exchange.broker}`);
      }
    },
  };
}
