/** A reason and what to do about it, keyed by the `code` Node puts on TLS errors. */
interface TlsFailure {
  reason: string;
  hint: string;
}

const UNKNOWN_CA: TlsFailure = {
  reason: "the broker's certificate is not signed by a trusted CA (unknown CA or self-signed)",
  hint: "trust the cluster's CA with createSslContext({ cafile }) or sslContext.ca",
};
const CLIENT_CERT_REJECTED: TlsFailure = {
  reason: 'the broker rejected the client certificate (missing, expired or not signed by a CA it trusts)',
  hint: "check certfile/keyfile and the broker's ssl.truststore and ssl.client.auth",
};

// Verification codes are OpenSSL's X509_V_ERR_* names (Node drops the prefix); handshake alerts
// are ERR_SSL_*. Several codes mean the same thing to a user, so they share one description.
const FAILURES: Record<string, TlsFailure> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: {
    reason: "the broker's certificate is self-signed and not trusted",
    hint: 'trust it (or the CA that should have signed it) with createSslContext({ cafile })',
  },
  SELF_SIGNED_CERT_IN_CHAIN: UNKNOWN_CA,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: UNKNOWN_CA,
  UNABLE_TO_GET_ISSUER_CERT: UNKNOWN_CA,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: UNKNOWN_CA,
  CERT_UNTRUSTED: UNKNOWN_CA,
  INVALID_CA: UNKNOWN_CA,
  CERT_HAS_EXPIRED: {
    reason: "the broker's certificate (or one in its chain) has expired",
    hint: "renew the broker certificate, and check this machine's clock",
  },
  CERT_NOT_YET_VALID: {
    reason: "the broker's certificate is not valid yet",
    hint: "check this machine's clock",
  },
  CERT_REVOKED: { reason: "the broker's certificate has been revoked", hint: 'the broker needs a new certificate' },
  CERT_SIGNATURE_FAILURE: {
    reason: "the signature of the broker's certificate does not verify",
    hint: 'the chain is corrupt or was tampered with',
  },
  ERR_TLS_CERT_ALTNAME_INVALID: {
    reason: "the broker's certificate does not name the host that was dialled (hostname mismatch)",
    hint: 'connect by a name or IP listed in the certificate (advertised.listeners), or pass checkHostname: false to createSslContext',
  },
  ERR_SSL_WRONG_VERSION_NUMBER: {
    reason: 'the broker did not answer with TLS',
    hint: 'this port is probably a PLAINTEXT or SASL_PLAINTEXT listener; check securityProtocol and the port',
  },
  ERR_SSL_PACKET_LENGTH_TOO_LONG: {
    reason: 'the broker did not answer with TLS',
    hint: 'this port is probably a PLAINTEXT or SASL_PLAINTEXT listener; check securityProtocol and the port',
  },
  ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED: {
    reason: 'the broker requires a client certificate (mutual TLS) and none was sent',
    hint: 'pass certfile and keyfile to createSslContext',
  },
  ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE: CLIENT_CERT_REJECTED,
  ERR_SSL_SSLV3_ALERT_CERTIFICATE_UNKNOWN: CLIENT_CERT_REJECTED,
  ERR_SSL_TLSV1_ALERT_UNKNOWN_CA: CLIENT_CERT_REJECTED,
  ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED: CLIENT_CERT_REJECTED,
  ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: {
    reason: 'the client and the broker share no TLS version',
    hint: "compare minVersion with the broker's ssl.enabled.protocols",
  },
  ERR_SSL_UNSUPPORTED_PROTOCOL: {
    reason: 'the client and the broker share no TLS version',
    hint: "compare minVersion with the broker's ssl.enabled.protocols",
  },
  ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: {
    reason: 'the TLS handshake failed (no shared cipher suite or protocol)',
    hint: "compare ciphers with the broker's ssl.cipher.suites",
  },
  ERR_SSL_NO_SHARED_CIPHER: {
    reason: 'the client and the broker share no cipher suite',
    hint: "compare ciphers with the broker's ssl.cipher.suites",
  },
  ERR_OSSL_BAD_DECRYPT: {
    reason: 'the client key could not be decrypted',
    hint: 'check the password given with keyfile',
  },
  ERR_OSSL_EVP_BAD_DECRYPT: {
    reason: 'the client key could not be decrypted',
    hint: 'check the password given with keyfile',
  },
};

// A Kafka listener that does not speak TLS reads the ClientHello as a request size and hangs up;
// Node reports that as a plain ECONNRESET with this message, which only a TLS client can produce.
const HANDSHAKE_RESET: TlsFailure = {
  reason: 'the broker closed the connection during the TLS handshake',
  hint: 'the port is probably a PLAINTEXT or SASL_PLAINTEXT listener (check securityProtocol and the port), or the broker requires a client certificate',
};

function isHandshakeReset(code: string, err: object): boolean {
  const message = (err as { message?: unknown }).message;
  return code === 'ECONNRESET' && typeof message === 'string' && message.includes('before secure TLS connection');
}

/**
 * A clear sentence for a TLS failure, naming the reason (unknown CA, self-signed, expired,
 * hostname mismatch, not a TLS port, client certificate rejected, ...) and what to do, followed by
 * Node's code; undefined when `err` is not a TLS failure this function knows. Meant for the
 * message of the `ConnectionError` that wraps a failed `tls.connect`; the original error stays
 * available as its `cause`.
 *
 * ```ts
 * new ConnectionError(`cannot connect to ${where}: ${describeTlsError(err) ?? err.message}`, { cause: err });
 * ```
 */
export function describeTlsError(err: unknown): string | undefined {
  if (err === null || typeof err !== 'object') return undefined;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  const failure = FAILURES[code] ?? (isHandshakeReset(code, err) ? HANDSHAKE_RESET : undefined);
  if (!failure) return undefined;
  // Node's altname error says which names the certificate does have; worth keeping.
  const detail = code === 'ERR_TLS_CERT_ALTNAME_INVALID' ? ` (${(err as Error).message})` : '';
  return `TLS: ${failure.reason}${detail}; ${failure.hint} [${code}]`;
}
