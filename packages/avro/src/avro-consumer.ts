import {
  AIOKafkaConsumer,
  type ConsumerOptions,
  type Deserializer,
  InvalidConfigError,
  type StopOptions,
} from '@kafka-aio/client';
import type { SchemaRegistryClient, SubjectNameStrategy } from '@kafka-aio/schema-registry';
import { boolOption, connectRegistry, type RegistryConnectionOptions } from '@kafka-aio/schema-registry';
import type { AvroSchemaInput, AvroTypeOptions } from './serde/avro-schema.js';
import { AvroDeserializer } from './serde/deserializer.js';

/** Options of {@link AvroConsumer}: the consumer's options plus the registry and reader schemas. */
export interface AvroConsumerOptions
  extends Omit<ConsumerOptions<unknown, unknown>, 'keyDeserializer' | 'valueDeserializer'>,
    RegistryConnectionOptions {
  /** Reader schema for keys (schema evolution); default: each key's writer schema. */
  readerKeySchema?: AvroSchemaInput;
  /** Reader schema for values (schema evolution); default: each value's writer schema. */
  readerValueSchema?: AvroSchemaInput;
  /**
   * Whether keys are Avro in the Confluent wire format. Default true. With false, keys go through
   * {@link keyDeserializer}, or are handed out as raw Buffers without one: type the consumer
   * `AvroConsumer<Buffer, V>` then.
   */
  avroKeys?: boolean;
  /**
   * With `avroKeys: false` only: how to read the keys, e.g. `(bytes) => bytes?.toString() ?? null`
   * for string keys (the consumer's own deserializer type).
   */
  keyDeserializer?: Deserializer<unknown>;
  /** Read with each subject's latest registered schema (instead of reader schemas). Default false. */
  useLatestVersion?: boolean;
  /** Subject naming for `useLatestVersion`. Default `'topic'`. */
  subjectNameStrategy?: SubjectNameStrategy;
  /** avsc `Type.forSchema` options. */
  typeOptions?: AvroTypeOptions;
}

const AVRO_KEYS = [
  'schemaRegistry',
  'schemaRegistryUrl',
  'readerKeySchema',
  'readerValueSchema',
  'avroKeys',
  'useLatestVersion',
  'subjectNameStrategy',
  'typeOptions',
] as const;

/**
 * confluent-kafka's `AvroConsumer` on {@link AIOKafkaConsumer}: keys and values in the Confluent
 * wire format are decoded with their writer schemas from the registry, resolved to the reader
 * schemas when given. Everything else (`getMany`, `for await`, commits, seeks) is inherited.
 *
 * A record that cannot be decoded (no magic byte, unknown schema id, incompatible reader schema)
 * makes `getOne`/`getMany`/the loop throw the consumer's `DeserializationError` with topic,
 * partition and offset; the position stays on that record, so `seek` past it to skip it.
 *
 * ```ts
 * const consumer = new AvroConsumer<string, Order>('orders', {
 *   bootstrapServers: '127.0.0.1:9092',
 *   groupId: 'billing',
 *   schemaRegistryUrl: 'http://127.0.0.1:8081',
 *   avroKeys: false, // keys are plain strings, not Avro:
 *   keyDeserializer: (bytes) => bytes?.toString() ?? null,
 * });
 * await consumer.start();
 * for await (const record of consumer) console.log(record.value);
 * ```
 */
export class AvroConsumer<K = unknown, V = unknown> extends AIOKafkaConsumer<K | null, V | null> {
  /** The registry client used for schemas. */
  readonly registry: SchemaRegistryClient;
  private readonly ownsRegistry: boolean;

  constructor(...args: [...topics: string[], options: AvroConsumerOptions]) {
    const options = args[args.length - 1] as AvroConsumerOptions;
    const topics = args.slice(0, -1) as string[];
    const parts = avroParts<K, V>(options);
    super(...([...topics, parts.consumerOptions] as [...string[], ConsumerOptions<K | null, V | null>]));
    this.registry = parts.registry;
    this.ownsRegistry = parts.owned;
  }

  /** Stops the consumer, then closes the registry client if this consumer created it. */
  override async stop(options?: StopOptions): Promise<void> {
    try {
      await super.stop(options);
    } finally {
      if (this.ownsRegistry) this.registry.close();
    }
  }
}

function avroParts<K, V>(options: AvroConsumerOptions) {
  const { registry, owned } = connectRegistry(options);
  const common = {
    useLatestVersion: options.useLatestVersion,
    subjectNameStrategy: options.subjectNameStrategy,
    typeOptions: options.typeOptions,
  };
  const value = new AvroDeserializer<V>(registry, {
    ...common,
    field: 'value',
    readerSchema: options.readerValueSchema,
  });
  const avroKeys = boolOption('avroKeys', options.avroKeys ?? true);
  if (avroKeys && options.keyDeserializer !== undefined) {
    throw new InvalidConfigError('option keyDeserializer needs avroKeys: false (Avro keys use the registry)', {
      option: 'keyDeserializer',
    });
  }
  const key = avroKeys
    ? new AvroDeserializer<K>(registry, { ...common, field: 'key', readerSchema: options.readerKeySchema })
    : undefined;
  // What is left is the consumer's own options (with avroKeys: false, a keyDeserializer among them).
  const rest: Record<string, unknown> = { ...options };
  for (const k of AVRO_KEYS) delete rest[k];
  const consumerOptions = {
    ...rest,
    valueDeserializer: value.asConsumerDeserializer(),
    ...(key ? { keyDeserializer: key.asConsumerDeserializer() } : {}),
  } as ConsumerOptions<K | null, V | null>;
  return { registry, owned, consumerOptions };
}
