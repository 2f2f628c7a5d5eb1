import type * as tls from 'node:tls';
import { InvalidConfigError, type KafkaError } from '@kafka-aio/protocol';
import type { ThrottleEvent } from '../observability/observability.js';
import type { ClientStatistics } from '../observability/stats-types.js';
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
  /**
   * How long `start()` keeps trying the bootstrap servers, round after round with backoff
   * (`retryBackoffMs` doubling up to `retryBackoffMaxMs`), before it fails with
   * `NoBrokersAvailableError`: an application may well start a moment before its broker. It fails
   * at once when every address failed for good (a name that does not resolve, a TLS mismatch) and on
   * an authentication failure. 0 tries each address once. Default 30000.
   */
  bootstrapTimeoutMs?: number;
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
  /**
   * Receives the client's log records besides the `debug` namespaces (`kafka-aio:cluster`,
   * `kafka-aio:connection`, ...): each call gets a message and a context object with `namespace` and
   * details such as `broker` and `error`. A `console` or `pino` object fits.
   */
  logger?: Logger;
  /**
   * Called with global, informational errors the client recovers from on its own (confluent's
   * `error_cb`): a broker connection lost, a periodic metadata refresh failing, a broker that cannot
   * be reached after start. Errors of a call (a send, a commit, an admin request) reach that call's
   * caller instead. The callback runs synchronously; an exception it throws is logged and ignored.
   */
  errorCallback?: (error: KafkaError) => void;
  /**
   * Called for every response in which a broker reports that it throttled this client (a quota was
   * exceeded), with the broker and the throttle time (confluent's `throttle_cb`).
   */
  throttleCallback?: (event: ThrottleEvent) => void;
  /**
   * Called every `statisticsIntervalMs` with a statistics document modelled on librdkafka's
   * (confluent's `stats_cb`): totals, per-broker traffic and latency windows, per-partition queues,
   * offsets and lag. `JSON.stringify(stats)` gives librdkafka-style JSON. Needs `statisticsIntervalMs`.
   */
  statsCallback?: (stats: ClientStatistics) => void;
  /** How often `statsCallback` is called, in milliseconds; 0 (the default) turns statistics off. */
  statisticsIntervalMs?: number;
}

/** {@link CommonOptions} with every default applied and every value checked. */
export interface ResolvedCommonOptions {
  bootstrapServers: BrokerAddress[];
  bootstrapTimeoutMs: number;
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
  errorCallback: ((error: KafkaError) => void) | undefined;
  throttleCallback: ((event: ThrottleEvent) => void) | undefined;
  statsCallback: ((stats: ClientStatistics) => void) | undefined;
  statisticsIntervalMs: number;
  /** The SASL authenticator to run on every connection, when a SASL protocol is used. */
  sasl: ResolvedSaslOptions | undefined;
}

/** Every default of {@link CommonOptions}, in one place. */
export const COMMON_DEFAULTS = {
  bootstrapServers: '127.0.0.1:9092',
  bootstrapTimeoutMs: 30_000,
  clientId: 'kafka-aio',
  requestTimeoutMs: 30_000,
  connectTimeoutMs: 10_000,
  metadataMaxAgeMs: 300_000,
  retryBackoffMs: 100,
  retryBackoffMaxMs: 1_000,
  connectionsMaxIdleMs: 540_000,
  securityProtocol: 'PLAINTEXT',
  statisticsIntervalMs: 0,
} as const satisfies Partial<CommonOptions>;

export const COMMON_KEYS: readonly (keyof CommonOptions)[] = [
  'bootstrapServers',
  'bootstrapTimeoutMs',
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
  'errorCallback',
  'throttleCallback',
  'statsCallback',
  'statisticsIntervalMs',
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
    bootstrapTimeoutMs: intOption('bootstrapTimeoutMs', o.bootstrapTimeoutMs ?? COMMON_DEFAULTS.bootstrapTimeoutMs, {
      min: 0,
      max: INT32_MAX,
    }),
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
    errorCallback: o.errorCallback === undefined ? undefined : functionOption('errorCallback', o.errorCallback),
    throttleCallback:
      o.throttleCallback === undefined ? undefined : functionOption('throttleCallback', o.throttleCallback),
    statsCallback: o.statsCallback === undefined ? undefined : functionOption('statsCallback', o.statsCallback),
    statisticsIntervalMs: intOption(
      'statisticsIntervalMs',
      o.statisticsIntervalMs ?? COMMON_DEFAULTS.statisticsIntervalMs,
      { min: 0, max: 86_400_000 },
    ),
    sasl: resolveSaslOptions(o, securityProtocol),
  };
  if (resolved.statsCallback !== undefined && resolved.statisticsIntervalMs === 0) {
    throw new InvalidConfigError(
      'option statsCallback needs option statisticsIntervalMs > 0 (statistics are off by default), e.g. 5000',
    );
  }
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
