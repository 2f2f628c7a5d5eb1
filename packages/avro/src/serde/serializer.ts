import { InvalidConfigError, SerializationError } from '@kafka-aio/protocol';
import {
  boolOption,
  FRAME_HEADER_SIZE,
  frameMessage,
  intOption,
  type MessageField,
  oneOf,
  type ResolvedSerializerOptions,
  rejectUnknown,
  resolveSubjectNameStrategy,
  type Schema,
  type SchemaIdLocation,
  type SchemaReference,
  type SchemaRegistryClient,
  type SerializedWithHeaders,
  type SubjectNameStrategy,
  writeFrameHeader,
} from '@kafka-aio/schema-registry';
import avsc from 'avsc';
import {
  type AvroSchemaInput,
  type AvroTypeOptions,
  declaredFullName,
  fullName,
  parseAvroSchema,
  parseRegisteredSchema,
  schemaText,
} from './avro-schema.js';
import { AvroValidationError, findMismatches, schemaName } from './validation.js';

/** Options of {@link AvroSerializer}. */
export interface AvroSerializerOptions {
  /** The writer schema. Required unless `useLatestVersion` or `useSchemaId` picks one from the registry. */
  schema?: AvroSchemaInput;
  /** Serialize keys or values (the `-key`/`-value` subject suffix). Default `'value'`. */
  field?: MessageField;
  /** Register the schema on first use. Default true; when false the schema must already be registered. */
  autoRegisterSchemas?: boolean;
  /** Write with the subject's latest registered schema instead of `schema`. Default false. */
  useLatestVersion?: boolean;
  /** Write with the schema of this registry id. */
  useSchemaId?: number;
  /** Ask the registry to normalize the schema before registering or looking it up. Default false. */
  normalizeSchemas?: boolean;
  /** How subjects are named. Default `'topic'`. */
  subjectNameStrategy?: SubjectNameStrategy;
  /** avsc `Type.forSchema` options (e.g. `wrapUnions`, more `logicalTypes`). */
  typeOptions?: AvroTypeOptions;
  /**
   * Named types `schema` uses from schemas registered under other subjects: `{ name, subject,
   * version }` with the type's full name. Sent with the registration; the referenced schemas are
   * fetched to build the writer type. `schema` must then be JSON (text or parsed), not an avsc Type.
   */
  references?: SchemaReference[];
  /**
   * `'prefix'` (default): the schema id goes before the Avro body. `'header'`: the value is the
   * bare Avro body and {@link AvroSerializer.serializeWithHeaders} returns the `__value_schema_id`
   * (or `__key_schema_id`) header to send with it.
   */
  schemaIdLocation?: SchemaIdLocation;
}

const KNOWN: (keyof AvroSerializerOptions)[] = [
  'schema',
  'field',
  'autoRegisterSchemas',
  'useLatestVersion',
  'useSchemaId',
  'normalizeSchemas',
  'subjectNameStrategy',
  'typeOptions',
  'references',
  'schemaIdLocation',
];

interface Writer {
  id: number;
  type: avsc.Type;
}

/**
 * Serializes values to the Confluent wire format: `0x00`, the schema's registry id (4 bytes,
 * big-endian), then the Avro binary encoding. The schema is registered (or looked up) once per
 * subject; after that `serialize` makes no HTTP calls.
 *
 * A value that does not match the schema is a `SerializationError` naming the field (its `cause`
 * is an {@link AvroValidationError} listing every mismatch); a schema the registry refuses is a
 * `SerializationError` carrying the registry's reason (its `cause` is the `SchemaRegistryError`).
 *
 * ```ts
 * const serializer = new AvroSerializer<Order>(registry, { schema: orderSchema });
 * await producer.send('orders', await serializer.serialize(order, 'orders'));
 * ```
 */
