import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvalidConfigError } from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SchemaRegistryClient } from './client.js';
import { SchemaRegistryError } from './errors.js';

// HTTP behaviour the real registry cannot be made to show on demand (503s, hangs) is tested against
// a tiny local HTTP server; everything the REST API does is tested against Apicurio in
// test/*.it.test.ts.

interface Seen {
  method: string;
  url: string;
  auth: string | undefined;
  contentType: string | undefined;
  body: string;
}

let server: http.Server;
let base: string;
const seen: Seen[] = [];
let script: ((req: http.IncomingMessage, res: http.ServerResponse) => void)[] = [];

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({
      method: req.method!,
      url: req.url!,
      auth: req.headers.authorization,
      contentType: req.headers['content-type'],
      body,
    });
    const step = script.shift();
    if (step) step(req, res);
    else res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": 1}');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

function reset(steps: typeof script = []): void {
  seen.length = 0;
  script = steps;
}

const json = (status: number, body: unknown) => (_req: http.IncomingMessage, res: http.ServerResponse) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

describe('SchemaRegistryClient transport', () => {
  it('sends the REST content type and basic auth taken from the URL', async () => {
    reset();
    const url = new URL(base);
    url.username = 'alice';
    url.password = 's3cret:x';
    const client = new SchemaRegistryClient({ url: url.href });
    expect(await client.register('orders-value', '"string"')).toBe(1);
    expect(seen[0].method).toBe('POST');
    expect(seen[0].url).toBe('/subjects/orders-value/versions');
    expect(seen[0].contentType).toBe('application/vnd.schemaregistry.v1+json');
    expect(JSON.parse(seen[0].body)).toEqual({ schema: '"string"' });
    expect(seen[0].auth).toBe(`Basic ${Buffer.from('alice:s3cret:x').toString('base64')}`);
    expect(client.urls[0]).not.toContain('alice');
    client.close();
  });

  it('asks a bearer token function before each request', async () => {
    reset([json(200, { schema: '"int"' }), json(200, { schema: '"long"' })]);
    let n = 0;
    const client = new SchemaRegistryClient({ url: base, bearerAuth: { token: async () => `t${++n}` } });
    await client.getSchema(1);
    await client.getSchema(2);
    expect(seen.map((s) => s.auth)).toEqual(['Bearer t1', 'Bearer t2']);
    client.close();
  });

  it('retries 5xx with backoff and then succeeds', async () => {
    reset([json(503, { error_code: 50001, message: 'store down' }), json(502, 'bad gateway')]);
    const client = new SchemaRegistryClient({ url: base, retryBackoffMs: 5, maxRetries: 2 });
    expect(await client.register('s', '"string"')).toBe(1);
    expect(seen).toHaveLength(3);
    client.close();
  });

  it('gives up after maxRetries with the registry’s error code and status', async () => {
    reset([0, 1, 2].map(() => json(500, { error_code: 50001, message: 'store down' })));
    const client = new SchemaRegistryClient({ url: base, retryBackoffMs: 1, maxRetries: 2 });
    const err = await client.getSchema(9).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SchemaRegistryError);
    expect(err).toMatchObject({ httpStatus: 500, errorCode: 50001, registryMessage: 'store down', retriable: true });
    expect((err as Error).message).toBe(
      'Schema Registry GET /schemas/ids/9 failed (HTTP 500, error_code 50001): store down',
    );
    expect(seen).toHaveLength(3);
    client.close();
  });

  it('does not retry a 4xx', async () => {
    reset([json(409, { error_code: 409, message: 'Incompatible' })]);
    const client = new SchemaRegistryClient({ url: base, retryBackoffMs: 1 });
    await expect(client.register('s', '"int"')).rejects.toMatchObject({
      httpStatus: 409,
      errorCode: 409,
      retriable: false,
    });
    expect(seen).toHaveLength(1);
    client.close();
  });

  it('times out a hanging request and retries it', async () => {
    reset([() => undefined /* never answers */]);
    const client = new SchemaRegistryClient({ url: base, requestTimeoutMs: 100, retryBackoffMs: 1, maxRetries: 1 });
    const started = Date.now();
    expect(await client.getSubjects()).toEqual({ id: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(seen).toHaveLength(2);
    client.close();
  });

  it('moves on to the next URL when one refuses connections', async () => {
    reset();
    const dead = 'http://127.0.0.1:1';
    const client = new SchemaRegistryClient({ url: `${dead},${base}`, retryBackoffMs: 1 });
    expect(await client.getVersions('x')).toEqual({ id: 1 });
    expect(seen).toHaveLength(1);
    client.close();
  });

  it('reports a connection failure as httpStatus 0', async () => {
    const client = new SchemaRegistryClient({ url: 'http://127.0.0.1:1', maxRetries: 0 });
    await expect(client.getSchema(1)).rejects.toMatchObject({ httpStatus: 0, errorCode: -1, retriable: true });
    client.close();
  });

  it('serves repeated lookups from the cache and shares concurrent ones', async () => {
    reset([json(200, { schema: '"string"' })]);
    const client = new SchemaRegistryClient({ url: base });
    const [a, b] = await Promise.all([client.getSchema(5), client.getSchema(5)]);
    await client.getSchema(5);
    expect(a).toEqual({ schema: '"string"', schemaType: 'AVRO', references: [] });
    expect(b).toBe(a);
    expect(seen).toHaveLength(1);
    client.close();
  });
});

describe('SchemaRegistryClient options', () => {
  it('fail at construction, naming the option', () => {
    const bad = (o: unknown) => () => new SchemaRegistryClient(o as never);
    expect(bad({})).toThrow(/option url/);
    expect(bad({ url: 'ftp://x' })).toThrow(/must use http or https/);
    expect(bad({ url: 'http://x', requestTimeoutMs: 0 })).toThrow(/requestTimeoutMs/);
    expect(bad({ url: 'http://x', cachecapacity: 5 })).toThrow(/did you mean "cacheCapacity"/);
    expect(bad({ url: 'http://x', basicAuth: { username: 'a', password: 'b' }, bearerAuth: { token: 't' } })).toThrow(
      InvalidConfigError,
    );
  });

  it('accept several URLs', () => {
    const client = new SchemaRegistryClient({ url: 'http://a:1, https://b:2/apis/ccompat/v7' });
    expect(client.urls).toEqual(['http://a:1/', 'https://b:2/apis/ccompat/v7']);
  });
});
