import { SaslAuthenticationError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import type { SaslExchange } from './sasl-mechanism.js';
import { ScramClient, scramMechanism, scramUsername } from './scram.js';

const credentials = { username: 'user', password: 'pencil' };

// The published example exchanges: RFC 5802 §5 (SHA-1) and RFC 7677 §3 (SHA-256).
const VECTORS = [
  {
    rfc: 'RFC 5802 (SCRAM-SHA-1)',
    hash: { digest: 'sha1', bytes: 20 },
    nonce: 'fyko+d2lbbFgONRv9qkxdawL',
    serverFirst: 'r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096',
    clientFinal: 'c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=',
    serverFinal: 'v=rmF9pqV8S7suAoZWja4dJRkFsKQ=',
  },
  {
    rfc: 'RFC 7677 (SCRAM-SHA-256)',
    hash: { digest: 'sha256', bytes: 32 },
    nonce: 'rOprNGfwEbeRWgbNEkqO',
    serverFirst: 'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096',
    clientFinal:
      'c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=',
    serverFinal: 'v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=',
  },
];

describe('SCRAM', () => {
  for (const v of VECTORS) {
    describe(v.rfc, () => {
      it('builds client-first with the given nonce', () => {
        expect(new ScramClient(v.hash, credentials, v.nonce).clientFirst()).toBe(`n,,n=user,r=${v.nonce}`);
      });

      it('derives the published client-final and accepts the published server signature', async () => {
        const client = new ScramClient(v.hash, credentials, v.nonce);
        expect(await client.clientFinal(v.serverFirst)).toBe(v.clientFinal);
        expect(() => client.verifyServerFinal(v.serverFinal)).not.toThrow();
      });

      it('rejects a server signature that differs in one bit', async () => {
        const client = new ScramClient(v.hash, credentials, v.nonce);
        await client.clientFinal(v.serverFirst);
        const sig = Buffer.from(v.serverFinal.slice(2), 'base64');
        sig[0] ^= 1;
        expect(() => client.verifyServerFinal(`v=${sig.toString('base64')}`)).toThrow(SaslAuthenticationError);
        expect(() => client.verifyServerFinal(`v=${sig.toString('base64')}`)).toThrow(
          /server signature does not match/,
        );
      });

      it('gives a different proof for a different password', async () => {
        const client = new ScramClient(v.hash, { username: 'user', password: 'pencil2' }, v.nonce);
        expect(await client.clientFinal(v.serverFirst)).not.toBe(v.clientFinal);
      });
    });
  }

  it('escapes = and , in the username (RFC 5802 saslname) and nothing else', () => {
    expect(scramUsername('a=b,c')).toBe('a=3Db=2Cc');
    expect(scramUsername('Ünïcode user')).toBe('Ünïcode user');
    const client = new ScramClient({ digest: 'sha256', bytes: 32 }, { username: 'x,=y', password: 'p' }, 'abc');
    expect(client.clientFirst()).toBe('n,,n=x=2C=3Dy,r=abc');
  });

  it('uses a fresh random printable nonce without commas per exchange', () => {
    const a = new ScramClient({ digest: 'sha256', bytes: 32 }, credentials);
    const b = new ScramClient({ digest: 'sha256', bytes: 32 }, credentials);
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.nonce).toMatch(/^[\x21-\x2b\x2d-\x7e]{24,}$/);
  });

  describe('refuses a suspicious server-first', () => {
    const hash = { digest: 'sha256', bytes: 32 };
    const cases: [string, string, RegExp][] = [
      ['a nonce that does not extend ours', 'r=other,s=c2FsdA==,i=4096', /nonce/],
      ['a nonce equal to ours', 'r=abc,s=c2FsdA==,i=4096', /nonce/],
      ['no salt', 'r=abcdef,i=4096', /salt/],
      ['too few iterations (downgrade)', 'r=abcdef,s=c2FsdA==,i=1024', /iterations/],
      ['absurdly many iterations', 'r=abcdef,s=c2FsdA==,i=100000000', /iterations/],
      ['a mandatory extension', 'm=ext,r=abcdef,s=c2FsdA==,i=4096', /extension/],
      ['garbage', 'hello world', /malformed/],
    ];
    for (const [what, serverFirst, message] of cases) {
      it(what, async () => {
        const client = new ScramClient(hash, credentials, 'abc');
        await expect(client.clientFinal(serverFirst)).rejects.toThrow(message);
      });
    }
  });

  it('reports a server-final error attribute', async () => {
    const v = VECTORS[1];
    const client = new ScramClient(v.hash, credentials, v.nonce);
    await client.clientFinal(v.serverFirst);
    expect(() => client.verifyServerFinal('e=invalid-proof')).toThrow(/invalid-proof/);
  });

  it('fails the mechanism with SaslAuthenticationError naming the broker when server-final is forged', async () => {
    // A scripted peer, not a broker: it answers server-first correctly-shaped and server-final wrongly.
    const sent: string[] = [];
    const exchange: SaslExchange = {
      broker: 'b:9092',
      host: 'b',
      reauthenticating: false,
      async send(token) {
        sent.push(token.toString());
        if (sent.length === 1) {
          const nonce = /r=([^,]+)/.exec(token.toString())![1];
          return Buffer.from(`r=${nonce}server,s=${Buffer.from('salt').toString('base64')},i=4096`);
        }
        return Buffer.from(`v=${Buffer.alloc(64).toString('base64')}`);
      },
    };
    const err = await scramMechanism('SCRAM-SHA-512', credentials)
      .authenticate(exchange)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SaslAuthenticationError);
    expect((err as Error).message).toMatch(/server signature does not match.*broker=b:9092 mechanism=SCRAM-SHA-512/);
    expect(sent[0]).toMatch(/^n,,n=user,r=/);
    expect(sent[1]).toMatch(/^c=biws,r=.*server,p=/);
  });
});
