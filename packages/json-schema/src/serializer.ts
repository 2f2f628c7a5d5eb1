import { InvalidConfigError, SerializationError } from '@kafka-aio/protocol';
import {
  frameMessage,
  type MessageField,
  OnceMap,
  type ResolvedSerializerOptions,
  rejectUnknown,
  requireSchemaSource,
  resolveSerializerOptions,
  resolveSubjectNameStrategy,
  resolveWriterSchema,
  type Schema,
  type SchemaReference,
  type SchemaRegistryClient,
  SERIALIZER_OPTION_NAMES,
  type SerdeSerializerOptions,
  type SerializedWithHeaders,
  type SubjectNameStrategy,
} from '@kafka-aio/schema-registry';
import {
  type AnyAjv,
  type CompiledJsonSchema,
  compileJsonSchema,
  type JsonSchemaInput,
  JsonSchemaValidationError,
  parseJsonSchema,
  schemaTitle,
} from './validator.js';

/** Options of {@link JsonSchemaSerializer}. */
export interface JsonSchemaSerializerOptions extends SerdeSerializerOptions {
  /** The writer schema. Required unless `useLatestVersion` or `useSchemaId` picks one from the registry. */
  schema?: JsonSchemaInput;
  /**
   * Schemas `schema` refers to with `$ref`, registered under other subjects: each reference's
   * `name` is what the `$ref` says (e.g. `customer.json`). Sent with the registration and resolved
   * through the registry for validation.
   */
  references?: SchemaReference[];
  /** Validate every value before writing it. Default true. */
  validate?: boolean;
  /** How subjects are named; `'record'` uses the schema's `title`. Default `'topic'`. */
  subjectNameStrategy?: SubjectNameStrategy;
  /** Called with each new ajv instance, e.g. to add `ajv-formats` or custom keywords. */
  configureAjv?: (ajv: AnyAjv) => void;
}

const KNOWN = [
  ...SERIALIZER_OPTION_NAMES,
  'schema',
  'references',
  'validate',
  'subjectNameStrategy',
  'configureAjv',
] as const satisfies readonly (keyof JsonSchemaSerializerOptions)[];

interface Writer {
  id: number;
  validator: CompiledJsonSchema | undefined;
}

/**
 * Serializes values as JSON in the Confluent wire format: `0x00`, the schema's registry id (4
 * bytes, big-endian), then the UTF-8 JSON text — or, with `schemaIdLocation: 'header'`, the bare
 * JSON and a `__value_schema_id` header. Values are validated with ajv (drafts 7, 2019-09 and
 * 2020-12) against the writer schema and its references first.
 *
 * The schema is registered (or looked up) once per subject; after that serializing makes no HTTP
 * calls. A value that does not match is a `SerializationError` naming every failing path (its
 * `cause` is a {@link JsonSchemaValidationError}); a schema the registry refuses is a
 * `SerializationError` carrying the registry's reason (its `cause` is the `SchemaRegistryError`).
 *
 * ```ts
 * const serializer = new JsonSchemaSerializer<Order>(registry, { schema: orderSchema });
 * await producer.send('orders', await serializer.serialize(order, 'orders'));
 * ```
 */
export class JsonSchemaSerializer<T = unknown> {
  /** Whether this serializer writes keys or values. */
  readonly field: MessageField;
  private readonly o: ResolvedSerializerOptions;
  private readonly local: Schema | undefined;
  private readonly validate: boolean;
  private readonly subjectFor: (topic: string) => string;
  private readonly configureAjv: ((ajv: AnyAjv) => void) | undefined;
  private readonly writers = new OnceMap<Writer>();
  private readonly validators = new OnceMap<CompiledJsonSchema>();

