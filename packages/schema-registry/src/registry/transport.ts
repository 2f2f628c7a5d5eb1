import http from 'node:http';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRetriableStatus, SchemaRegistryError, SchemaRegistryErrorCode } from './errors.js';

/** PEM text (or Buffers) for an HTTPS registry, as `tls.connect` takes them. */
export interface RegistryTlsOptions {
  /** CA certificates to trust instead of Node's default bundle. */
  ca?: string | Buffer | (string | Buffer)[];
  /** Client certificate for mutual TLS. */
  cert?: string | Buffer;
  /** Client private key for mutual TLS. */
  key?: string | Buffer;
  /** Passphrase of an encrypted `key`. */
  passphrase?: string;
  /** Default true. Turn off only against a test registry. */
  rejectUnauthorized?: boolean;
  /** SNI and certificate host name, when it differs from the URL's host. */
  servername?: string;
}

/** What the registry transport is told about each HTTP attempt, for metrics and tests. */
export interface RegistryRequestInfo {
  method: string;
  /** The path below the base URL, e.g. `/schemas/ids/3`. */
  path: string;
  /** The base URL the attempt went to. */
  url: string;
  /** 0 for the first try, then 1, 2, ... for retries. */
  attempt: number;
}

/** Resolved transport settings. */
export interface TransportSettings {
  urls: URL[];
  requestTimeoutMs: number;
  maxRetries: number;
  retryBackoffMs: number;
  retryBackoffMaxMs: number;
  tls: RegistryTlsOptions | undefined;
  /** Extra headers, and Authorization when auth is configured (computed per request). */
  headers: () => Record<string, string> | Promise<Record<string, string>>;
  onRequest: ((info: RegistryRequestInfo) => void) | undefined;
}

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';
const ACCEPT = 'application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json';
/** Responses larger than this are refused: a schema registry answer is JSON of a few KiB. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

interface Reply {
  status: number;
  body: unknown;
}

/**
 * JSON over HTTP(S) to one or more registry URLs with keep-alive agents, an overall per-attempt
 * timeout, and retries with exponential backoff and jitter on connection failures, timeouts, 408,
 * 429 and 5xx. A failed attempt moves on to the next URL. Uses `node:http(s)` rather than `fetch`
 * so that custom CAs and client certificates work without an undici dependency.
 */
export class RegistryTransport {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  private readonly httpsAgent: https.Agent;
  private urlIndex = 0;

  constructor(private readonly settings: TransportSettings) {
    this.httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16, ...settings.tls });
  }

  /** Sends one request and returns the parsed JSON body; throws {@link SchemaRegistryError}. */
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const s = this.settings;
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    for (let attempt = 0; ; attempt++) {
      const base = s.urls[this.urlIndex % s.urls.length];
      let error: SchemaRegistryError;
      try {
        s.onRequest?.({ method, path, url: base.href, attempt });
        const reply = await this.once(base, method, path, payload, await s.headers());
        if (reply.status >= 200 && reply.status < 300) return reply.body as T;
        error = replyError(method, path, reply);
      } catch (err) {
        if (err instanceof SchemaRegistryError) throw err;
        error = new SchemaRegistryError({
          httpStatus: 0,
          errorCode: SchemaRegistryErrorCode.UNKNOWN,
          registryMessage: (err as Error).message,
          request: `${method} ${path}`,
          cause: err,
        });
      }
      if (!isRetriableStatus(error.httpStatus) || attempt >= s.maxRetries) throw error;
      this.urlIndex++;
      const ceiling = Math.min(s.retryBackoffMaxMs, s.retryBackoffMs * 2 ** attempt);
      await sleep(ceiling / 2 + Math.random() * (ceiling / 2));
    }
  }

  /** Closes idle keep-alive sockets. Requests still in flight complete. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private once(
    base: URL,
    method: string,
    path: string,
    payload: Buffer | undefined,
    headers: Record<string, string>,
  ): Promise<Reply> {
    const url = new URL(base.href.replace(/\/?$/, '') + path);
    const secure = url.protocol === 'https:';
    const all: Record<string, string> = { Accept: ACCEPT, ...headers };
    if (payload) {
      all['Content-Type'] = CONTENT_TYPE;
      all['Content-Length'] = String(payload.length);
    }
    return new Promise<Reply>((resolve, reject) => {
      const req = (secure ? https : http).request(url, {
        method,
        headers: all,
        agent: secure ? this.httpsAgent : this.httpAgent,
      });
      const timer = setTimeout(() => {
        req.destroy(new Error(`no response within requestTimeoutMs (${this.settings.requestTimeoutMs} ms)`));
      }, this.settings.requestTimeoutMs);
      req.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) req.destroy(new Error(`response larger than ${MAX_RESPONSE_BYTES} bytes`));
          else chunks.push(chunk);
        });
        res.on('error', (err) => {
          clearTimeout(timer);
          reject(err);
        });
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body: parseBody(Buffer.concat(chunks).toString('utf8')) });
        });
      });
      req.end(payload);
    });
  }
}

function parseBody(text: string): unknown {
  if (text.length === 0) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function replyError(method: string, path: string, reply: Reply): SchemaRegistryError {
  const body = reply.body as { error_code?: unknown; message?: unknown } | string | null;
  let errorCode: number = SchemaRegistryErrorCode.UNKNOWN;
  let message = `HTTP ${reply.status}`;
  if (body && typeof body === 'object') {
    if (typeof body.error_code === 'number') errorCode = body.error_code;
    if (typeof body.message === 'string') message = body.message;
  } else if (typeof body === 'string' && body.length > 0) {
    message = body.slice(0, 500);
  }
  return new SchemaRegistryError({
    httpStatus: reply.status,
    errorCode,
    registryMessage: message,
    request: `${method} ${path}`,
  });
}
