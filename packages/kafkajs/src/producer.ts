import { AIOKafkaProducer, type CompressionName, type ProducerOptions, topicPartition } from '@kafka-aio/client';
import { fromProperties, isConfluentShape, rejectUnknownKeys, splitConfluent } from './config.js';
import { COMPRESSION_NAMES, type CompressionType, CompressionTypes } from './constants.js';
import { DeliveryTally } from './delivery-tally.js';
import { KafkaJSError, KafkaJSNonRetriableError, toKafkaJSError } from './errors.js';
import { Instrumentation, type InstrumentationEvent, ProducerEvents } from './events.js';
import type { ConfluentConfig, KafkaContext } from './kafka.js';
import type { Logger } from './logger.js';
import { adaptPartitioner, type ICustomPartitioner, roundRobinKeyless } from './partitioners.js';
import type { RetryOptions } from './retry.js';

/** `kafka.producer(config)`: KafkaJS's producer options. */
export interface ProducerConfig {
  createPartitioner?: ICustomPartitioner;
  retry?: RetryOptions;
  metadataMaxAge?: number;
  allowAutoTopicCreation?: boolean;
  idempotent?: boolean;
  transactionalId?: string;
  transactionTimeout?: number;
  maxInFlightRequests?: number | null;
}

/** The batch size of a KafkaJS-API producer: the broker's default `max.message.bytes`, about 1 MiB. */
const KAFKAJS_BATCH_BYTES = 1_048_576;

const PRODUCER_KEYS = new Set([
  'createPartitioner',
  'retry',
  'metadataMaxAge',
  'allowAutoTopicCreation',
  'idempotent',
  'transactionalId',
  'transactionTimeout',
  'maxInFlightRequests',
  // confluent-kafka-javascript puts these in the producer's kafkaJS block
  'acks',
  'compression',
  'timeout',
]);

/** A message to send; `value` may be null (a tombstone) but not undefined. */
export interface Message {
  key?: Buffer | string | null;
  value: Buffer | string | null;
  partition?: number;
  headers?: IHeaders;
  timestamp?: string | number;
}

/** Message headers: a value, or an array of values for a repeated key. */
export interface IHeaders {
  [key: string]: Buffer | string | (Buffer | string)[] | undefined;
}

/** `producer.send(record)`. */
export interface ProducerRecord {
  topic: string;
  messages: Message[];
  acks?: number;
  timeout?: number;
  compression?: CompressionType | string;
}

/** `producer.sendBatch(batch)`. */
export interface ProducerBatch {
  topicMessages?: { topic: string; messages: Message[] }[];
  acks?: number;
  timeout?: number;
  compression?: CompressionType | string;
}

/** One topic-partition of a send's result (offsets as decimal strings). */
export interface RecordMetadata {
  topicName: string;
  partition: number;
  errorCode: number;
  baseOffset?: string;
  logAppendTime?: string;
  logStartOffset?: string;
  offset?: string;
  timestamp?: string;
}

/** `{ topics: [{ topic, partitions: [{ partition, offset }] }] }`: offsets to commit, next to consume. */
export interface TopicOffsets {
  topic: string;
  partitions: { partition: number; offset: string }[];
}

/** What `producer.transaction()` resolves to. */
export interface Transaction {
  send(record: ProducerRecord): Promise<RecordMetadata[]>;
  sendBatch(batch: ProducerBatch): Promise<RecordMetadata[]>;
  sendOffsets(offsets: {
    consumerGroupId?: string;
    consumer?: { groupMetadata?: () => unknown };
    topics: TopicOffsets[];
  }): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
  isActive(): boolean;
}

type State = 'disconnected' | 'connecting' | 'connected' | 'disconnecting';

/**
 * KafkaJS's producer over kafka-aio's `AIOKafkaProducer`. Each `send` resolves once every message
 * is acknowledged, with one {@link RecordMetadata} per topic-partition. Per-send `acks` and
 * `compression` other than the first producer's are served by extra kafka-aio producers made on
 * first use (kafka-aio sets both per producer).
 */