  constructor(
    private readonly registry: SchemaRegistryClient,
    options: JsonSchemaSerializerOptions = {},
  ) {
    rejectUnknown('JsonSchemaSerializer', options, KNOWN);
    this.o = resolveSerializerOptions(options);
    this.field = this.o.field;
    this.validate = options.validate ?? true;
    this.configureAjv = options.configureAjv;
    let title: string | null = null;
    if (options.schema !== undefined) {
      let parsed: Record<string, unknown> | boolean;
      try {
        parsed = parseJsonSchema(options.schema);
      } catch (err) {
        throw new InvalidConfigError(`option schema is not a JSON Schema: ${(err as Error).message}`, {
          option: 'schema',
          cause: err,
        });
      }
      title = schemaTitle(parsed);
      const text = typeof options.schema === 'string' ? options.schema : JSON.stringify(parsed);
      this.local = { schema: text, schemaType: 'JSON', references: options.references ?? [] };
    }
    requireSchemaSource('JsonSchemaSerializer', this.local !== undefined, this.o);
    const strategy = resolveSubjectNameStrategy(options.subjectNameStrategy);
    this.subjectFor = (topic) => strategy({ topic, field: this.field, recordName: title });
  }

  /**
   * Validates `value`, encodes it for `topic` and frames it with the schema id. `null` and
   * `undefined` give `null` (a null key, or a tombstone). Rejects with `SerializationError`; with
   * `schemaIdLocation: 'header'` use {@link serializeWithHeaders} instead.
   */
  async serialize(value: T | null | undefined, topic: string): Promise<Buffer | null> {
    if (this.o.idLocation === 'header') {
      throw new SerializationError(
        'this serializer writes the schema id in a header (schemaIdLocation: "header"): call serializeWithHeaders and send its headers',
        { topic, field: this.field },
      );
    }
    return (await this.serializeWithHeaders(value, topic)).value;
  }

  /**
   * Like {@link serialize}, and also returns the headers to send with the record: the schema id
   * header with `schemaIdLocation: 'header'`, none otherwise.
   */
  async serializeWithHeaders(value: T | null | undefined, topic: string): Promise<SerializedWithHeaders> {
    if (value === null || value === undefined) return { value: null, headers: [] };
    const writer = this.writers.get(topic) ?? (await this.writerFor(topic));
    return this.encode(writer, value, topic);
  }

  /**
   * Encodes synchronously when this topic's writer schema is already known (after one
   * `serialize`), else returns undefined.
   */
  trySerializeSync(value: T | null | undefined, topic: string): SerializedWithHeaders | undefined {
    if (value === null || value === undefined) return { value: null, headers: [] };
    const writer = this.writers.get(topic);
    return writer === undefined ? undefined : this.encode(writer, value, topic);
  }

  /** The subject this serializer registers under for `topic`. */
  subjectName(topic: string): string {
    return this.subjectFor(topic);
  }

  private writerFor(topic: string): Promise<Writer> {
    return this.writers.load(topic, async () => {
      let subject = '';
      let action = 'name the subject for';
      try {
        subject = this.subjectFor(topic);
        const w = await resolveWriterSchema(this.registry, this.o, subject, this.local, (a) => {
          action = a;
        });
        if (w.schema.schemaType !== undefined && w.schema.schemaType !== 'JSON')
          throw new Error(`schema id ${w.id} is a ${w.schema.schemaType} schema, not JSON Schema`);
        action = `resolve the references of schema id ${w.id} for`;
        const validator = this.validate ? await this.validatorFor(w.id, w.schema) : undefined;
        return { id: w.id, validator };
      } catch (err) {
        const what = subject ? `subject "${subject}"` : `topic "${topic}"`;
        throw new SerializationError(
          `cannot ${action} ${what}: ${(err as Error).message}`,
          { topic, field: this.field },
          { cause: err },
        );
      }
    });
  }

  private validatorFor(id: number, schema: Schema): Promise<CompiledJsonSchema> {
    return this.validators.load(String(id), async () => {
      const refs = await this.registry.resolveReferences(schema);
      return compileJsonSchema(parseJsonSchema(schema.schema), refs, this.configureAjv);
    });
  }

  private encode(writer: Writer, value: T, topic: string): SerializedWithHeaders {
    try {
      writer.validator?.check(value);
    } catch (err) {
      if (!(err instanceof JsonSchemaValidationError)) throw err;
      throw new SerializationError(err.message, { topic, field: this.field }, { cause: err });
    }
    const text = JSON.stringify(value);
    if (text === undefined) {
      throw new SerializationError(`a ${typeof value} cannot be written as JSON`, { topic, field: this.field });
    }
    return frameMessage(this.registry, this.o, writer.id, Buffer.from(text, 'utf8'));
  }
}
