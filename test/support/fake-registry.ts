// An in-memory stand-in for the Schema Registry REST API, for unit tests of the serializers' byte
// layout and caching (the integration tests use a real Apicurio Registry). It answers the few
// endpoints the serializers call, assigns ids from 1 (and GUIDs when asked), and counts requests.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Stored {
  id: number;
  guid: string;
  subject: string;
  version: number;
  schema: string;
  schemaType: string;
  references: unknown[];
}

export interface FakeRegistry {
  url: string;
  /** `METHOD /path` of every request, in order. */
  requests: string[];
  /** Stores a schema under a subject directly (as another producer would have). */
  add(subject: string, schema: string, schemaType?: string, references?: unknown[]): Stored;
  close(): Promise<void>;
}

/** Starts the fake on a free port; `withGuids` makes it report GUIDs as Confluent 8+ does. */
export async function startFakeRegistry(options: { withGuids?: boolean } = {}): Promise<FakeRegistry> {
  const all: Stored[] = [];
  const requests: string[] = [];
  const add = (subject: string, schema: string, schemaType = 'AVRO', references: unknown[] = []): Stored => {
    const same = all.find(
      (s) =>
        s.subject === subject && s.schema === schema && JSON.stringify(s.references) === JSON.stringify(references),
    );
    if (same) return same;
    const prior = all.find((s) => s.schema === schema && s.schemaType === schemaType);
    const versions = all.filter((s) => s.subject === subject).length;
    const stored: Stored = {
      id: prior?.id ?? all.reduce((m, s) => Math.max(m, s.id), 0) + 1,
      guid: prior?.guid ?? randomUUID(),
      subject,
      version: versions + 1,
      schema,
      schemaType,
      references,
    };
    all.push(stored);
    return stored;
  };
  const view = (s: Stored, guid: boolean) => ({
    id: s.id,
    subject: s.subject,
    version: s.version,
    schema: s.schema,
    schemaType: s.schemaType,
    references: s.references,
    ...(guid ? { guid: s.guid } : {}),
  });
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const path = url.pathname; // subjects stay encoded (they may contain '/'); captures are decoded
      requests.push(`${req.method} ${url.pathname}`);
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      const notFound = (code: number) => send(404, { error_code: code, message: `not found: ${path}` });
      const g = !!options.withGuids;
      let m: string[] | null;
      const match = (re: RegExp) => {
        const r = path.match(re);
        return r ? r.map((x) => decodeURIComponent(x)) : null;
      };
      if (req.method === 'POST' && (m = match(/^\/subjects\/(.+)\/versions$/))) {
        const b = JSON.parse(body);
        const s = add(m[1], b.schema, b.schemaType ?? 'AVRO', b.references ?? []);
        return send(200, g ? { id: s.id, guid: s.guid } : { id: s.id });
      }
      if (req.method === 'POST' && (m = match(/^\/subjects\/([^/]+)$/))) {
        const b = JSON.parse(body);
        const s = all.find((x) => x.subject === m![1] && x.schema === b.schema);
        return s ? send(200, view(s, g)) : notFound(40403);
      }
      if (req.method === 'GET' && (m = match(/^\/schemas\/ids\/(\d+)$/))) {
        const s = all.find((x) => x.id === Number(m![1]));
        return s ? send(200, view(s, g)) : notFound(40403);
      }
      if (req.method === 'GET' && (m = match(/^\/schemas\/guids\/(.+)$/))) {
        const s = all.find((x) => x.guid === m![1]);
        return s ? send(200, view(s, g)) : notFound(40403);
      }
      if (req.method === 'GET' && (m = match(/^\/subjects\/(.+)\/versions\/(\w+)$/))) {
        const versions = all.filter((x) => x.subject === m![1]);
        const s = m[2] === 'latest' ? versions.at(-1) : versions.find((x) => x.version === Number(m![2]));
        return s ? send(200, view(s, g)) : notFound(versions.length ? 40402 : 40401);
      }
      if (req.method === 'PUT' && match(/^\/config\/(.+)$/)) return send(200, JSON.parse(body));
      if (req.method === 'GET' && match(/^\/config\/(.+)$/)) return notFound(40408);
      send(404, { error_code: 404, message: `no route ${req.method} ${path}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    add,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