export class AvroSerializer<T = unknown> {
  /** Whether this serializer writes keys or values. */
  readonly field: MessageField;
  private readonly type: avsc.Type | undefined;
  private readonly text: string | undefined;
  private readonly autoRegister: boolean;
  private readonly useLatest: boolean;
  private readonly schemaId: number | undefined;
  private readonly normalize: boolean;
  private readonly idLocation: SchemaIdLocation;
  private readonly subjectFor: (topic: string) => string;
  private readonly typeOptions: AvroTypeOptions;
  /** Writers ready for a topic: the steady-state path is one Map lookup. */
  private readonly ready = new Map<string, Writer>();
  private readonly pending = new Map<string, Promise<Writer>>();
  private readonly typesById = new Map<number, Promise<avsc.Type>>();
  private readonly references: SchemaReference[];
  private scratch = Buffer.allocUnsafe(1024);

  constructor(
    private readonly registry: SchemaRegistryClient,
    options: AvroSerializerOptions = {},
  ) {
    rejectUnknown('AvroSerializer', options, KNOWN);
    this.field = oneOf('field', options.field ?? 'value', ['key', 'value'] as const);
    this.autoRegister = boolOption('autoRegisterSchemas', options.autoRegisterSchemas ?? true);
    this.useLatest = boolOption('useLatestVersion', options.useLatestVersion ?? false);
    this.normalize = boolOption('normalizeSchemas', options.normalizeSchemas ?? false);
    this.idLocation = oneOf('schemaIdLocation', options.schemaIdLocation ?? 'prefix', ['prefix', 'header'] as const);
    this.schemaId = options.useSchemaId === undefined ? undefined : intOption('useSchemaId', options.useSchemaId);
    this.typeOptions = options.typeOptions ?? {};
    this.references = options.references ?? [];
    let recordName: string | null = null;
    if (options.schema !== undefined && this.references.length > 0) {
      // The named types come from the registry: the type is built on first use.
      if (options.schema instanceof avsc.Type) {
        throw new InvalidConfigError('option schema must be JSON (not an avsc Type) when references are given', {
          option: 'schema',
        });
      }
      try {
        const parsed: unknown = typeof options.schema === 'string' ? JSON.parse(options.schema) : options.schema;
        recordName = declaredFullName(parsed);
        this.text = typeof options.schema === 'string' ? options.schema : JSON.stringify(parsed);
      } catch (err) {
        throw new InvalidConfigError(`option schema is not JSON: ${(err as Error).message}`, {
          option: 'schema',
          cause: err,
        });
      }
    } else if (options.schema !== undefined) {
      try {
        this.type = parseAvroSchema(options.schema, this.typeOptions);
      } catch (err) {
        throw new InvalidConfigError(`option schema is not a valid Avro schema: ${(err as Error).message}`, {
          option: 'schema',
          cause: err,
        });
      }
      this.text = typeof options.schema === 'string' ? options.schema : schemaText(this.type);
      recordName = fullName(this.type);
    } else if (!this.useLatest && this.schemaId === undefined) {
      throw new InvalidConfigError('AvroSerializer needs option schema (or useLatestVersion or useSchemaId)', {
        option: 'schema',
      });
    }
    const strategy = resolveSubjectNameStrategy(options.subjectNameStrategy);
    this.subjectFor = (topic) => strategy({ topic, field: this.field, recordName });
  }

  /**
   * Encodes `value` for `topic` and frames it. `null` and `undefined` give `null` (a null key, or a
   * tombstone). Rejects with `SerializationError`.
   */
  async serialize(value: T | null | undefined, topic: string): Promise<Buffer | null> {
    if (this.idLocation === 'header') {
      throw new SerializationError(
        'this serializer writes the schema id in a header (schemaIdLocation: "header"): call serializeWithHeaders and send its headers',
        { topic, field: this.field },
      );
    }
    if (value === null || value === undefined) return null;
    const writer = this.ready.get(topic) ?? (await this.writerFor(topic));
    return this.encode(writer, value, topic);
  }

  /**
   * Like {@link serialize}, and also returns the headers to send with the record: with
   * `schemaIdLocation: 'header'` the value is the bare Avro body and the schema id travels in a
   * `__value_schema_id` / `__key_schema_id` header (the GUID when the registry reports one).
   */
  async serializeWithHeaders(value: T | null | undefined, topic: string): Promise<SerializedWithHeaders> {
    if (value === null || value === undefined) return { value: null, headers: [] };
    const writer = this.ready.get(topic) ?? (await this.writerFor(topic));
    const frame = this.encode(writer, value, topic);
    if (this.idLocation === 'prefix') return { value: frame, headers: [] };
    const o = { field: this.field, idLocation: this.idLocation } as ResolvedSerializerOptions;
    return frameMessage(this.registry, o, writer.id, frame.subarray(FRAME_HEADER_SIZE));
  }

