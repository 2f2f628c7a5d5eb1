import { createHash, createHmac, pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { SaslAuthenticationError } from '@kafka-aio/protocol';
import type { SaslCredentials } from './plain.js';
import type { SaslMechanism } from './sasl-mechanism.js';

const pbkdf2Async = promisify(pbkdf2);

/** The SCRAM variants Kafka offers. */
export type ScramMechanismName = 'SCRAM-SHA-256' | 'SCRAM-SHA-512';

/** A SCRAM hash: Node's digest name and its output size. */
export interface ScramHash {
  digest: string;
  bytes: number;
}

const SCRAM_HASHES: Record<ScramMechanismName, ScramHash> = {
  'SCRAM-SHA-256': { digest: 'sha256', bytes: 32 },
  'SCRAM-SHA-512': { digest: 'sha512', bytes: 64 },
};

// Kafka refuses to store SCRAM credentials with fewer than 4096 iterations or more than 16384, so
// a server asking for less is not Kafka (or is downgrading us), and one asking for far more would
// only burn our CPU.
const MIN_ITERATIONS = 4096;
const MAX_ITERATIONS = 65_536;

/**
 * The `saslname` of RFC 5802: `=` and `,` escaped as `=3D` and `=2C`. No further SASLprep
 * (RFC 4013) is applied to the username or password, on purpose: Kafka derives its stored
 * credentials from the plain UTF-8 bytes, so normalising here would break non-ASCII passwords that
 * Kafka accepts.
 */
export function scramUsername(username: string): string {
  return username.replace(/=/g, '=3D').replace(/,/g, '=2C');
}

/** The proof and the expected server signature for one exchange (exported for the RFC test vectors). */
export interface ScramProof {
  clientFinal: string;
  serverSignature: Buffer;
}

/**
 * One SCRAM client exchange (RFC 5802, RFC 7677): client-first, client-final with the proof, then
 * verification of the server's signature, which proves the broker knows the stored credentials
 * and not just accepts any proof.
 */
export class ScramClient {
  private readonly clientFirstBare: string;
  private serverSignature: Buffer | undefined;

  constructor(
    private readonly hash: ScramHash,
    private readonly credentials: SaslCredentials,
    /** Printable, without commas; random by default (tests pass the RFC's). */
    readonly nonce: string = randomBytes(24).toString('base64'),
  ) {
    this.clientFirstBare = `n=${scramUsername(credentials.username)},r=${nonce}`;
  }

  /** `n,,n=<user>,r=<nonce>`: no channel binding, no authorization id. */
  clientFirst(): string {
    return `n,,${this.clientFirstBare}`;
  }

  /** Checks server-first and computes client-final; remembers the signature the server must send. */
  async clientFinal(serverFirst: string): Promise<string> {
    const attrs = parseAttributes(serverFirst);
    if (attrs.has('m')) throw scramError('the server requires an unsupported SCRAM extension');
    const combinedNonce = attrs.get('r');
    const salt = attrs.get('s');
    const iterations = Number(attrs.get('i'));
    if (!combinedNonce?.startsWith(this.nonce) || combinedNonce.length === this.nonce.length) {
      throw scramError('the server nonce does not extend the client nonce');
    }
    if (!salt) throw scramError('the server sent no salt');
    if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      throw scramError(
        `the server asks for ${attrs.get('i')} iterations, outside [${MIN_ITERATIONS}, ${MAX_ITERATIONS}]`,
      );
    }
    const { digest, bytes } = this.hash;
    const salted = await pbkdf2Async(
      Buffer.from(this.credentials.password, 'utf8'),
      Buffer.from(salt, 'base64'),
      iterations,
      bytes,
      digest,
    );
    const withoutProof = `c=biws,r=${combinedNonce}`; // biws = base64("n,,")
    const authMessage = `${this.clientFirstBare},${serverFirst},${withoutProof}`;
    const clientKey = hmac(digest, salted, 'Client Key');
    const storedKey = createHash(digest).update(clientKey).digest();
    const clientSignature = hmac(digest, storedKey, authMessage);
    const proof = Buffer.alloc(clientKey.length);
    for (let i = 0; i < proof.length; i++) proof[i] = clientKey[i] ^ clientSignature[i];
    this.serverSignature = hmac(digest, hmac(digest, salted, 'Server Key'), authMessage);
    return `${withoutProof},p=${proof.toString('base64')}`;
  }

  /** Accepts server-final only when it carries the expected signature. */
  verifyServerFinal(serverFinal: string): void {
    const attrs = parseAttributes(serverFinal);
    const error = attrs.get('e');
    if (error !== undefined) throw scramError(`the server reports: ${error}`);
    const expected = this.serverSignature;
    if (!expected) throw scramError('server-final arrived before client-final');
    const received = Buffer.from(attrs.get('v') ?? '', 'base64');
    if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
      throw scramError('the server signature does not match: the broker does not know this password');
    }
  }
}

/**
 * SCRAM-SHA-256 or SCRAM-SHA-512: the password never crosses the wire, and the broker proves it
 * holds the credentials. Users are created with `kafka-configs --alter --add-config
 * 'SCRAM-SHA-256=[password=...]' --entity-type users --entity-name <user>`.
 */
export function scramMechanism(name: ScramMechanismName, credentials: SaslCredentials): SaslMechanism {
  const hash = SCRAM_HASHES[name];
  return {
    name,
    async authenticate(exchange) {
      // Local failures (bad server messages, wrong signature) name the broker like the broker's own do.
      const context = { broker: exchange.broker, mechanism: name };
      const local = async <T>(step: () => T | Promise<T>): Promise<T> => {
        try {
          return await step();
        } catch (err) {
          throw new SaslAuthenticationError((err as Error).message, { context, cause: err });
        }
      };
      const client = new ScramClient(hash, credentials);
      const serverFirst = await exchange.send(Buffer.from(client.clientFirst(), 'utf8'));
      const clientFinal = await local(() => client.clientFinal(serverFirst.toString('utf8')));
      const serverFinal = await exchange.send(Buffer.from(clientFinal, 'utf8'));
      await local(() => client.verifyServerFinal(serverFinal.toString('utf8')));
    },
  };
}

function hmac(digest: string, key: Buffer, data: string): Buffer {
  return createHmac(digest, key).update(data, 'utf8').digest();
}

/** `a=1,b=2` into a map; values may contain `=` (base64 padding), so split at the first one only. */
function parseAttributes(message: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const part of message.split(',')) {
    const eq = part.indexOf('=');
    if (eq !== 1) throw scramError(`malformed SCRAM message ${JSON.stringify(message)}`);
    attrs.set(part[0], part.slice(2));
  }
  return attrs;
}

function scramError(reason: string): SaslAuthenticationError {
  return new SaslAuthenticationError(`SCRAM: ${reason}`);
}
