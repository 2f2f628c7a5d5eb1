// Option mapping: KafkaJS's `new Kafka(config)` and Java/librdkafka dotted properties to kafka-aio's
// options. Every property with a kafka-aio equivalent is mapped; any other is rejected by name.
import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import type { CommonOptions, ConsumerOptions, ProducerOptions, SaslMechanism } from '@kafka-aio/client';
import type { LogLevel } from './constants.js';
import { KafkaJSNonRetriableError, KafkaJSNotImplemented } from './errors.js';
import type { LogCreator } from './logger.js';
import type { RetryOptions } from './retry.js';

/** KafkaJS's SASL options. */
export type SASLOptions =
  | { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string }
  | {
      mechanism: 'oauthbearer';
      oauthBearerProvider: () => Promise<{ value: string; lifetime?: number; extensions?: Record<string, string> }>;
    }
  | { mechanism: 'aws'; [key: string]: unknown }
  | { mechanism: string; authenticationProvider: (args: AuthenticationProviderArgs) => Authenticator };

/** What a custom KafkaJS SASL mechanism's `authenticationProvider` gets. */
export interface AuthenticationProviderArgs {
  host: string;
  port: number;
  logger: unknown;
  saslAuthenticate: <T>(args: {
    request: { encode(): Buffer | Promise<Buffer> };
    response?: { decode(raw: Buffer): unknown | Promise<unknown>; parse(data: unknown): T | Promise<T> };
  }) => Promise<T | undefined>;
}

/** A custom mechanism's authenticator. */
export interface Authenticator {
  authenticate(): Promise<void>;
}

/** `new Kafka(config)`: KafkaJS's client options. */
export interface KafkaConfig {
  brokers: string[] | (() => string[] | Promise<string[]>);
  clientId?: string;
  ssl?: boolean | ConnectionOptions;
  sasl?: SASLOptions;
  connectionTimeout?: number;
  authenticationTimeout?: number;
  reauthenticationThreshold?: number;
  requestTimeout?: number;
  enforceRequestTimeout?: boolean;
  retry?: RetryOptions;
  logLevel?: LogLevel;
  logCreator?: LogCreator;
  /** Not supported: kafka-aio opens its own sockets. */
  socketFactory?: unknown;
}

const KAFKA_KEYS = new Set([
  'brokers',
  'clientId',
  'ssl',
  'sasl',
  'connectionTimeout',
  'authenticationTimeout',
  'reauthenticationThreshold',
  'requestTimeout',
  'enforceRequestTimeout',
  'retry',
  'logLevel',
  'logCreator',
  'socketFactory',
]);

/** Throws naming every key of `o` not in `known`. */
export function rejectUnknownKeys(what: string, o: object, known: ReadonlySet<string>): void {
  const unknown = Object.keys(o).filter((k) => !known.has(k) && (o as Record<string, unknown>)[k] !== undefined);
  if (unknown.length > 0)
    throw new KafkaJSNonRetriableError(
      `${what}: unsupported option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`,
    );
}

/** The brokers of a KafkaJS config, calling the function form. */
export async function resolveBrokers(brokers: KafkaConfig['brokers']): Promise<string[]> {
  const list = typeof brokers === 'function' ? await brokers() : brokers;
  if (!Array.isArray(list) || list.length === 0)
    throw new KafkaJSNonRetriableError('Failed to connect: brokers should not be empty');
  return list;
}

