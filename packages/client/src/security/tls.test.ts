// createSslContext and describeTlsError against real TLS handshakes with a local Node TLS server
// (no Kafka involved): every error code checked here is one Node actually produced.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { promisify } from 'node:util';
import { InvalidConfigError } from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTls, type TlsFiles } from '../../../../scripts/kafka/tls.js';
import { createSslContext } from './ssl-context.js';
import { describeTlsError } from './tls-errors.js';

const run = promisify(execFile);
let dir: string;
let pki: TlsFiles;
let expiredCert: string;
let encryptedKey: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kafka-aio-tls-'));
  pki = await generateTls(dir);
  const ossl = (args: string) => run('openssl', args.split(' '), { cwd: dir });
  // A certificate whose notAfter lies a day before its notBefore: expired from the start.
  await ossl('req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout old.key -out old.csr');
  writeFileSync(join(dir, 'old.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  await ossl('x509 -req -in old.csr -CA ca.crt -CAkey ca.key -set_serial 77 -days -1 -extfile old.ext -out old.crt');
  expiredCert = join(dir, 'old.crt');
  await ossl('pkcs8 -topk8 -in client.key -out client-enc.key -passout pass:s3cret');
  encryptedKey = join(dir, 'client-enc.key');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a TLS server presenting `certFile` (plus the CA, like Kafka's PEM keystore) on a free port. */
async function serve(certFile: string, keyFile: string, options: tls.TlsOptions = {}): Promise<tls.Server> {
  const server = tls.createServer({
    cert: readFileSync(certFile, 'utf8') + readFileSync(pki.ca, 'utf8'),
    key: readFileSync(keyFile),
    ...options,
  });
  server.on('secureConnection', (s) => s.end());
  server.on('tlsClientError', () => {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return server;
}

/** Connects with `options` and resolves with the handshake error, or undefined on success. */
function handshake(port: number, options: tls.ConnectionOptions): Promise<(Error & { code?: string }) | undefined> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, ...options });
    socket.once('secureConnect', () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once('error', (err) => {
      socket.destroy();
      resolve(err);
    });
  });
}

const port = (s: net.Server) => (s.address() as net.AddressInfo).port;

describe('createSslContext', () => {
  it('trusts the given CA and verifies the IP SAN by default', async () => {
    const server = await serve(pki.brokerCert, join(dir, 'broker.key'));
    try {
      expect(await handshake(port(server), createSslContext({ cafile: pki.ca }))).toBeUndefined();
      expect(await handshake(port(server), createSslContext({ cadata: readFileSync(pki.ca, 'utf8') }))).toBeUndefined();
      // DER bytes, as Python's cadata accepts, are converted to PEM.
      const der = new (await import('node:crypto')).X509Certificate(readFileSync(pki.ca)).raw;
      expect(await handshake(port(server), createSslContext({ cadata: der }))).toBeUndefined();
    } finally {
      server.close();
    }
  });

  it('checks the host name unless checkHostname is false', async () => {
    const server = await serve(pki.brokerCert, join(dir, 'broker.key'));
    try {
      const strict = await handshake(port(server), {
        ...createSslContext({ cafile: pki.ca }),
        servername: 'wrong.example',
      });
      expect(strict?.code).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
      const lax = createSslContext({ cafile: pki.ca, checkHostname: false });
      expect(await handshake(port(server), { ...lax, servername: 'wrong.example' })).toBeUndefined();
    } finally {
      server.close();
    }
  });

  it('presents a client certificate for mutual TLS, decrypting the key with password', async () => {
    const server = await serve(pki.brokerCert, join(dir, 'broker.key'), {
      requestCert: true,
      rejectUnauthorized: true,
      ca: readFileSync(pki.ca),
    });
    try {
      const withCert = createSslContext({ cafile: pki.ca, certfile: pki.clientCert, keyfile: pki.clientKey });
      expect(await handshake(port(server), withCert)).toBeUndefined();
      const encrypted = createSslContext({
        cafile: pki.ca,
        certfile: pki.clientCert,
        keyfile: encryptedKey,
        password: () => 's3cret',
      });
      expect(await handshake(port(server), encrypted)).toBeUndefined();
    } finally {
      server.close();
    }
  });

  it('fails at construction, naming the option, for unreadable or mismatched material', () => {
    expect(() => createSslContext({ cafile: join(dir, 'missing.pem') })).toThrow(
      /option cafile: cannot read .*missing\.pem/,
    );
    expect(() => createSslContext({ keyfile: pki.clientKey })).toThrow(/option keyfile needs certfile/);
    expect(() => createSslContext({ capath: join(dir, 'nope') })).toThrow(InvalidConfigError);
    // The broker's key does not belong to the client's certificate.
    expect(() => createSslContext({ certfile: pki.clientCert, keyfile: join(dir, 'broker.key') })).toThrow(
      /TLS material does not load/,
    );
    expect(() => createSslContext({ certfile: pki.clientCert, keyfile: encryptedKey, password: 'wrong' })).toThrow(
      InvalidConfigError,
    );
    expect(() => createSslContext({ cadata: Buffer.from([1, 2, 3]) })).toThrow(/neither PEM nor a DER/);
  });

  it('reads a CA directory', () => {
    const ctx = createSslContext({ capath: dir });
    expect(Array.isArray(ctx.ca) && ctx.ca.length).toBeGreaterThanOrEqual(3); // ca, broker, client, old
  });
});

describe('describeTlsError', () => {
  it('names an unknown CA', async () => {
    const server = await serve(pki.brokerCert, join(dir, 'broker.key'));
    try {
      const err = await handshake(port(server), createSslContext());
      expect(err?.code).toBe('SELF_SIGNED_CERT_IN_CHAIN');
      expect(describeTlsError(err)).toMatch(
        /not signed by a trusted CA \(unknown CA or self-signed\).*cafile.*\[SELF_SIGNED_CERT_IN_CHAIN\]/,
      );
    } finally {
      server.close();
    }
  });

  it('names a hostname mismatch and keeps the names the certificate does list', async () => {
    const server = await serve(pki.brokerCert, join(dir, 'broker.key'));
    try {
      const err = await handshake(port(server), { ca: readFileSync(pki.ca), servername: 'wrong.example' });
      expect(describeTlsError(err)).toMatch(/hostname mismatch.*wrong\.example.*DNS:localhost.*checkHostname/);
    } finally {
      server.close();
    }
  });

  it('names an expired certificate', async () => {
    const server = await serve(expiredCert, join(dir, 'old.key'));
    try {
      const err = await handshake(port(server), createSslContext({ cafile: pki.ca }));
      expect(err?.code).toBe('CERT_HAS_EXPIRED');
      expect(describeTlsError(err)).toMatch(/has expired/);
    } finally {
      server.close();
    }
  });

  it('names a port that does not speak TLS', async () => {
    const server = net.createServer((s) => s.end(Buffer.alloc(64, 0x41)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const err = await handshake(port(server), createSslContext({ cafile: pki.ca }));
      expect(describeTlsError(err)).toMatch(/did not answer with TLS.*PLAINTEXT/);
    } finally {
      server.close();
    }
  });

  it('names a peer that hangs up on the ClientHello, as a Kafka plaintext listener does', async () => {
    const server = net.createServer((s) => s.once('data', () => s.destroy()));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const err = await handshake(port(server), createSslContext({ cafile: pki.ca }));
      expect(err?.code).toBe('ECONNRESET');
      expect(describeTlsError(err)).toMatch(/closed the connection during the TLS handshake/);
    } finally {
      server.close();
    }
  });

  it('leaves other errors alone', () => {
    expect(describeTlsError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBeUndefined();
    expect(describeTlsError('text')).toBeUndefined();
    expect(describeTlsError(null)).toBeUndefined();
  });
});
