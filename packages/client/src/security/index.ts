export {
  type OAuthBearerToken,
  type OAuthBearerTokenProvider,
  oauthBearerInitialResponse,
  oauthBearerMechanism,
} from './oauthbearer.js';
export { plainMechanism, type SaslCredentials } from './plain.js';
export {
  createSaslAuthenticator,
  type SaslAuthenticatedEvent,
  type SaslAuthenticatorOptions,
} from './sasl-authenticator.js';
export type { SaslExchange, SaslMechanism } from './sasl-mechanism.js';
export {
  SASL_MECHANISM_NAMES,
  type SaslMechanismName,
  type SaslOptions,
} from './sasl-options.js';
export { type ScramMechanismName, scramMechanism } from './scram.js';
export { createSslContext, type SslContextOptions } from './ssl-context.js';
export { describeTlsError } from './tls-errors.js';
