import { InvalidConfigError, SaslAuthenticationError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { plainMechanism, plainMessage } from './plain.js';
import type { SaslExchange } from './sasl-mechanism.js';

function scripted(answer: Buffer, sent: Buffer[]): SaslExchange {
  return {
    broker: 'b:9092',
    host: 'b',
    reauthenticating: false,
    async send(token) {
      sent.push(token);
      return answer;
    },
  };
}

describe('PLAIN', () => {
  it('lays out NUL authcid NUL passwd with an empty authzid, in UTF-8 (RFC 4616)', () => {
    const bytes = plainMessage({ username: 'alice', password: 'pässword' });
    expect(bytes).toEqual(
      Buffer.concat([Buffer.from([0]), Buffer.from('alice'), Buffer.from([0]), Buffer.from('pässword', 'utf8')]),
    );
  });

  it('refuses NUL inside the credentials, which would shift the fields', () => {
    expect(() => plainMessage({ username: 'a\0b', password: 'p' })).toThrow(InvalidConfigError);
  });

  it('sends one token and accepts an empty answer', async () => {
    const sent: Buffer[] = [];
    await plainMechanism({ username: 'u', password: 'p' }).authenticate(scripted(Buffer.alloc(0), sent));
    expect(sent).toEqual([Buffer.from('\0u\0p')]);
  });

  it('rejects a non-empty answer', async () => {
    const exchange = scripted(Buffer.from('?'), []);
    await expect(plainMechanism({ username: 'u', password: 'p' }).authenticate(exchange)).rejects.toThrow(
      SaslAuthenticationError,
    );
  });
});
