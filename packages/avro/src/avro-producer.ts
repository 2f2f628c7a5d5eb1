import {
  AIOKafkaProducer,
  type PendingDelivery,
  type ProducerOptions,
  type RecordMetadata,
  type SendOptions,
} from '@kafka-aio/client';
import { SerializationError } from '@kafka-aio/protocol';
import type { MessageField, SchemaRegistryClient, SubjectNameStrategy } from '@kafka-aio/schema-registry';
import { connectRegistry, type RegistryConnectionOptions } from '@kafka-aio/schema-registry';
import type { AvroSchemaInput, AvroTypeOptions } from './serde/avro-schema.js';
import { AvroSerializer } from './serde/serializer.js';

/** Options of {@link AvroProducer}: the producer's options plus the registry and default schemas. */
export interface AvroProducerOptions
  extends Omit<ProducerOptions<Buffer | null, Buffer | null>, 'keySerializer' | 'valueSerializer'>,
    RegistryConnectionOptions {
  /** The key schema when `send` is given none. */
  defaultKeySchema?: AvroSchemaInput;
  /** The value schema when `send` is given none. */
  defaultValueSchema?: AvroSchemaInput;
  /** Register schemas on first use. Default true. */
  autoRegisterSchemas?: boolean;
  /** Default `'topic'` (`<topic>-key`/`<topic>-value`, as confluent's AvroProducer always does). */
  subjectNameStrategy?: SubjectNameStrategy;
  /** avsc `Type.forSchema` options. */
  typeOptions?: AvroTypeOptions;
}

/** Per-record options of {@link AvroProducer.send}. */
export interface AvroSendOptions<K> extends Omit<SendOptions<Buffer | null>, 'key'> {
  /** The key: Avro-encoded with `keySchema`; without a key schema a Buffer or string is sent as is. */
  key?: K | null;
  /** Overrides `defaultKeySchema` for this record. */
  keySchema?: AvroSchemaInput;
  /** Overrides `defaultValueSchema` for this record. */
  valueSchema?: AvroSchemaInput;
}

const AVRO_KEYS = [
  'schemaRegistry',
  'schemaRegistryUrl',
  'defaultKeySchema',
  'defaultValueSchema',
  'autoRegisterSchemas',
  'subjectNameStrategy',
  'typeOptions',
] as const;

/**
 * confluent-kafka's `AvroProducer` on {@link AIOKafkaProducer}: values (and keys) are Avro-encoded
 * against default or per-record schemas, registered under `<topic>-value`/`<topic>-key`, and framed
 * in the Confluent wire format. Every other producer method (flush, transactions, ...) is inherited.
 *
 * ```ts
 * const producer = new AvroProducer<string, Order>({
 *   bootstrapServers: '127.0.0.1:9092',
 *   schemaRegistryUrl: 'http://127.0.0.1:8081',
 *   defaultValueSchema: orderSchema,
 * });
 * await producer.start();
 * await producer.sendAndWait('orders', { id: 1, total: '9.99' }, { key: 'o-1' });
 * ```
 */
export class AvroProducer<K = unknown, V = unknown> extends AIOKafkaProducer<K, V> {
  /** The registry client used for schemas. */
  readonly registry: SchemaRegistryClient;
  private readonly ownsRegistry: boolean;
  private readonly serializerOptions: {
    autoRegisterSchemas?: boolean;
    subjectNameStrategy?: SubjectNameStrategy;
    typeOptions?: AvroTypeOptions;
  };
  private readonly defaults: Record<MessageField, AvroSerializer | undefined>;
  private readonly bySchemaText = new Map<string, AvroSerializer>();
  private readonly bySchemaObject = {
    key: new WeakMap<object, AvroSerializer>(),
    value: new WeakMap<object, AvroSerializer>(),
  };

