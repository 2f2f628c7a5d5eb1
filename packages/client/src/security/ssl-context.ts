import { X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { InvalidConfigError } from '@kafka-aio/protocol';

/** Options of {@link createSslContext}, named after aiokafka's `create_ssl_context`. */
export interface SslContextOptions {
  /** PEM file of the CA certificates that sign the brokers' certificates. */
  cafile?: string;
  /** Directory of PEM CA files (every file holding a certificate is read), like OpenSSL's CApath. */
  capath?: string;
  /** CA certificates as PEM text, or DER bytes, or a list of either. */
  cadata?: string | Buffer | readonly (string | Buffer)[];
  /** PEM file with the client certificate (and its chain) for mutual TLS; may also hold the key. */
  certfile?: string;
  /** PEM file with the client's private key; defaults to `certfile`. */
  keyfile?: string;
  /** Password of an encrypted `keyfile`, or a function returning it. */
  password?: string | (() => string);
  /**
   * Check that the broker's certificate names the host that was dialled. Default true; the chain
   * is verified either way. Turn off only for brokers reached through an address their
   * certificate cannot list (a tunnel, a NAT).
   */
  checkHostname?: boolean;
  /** Oldest TLS version accepted. Default `'TLSv1.2'`. */
  minVersion?: tls.SecureVersion;
  /** OpenSSL cipher list, when the broker restricts `ssl.cipher.suites`. */
  ciphers?: string;
  /** PEM file of certificate revocation lists. */
  crlfile?: string;
}

/**
 * Builds the `sslContext` for `securityProtocol: 'SSL'` or `'SASL_SSL'` from files, as aiokafka's
 * `create_ssl_context` does. Files are read now, and the result is checked by building a secure
 * context once, so a missing file, a key that does not match its certificate or a wrong password
 * fails here with an {@link InvalidConfigError} rather than on the first connection.
 *
 * Without `cafile`, `capath` or `cadata`, Node's bundled Mozilla CA list is trusted (not the
 * operating system's store; start Node with `--use-openssl-ca` for that). Given CAs replace it.
 *
 * ```ts
 * const producer = new AIOKafkaProducer({
 *   bootstrapServers: 'broker1:9093',
 *   securityProtocol: 'SSL',
 *   sslContext: createSslContext({ cafile: 'ca.pem', certfile: 'client.pem', keyfile: 'client.key' }),
 * });
 * ```
 */
export function createSslContext(options: SslContextOptions = {}): tls.ConnectionOptions {
  const { checkHostname = true, minVersion = 'TLSv1.2' } = options;
  const ca = [
    ...(options.cafile === undefined ? [] : [readOption('cafile', options.cafile)]),
    ...(options.capath === undefined ? [] : readCaDirectory(options.capath)),
    ...normaliseCadata(options.cadata),
  ];
  const context: tls.ConnectionOptions = { minVersion };
  if (ca.length > 0) context.ca = ca;
  if (options.certfile !== undefined) {
    context.cert = readOption('certfile', options.certfile);
    context.key = readOption(
      options.keyfile === undefined ? 'certfile' : 'keyfile',
      options.keyfile ?? options.certfile,
    );
  } else if (options.keyfile !== undefined) {
    throw new InvalidConfigError('option keyfile needs certfile: the key alone cannot authenticate', {
      option: 'keyfile',
    });
  }
  if (options.password !== undefined) {
    context.passphrase = typeof options.password === 'function' ? options.password() : options.password;
  }
  if (options.crlfile !== undefined) context.crl = readOption('crlfile', options.crlfile);
  if (options.ciphers !== undefined) context.ciphers = options.ciphers;
  // Node checks the hostname (or IP SAN) by default; opting out replaces only that check.
  if (!checkHostname) context.checkServerIdentity = () => undefined;

  try {
    tls.createSecureContext(context);
  } catch (err) {
    throw new InvalidConfigError(`createSslContext: the TLS material does not load: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return context;
}

function readOption(option: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new InvalidConfigError(`option ${option}: cannot read ${path}: ${(err as Error).message}`, {
      option,
      cause: err,
    });
  }
}

/** Every regular file in `dir` that holds a PEM certificate (c_rehash links included). */
function readCaDirectory(dir: string): Buffer[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw new InvalidConfigError(`option capath: cannot read directory ${dir}: ${(err as Error).message}`, {
      option: 'capath',
      cause: err,
    });
  }
  const out: Buffer[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (!statSync(path, { throwIfNoEntry: false })?.isFile()) continue;
    const data = readFileSync(path);
    if (data.includes('-----BEGIN CERTIFICATE-----')) out.push(data);
  }
  if (out.length === 0) {
    throw new InvalidConfigError(`option capath: ${dir} holds no PEM certificate`, { option: 'capath' });
  }
  return out;
}

/** Node wants PEM; DER certificates (Python's `cadata` accepts them) are converted. */
function normaliseCadata(cadata: SslContextOptions['cadata']): (string | Buffer)[] {
  if (cadata === undefined) return [];
  const list = typeof cadata === 'string' || Buffer.isBuffer(cadata) ? [cadata] : [...cadata];
  return list.map((item) => {
    if (typeof item === 'string' || item.includes('-----BEGIN')) return item;
    try {
      return new X509Certificate(item).toString();
    } catch (err) {
      throw new InvalidConfigError('option cadata holds bytes that are neither PEM nor a DER certificate', {
        option: 'cadata',
        cause: err,
      });
    }
  });
}