  /**
   * Encodes synchronously when this topic's schema id is already known (after one `serialize`),
   * else (or with the id in a header) returns undefined. Lets a synchronous serializer interface use the cache.
   */
  trySerializeSync(value: T | null | undefined, topic: string): Buffer | null | undefined {
    if (this.idLocation === 'header') return undefined;
    if (value === null || value === undefined) return null;
    const writer = this.ready.get(topic);
    return writer === undefined ? undefined : this.encode(writer, value, topic);
  }

  /** The subject this serializer registers under for `topic`. */
  subjectName(topic: string): string {
    return this.subjectFor(topic);
  }

  private writerFor(topic: string): Promise<Writer> {
    let p = this.pending.get(topic);
    if (p === undefined) {
      p = this.loadWriter(topic).then(
        (w) => {
          this.ready.set(topic, w);
          this.pending.delete(topic);
          return w;
        },
        (err: unknown) => {
          this.pending.delete(topic);
          throw err;
        },
      );
      this.pending.set(topic, p);
    }
    return p;
  }

  private async loadWriter(topic: string): Promise<Writer> {
    let subject = '';
    let action = 'name the subject for';
    try {
      subject = this.subjectFor(topic);
      if (this.schemaId !== undefined) {
        action = `fetch schema id ${this.schemaId} for`;
        const s = await this.registry.getSchema(this.schemaId);
        return { id: this.schemaId, type: await this.typeFor(this.schemaId, s) };
      }
      if (this.useLatest) {
        action = 'fetch the latest schema of';
        const latest = await this.registry.getLatestVersion(subject);
        return { id: latest.id, type: await this.typeFor(latest.id, latest) };
      }
      action = this.autoRegister ? 'register the schema under' : 'find the schema (autoRegisterSchemas is off) under';
      const local: Schema = { schema: this.text!, schemaType: 'AVRO', references: this.references };
      const id = this.autoRegister
        ? await this.registry.register(subject, local, { normalize: this.normalize })
        : (await this.registry.lookupSchema(subject, local, { normalize: this.normalize })).id;
      if (this.type !== undefined) return { id, type: this.type };
      action = `resolve the references of the schema under`;
      return { id, type: await this.typeFor(id, local) };
    } catch (err) {
      const what = subject ? `subject "${subject}"` : `topic "${topic}"`;
      throw new SerializationError(
        `cannot ${action} ${what}: ${(err as Error).message}`,
        { topic, field: this.field },
        { cause: err },
      );
    }
  }

  private typeFor(id: number, schema: Schema): Promise<avsc.Type> {
    let t = this.typesById.get(id);
    if (t === undefined) {
      t = parseRegisteredSchema(this.registry, schema, this.typeOptions);
      this.typesById.set(id, t);
      t.catch(() => this.typesById.delete(id));
    }
    return t;
  }

  private encode(writer: Writer, value: T, topic: string): Buffer {
    let end: number;
    try {
      end = writer.type.encode(value, this.scratch, FRAME_HEADER_SIZE);
      if (end < 0) {
        // avsc reports how many bytes were missing; grow once and write again.
        this.scratch = Buffer.allocUnsafe(Math.max(this.scratch.length * 2, this.scratch.length - end));
        end = writer.type.encode(value, this.scratch, FRAME_HEADER_SIZE);
      }
    } catch (err) {
      const invalid = new AvroValidationError(schemaName(writer.type), findMismatches(writer.type, value), err);
      throw new SerializationError(invalid.message, { topic, field: this.field }, { cause: invalid });
    }
    const out = Buffer.allocUnsafe(end);
    this.scratch.copy(out, 0, 0, end);
    writeFrameHeader(out, writer.id);
    return out;
  }
}