export class Producer {
  /** KafkaJS's event names of this producer. */
  readonly events = ProducerEvents;
  private readonly instrumentation: Instrumentation;
  private readonly log: Logger;
  private readonly config: ProducerConfig;
  private readonly properties: Record<string, unknown>;
  private readonly producers = new Map<string, Promise<AIOKafkaProducer>>();
  private main: AIOKafkaProducer | undefined;
  private state: State = 'disconnected';
  private activeTransaction: Transaction | null = null;
  private implicit: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ctx: KafkaContext,
    config: ProducerConfig | ConfluentConfig<ProducerConfig>,
  ) {
    if (isConfluentShape(config)) {
      const split = splitConfluent<ProducerConfig>(config);
      this.config = split.kafkaJS ?? {};
      this.properties = split.properties;
    } else {
      this.config = config as ProducerConfig;
      this.properties = {};
    }
    rejectUnknownKeys('producer', this.config, PRODUCER_KEYS);
    fromProperties('producer', this.properties); // an unsupported property fails here, named
    const retries = this.config.retry?.retries;
    if (this.config.idempotent && retries !== undefined && retries < 1)
      throw new KafkaJSNonRetriableError('Idempotent producer must allow retries to protect against transient errors');
    this.log = ctx.root.logger('Producer');
    this.instrumentation = new Instrumentation(ProducerEvents, this.log, ctx.clientId);
  }

  private get transactional(): boolean {
    return Boolean(this.config.transactionalId ?? this.properties['transactional.id']);
  }

  private get idempotent(): boolean {
    return this.transactional || Boolean(this.config.idempotent ?? this.properties['enable.idempotence']);
  }

  /** kafka-aio's options for the producer that serves sends with these `acks` and compression. */
  private async options(acks: number, compression: CompressionName): Promise<ProducerOptions> {
    const c = this.config;
    const o: ProducerOptions = {
      ...(await this.ctx.clientOptions('producer', {})),
      acks: acks as -1 | 0 | 1,
      compressionType: compression,
      // KafkaJS sends at once: a send is one request per leader, without lingering.
      lingerMs: 0,
      // ...and writes a send's records for one partition as one batch, however many: with
      // kafka-aio's 16 KiB default a send of 16 KiB of records became a full batch plus a batch of
      // the remainder, two requests against maxInFlightRequests and about 40% less throughput on
      // one partition. Batches the broker finds too large are split (its max.message.bytes).
      maxBatchSize: KAFKAJS_BATCH_BYTES,
      enableIdempotence: this.idempotent,
      allowAutoCreateTopics: c.allowAutoTopicCreation ?? true,
    };
    if (c.metadataMaxAge !== undefined) o.metadataMaxAgeMs = c.metadataMaxAge;
    if (c.transactionalId !== undefined) o.transactionalId = c.transactionalId;
    if (c.transactionTimeout !== undefined) o.transactionTimeoutMs = c.transactionTimeout;
    if (c.maxInFlightRequests !== undefined && c.maxInFlightRequests !== null)
      o.maxInFlightRequests = Math.max(1, Math.min(c.maxInFlightRequests, this.idempotent ? 5 : 1000));
    // KafkaJS deals keyless messages round-robin; kafka-aio's sticky partitioner would keep them on
    // one partition for up to 2 × maxBatchSize (2 MiB here) when sends are small.
    o.partitioner = c.createPartitioner !== undefined ? adaptPartitioner(c.createPartitioner) : roundRobinKeyless();
    // The producer's own Java/librdkafka properties win (confluent shape).
    Object.assign(o, await this.ctx.clientOptions('producer', this.properties));
    return o;
  }

  /** Connects (and for a transactional producer, gets its producer id). */
  async connect(): Promise<void> {
    if (this.state === 'connected') return;
    this.state = 'connecting';
    try {
      const acks = this.confluentAcks() ?? -1;
      this.main = await this.producerFor(acks, this.confluentCompression() ?? 'none');
      this.state = 'connected';
      this.instrumentation.emit(ProducerEvents.CONNECT);
    } catch (err) {
      this.state = 'disconnected';
      await this.closeAll();
      throw toKafkaJSError(err);
    }
  }

  /** Flushes and closes every connection; safe to call twice. */
  async disconnect(): Promise<void> {
    if (this.state === 'disconnected') return;
    this.state = 'disconnecting';
    try {
      await this.closeAll();
    } finally {
      this.state = 'disconnected';
      this.main = undefined;
      this.instrumentation.emit(ProducerEvents.DISCONNECT);
    }
  }

  private async closeAll(): Promise<void> {
    const all = [...this.producers.values()];
    this.producers.clear();
    await Promise.allSettled(all.map(async (p) => (await p).stop()));
  }

  /** Whether the producer is idempotent. */
  isIdempotent(): boolean {
    return this.idempotent;
  }

  private confluentAcks(): number | undefined {
    const a = (this.config as { acks?: number | string }).acks;
    return a === undefined ? undefined : a === 'all' ? -1 : Number(a);
  }

  private confluentCompression(): CompressionName | undefined {
    const c = (this.config as { compression?: number | string }).compression;
    return c === undefined ? undefined : compressionName(c);
  }

  private producerFor(acks: number, compression: CompressionName): Promise<AIOKafkaProducer> {
    // A transactional producer serves all its sends (its transaction is per producer).
    const key = this.transactional && this.main ? 'main' : `${acks}:${compression}`;
    if (key === 'main') return Promise.resolve(this.main as AIOKafkaProducer);
    let p = this.producers.get(key);
    if (p === undefined) {
      p = (async () => {
        const producer = new AIOKafkaProducer(await this.options(acks, compression));
        await producer.start();
        return producer;
      })();
      this.producers.set(key, p);
      p.catch(() => this.producers.delete(key));
    }
    return p;
  }

  /** Sends messages to one topic; resolves once all are acknowledged. */
  send(record: ProducerRecord): Promise<RecordMetadata[]> {
    if (record === null || typeof record !== 'object')
      return Promise.reject(new KafkaJSNonRetriableError('Invalid record'));
    const { topic, messages, ...rest } = record;
    return this.sendBatch({ ...rest, topicMessages: [{ topic, messages }] });
  }

  /** Sends messages to several topics; resolves once all are acknowledged. */
  async sendBatch(batch: ProducerBatch): Promise<RecordMetadata[]> {
    if (this.state === 'disconnecting') throw new KafkaJSNonRetriableError('The producer is disconnecting');
    if (this.state !== 'connected' || !this.main) throw new KafkaJSError('The producer is disconnected');
    const acks = batch.acks ?? this.confluentAcks() ?? -1;
    if (this.idempotent && acks !== -1)
      throw new KafkaJSNonRetriableError(
        `Not requiring ack for all messages invalidates the idempotent producer's EoS guarantees`,
      );
    const compression =
      batch.compression !== undefined ? compressionName(batch.compression) : (this.confluentCompression() ?? 'none');
    const topicMessages = batch.topicMessages ?? [];
    for (const { topic, messages } of topicMessages) {
      if (!topic) throw new KafkaJSNonRetriableError('Invalid topic');
      if (!Array.isArray(messages))
        throw new KafkaJSNonRetriableError(`Invalid messages array [${String(messages)}] for topic "${topic}"`);
      for (const m of messages)
        if (m === null || typeof m !== 'object' || m.value === undefined)
          throw new KafkaJSNonRetriableError(
            `Invalid message without value for topic "${topic}": ${JSON.stringify(m)}`,
          );
    }
    if (this.transactional && !this.activeTransaction) {
      // KafkaJS lets a transactional producer send outside a transaction; kafka-aio needs one, so
      // such a send runs in a transaction of its own (one at a time).
      const run = this.implicit.then(async () => {
        const tx = await this.transaction();
        try {
          const result = await tx.sendBatch(batch);
          await tx.commit();
          return result;
        } catch (err) {
          if (tx.isActive()) await tx.abort().catch(() => undefined);
          throw err;
        }
      });
      this.implicit = run.catch(() => undefined);
      return run;
    }
    try {
      const producer = await this.producerFor(acks, compression);
      const tally = new DeliveryTally();
      for (const { topic, messages } of topicMessages) {
        for (const m of messages) {
          // produce(), not send(): no promise to await per message when nothing has to wait.
          const produced = producer.produce(topic, toBuffer(m.value), {
            key: m.key === undefined ? null : toBuffer(m.key),
            partition: m.partition ?? undefined,
            timestampMs: m.timestamp === undefined || m.timestamp === null ? undefined : Number(m.timestamp),
            headers: m.headers === undefined || m.headers === null ? undefined : toHeaders(m.headers),
            onDelivery: tally.onDelivery,
          });
          tally.add((produced instanceof Promise ? await produced : produced).topicPartition);
        }
      }
      const results = await tally.seal();
      return acks === 0 ? [] : results;
    } catch (err) {
      throw toKafkaJSError(err);
    }
  }

  /**
   * Starts a transaction (needs `transactionalId`); only one can be active. The object it resolves
   * to is unusable after `commit()` or `abort()`.
   */
  async transaction(): Promise<Transaction> {
    if (!this.transactional)
      throw new KafkaJSNonRetriableError('Must provide transactional id for transactional producer');
    if (this.activeTransaction)
      throw new KafkaJSNonRetriableError(
        'There is already an ongoing transaction for this producer. Please end the transaction before beginning another.',
      );
    if (this.state !== 'connected' || !this.main) throw new KafkaJSError('The producer is disconnected');
    const producer = this.main;
    try {
      producer.beginTransaction();
    } catch (err) {
      throw toKafkaJSError(err);
    }
    let ended = false;
    const alive = () => {
      if (ended) throw new KafkaJSNonRetriableError('Cannot continue to use transaction once ended');
    };
    const end = () => {
      ended = true;
      if (this.activeTransaction === tx) this.activeTransaction = null;
    };
    const tx: Transaction = {
      send: async (record) => {
        alive();
        const { topic, messages, ...rest } = record;
        return this.sendBatch({ ...rest, topicMessages: [{ topic, messages }] });
      },
      sendBatch: async (batch) => {
        alive();
        return this.sendBatch(batch);
      },
      sendOffsets: async ({ consumerGroupId, consumer, topics }) => {
        alive();
        const meta =
          consumer && typeof consumer.groupMetadata === 'function'
            ? (consumer.groupMetadata() as { groupId: string })
            : consumerGroupId;
        if (!meta) throw new KafkaJSNonRetriableError('sendOffsets needs a consumerGroupId (or a consumer)');
        const offsets = new Map<ReturnType<typeof topicPartition>, bigint>();
        for (const { topic, partitions } of topics ?? [])
          for (const { partition, offset } of partitions) offsets.set(topicPartition(topic, partition), BigInt(offset));
        try {
          await producer.sendOffsetsToTransaction(offsets, meta);
        } catch (err) {
          throw toKafkaJSError(err);
        }
      },
      commit: async () => {
        alive();
        try {
          await producer.commitTransaction();
        } catch (err) {
          throw toKafkaJSError(err);
        } finally {
          end();
        }
      },
      abort: async () => {
        alive();
        try {
          await producer.abortTransaction();
        } catch (err) {
          throw toKafkaJSError(err);
        } finally {
          end();
        }
      },
      isActive: () => !ended,
    };
    this.activeTransaction = tx;
    return tx;
  }

  /** Adds an instrumentation listener (`producer.events.CONNECT`, ...); returns its remover. */
  on(eventName: string, listener: (event: InstrumentationEvent) => unknown): () => void {
    return this.instrumentation.on(eventName, listener);
  }

  /** This producer's logger. */
  logger(): Logger {
    return this.log;
  }
}

/** KafkaJS's compression (a number, or confluent's string) as kafka-aio's codec name. */
export function compressionName(c: number | string): CompressionName {
  if (typeof c === 'string') {
    const s = c.toLowerCase();
    if ((COMPRESSION_NAMES as readonly string[]).includes(s)) return s as CompressionName;
  } else if (Number.isInteger(c) && c >= 0 && c < COMPRESSION_NAMES.length) return COMPRESSION_NAMES[c];
  throw new KafkaJSNonRetriableError(
    `Compression type ${String(c)} is not supported (CompressionTypes: ${Object.keys(CompressionTypes).join(', ')})`,
  );
}

function toBuffer(v: Buffer | string | null | undefined): Buffer | null {
  if (v === null || v === undefined) return null;
  return Buffer.isBuffer(v) ? v : Buffer.from(String(v));
}

/** KafkaJS headers (object of value or array of values) as kafka-aio's ordered pairs. */
export function toHeaders(h: IHeaders): [string, Buffer | string | null][] {
  const out: [string, Buffer | string | null][] = [];
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) out.push([k, x]);
    else out.push([k, v]);
  }
  return out;
}