function saslOptions(sasl: SASLOptions): CommonOptions {
  const mechanism = String(sasl.mechanism ?? '').toLowerCase();
  switch (mechanism) {
    case 'plain':
    case 'scram-sha-256':
    case 'scram-sha-512': {
      const s = sasl as { username: string; password: string };
      return {
        saslMechanism: mechanism.toUpperCase() as 'PLAIN',
        saslPlainUsername: s.username,
        saslPlainPassword: s.password,
      };
    }
    case 'oauthbearer': {
      const provider = (
        sasl as {
          oauthBearerProvider?: () => Promise<{
            value: string;
            lifetime?: number;
            extensions?: Record<string, string>;
          }>;
        }
      ).oauthBearerProvider;
      if (typeof provider !== 'function')
        throw new KafkaJSNonRetriableError('sasl: oauthbearer needs an oauthBearerProvider function');
      return {
        saslMechanism: 'OAUTHBEARER',
        saslOauthTokenProvider: async () => {
          const t = await provider();
          return { token: t.value, lifetimeMs: t.lifetime, extensions: t.extensions };
        },
      };
    }
    case 'aws':
      throw new KafkaJSNotImplemented(
        "sasl: mechanism 'aws' (AWS_MSK_IAM) is not built in; use 'oauthbearer' with aws-msk-iam-sasl-signer-js, or a custom authenticationProvider",
      );
    default: {
      const provider = (sasl as { authenticationProvider?: (a: AuthenticationProviderArgs) => Authenticator })
        .authenticationProvider;
      if (typeof provider !== 'function')
        throw new KafkaJSNonRetriableError(
          `sasl: unknown mechanism ${String(sasl.mechanism)} without an authenticationProvider`,
        );
      return { saslMechanism: customMechanism(String(sasl.mechanism), provider) };
    }
  }
}

/** A KafkaJS custom authentication provider as a kafka-aio SASL mechanism. */
function customMechanism(name: string, provider: (a: AuthenticationProviderArgs) => Authenticator): SaslMechanism {
  return {
    name,
    async authenticate(exchange) {
      const [host, port] = splitHostPort(exchange.broker);
      const authenticator = provider({
        host,
        port,
        logger: undefined,
        saslAuthenticate: async ({ request, response }) => {
          const reply = await exchange.send(await request.encode());
          if (response === undefined) return undefined;
          return response.parse(await response.decode(reply));
        },
      });
      await authenticator.authenticate();
    },
  } as SaslMechanism;
}

function splitHostPort(broker: unknown): [string, number] {
  if (broker && typeof broker === 'object' && 'host' in broker)
    return [String((broker as { host: string }).host), Number((broker as { port?: number }).port ?? 9092)];
  const s = String(broker);
  const i = s.lastIndexOf(':');
  return i < 0 ? [s, 9092] : [s.slice(0, i), Number(s.slice(i + 1))];
}

/** kafka-aio's common options for a KafkaJS config (without the brokers, which may be a function). */
export function commonOptions(config: KafkaConfig): CommonOptions {
  rejectUnknownKeys('Kafka config', config, KAFKA_KEYS);
  if (config.socketFactory !== undefined)
    throw new KafkaJSNotImplemented('socketFactory is not supported: kafka-aio opens its own connections');
  const o: CommonOptions = { clientId: config.clientId ?? 'kafkajs' };
  const tls = config.ssl === true ? {} : config.ssl ? config.ssl : undefined;
  if (config.sasl !== undefined) Object.assign(o, saslOptions(config.sasl));
  if (tls) o.sslContext = tls;
  o.securityProtocol = config.sasl ? (tls ? 'SASL_SSL' : 'SASL_PLAINTEXT') : tls ? 'SSL' : 'PLAINTEXT';
  if (config.connectionTimeout !== undefined || config.authenticationTimeout !== undefined) {
    o.connectTimeoutMs =
      (config.connectionTimeout ?? 1000) + (config.sasl ? (config.authenticationTimeout ?? 10_000) : 0);
  }
  if (config.enforceRequestTimeout === false) o.requestTimeoutMs = 2 ** 31 - 1;
  else if (config.requestTimeout !== undefined) o.requestTimeoutMs = config.requestTimeout;
  if (config.retry?.initialRetryTime !== undefined) o.retryBackoffMs = config.retry.initialRetryTime;
  if (config.retry?.maxRetryTime !== undefined)
    o.retryBackoffMaxMs = Math.max(config.retry.maxRetryTime, o.retryBackoffMs ?? 100);
  return o;
}

