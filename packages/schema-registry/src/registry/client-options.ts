import { InvalidConfigError } from '@kafka-aio/protocol';
import { describe, intOption, rejectUnknown } from '../options.js';
import type { RegistryRequestInfo, RegistryTlsOptions, TransportSettings } from './transport.js';

/** Bearer-token authentication (Confluent Cloud, OAuth gateways). */
export interface RegistryBearerAuth {
  /** A static token, or a function returning the current one (called before every request). */
  token: string | (() => string | Promise<string>);
  /** Sent as `target-sr-cluster` (Confluent Cloud's logical cluster id). */
  logicalCluster?: string;
  /** Sent as `Confluent-Identity-Pool-Id`. */
  identityPoolId?: string;
}

/** Options of {@link SchemaRegistryClient}; only `url` is required. */
export interface SchemaRegistryClientOptions {
  /**
   * Base URL of the registry's Confluent-compatible API, e.g. `http://registry:8081` or, for
   * Apicurio, `http://registry:8080/apis/ccompat/v7`. Several (an array or comma-separated) are
   * tried in turn on failures. `user:password@` in a URL is used as basic auth.
   */
  url: string | string[];
  /** HTTP basic auth (confluent's `basic.auth.user.info`). */
  basicAuth?: { username: string; password: string };
  /** Bearer-token auth; not together with `basicAuth`. */
  bearerAuth?: RegistryBearerAuth;
  /** CA, client certificate and key for `https` URLs. */
  tls?: RegistryTlsOptions;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Time budget of one HTTP attempt. Default 10000. */
  requestTimeoutMs?: number;
  /** Retries after a connection failure, timeout, 408, 429 or 5xx. Default 2. */
  maxRetries?: number;
  /** First retry backoff; doubles per retry, with jitter. Default 1000. */
  retryBackoffMs?: number;
  /** Cap of the retry backoff. Default 20000. */
  retryBackoffMaxMs?: number;
  /** Entries per cache (ids, schemas, versions). Default 1000. */
  cacheCapacity?: number;
  /**
   * How long a subject's latest version is cached, in ms; `null` (the default, as in Confluent's
   * clients) keeps it until {@link SchemaRegistryClient.clearLatestCaches}.
   */
  latestCacheTtlMs?: number | null;
  /** Called before every HTTP attempt (metrics, logging, tests counting requests). */
  onRequest?: (info: RegistryRequestInfo) => void;
}

/** Defaults of {@link SchemaRegistryClientOptions}. */
export const SCHEMA_REGISTRY_DEFAULTS = {
  requestTimeoutMs: 10_000,
  maxRetries: 2,
  retryBackoffMs: 1_000,
  retryBackoffMaxMs: 20_000,
  cacheCapacity: 1_000,
  latestCacheTtlMs: null,
} as const;

const KNOWN: (keyof SchemaRegistryClientOptions)[] = [
  'url',
  'basicAuth',
  'bearerAuth',
  'tls',
  'headers',
  'requestTimeoutMs',
  'maxRetries',
  'retryBackoffMs',
  'retryBackoffMaxMs',
  'cacheCapacity',
  'latestCacheTtlMs',
  'onRequest',
];

/** Resolved options: transport settings plus cache sizes. */
export interface ResolvedRegistryOptions {
  transport: TransportSettings;
  cacheCapacity: number;
  latestCacheTtlMs: number | null;
}

/** Validates options and applies defaults; throws InvalidConfigError naming the bad option. */
export function resolveRegistryOptions(o: SchemaRegistryClientOptions): ResolvedRegistryOptions {
  if (o === null || typeof o !== 'object') throw new InvalidConfigError('SchemaRegistryClient needs an options object');
  rejectUnknown('SchemaRegistryClient', o, KNOWN);
  const d = SCHEMA_REGISTRY_DEFAULTS;
  const { urls, userInfo } = parseUrls(o.url);
  if (o.basicAuth && o.bearerAuth) {
    throw new InvalidConfigError('options basicAuth and bearerAuth cannot both be set', { option: 'bearerAuth' });
  }
  const basic = o.basicAuth ?? userInfo;
  if (o.basicAuth && (typeof o.basicAuth.username !== 'string' || typeof o.basicAuth.password !== 'string')) {
    throw new InvalidConfigError('option basicAuth must be { username: string, password: string }', {
      option: 'basicAuth',
    });
  }
  const bearer = o.bearerAuth;
  if (bearer && typeof bearer.token !== 'string' && typeof bearer.token !== 'function') {
    throw new InvalidConfigError(
      `option bearerAuth.token must be a string or a function, got ${describe(bearer.token)}`,
      {
        option: 'bearerAuth',
      },
    );
  }
  if (o.onRequest !== undefined && typeof o.onRequest !== 'function') {
    throw new InvalidConfigError(`option onRequest must be a function, got ${describe(o.onRequest)}`, {
      option: 'onRequest',
    });
  }
  const extra = { ...(o.headers ?? {}) };
  const basicHeader = basic
    ? `Basic ${Buffer.from(`${basic.username}:${basic.password}`).toString('base64')}`
    : undefined;
  const headers = async (): Promise<Record<string, string>> => {
    const h = { ...extra };
    if (basicHeader) h.Authorization = basicHeader;
    if (bearer) {
      const token = typeof bearer.token === 'function' ? await bearer.token() : bearer.token;
      h.Authorization = `Bearer ${token}`;
      if (bearer.logicalCluster) h['target-sr-cluster'] = bearer.logicalCluster;
      if (bearer.identityPoolId) h['Confluent-Identity-Pool-Id'] = bearer.identityPoolId;
    }
    return h;
  };
  const ttl = o.latestCacheTtlMs === undefined ? d.latestCacheTtlMs : o.latestCacheTtlMs;
  return {
    transport: {
      urls,
      requestTimeoutMs: intOption('requestTimeoutMs', o.requestTimeoutMs ?? d.requestTimeoutMs, 1),
      maxRetries: intOption('maxRetries', o.maxRetries ?? d.maxRetries, 0, 100),
      retryBackoffMs: intOption('retryBackoffMs', o.retryBackoffMs ?? d.retryBackoffMs),
      retryBackoffMaxMs: intOption('retryBackoffMaxMs', o.retryBackoffMaxMs ?? d.retryBackoffMaxMs),
      tls: o.tls,
      headers,
      onRequest: o.onRequest,
    },
    cacheCapacity: intOption('cacheCapacity', o.cacheCapacity ?? d.cacheCapacity, 1),
    latestCacheTtlMs: ttl === null ? null : intOption('latestCacheTtlMs', ttl),
  };
}

function parseUrls(input: unknown): { urls: URL[]; userInfo?: { username: string; password: string } } {
  const list = typeof input === 'string' ? input.split(',') : Array.isArray(input) ? input : undefined;
  const bad = (why: string) =>
    new InvalidConfigError(`option url ${why}, got ${describe(input)}`, { option: 'url', accepted: 'http(s) URLs' });
  if (!list || list.length === 0) throw bad('must be a URL, a comma-separated list or an array of URLs');
  let userInfo: { username: string; password: string } | undefined;
  const urls = list.map((raw) => {
    let url: URL;
    try {
      url = new URL(String(raw).trim());
    } catch {
      throw bad('must hold valid URLs');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw bad('must use http or https');
    if (url.username) {
      userInfo = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
      url.username = '';
      url.password = '';
    }
    return url;
  });
  return { urls, userInfo };
}
