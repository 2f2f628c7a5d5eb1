import { InvalidConfigError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import type { SaslMechanism } from './sasl-mechanism.js';
import { resolveSaslOptions, type SaslOptions } from './sasl-options.js';

const creds = { saslPlainUsername: 'alice', saslPlainPassword: 'alice-secret' };

function fails(o: SaslOptions, protocol: Parameters<typeof resolveSaslOptions>[1], message: RegExp): void {
  let err: unknown;
  try {
    resolveSaslOptions(o, protocol);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(InvalidConfigError);
  expect((err as Error).message).toMatch(message);
}

describe('resolveSaslOptions', () => {
  it('returns nothing for PLAINTEXT and SSL without SASL options', () => {
    expect(resolveSaslOptions({}, 'PLAINTEXT')).toBeUndefined();
    expect(resolveSaslOptions({}, 'SSL')).toBeUndefined();
  });

  it('refuses SASL options with a non-SASL protocol, naming the option', () => {
    fails({ saslMechanism: 'PLAIN' }, 'PLAINTEXT', /option saslMechanism needs securityProtocol/);
    fails({ saslPlainPassword: 'x' }, 'SSL', /option saslPlainPassword needs securityProtocol .*"SSL"/);
  });

  it('defaults to PLAIN, as aiokafka does, and then needs the username and password', () => {
    expect(resolveSaslOptions(creds, 'SASL_SSL')?.mechanism.name).toBe('PLAIN');
    fails({}, 'SASL_PLAINTEXT', /option saslPlainUsername is required with saslMechanism "PLAIN"/);
    fails({ saslPlainUsername: 'a' }, 'SASL_SSL', /option saslPlainPassword is required/);
    fails(
      { saslPlainUsername: '', saslPlainPassword: 'p' },
      'SASL_SSL',
      /option saslPlainUsername must be a non-empty string/,
    );
  });

  it.each(['SCRAM-SHA-256', 'SCRAM-SHA-512'] as const)('builds %s from the same credentials', (name) => {
    const r = resolveSaslOptions({ saslMechanism: name, ...creds }, 'SASL_PLAINTEXT');
    expect(r?.mechanism.name).toBe(name);
    expect(r?.authenticate).toBeTypeOf('function');
    fails(
      { saslMechanism: name },
      'SASL_SSL',
      new RegExp(`saslPlainUsername is required with saslMechanism "${name}"`),
    );
  });

  it('builds OAUTHBEARER from a token provider and requires one', () => {
    const r = resolveSaslOptions(
      { saslMechanism: 'OAUTHBEARER', saslOauthTokenProvider: async () => ({ token: 't' }) },
      'SASL_SSL',
    );
    expect(r?.mechanism.name).toBe('OAUTHBEARER');
    fails({ saslMechanism: 'OAUTHBEARER' }, 'SASL_SSL', /option saslOauthTokenProvider must be a function/);
  });

  it('rejects unknown mechanism names, listing the accepted ones', () => {
    fails(
      { saslMechanism: 'scram-sha-256' as never },
      'SASL_SSL',
      /option saslMechanism must be one of "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER"/,
    );
  });

  it('points GSSAPI users to the plug-in route', () => {
    fails({ saslMechanism: 'GSSAPI' as never }, 'SASL_SSL', /GSSAPI.*SaslMechanism object/);
  });

  it('accepts a custom mechanism object as is, and checks its shape', () => {
    const custom: SaslMechanism = { name: 'AWS_MSK_IAM', authenticate: async () => {} };
    expect(resolveSaslOptions({ saslMechanism: custom }, 'SASL_SSL')?.mechanism).toBe(custom);
    fails({ saslMechanism: { name: 'X' } as never }, 'SASL_SSL', /object \{ name, authenticate\(exchange\) \}/);
    fails({ saslMechanism: { name: 'bad name', authenticate: async () => {} } }, 'SASL_SSL', /saslMechanism/);
  });
});
