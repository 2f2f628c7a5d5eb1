import type { KafkaTestInfo } from './test-info.js';

/**
 * TLS material for Node's `tls.connect`: the test CA, and with `clientCert` the CN=alice
 * certificate and key for mutual TLS. Throws if the broker has no TLS (external broker).
 */
export function tlsOptions(info: KafkaTestInfo, options: { clientCert?: boolean } = {}) {
  if (!info.tls) throw new Error('this broker has no TLS listeners (external broker?)');
  return {
    ca: info.tls.ca,
    ...(options.clientCert && { cert: info.tls.clientCert, key: info.tls.clientKey }),
  };
}

/**
 * An unsecured OAUTHBEARER token (JWS with `alg: none` and an empty signature) that the test broker's
 * default validator accepts, for principal `sub` (recipe §3.4).
 */
export function unsecuredJwt(sub: string, lifetimeSeconds = 3600): string {
  const b64u = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${b64u({ alg: 'none' })}.${b64u({ sub, iat: now, exp: now + lifetimeSeconds })}.`;
}
