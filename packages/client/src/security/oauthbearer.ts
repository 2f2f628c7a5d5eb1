import { InvalidConfigError, SaslAuthenticationError } from '@kafka-aio/protocol';
import type { SaslMechanism } from './sasl-mechanism.js';

/** What an {@link OAuthBearerTokenProvider} returns. */
export interface OAuthBearerToken {
  /** The bearer token (usually a JWT), as the broker's validator expects it. */
  token: string;
  /**
   * How long the token stays valid, in milliseconds from when the provider returned it. When set,
   * the client reuses the token for new connections and renewals until 80% of it has passed, so
   * the identity provider is asked once per token rather than once per connection. When unset,
   * the provider is called for every authentication.
   */
  lifetimeMs?: number;
  /**
   * SASL extensions sent with the token (KIP-342), e.g. `{ logicalCluster: 'lkc-abc', identityPoolId: 'pool-1' }`
   * for Confluent Cloud. Names are letters only; `auth` is reserved.
   */
  extensions?: Record<string, string>;
}

/** Fetches an OAuth bearer token for OAUTHBEARER authentication, e.g. from an identity provider. */
export type OAuthBearerTokenProvider = () => Promise<OAuthBearerToken>;

// RFC 6750 b64token; Kafka's broker applies the same rule to the token.
const TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
// RFC 7628 §3.1 and KIP-342: names are ALPHA only, values VCHAR / SP / HTAB / CR / LF.
const EXTENSION_NAME = /^[A-Za-z]+$/;
const EXTENSION_VALUE = /^[\x21-\x7E \t\r\n]+$/;
const SEP = '\x01';

/**
 * The client's initial response of RFC 7628 §3.1: `n,,^Aauth=Bearer <token>^A[key=value^A...]^A`
 * (^A is 0x01), with no authorization id in the GS2 header, as Kafka expects.
 *
 * @throws InvalidConfigError for a token that is not a b64token or an extension name or value
 *   that RFC 7628 does not allow (including the reserved name `auth`).
 */
export function oauthBearerInitialResponse({ token, extensions = {} }: OAuthBearerToken): Buffer {
  if (typeof token !== 'string' || !TOKEN.test(token)) {
    throw new InvalidConfigError('the OAUTHBEARER token provider returned a token that is not a valid bearer token');
  }
  let kv = '';
  for (const [name, value] of Object.entries(extensions)) {
    if (!EXTENSION_NAME.test(name) || name === 'auth') {
      throw new InvalidConfigError(
        `SASL extension name ${JSON.stringify(name)} is invalid: names are letters only and "auth" is reserved`,
      );
    }
    if (typeof value !== 'string' || !EXTENSION_VALUE.test(value)) {
      throw new InvalidConfigError(
        `SASL extension ${name} has an invalid value: printable ASCII, space, tab, CR or LF, and not empty`,
      );
    }
    kv += `${name}=${value}${SEP}`;
  }
  return Buffer.from(`n,,${SEP}auth=Bearer ${token}${SEP}${kv}${SEP}`, 'utf8');
}

/**
 * OAUTHBEARER (RFC 7628, KIP-255): sends a token from `provider`. A rejected token gets a JSON
 * error from the server (RFC 7628 §3.2.2), which the client acknowledges with a lone 0x01; Kafka
 * then fails the exchange with its message.
 */
export function oauthBearerMechanism(
  provider: OAuthBearerTokenProvider,
  { now = () => performance.now() }: { now?: () => number } = {},
): SaslMechanism {
  let cached: { token: OAuthBearerToken; reuseUntil: number } | undefined;
  let fetching: Promise<OAuthBearerToken> | undefined;

  const fetchToken = async (): Promise<OAuthBearerToken> => {
    let token: OAuthBearerToken;
    try {
      token = await provider();
    } catch (err) {
      throw new SaslAuthenticationError(`the OAUTHBEARER token provider failed: ${(err as Error)?.message ?? err}`, {
        cause: err,
      });
    }
    if (token === null || typeof token !== 'object') {
      throw new InvalidConfigError(
        'the OAUTHBEARER token provider must resolve to { token, lifetimeMs?, extensions? }',
      );
    }
    if (typeof token.lifetimeMs === 'number' && token.lifetimeMs > 0) {
      cached = { token, reuseUntil: now() + 0.8 * token.lifetimeMs };
    }
    return token;
  };

  const currentToken = (): Promise<OAuthBearerToken> => {
    if (cached && now() < cached.reuseUntil) return Promise.resolve(cached.token);
    cached = undefined;
    // Connections opened together (bootstrap, a pool refilling) share one provider call.
    fetching ??= fetchToken().finally(() => {
      fetching = undefined;
    });
    return fetching;
  };

  return {
    name: 'OAUTHBEARER',
    async authenticate(exchange) {
      const token = await currentToken();
      const answer = await exchange.send(oauthBearerInitialResponse(token));
      if (answer.length === 0) return;
      await exchange.send(Buffer.from(SEP, 'utf8'));
      throw new SaslAuthenticationError(`OAUTHBEARER token rejected: ${answer.toString('utf8')}`, {
        context: { broker: exchange.broker, mechanism: 'OAUTHBEARER' },
      });
    },
  };
}