// ---- Java / librdkafka properties ----------------------------------------------------------------

type Scope = 'common' | 'producer' | 'consumer';
type Options = Record<string, unknown>;
type Apply = (value: unknown, out: Options) => void;

const num = (name: string, v: unknown): number => {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) throw new KafkaJSNonRetriableError(`property ${name}: expected a number, got ${String(v)}`);
  return n;
};
const bool = (name: string, v: unknown): boolean => {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new KafkaJSNonRetriableError(`property ${name}: expected true or false, got ${String(v)}`);
};
const set =
  (option: string, convert: (name: string, v: unknown) => unknown = (_n, v) => v) =>
  (name: string): Apply =>
  (v, out) => {
    out[option] = convert(name, v);
  };
const tlsSet =
  (field: keyof ConnectionOptions, convert: (v: unknown) => unknown) =>
  (_name: string): Apply =>
  (v, out) => {
    out.sslContext = { ...(out.sslContext as object | undefined), [field]: convert(v) };
  };
const file = (v: unknown) => readFileSync(String(v));
const list = (_n: string, v: unknown) =>
  Array.isArray(v)
    ? v
    : String(v)
        .split(',')
        .map((s) => s.trim());

const PROPERTIES: Record<string, [Scope, (name: string) => Apply]> = {
  'bootstrap.servers': ['common', set('bootstrapServers', list)],
  'metadata.broker.list': ['common', set('bootstrapServers', list)],
  'client.id': ['common', set('clientId', (_n, v) => String(v))],
  'security.protocol': ['common', set('securityProtocol', (_n, v) => String(v).toUpperCase())],
  'sasl.mechanism': ['common', set('saslMechanism', (_n, v) => String(v).toUpperCase())],
  'sasl.mechanisms': ['common', set('saslMechanism', (_n, v) => String(v).toUpperCase())],
  'sasl.username': ['common', set('saslPlainUsername', (_n, v) => String(v))],
  'sasl.password': ['common', set('saslPlainPassword', (_n, v) => String(v))],
  'ssl.ca.location': ['common', tlsSet('ca', file)],
  'ssl.certificate.location': ['common', tlsSet('cert', file)],
  'ssl.key.location': ['common', tlsSet('key', file)],
  'ssl.key.password': ['common', tlsSet('passphrase', String)],
  'ssl.ca.pem': ['common', tlsSet('ca', String)],
  'ssl.certificate.pem': ['common', tlsSet('cert', String)],
  'ssl.key.pem': ['common', tlsSet('key', String)],
  'enable.ssl.certificate.verification': [
    'common',
    tlsSet('rejectUnauthorized', (v) => bool('enable.ssl.certificate.verification', v)),
  ],
  'ssl.endpoint.identification.algorithm': [
    'common',
    tlsSet('checkServerIdentity', (v) => (String(v).toLowerCase() === 'none' ? () => undefined : undefined)),
  ],
  'request.timeout.ms': ['common', set('requestTimeoutMs', num)],
  'socket.timeout.ms': ['common', set('requestTimeoutMs', num)],
  'socket.connection.setup.timeout.ms': ['common', set('connectTimeoutMs', num)],
  'metadata.max.age.ms': ['common', set('metadataMaxAgeMs', num)],
  'topic.metadata.refresh.interval.ms': ['common', set('metadataMaxAgeMs', num)],
  'retry.backoff.ms': ['common', set('retryBackoffMs', num)],
  'retry.backoff.max.ms': ['common', set('retryBackoffMaxMs', num)],
  'connections.max.idle.ms': ['common', set('connectionsMaxIdleMs', num)],
  'statistics.interval.ms': ['common', set('statisticsIntervalMs', num)],
  stats_cb: ['common', set('statsCallback')],
  error_cb: ['common', set('errorCallback')],
  throttle_cb: ['common', set('throttleCallback')],
  'allow.auto.create.topics': ['common', set('allowAutoCreateTopics', bool)],

  acks: ['producer', set('acks', (_n, v) => (v === 'all' ? 'all' : Number(v)))],
  'request.required.acks': ['producer', set('acks', (_n, v) => (v === 'all' ? 'all' : Number(v)))],
  'compression.type': ['producer', set('compressionType', (_n, v) => String(v).toLowerCase())],
  'compression.codec': ['producer', set('compressionType', (_n, v) => String(v).toLowerCase())],
  'linger.ms': ['producer', set('lingerMs', num)],
  'queue.buffering.max.ms': ['producer', set('lingerMs', num)],
  'batch.size': ['producer', set('maxBatchSize', num)],
  'enable.idempotence': ['producer', set('enableIdempotence', bool)],
  'transactional.id': ['producer', set('transactionalId', (_n, v) => String(v))],
  'transaction.timeout.ms': ['producer', set('transactionTimeoutMs', num)],
  'delivery.timeout.ms': ['producer', set('deliveryTimeoutMs', num)],
  'message.timeout.ms': ['producer', set('deliveryTimeoutMs', num)],
  'max.in.flight.requests.per.connection': ['producer', set('maxInFlightRequests', num)],
  'max.in.flight': ['producer', set('maxInFlightRequests', num)],
  'buffer.memory': ['producer', set('bufferMemory', num)],
  'queue.buffering.max.kbytes': ['producer', set('bufferMemory', (n, v) => num(n, v) * 1024)],
  'message.max.bytes': ['producer', set('maxRequestSize', num)],
  'max.request.size': ['producer', set('maxRequestSize', num)],
  'max.block.ms': ['producer', set('maxBlockMs', num)],

  'group.id': ['consumer', set('groupId', (_n, v) => String(v))],
  'group.instance.id': ['consumer', set('groupInstanceId', (_n, v) => String(v))],
  'group.protocol': ['consumer', set('groupProtocol', (_n, v) => String(v).toLowerCase())],
  'group.remote.assignor': ['consumer', set('groupRemoteAssignor', (_n, v) => String(v))],
  'partition.assignment.strategy': ['consumer', set('partitionAssignmentStrategy', list)],
  'session.timeout.ms': ['consumer', set('sessionTimeoutMs', num)],
  'heartbeat.interval.ms': ['consumer', set('heartbeatIntervalMs', num)],
  'max.poll.interval.ms': ['consumer', set('maxPollIntervalMs', num)],
  'fetch.min.bytes': ['consumer', set('fetchMinBytes', num)],
  'fetch.max.bytes': ['consumer', set('fetchMaxBytes', num)],
  'fetch.wait.max.ms': ['consumer', set('fetchMaxWaitMs', num)],
  'fetch.max.wait.ms': ['consumer', set('fetchMaxWaitMs', num)],
  'max.partition.fetch.bytes': ['consumer', set('maxPartitionFetchBytes', num)],
  'fetch.message.max.bytes': ['consumer', set('maxPartitionFetchBytes', num)],
  'queued.max.messages.kbytes': ['consumer', set('maxPrefetchBytes', (n, v) => num(n, v) * 1024)],
  'isolation.level': ['consumer', set('isolationLevel', (_n, v) => String(v).toLowerCase())],
  'client.rack': ['consumer', set('clientRack', (_n, v) => String(v))],
  'auto.offset.reset': ['consumer', set('autoOffsetReset', (n, v) => autoOffsetReset(n, v))],
  'enable.auto.commit': ['consumer', set('enableAutoCommit', bool)],
  'auto.commit.interval.ms': ['consumer', set('autoCommitIntervalMs', num)],
  'enable.auto.offset.store': ['consumer', set('enableAutoOffsetStore', bool)],
  'enable.partition.eof': ['consumer', set('enablePartitionEof', bool)],
  'check.crcs': ['consumer', set('checkCrcs', bool)],
  'exclude.internal.topics': ['consumer', set('excludeInternalTopics', bool)],
  'max.poll.records': ['consumer', set('maxPollRecords', num)],
  'default.api.timeout.ms': ['consumer', set('defaultApiTimeoutMs', num)],
};

