import { InvalidConfigError } from '@kafka-aio/protocol';
import type { SecurityProtocol } from '../config/common.js';
import { describe, functionOption, oneOf, stringOption } from '../config/validate.js';
import type { Connection } from '../network/connection.js';
import { createDebug } from '../observability/debug.js';
import { type OAuthBearerTokenProvider, oauthBearerMechanism } from './oauthbearer.js';
import { plainMechanism } from './plain.js';
import { createSaslAuthenticator, type SaslAuthenticatorOptions } from './sasl-authenticator.js';
import type { SaslMechanism } from './sasl-mechanism.js';
import { scramMechanism } from './scram.js';

const debug = createDebug('kafka-aio:sasl');

/** The mechanisms built into the client. */
export type SaslMechanismName = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512' | 'OAUTHBEARER';

/** Every built-in mechanism name, in the order error messages list them. */
export const SASL_MECHANISM_NAMES: readonly SaslMechanismName[] = [
  'PLAIN',
  'SCRAM-SHA-256',
  'SCRAM-SHA-512',
  'OAUTHBEARER',
];

/**
 * SASL options, aiokafka's keyword arguments in camelCase. Used when `securityProtocol` is
 * `SASL_PLAINTEXT` or `SASL_SSL`; setting any of them with another protocol is an error, since the
 * credentials would silently go unused.
 */
export interface SaslOptions {
  /**
   * `'PLAIN'` (default, as in aiokafka), `'SCRAM-SHA-256'`, `'SCRAM-SHA-512'`, `'OAUTHBEARER'`, or
   * a {@link SaslMechanism} object for anything else (AWS MSK IAM, GSSAPI, ...).
   */
  saslMechanism?: SaslMechanismName | SaslMechanism;
  /** Username for PLAIN and SCRAM. */
  saslPlainUsername?: string;
  /** Password for PLAIN and SCRAM. */
  saslPlainPassword?: string;
  /** Token source for OAUTHBEARER; called per authentication unless tokens carry `lifetimeMs`. */
  saslOauthTokenProvider?: OAuthBearerTokenProvider;
}

/** The option names of {@link SaslOptions}, for unknown-option checks. */
export const SASL_KEYS: readonly (keyof SaslOptions)[] = [
  'saslMechanism',
  'saslPlainUsername',
  'saslPlainPassword',
  'saslOauthTokenProvider',
];

/** {@link SaslOptions} checked and turned into a mechanism and the connection hook that runs it. */
export interface ResolvedSaslOptions {
  mechanism: SaslMechanism;
  /** Pass to `Cluster`/`Connection` as `authenticate`: authenticates and keeps the session renewed. */
  authenticate: (conn: Connection) => Promise<void>;
}

/**
 * Validates the SASL options against `securityProtocol` and builds the `authenticate` hook.
 * Returns undefined for `PLAINTEXT` and `SSL`.
 *
 * @throws InvalidConfigError naming the option: a mechanism that is neither a known name nor a
 *   {@link SaslMechanism}, missing credentials for it, or SASL options with a non-SASL protocol.
 */
export function resolveSaslOptions(
  o: SaslOptions,
  securityProtocol: SecurityProtocol,
  authenticatorOptions: SaslAuthenticatorOptions = {},
): ResolvedSaslOptions | undefined {
  if (securityProtocol !== 'SASL_PLAINTEXT' && securityProtocol !== 'SASL_SSL') {
    const stray = SASL_KEYS.find((k) => o[k] !== undefined);
    if (stray) {
      throw new InvalidConfigError(
        `option ${stray} needs securityProtocol "SASL_PLAINTEXT" or "SASL_SSL", but securityProtocol is ${JSON.stringify(securityProtocol)}`,
        { option: 'securityProtocol', accepted: '"SASL_PLAINTEXT", "SASL_SSL"' },
      );
    }
    return undefined;
  }
  const mechanism = buildMechanism(o, securityProtocol);
  return { mechanism, authenticate: createSaslAuthenticator(mechanism, authenticatorOptions) };
}

function buildMechanism(o: SaslOptions, securityProtocol: SecurityProtocol): SaslMechanism {
  const chosen = o.saslMechanism ?? 'PLAIN';
  if (typeof chosen === 'object' && chosen !== null) return customMechanism(chosen);
  if ((chosen as string) === 'GSSAPI') {
    throw new InvalidConfigError(
      'saslMechanism "GSSAPI" is not built in (it needs a native Kerberos binding); pass a SaslMechanism object ' +
        'that wraps one, as described under "GSSAPI (Kerberos)" in the security README',
      { option: 'saslMechanism' },
    );
  }
  const name = oneOf('saslMechanism', chosen, SASL_MECHANISM_NAMES);
  if (name === 'OAUTHBEARER') {
    return oauthBearerMechanism(
      functionOption<OAuthBearerTokenProvider>('saslOauthTokenProvider', o.saslOauthTokenProvider),
    );
  }
  const credentials = {
    username: requiredString('saslPlainUsername', o.saslPlainUsername, name),
    password: requiredString('saslPlainPassword', o.saslPlainPassword, name),
  };
  if (name === 'PLAIN') {
    if (securityProtocol === 'SASL_PLAINTEXT') debug('PLAIN over SASL_PLAINTEXT sends the password unencrypted');
    return plainMechanism(credentials);
  }
  return scramMechanism(name, credentials);
}

function requiredString(option: keyof SaslOptions, value: unknown, mechanism: string): string {
  if (value === undefined) {
    throw new InvalidConfigError(`option ${option} is required with saslMechanism ${JSON.stringify(mechanism)}`, {
      option,
    });
  }
  return stringOption(option, value);
}

function customMechanism(m: SaslMechanism): SaslMechanism {
  if (typeof m.name !== 'string' || !/^[A-Z0-9_-]{1,20}$/.test(m.name) || typeof m.authenticate !== 'function') {
    throw new InvalidConfigError(
      `option saslMechanism must be one of ${SASL_MECHANISM_NAMES.map((n) => JSON.stringify(n)).join(', ')} ` +
        `or an object { name, authenticate(exchange) } whose name is a SASL mechanism name (RFC 4422: A-Z, 0-9, - and _), got ${describe(m)}`,
      { option: 'saslMechanism' },
    );
  }
  return m;
}
