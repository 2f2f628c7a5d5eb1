import { InvalidConfigError, SaslAuthenticationError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { type OAuthBearerToken, oauthBearerInitialResponse, oauthBearerMechanism } from './oauthbearer.js';
import type { SaslExchange } from './sasl-mechanism.js';

const JWT = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSJ9.';

function scripted(answers: Buffer[], sent: string[]): SaslExchange {
  return {
    broker: 'b:9092',
    host: 'b',
    reauthenticating: false,
    async send(token) {
      sent.push(token.toString('latin1'));
      return answers.shift() ?? Buffer.alloc(0);
    },
  };
}

describe('OAUTHBEARER initial response (RFC 7628 §3.1)', () => {
  it('is the GS2 header, auth=Bearer and a closing separator', () => {
    expect(oauthBearerInitialResponse({ token: JWT }).toString('latin1')).toBe(`n,,\x01auth=Bearer ${JWT}\x01\x01`);
  });

  it('carries extensions as key=value pairs, each followed by a separator (KIP-342)', () => {
    const bytes = oauthBearerInitialResponse({ token: 'abc', extensions: { logicalCluster: 'lkc-1', pool: 'a b' } });
    expect(bytes.toString('latin1')).toBe('n,,\x01auth=Bearer abc\x01logicalCluster=lkc-1\x01pool=a b\x01\x01');
  });

  it.each([
    ['a reserved name', { auth: 'x' }, /"auth" is reserved/],
    ['a name with digits', { ext1: 'x' }, /letters only/],
    ['a name with a dash', { 'my-ext': 'x' }, /letters only/],
    ['an empty name', { '': 'x' }, /letters only/],
    ['a value with the separator', { ok: 'a\x01b' }, /invalid value/],
    ['an empty value', { ok: '' }, /invalid value/],
    ['a non-ASCII value', { ok: 'ü' }, /invalid value/],
  ] as [string, Record<string, string>, RegExp][])('rejects %s', (_what, extensions, message) => {
    expect(() => oauthBearerInitialResponse({ token: 'abc', extensions })).toThrow(InvalidConfigError);
    expect(() => oauthBearerInitialResponse({ token: 'abc', extensions })).toThrow(message);
  });

  it('rejects a token that is not a b64token (it would break the framing)', () => {
    expect(() => oauthBearerInitialResponse({ token: 'a b' })).toThrow(InvalidConfigError);
    expect(() => oauthBearerInitialResponse({ token: '' })).toThrow(InvalidConfigError);
  });
});

describe('OAUTHBEARER mechanism', () => {
  it('acknowledges a server error with a lone 0x01 and fails with the server message', async () => {
    const sent: string[] = [];
    const error = Buffer.from('{"status":"invalid_token"}');
    const mech = oauthBearerMechanism(async () => ({ token: JWT }));
    const err = await mech.authenticate(scripted([error], sent)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SaslAuthenticationError);
    expect((err as Error).message).toMatch(/invalid_token/);
    expect(sent).toEqual([`n,,\x01auth=Bearer ${JWT}\x01\x01`, '\x01']);
  });

  it('asks the provider per authentication when tokens carry no lifetime', async () => {
    let calls = 0;
    const mech = oauthBearerMechanism(async () => ({ token: `t${++calls}` }));
    const sent: string[] = [];
    await mech.authenticate(scripted([], sent));
    await mech.authenticate(scripted([], sent));
    expect(calls).toBe(2);
    expect(sent[1]).toContain('Bearer t2');
  });

  it('reuses a token until 80% of its lifetime, then asks again', async () => {
    let clock = 0;
    let calls = 0;
    const mech = oauthBearerMechanism(
      async (): Promise<OAuthBearerToken> => ({ token: `t${++calls}`, lifetimeMs: 1000 }),
      {
        now: () => clock,
      },
    );
    const sent: string[] = [];
    await mech.authenticate(scripted([], sent));
    clock = 799;
    await mech.authenticate(scripted([], sent));
    expect(calls).toBe(1);
    clock = 800;
    await mech.authenticate(scripted([], sent));
    expect(calls).toBe(2);
    expect(sent.map((s) => /Bearer (t\d)/.exec(s)?.[1])).toEqual(['t1', 't1', 't2']);
  });

  it('shares one provider call between concurrent authentications', async () => {
    let calls = 0;
    const mech = oauthBearerMechanism(async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 10));
      return { token: 'shared' };
    });
    await Promise.all([mech.authenticate(scripted([], [])), mech.authenticate(scripted([], []))]);
    expect(calls).toBe(1);
  });

  it('wraps a provider failure in SaslAuthenticationError with the cause', async () => {
    const boom = new Error('idp down');
    const mech = oauthBearerMechanism(async () => {
      throw boom;
    });
    const err = await mech.authenticate(scripted([], [])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SaslAuthenticationError);
    expect((err as Error).message).toMatch(/token provider failed: idp down/);
    expect((err as Error).cause).toBe(boom);
  });
});
