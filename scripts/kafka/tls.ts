import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** PEM files of the throw-away test PKI (all unencrypted). */
export interface TlsFiles {
  /** CA certificate: clients verify the broker against it; the broker trusts client certs it signed. */
  ca: string;
  /** CA private key, for tests that need to sign more certificates. */
  caKey: string;
  /** Broker keystore: PKCS#8 key + certificate chain in one file (Kafka's PEM keystore format). */
  brokerKeystore: string;
  /** Broker certificate (SAN DNS:localhost, IP:127.0.0.1). */
  brokerCert: string;
  /** Client certificate with CN=alice, for mutual TLS (broker principal `User:CN=alice`). */
  clientCert: string;
  /** Private key of {@link TlsFiles.clientCert}. */
  clientKey: string;
}

async function openssl(dir: string, command: string): Promise<void> {
  await run('openssl', command.split(' '), { cwd: dir });
}

/**
 * Creates a test CA, a broker certificate valid for `localhost` and `127.0.0.1`, and a client
 * certificate for CN=alice in `dir` (recipe §3.1). Fresh keys per run: nothing secret is stored in
 * the repository and certificates never expire mid-run.
 */
export async function generateTls(dir: string): Promise<TlsFiles> {
  mkdirSync(dir, { recursive: true });
  const days = 3650;
  // No argument contains a space, so each command reads as one line.
  await openssl(
    dir,
    `req -x509 -newkey rsa:2048 -sha256 -days ${days} -nodes -subj /CN=kafka-aio-test-ca -keyout ca.key -out ca.crt`,
  );
  writeFileSync(
    join(dir, 'broker.ext'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth,clientAuth\n',
  );
  writeFileSync(join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  // The two leaf certificates are independent, so create them concurrently.
  await Promise.all(
    [
      ['broker', 'localhost', 1],
      ['client', 'alice', 2],
    ].map(async ([name, cn, serial]) => {
      await openssl(
        dir,
        `req -newkey rsa:2048 -sha256 -nodes -subj /CN=${cn} -keyout ${name}.key.tmp -out ${name}.csr`,
      );
      // Kafka's PEM keystore only accepts PKCS#8 keys; normalise whatever openssl wrote.
      await openssl(dir, `pkcs8 -topk8 -nocrypt -in ${name}.key.tmp -out ${name}.key`);
      await openssl(
        dir,
        `x509 -req -in ${name}.csr -CA ca.crt -CAkey ca.key -set_serial ${Date.now()}${serial} -days ${days} -sha256 -extfile ${name}.ext -out ${name}.crt`,
      );
    }),
  );
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  writeFileSync(join(dir, 'broker-keystore.pem'), read('broker.key') + read('broker.crt') + read('ca.crt'));
  return {
    ca: join(dir, 'ca.crt'),
    caKey: join(dir, 'ca.key'),
    brokerKeystore: join(dir, 'broker-keystore.pem'),
    brokerCert: join(dir, 'broker.crt'),
    clientCert: join(dir, 'client.crt'),
    clientKey: join(dir, 'client.key'),
  };
}
