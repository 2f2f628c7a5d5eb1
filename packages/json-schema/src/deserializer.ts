import { DeserializationError } from '@kafka-aio/protocol';
import {
  boolOption,
  fetchWriterSchema,
  type HeaderLike,
  type LocatedSchema,
  locateSchema,
  type MessageField,
  OnceMap,
  oneOf,
  rejectUnknown,
  resolveSubjectNameStrategy,
  type Schema,
  type SchemaRegistryClient,
  type SubjectNameStrategy,
  type SubjectNameStrategyFn,
} from '@kafka-aio/schema-registry';
import { type AnyAjv, type CompiledJsonSchema, compileJsonSchema, parseJsonSchema, schemaTitle } from './validator.js';

/** Options of {@link JsonSchemaDeserializer}. */
export interface JsonSchemaDeserializerOptions {
  /** Deserialize keys or values (and which schema id header to read). Default `'value'`. */
  field?: MessageField;
  /** Validate every decoded value against its writer schema (or the latest one). Default false. */
  validate?: boolean;
  /** Validate against the subject's latest schema instead of the writer's. Default false. */
  useLatestVersion?: boolean;
  /** How subjects are named (only used with `useLatestVersion`). Default `'topic'`. */
  subjectNameStrategy?: SubjectNameStrategy;
  /** Called with each new ajv instance, e.g. to add `ajv-formats` or custom keywords. */
  configureAjv?: (ajv: AnyAjv) => void;
}

/** Where a record came from, for error messages. */
export interface JsonDeserializationContext {
  topic: string;
  partition?: number;
  offset?: bigint;
  /** The record's headers: a schema id header there wins over the payload prefix. */
  headers?: readonly HeaderLike[];
}

/** The shape of `AIOKafkaConsumer`'s `keyDeserializer`/`valueDeserializer` options. */
export type JsonConsumerDeserializer<T> = (
  data: Buffer | null,
  topic: string,
  headers?: readonly HeaderLike[],
) => T | Promise<T>;

const KNOWN = [
  'field',
  'validate',
  'useLatestVersion',
  'subjectNameStrategy',
  'configureAjv',
] as const satisfies readonly (keyof JsonSchemaDeserializerOptions)[];

/** Why a payload could not be decoded; the `DeserializationError` around it adds where. */
class JsonDecodeError extends Error {
  override name = 'JsonDecodeError';
}

interface Reader {
  validator: CompiledJsonSchema | undefined;
}

/**
 * Reads JSON Schema records in the Confluent wire format: the schema id from the
 * `__value_schema_id` / `__key_schema_id` header when there is one, else from the payload prefix;
 * the writer schema is fetched once per id (an unknown id or a schema of another type is an
 * error), and with `validate` the value is checked against it (or the subject's latest schema),
 * references resolved through the registry. After the first record of each schema id, decoding
 * makes no HTTP calls.
 *
 * A frame without the magic byte, an unknown schema id, JSON that does not parse or a value that
 * fails validation is a `DeserializationError` carrying topic, partition and offset.
 */
export class JsonSchemaDeserializer<T = unknown> {
  /** Whether this deserializer reads keys or values. */
  readonly field: MessageField;
  private readonly validate: boolean;
  private readonly useLatest: boolean;
  private readonly strategy: SubjectNameStrategyFn;
  private readonly configureAjv: ((ajv: AnyAjv) => void) | undefined;
  private readonly readers = new OnceMap<Reader>();
  private readonly validators = new OnceMap<CompiledJsonSchema>();

  constructor(
    private readonly registry: SchemaRegistryClient,
    options: JsonSchemaDeserializerOptions = {},
  ) {
    rejectUnknown('JsonSchemaDeserializer', options, KNOWN);
    this.field = oneOf('field', options.field ?? 'value', ['key', 'value'] as const);
    this.validate = boolOption('validate', options.validate ?? false);
    this.useLatest = boolOption('useLatestVersion', options.useLatestVersion ?? false);
    this.strategy = resolveSubjectNameStrategy(options.subjectNameStrategy);
    this.configureAjv = options.configureAjv;
  }

  /**
   * Decodes one record part. `null` gives `null`. `context` (or just the topic) is quoted in
   * errors; pass the record's headers in it to honour a schema id header. Rejects with
   * `DeserializationError`.
   */
  async deserialize(data: Buffer | null, context: JsonDeserializationContext | string): Promise<T | null> {
    const ctx = typeof context === 'string' ? { topic: context } : context;
    try {
      return await this.decode(data, ctx.topic, ctx.headers);
    } catch (err) {
      throw new DeserializationError(
        (err as Error).message,
        { topic: ctx.topic, partition: ctx.partition, offset: ctx.offset, field: this.field },
        { cause: err instanceof JsonDecodeError && err.cause !== undefined ? err.cause : err },
      );
    }
  }

  /**
   * A function for `AIOKafkaConsumer`'s `keyDeserializer`/`valueDeserializer`: reads the schema id
   * header, synchronous once the record's schema id is known, a Promise the first time.
   */
  asConsumerDeserializer(): JsonConsumerDeserializer<T | null> {
    return (data, topic, headers) => this.decode(data, topic, headers);
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
      throw new JsonDecodeError((err as Error).message);
    }
    const key = this.useLatest ? `${at.key}\u0000${topic}` : at.key;
    const reader = this.readers.get(key);
    if (reader !== undefined) return this.read(reader, at);
    return this.readers.load(key, () => this.loadReader(at, topic)).then((r) => this.read(r, at));
  }

  private read(reader: Reader, at: LocatedSchema): T {
    let value: T;
    try {
      value = JSON.parse(at.payload.toString('utf8')) as T;
    } catch (err) {
      throw new JsonDecodeError(`cannot parse the JSON payload of schema ${at.key}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    reader.validator?.check(value);
    return value;
  }

  private async loadReader(at: LocatedSchema, topic: string): Promise<Reader> {
    let writer: Schema;
    try {
      writer = await fetchWriterSchema(this.registry, at);
      if (writer.schemaType !== 'JSON') throw new Error(`it is a ${writer.schemaType} schema, not JSON Schema`);
    } catch (err) {
      throw new JsonDecodeError(`unknown or unreadable writer schema ${at.key}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    if (!this.validate) return { validator: undefined };
    let target = writer;
    let targetKey = at.key;
    if (this.useLatest) {
      let subject = '';
      try {
        subject = this.strategy({ topic, field: this.field, recordName: schemaTitle(parseJsonSchema(writer.schema)) });
        const latest = await this.registry.getLatestVersion(subject);
        target = latest;
        targetKey = `id:${latest.id}`;
      } catch (err) {
        throw new JsonDecodeError(`cannot fetch the latest schema of subject "${subject}": ${(err as Error).message}`, {
          cause: err,
        });
      }
    }
    try {
      const validator = await this.validators.load(targetKey, async () =>
        compileJsonSchema(
          parseJsonSchema(target.schema),
          await this.registry.resolveReferences(target),
          this.configureAjv,
        ),
      );
      return { validator };
    } catch (err) {
      throw new JsonDecodeError(`cannot compile schema ${targetKey} for validation: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }
}
