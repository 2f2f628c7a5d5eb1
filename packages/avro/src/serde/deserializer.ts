import { DeserializationError, InvalidConfigError } from '@kafka-aio/protocol';
import type { SchemaRegistryClient } from '@kafka-aio/schema-registry';
import {
  boolOption,
  fetchWriterSchema,
  type HeaderLike,
  type LocatedSchema,
  locateSchema,
  type MessageField,
  oneOf,
  rejectUnknown,
  resolveSubjectNameStrategy,
  type SubjectNameStrategy,
  type SubjectNameStrategyFn,
} from '@kafka-aio/schema-registry';
import type avsc from 'avsc';
import {
  type AvroSchemaInput,
  type AvroTypeOptions,
  fullName,
  parseAvroSchema,
  parseRegisteredSchema,
} from './avro-schema.js';

/** Options of {@link AvroDeserializer}. */
export interface AvroDeserializerOptions {
  /**
   * The reader schema: data written with older (or newer) compatible schemas is resolved to it
   * (Avro schema evolution). Default: each record is read with its writer schema.
   */
  readerSchema?: AvroSchemaInput;
  /** Deserialize keys or values. Default `'value'`. */
  field?: MessageField;
  /** Read with the subject's latest registered schema as the reader schema. Default false. */
  useLatestVersion?: boolean;
  /** How subjects are named (only used with `useLatestVersion`). Default `'topic'`. */
  subjectNameStrategy?: SubjectNameStrategy;
  /** avsc `Type.forSchema` options (e.g. `wrapUnions`, more `logicalTypes`). */
  typeOptions?: AvroTypeOptions;
}

/** Where a record came from, for error messages. */
export interface DeserializationContext {
  topic: string;
  partition?: number;
  offset?: bigint;
  /** The record's headers: a `__value_schema_id` / `__key_schema_id` header wins over the payload prefix. */
  headers?: readonly HeaderLike[];
}

/** The shape of `AIOKafkaConsumer`'s `keyDeserializer`/`valueDeserializer` options. */
export type ConsumerDeserializer<T> = (data: Buffer | null, topic: string, headers?: unknown) => T | Promise<T>;

const KNOWN: (keyof AvroDeserializerOptions)[] = [
  'readerSchema',
  'field',
  'useLatestVersion',
  'subjectNameStrategy',
  'typeOptions',
];

interface Reader {
  type: avsc.Type;
  resolver: avsc.Resolver | undefined;
}

/** Why a payload could not be decoded; the `DeserializationError` around it adds where. */
class AvroDecodeError extends Error {
  override name = 'AvroDecodeError';
}

/**
 * Reads Confluent wire-format frames: takes the schema id from a `__value_schema_id` /
 * `__key_schema_id` header when the record has one (id or GUID), else from the payload prefix
 * (checking the magic byte), fetches the writer schema (once per id, references resolved) and decodes the Avro payload, resolved to `readerSchema` when one is set (resolvers are
 * cached per writer id). After the first record of each schema id, decoding makes no HTTP calls.
 *
 * A frame without the magic byte, an unknown schema id, a writer schema the reader cannot resolve
 * or a truncated payload is a `DeserializationError` carrying topic, partition and offset.
 */
export class AvroDeserializer<T = unknown> {
  /** Whether this deserializer reads keys or values. */
  readonly field: MessageField;
  private readonly readerType: avsc.Type | undefined;
  private readonly useLatest: boolean;
  private readonly strategy: SubjectNameStrategyFn;
  private readonly typeOptions: AvroTypeOptions;
  /** Readers by schema id (and topic, with useLatestVersion): the steady-state path is one Map lookup. */
  private readonly ready = new Map<string, Reader>();
  private readonly pending = new Map<string, Promise<Reader>>();

  constructor(
    private readonly registry: SchemaRegistryClient,
    options: AvroDeserializerOptions = {},
  ) {
    rejectUnknown('AvroDeserializer', options, KNOWN);
    this.field = oneOf('field', options.field ?? 'value', ['key', 'value'] as const);
    this.useLatest = boolOption('useLatestVersion', options.useLatestVersion ?? false);
    this.strategy = resolveSubjectNameStrategy(options.subjectNameStrategy);
    this.typeOptions = options.typeOptions ?? {};
    if (options.readerSchema !== undefined) {
      if (this.useLatest) {
        throw new InvalidConfigError('options readerSchema and useLatestVersion cannot both be set', {
          option: 'useLatestVersion',
        });
      }
      try {
        this.readerType = parseAvroSchema(options.readerSchema, this.typeOptions);
      } catch (err) {
        throw new InvalidConfigError(`option readerSchema is not a valid Avro schema: ${(err as Error).message}`, {
          option: 'readerSchema',
          cause: err,
        });
      }
    }
  }