  constructor(options: AvroProducerOptions) {
    super(producerPart(options) as ProducerOptions<K, V>);
    const { registry, owned } = connectRegistry(options);
    this.registry = registry;
    this.ownsRegistry = owned;
    this.serializerOptions = {
      autoRegisterSchemas: options.autoRegisterSchemas,
      subjectNameStrategy: options.subjectNameStrategy,
      typeOptions: options.typeOptions,
    };
    this.defaults = {
      key: options.defaultKeySchema === undefined ? undefined : this.serializerFor('key', options.defaultKeySchema),
      value:
        options.defaultValueSchema === undefined ? undefined : this.serializerFor('value', options.defaultValueSchema),
    };
  }

  /**
   * Serializes key and value (awaiting the registry the first time a schema is used), then hands
   * the bytes to the producer. `null` or `undefined` values are sent as tombstones. Rejects with
   * `SerializationError` when there is a value but no schema, when a value does not match its
   * schema (naming the field), or when the registry refuses the schema (with its reason).
   */
  override async send(topic: string, value: V, options: AvroSendOptions<K> = {}): Promise<PendingDelivery> {
    const { key, keySchema, valueSchema, ...rest } = options;
    const [keyBytes, valueBytes] = await Promise.all([
      this.encodeKey(topic, key, keySchema),
      this.encode('value', topic, value, valueSchema),
    ]);
    const raw = super.send.bind(this) as unknown as (
      t: string,
      v: Buffer | null,
      o: SendOptions<Buffer | string | null>,
    ) => Promise<PendingDelivery>;
    return raw(topic, valueBytes, { ...rest, key: keyBytes });
  }

  /** `send`, then wait for the broker: resolves with the record's metadata. */
  override async sendAndWait(topic: string, value: V, options: AvroSendOptions<K> = {}): Promise<RecordMetadata> {
    const pending = await this.send(topic, value, options);
    return pending.delivered;
  }

  /** Stops the producer (flushing), then closes the registry client if this producer created it. */
  override async stop(options?: { timeoutMs?: number }): Promise<void> {
    try {
      await super.stop(options);
    } finally {
      if (this.ownsRegistry) this.registry.close();
    }
  }

  private async encodeKey(topic: string, key: K | null | undefined, schema: AvroSchemaInput | undefined) {
    if (key === null || key === undefined) return null;
    if (schema === undefined && this.defaults.key === undefined && (typeof key === 'string' || Buffer.isBuffer(key))) {
      return key as Buffer | string;
    }
    return this.encode('key', topic, key, schema);
  }

  private async encode(field: MessageField, topic: string, data: unknown, schema: AvroSchemaInput | undefined) {
    if (data === null || data === undefined) return null;
    const serializer = schema === undefined ? this.defaults[field] : this.serializerFor(field, schema);
    if (serializer === undefined) {
      const option = field === 'key' ? 'keySchema' : 'valueSchema';
      const fallback = field === 'key' ? 'defaultKeySchema' : 'defaultValueSchema';
      throw new SerializationError(`no ${field} schema: pass ${option} to send() or set ${fallback}`, { topic, field });
    }
    return serializer.serialize(data, topic);
  }

  private serializerFor(field: MessageField, schema: AvroSchemaInput): AvroSerializer {
    const options = { ...this.serializerOptions, field, schema };
    if (typeof schema === 'string') {
      const key = `${field}\u0000${schema}`;
      let s = this.bySchemaText.get(key);
      if (s === undefined) this.bySchemaText.set(key, (s = new AvroSerializer(this.registry, options)));
      return s;
    }
    // Schema objects are keyed by identity: pass the same object each time to reuse its cache.
    const byObject = this.bySchemaObject[field];
    let s = byObject.get(schema as object);
    if (s === undefined) byObject.set(schema as object, (s = new AvroSerializer(this.registry, options)));
    return s;
  }
}

function producerPart(options: AvroProducerOptions): ProducerOptions<Buffer | null, Buffer | null> {
  const out: Record<string, unknown> = { ...options };
  for (const k of AVRO_KEYS) delete out[k];
  return out as ProducerOptions<Buffer | null, Buffer | null>;
}