function autoOffsetReset(name: string, v: unknown): 'earliest' | 'latest' | 'none' {
  const s = String(v).toLowerCase();
  if (['earliest', 'smallest', 'beginning'].includes(s)) return 'earliest';
  if (['latest', 'largest', 'end'].includes(s)) return 'latest';
  if (['none', 'error'].includes(s)) return 'none';
  throw new KafkaJSNonRetriableError(`property ${name}: expected earliest, latest or none, got ${String(v)}`);
}

/** Every Java/librdkafka property this package maps, with the kafka-aio client it applies to. */
export const SUPPORTED_PROPERTIES: ReadonlyMap<string, Scope> = new Map(
  Object.entries(PROPERTIES).map(([k, [scope]]) => [k, scope]),
);

/**
 * Java/librdkafka properties (as found in `.properties` files or confluent-kafka-javascript
 * configs: `{ 'bootstrap.servers': 'b1:9092', 'group.id': 'g', 'enable.auto.commit': 'false' }`)
 * as kafka-aio options for a producer or a consumer. String values are converted (`'false'`,
 * `'5000'`). A property that belongs to the other kind of client, or that kafka-aio has no
 * equivalent for, is rejected with an error naming it.
 *
 * @example
 * const consumer = new AIOKafkaConsumer(fromProperties('consumer', { 'bootstrap.servers': 'b1:9092', 'group.id': 'g' }));
 */
