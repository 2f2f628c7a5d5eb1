import type * as tls from 'node:tls';
import { InvalidConfigError } from '@kafka-aio/protocol';
import { type ResolvedSaslOptions, resolveSaslOptions, SASL_KEYS, type SaslOptions } from '../security/sasl-options.js';
import { describe, functionOption, intOption, oneOf, stringOption } from './validate.js';

/** How the client talks to brokers. */
export type SecurityProtocol = 'PLAINTEXT' | 'SSL' | 'SASL_PLAINTEXT' | 'SASL_SSL';

/** A host and port of one bootstrap broker. */
export interface BrokerAddress {
  host: string;
  port: number;
}

/** Receives the client's log records besides the `debug` namespaces (a pino or console object fits). */
export interface Logger {
  debug?(message: string, context?: Record<string, unknown>): void;
  info?(message: string, context?: Record<string, unknown>): void;
  warn?(message: string, context?: Record<string, unknown>): void;
  error?(message: string, context?: Record<string, unknown>): void;
}

/** Options every kafka-aio client accepts (SASL options: see {@link SaslOptions}). */
export interface CommonOptions extends SaslOptions {
  /** `"host:port"`, a comma-separated list of them, or an array. Port defaults to 9092. Default `"127.0.0.1:9092"`. */
  bootstrapServers?: string | readonly string[];
  /** Sent with every request; shows in broker logs and quotas. Default `"kafka-aio"`. */
  clientId?: string;
  /** How long a request may wait for its response. Default 30000. */
  requestTimeoutMs?: number;
  /** How long opening a connection (TCP, TLS, SASL) may take. Default 10000. */
  connectTimeoutMs?: number;
  /** Metadata older than this is refreshed even without errors. Default 300000. */
  metadataMaxAgeMs?: number;
  /** First backoff between retries; it doubles up to `retryBackoffMaxMs`, with jitter. Default 100. */
  retryBackoffMs?: number;
  /** Upper bound of the retry backoff. Default 1000. */
  retryBackoffMaxMs?: number;
  /** Idle connections are closed after this long. Default 540000. */
  connectionsMaxIdleMs?: number;
  /** `'PLAINTEXT'` (default), `'SSL'`, `'SASL_PLAINTEXT'` or `'SASL_SSL'`. */
  securityProtocol?: SecurityProtocol;
  /** TLS settings for `SSL` and `SASL_SSL` (Node's `tls.connect` options: `ca`, `cert`, `key`, ...). */
  sslContext?: tls.ConnectionOptions;
  /** Optional logger that receives the client's log records. */
  logger?: Logger;
}

/** {@link CommonOptions} with every default applied and every value checked. */
export interface ResolvedCommonOptions {
  bootstrapServers: BrokerAddress[];
  clientId: string;
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  metadataMaxAgeMs: number;
  retryBackoffMs: number;
  retryBackoffMaxMs: number;
  connectionsMaxIdleMs: number;
  securityProtocol: SecurityProtocol;
  sslContext: tls.ConnectionOptions | undefined;
  logger: Logger | undefined;
  /** The SASL authenticator to run on every connection, when a SASL protocol is used. */
  sasl: ResolvedSaslOptions | undefined;
}

/** Every default of {@link CommonOptions}, in one place. */
export const COMMON_DEFAULTS = {
  bootstrapServers: '127.0.0.1:9092',
  clientId: 'kafka-aio',
  requestTimeoutMs: 30_000,
  connectTimeoutMs: 10_000,
  metadataMaxAgeMs: 300_000,
  retryBackoffMs: 100,
  retryBackoffMaxMs: 1_000,
  connectionsMaxIdleMs: 540_000,
  securityProtocol: 'PLAINTEXT',
} as const satisfies Partial<CommonOptions>;

export const COMMON_KEYS: readonly (keyof CommonOptions)[] = [
  'bootstrapServers',
  'clientId',
  'requestTimeoutMs',
  'connectTimeoutMs',
  'metadataMaxAgeMs',
  'retryBackoffMs',
  'retryBackoffMaxMs',
  'connectionsMaxIdleMs',
  'securityProtocol',
  'sslContext',
  'logger',
  ...(SASL_KEYS as readonly (keyof CommonOptions)[]),
];

const INT32_MAX = 2 ** 31 - 1;

