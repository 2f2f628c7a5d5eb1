import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_SOFTWARE_VERSION } from './version.js';

describe('client version', () => {
  it('matches package.json, since brokers see it in ApiVersions', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(CLIENT_SOFTWARE_VERSION).toBe(pkg.version);
  });
});