export function fromProperties(
  kind: 'producer',
  properties: Readonly<Record<string, unknown>>,
): ProducerOptions<Buffer | null, Buffer | null>;
export function fromProperties(
  kind: 'consumer',
  properties: Readonly<Record<string, unknown>>,
): ConsumerOptions<Buffer | null, Buffer | null>;
export function fromProperties(kind: 'common', properties: Readonly<Record<string, unknown>>): CommonOptions;
export function fromProperties(kind: Scope, properties: Readonly<Record<string, unknown>>): Options {
  const out: Options = {};
  const unsupported: string[] = [];
  for (const [name, value] of Object.entries(properties)) {
    if (value === undefined) continue;
    const entry = PROPERTIES[name];
    if (entry === undefined || (entry[0] !== 'common' && entry[0] !== kind && !(name === 'allow.auto.create.topics'))) {
      unsupported.push(name);
      continue;
    }
    entry[1](name)(value, out);
  }
  if (unsupported.length > 0)
    throw new KafkaJSNonRetriableError(
      `unsupported ${kind === 'common' ? '' : `${kind} `}propert${unsupported.length > 1 ? 'ies' : 'y'} ${unsupported.join(', ')} (no kafka-aio equivalent)`,
    );
  if (out.saslMechanism !== undefined || out.saslPlainUsername !== undefined) {
    if (out.securityProtocol === undefined) out.securityProtocol = out.sslContext ? 'SASL_SSL' : 'SASL_PLAINTEXT';
  }
  if (out.sslContext !== undefined && out.securityProtocol === undefined) out.securityProtocol = 'SSL';
  if ((out.securityProtocol === 'SSL' || out.securityProtocol === 'SASL_SSL') && out.sslContext === undefined)
    out.sslContext = {};
  return out;
}

/** Splits a confluent-kafka-javascript config into its `kafkaJS` block and its dotted properties. */
export function splitConfluent<T extends object>(config: object): { kafkaJS: T | undefined; properties: Options } {
  const { kafkaJS, ...properties } = config as { kafkaJS?: T } & Options;
  return { kafkaJS, properties };
}

/** Whether a config is in confluent-kafka-javascript's shape (a `kafkaJS` block or dotted properties). */
export function isConfluentShape(config: object | undefined): boolean {
  if (config === undefined || config === null) return false;
  return 'kafkaJS' in config || Object.keys(config).some((k) => k.includes('.') || k.endsWith('_cb'));
}
