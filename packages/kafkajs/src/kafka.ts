import type { CommonOptions } from '@kafka-aio/client';
import { Admin, type AdminConfig } from './admin.js';
import {
  commonOptions,
  fromProperties,
  isConfluentShape,
  type KafkaConfig,
  resolveBrokers,
  SUPPORTED_PROPERTIES,
  splitConfluent,
} from './config.js';
import { logLevel as LOG_LEVEL, type LogLevel } from './constants.js';
import { Consumer } from './consumer.js';
import type { ConsumerConfig } from './consumer-types.js';
import { KafkaJSNonRetriableError } from './errors.js';
import { type Logger, RootLogger } from './logger.js';
import { Producer, type ProducerConfig } from './producer.js';
import { type ResolvedRetry, resolveRetry } from './retry.js';

/** confluent-kafka-javascript's log levels (INFO is 3 there), as KafkaJS's. */
const CONFLUENT_LEVELS: Record<number, LogLevel> = { 0: 0, 1: 1, 2: 2, 3: 4, 4: 5 };

/**
 * What the clients of one {@link Kafka} share: its options, its logger, its retry settings.
 * @internal
 */
export interface KafkaContext {
  readonly config: KafkaConfig;
  readonly confluent: boolean;
  readonly root: RootLogger;
  readonly retry: ResolvedRetry;
  /** The client id every client of this `Kafka` sends (KafkaJS's default: `kafkajs`). */
  readonly clientId: string;
  /**
   * kafka-aio's options for one client: the `Kafka` options, the client's own Java/librdkafka
   * properties over them (confluent shape), the brokers resolved.
   */
  clientOptions(kind: 'producer' | 'consumer' | 'common', properties?: Record<string, unknown>): Promise<CommonOptions>;
}

/** confluent-kafka-javascript's shape: `{ kafkaJS: {...}, <Java/librdkafka properties> }`. */
export interface ConfluentConfig<T> {
  kafkaJS?: T;
  [property: string]: unknown;
}

/**
 * The entry point, as in KafkaJS: `new Kafka({ clientId, brokers })`, then `kafka.producer()`,
 * `kafka.consumer({ groupId })` and `kafka.admin()`. Also takes confluent-kafka-javascript's shape,
 * `new Kafka({ kafkaJS: { brokers }, 'client.id': 'app' })`, where Java/librdkafka properties sit
 * beside the `kafkaJS` block (see the package README for the mapping).
 *
 * `producer`, `consumer` and `admin` are methods of `Kafka.prototype`, where APM agents patch them.
 */
export class Kafka {
  /** @internal */
  readonly ctx: KafkaContext;
  private readonly properties: Record<string, unknown>;

  constructor(config: KafkaConfig | ConfluentConfig<Partial<KafkaConfig>>) {
    if (config === null || typeof config !== 'object')
      throw new KafkaJSNonRetriableError('Kafka: config must be an object');
    const confluent = isConfluentShape(config);
    let kjs: KafkaConfig;
    let properties: Record<string, unknown> = {};
    if (confluent) {
      const split = splitConfluent<Partial<KafkaConfig>>(config);
      properties = split.properties;
      kjs = { ...(split.kafkaJS ?? {}) } as KafkaConfig;
      if (kjs.logLevel !== undefined) kjs.logLevel = CONFLUENT_LEVELS[kjs.logLevel] ?? kjs.logLevel;
      fromProperties('common', withoutClientProperties(properties)); // rejects unknown properties early
    } else {
      kjs = config as KafkaConfig;
      if (kjs.brokers === undefined)
        throw new KafkaJSNonRetriableError('Failed to connect: expected brokers array and got nothing');
    }
    const root = new RootLogger(kjs.logLevel ?? LOG_LEVEL.INFO, kjs.logCreator);
    const base = commonOptions(kjs); // validates now, so a bad option fails at construction
    this.properties = properties;
    const props = () => this.properties;
    this.ctx = {
      config: kjs,
      confluent,
      root,
      retry: resolveRetry(kjs.retry),
      clientId: String(properties['client.id'] ?? kjs.clientId ?? 'kafkajs'),
      async clientOptions(kind, clientProperties = {}) {
        // Kafka-level properties of the other kind of client do not apply here; the client's own must.
        const scoped = Object.entries(props()).filter(([k]) => {
          const scope = SUPPORTED_PROPERTIES.get(k);
          return scope === 'common' || scope === kind;
        });
        const all = { ...Object.fromEntries(scoped), ...clientProperties };
        const fromProps = fromProperties(kind as 'common', all) as CommonOptions;
        const options: CommonOptions = { ...base, logger: root.aioLogger(kind === 'common' ? 'Admin' : capital(kind)) };
        if (kjs.brokers !== undefined) options.bootstrapServers = await resolveBrokers(kjs.brokers);
        Object.assign(options, fromProps);
        if (
          fromProps.saslMechanism === undefined &&
          fromProps.securityProtocol !== undefined &&
          kjs.sasl === undefined
        ) {
          options.securityProtocol = fromProps.securityProtocol;
        }
        if (options.bootstrapServers === undefined)
          throw new KafkaJSNonRetriableError(
            'Failed to connect: expected brokers (or bootstrap.servers) and got nothing',
          );
        return options;
      },
    };
  }

  /** A producer (see {@link ProducerConfig}). */
  producer(config?: ProducerConfig | ConfluentConfig<ProducerConfig>): Producer {
    return new Producer(this.ctx, config ?? {});
  }

  /** A group consumer (see {@link ConsumerConfig}); `groupId` is required. */
  consumer(config: ConsumerConfig | ConfluentConfig<ConsumerConfig>): Consumer {
    return new Consumer(this.ctx, config);
  }

  /** An admin client. */
  admin(config?: AdminConfig | ConfluentConfig<AdminConfig>): Admin {
    return new Admin(this.ctx, config ?? {});
  }

  /** The root logger of this instance. */
  logger(): Logger {
    return this.ctx.root.logger();
  }
}

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/** The properties that are not client-specific (checked at `new Kafka`; the rest when a client is made). */
function withoutClientProperties(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    try {
      fromProperties('common', { [k]: v });
      out[k] = v;
    } catch {
      try {
        fromProperties('producer', { [k]: v });
      } catch {
        fromProperties('consumer', { [k]: v }); // throws naming the property when no client knows it
      }
    }
  }
  return out;
}