export function resolveCommonOptions(o: CommonOptions): ResolvedCommonOptions {
  const securityProtocol = oneOf('securityProtocol', o.securityProtocol ?? COMMON_DEFAULTS.securityProtocol, [
    'PLAINTEXT',
    'SSL',
    'SASL_PLAINTEXT',
    'SASL_SSL',
  ] as const);
  const retryBackoffMs = intOption('retryBackoffMs', o.retryBackoffMs ?? COMMON_DEFAULTS.retryBackoffMs, {
    max: INT32_MAX,
  });
  const resolved: ResolvedCommonOptions = {
    bootstrapServers: parseBootstrapServers(o.bootstrapServers ?? COMMON_DEFAULTS.bootstrapServers),
    clientId: stringOption('clientId', o.clientId ?? COMMON_DEFAULTS.clientId),
    requestTimeoutMs: intOption('requestTimeoutMs', o.requestTimeoutMs ?? COMMON_DEFAULTS.requestTimeoutMs, {
      min: 1,
      max: INT32_MAX,
    }),
    connectTimeoutMs: intOption('connectTimeoutMs', o.connectTimeoutMs ?? COMMON_DEFAULTS.connectTimeoutMs, {
      min: 1,
      max: INT32_MAX,
    }),
    metadataMaxAgeMs: intOption('metadataMaxAgeMs', o.metadataMaxAgeMs ?? COMMON_DEFAULTS.metadataMaxAgeMs, {
      min: 0,
      max: INT32_MAX,
    }),
    retryBackoffMs,
    retryBackoffMaxMs: intOption('retryBackoffMaxMs', o.retryBackoffMaxMs ?? COMMON_DEFAULTS.retryBackoffMaxMs, {
      min: retryBackoffMs,
      max: INT32_MAX,
    }),
    connectionsMaxIdleMs: intOption(
      'connectionsMaxIdleMs',
      o.connectionsMaxIdleMs ?? COMMON_DEFAULTS.connectionsMaxIdleMs,
      { min: 0, max: INT32_MAX },
    ),
    securityProtocol,
    sslContext: o.sslContext,
    logger: o.logger,
    sasl: resolveSaslOptions(o, securityProtocol),
  };
  if ((securityProtocol === 'SSL' || securityProtocol === 'SASL_SSL') && resolved.sslContext === undefined) {
    resolved.sslContext = {};
  }
  if (o.sslContext !== undefined && (typeof o.sslContext !== 'object' || o.sslContext === null)) {
    throw new InvalidConfigError(
      `option sslContext must be an object of tls.connect options, got ${describe(o.sslContext)}`,
    );
  }
  if (o.logger !== undefined) {
    if (typeof o.logger !== 'object' || o.logger === null) {
      throw new InvalidConfigError(`option logger must be an object with debug/info/warn/error methods`);
    }
    for (const level of ['debug', 'info', 'warn', 'error'] as const) {
      if (o.logger[level] !== undefined) functionOption(`logger.${level}`, o.logger[level]);
    }
  }
  return resolved;
}

/** Parses `"a:1,b:2"` or `["a:1", "b"]` into addresses; the port defaults to 9092. */
export function parseBootstrapServers(value: string | readonly string[]): BrokerAddress[] {
  const list = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(list) && typeof value !== 'string') {
    throw new InvalidConfigError(
      `option bootstrapServers must be a string or an array of strings, got ${describe(value)}`,
    );
  }
  const out: BrokerAddress[] = [];
  for (const raw of list) {
    if (typeof raw !== 'string') {
      throw new InvalidConfigError(`option bootstrapServers must hold "host:port" strings, got ${describe(raw)}`);
    }
    const entry = raw.trim();
    if (!entry) continue;
    const m = /^(?:\[([^\]]+)\]|([^:]+))(?::(\d+))?$/.exec(entry);
    const port = m?.[3] === undefined ? 9092 : Number(m[3]);
    if (!m || port < 1 || port > 65535) {
      throw new InvalidConfigError(
        `option bootstrapServers has an invalid address ${JSON.stringify(entry)}; expected "host:port"`,
      );
    }
    out.push({ host: m[1] ?? m[2], port });
  }
  if (out.length === 0) throw new InvalidConfigError('option bootstrapServers names no broker');
  return out;
}