  /**
   * Decodes one frame. `null` gives `null`. `context` (or just the topic) is quoted in errors.
   * Rejects with `DeserializationError`.
   */
  async deserialize(data: Buffer | null, context: DeserializationContext | string): Promise<T | null> {
    const ctx = typeof context === 'string' ? { topic: context } : context;
    try {
      return await this.decode(data, ctx.topic, ctx.headers);
    } catch (err) {
      throw new DeserializationError(
        (err as Error).message,
        { topic: ctx.topic, partition: ctx.partition, offset: ctx.offset, field: this.field },
        { cause: err instanceof AvroDecodeError && err.cause !== undefined ? err.cause : err },
      );
    }
  }

  /**
   * A function for `AIOKafkaConsumer`'s `keyDeserializer`/`valueDeserializer`: synchronous once the
   * record's schema id is known, a Promise the first time. The consumer wraps its errors in a
   * `DeserializationError` with topic, partition and offset and leaves its position on the record.
   */
  asConsumerDeserializer(): ConsumerDeserializer<T | null> {
    return (data, topic, headers) => this.decode(data, topic, headers as readonly HeaderLike[] | undefined);
  }

  private decode(
    data: Buffer | null,
    topic: string,
    headers: readonly HeaderLike[] | undefined,
  ): T | null | Promise<T | null> {
    if (data === null) return null;
    let at: LocatedSchema;
    try {
      at = locateSchema(data, headers, this.field, false);
    } catch (err) {
      throw new AvroDecodeError((err as Error).message);
    }
    const label = at.id !== undefined ? `schema id ${at.id}` : `schema GUID ${at.guid}`;
    const key = this.useLatest ? `${at.key}\u0000${topic}` : at.key;
    const reader = this.ready.get(key);
    if (reader !== undefined) return this.read(reader, at.payload, label);
    return this.readerFor(key, at, label, topic).then((r) => this.read(r, at.payload, label));
  }

  private read(reader: Reader, payload: Buffer, label: string): T {
    try {
      return reader.type.fromBuffer(payload, reader.resolver) as T;
    } catch (err) {
      throw new AvroDecodeError(`cannot decode the Avro payload written with ${label}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  private readerFor(key: string, at: LocatedSchema, label: string, topic: string): Promise<Reader> {
    let p = this.pending.get(key);
    if (p === undefined) {
      p = this.loadReader(at, label, topic).then(
        (r) => {
          this.ready.set(key, r);
          this.pending.delete(key);
          return r;
        },
        (err: unknown) => {
          this.pending.delete(key);
          throw err;
        },
      );
      this.pending.set(key, p);
    }
    return p;
  }

  private async loadReader(at: LocatedSchema, label: string, topic: string): Promise<Reader> {
    let writer: avsc.Type;
    try {
      const schema = await fetchWriterSchema(this.registry, at);
      if (schema.schemaType && schema.schemaType !== 'AVRO')
        throw new Error(`it is a ${schema.schemaType} schema, not Avro`);
      writer = await parseRegisteredSchema(this.registry, schema, this.typeOptions);
    } catch (err) {
      throw new AvroDecodeError(`unknown or unreadable writer ${label}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    let reader = this.readerType;
    if (this.useLatest) {
      let subject = '';
      try {
        subject = this.strategy({ topic, field: this.field, recordName: fullName(writer) });
        const latest = await this.registry.getLatestVersion(subject);
        reader = latest.id === at.id ? writer : await parseRegisteredSchema(this.registry, latest, this.typeOptions);
      } catch (err) {
        throw new AvroDecodeError(`cannot fetch the latest schema of subject "${subject}": ${(err as Error).message}`, {
          cause: err,
        });
      }
    }
    if (reader === undefined || reader === writer) return { type: writer, resolver: undefined };
    try {
      return { type: reader, resolver: reader.createResolver(writer) };
    } catch (err) {
      throw new AvroDecodeError(`writer ${label} cannot be read with the reader schema: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }
}
