import { type DescFile, type DescMessage, type MessageShape, toBinary } from '@bufbuild/protobuf';
import { InvalidConfigError, SerializationError } from '@kafka-aio/protocol';
import {
  encodeMessageIndexes,
  frameMessage,
  type MessageField,
  OnceMap,
  type ResolvedSerializerOptions,
  rejectUnknown,
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
import { indexMessages, messageIndexesOf, printProtoFile } from './proto-text.js';

/** Options of {@link ProtobufSerializer}. */
export interface ProtobufSerializerOptions<Desc extends DescMessage = DescMessage> extends SerdeSerializerOptions {
  /** The message type to write: a generated `...Schema` (a `GenMessage`) or any `DescMessage`. */
  schema: Desc;
  /** How subjects are named; `'record'` uses the message's full name. Default `'topic'`. */
  subjectNameStrategy?: SubjectNameStrategy;
  /**
   * The subject each imported file is registered under, as a schema reference. Default: the import
   * path itself (`kafka_aio/common.proto`), as Confluent's serializers name them.
   */
  referenceSubjectName?: (importPath: string) => string;
  /**
   * Leave `google/protobuf/*.proto` imports out of the references (the registry knows the
   * well-known types). Default true.
   */
  skipKnownTypes?: boolean;
}

const KNOWN = [
  ...SERIALIZER_OPTION_NAMES,
  'schema',
  'subjectNameStrategy',
  'referenceSubjectName',
  'skipKnownTypes',
] as const satisfies readonly (keyof ProtobufSerializerOptions)[];

interface Writer {
  id: number;
  indexes: number[];
  prefix: Buffer;
}

/**
 * Serializes `@bufbuild/protobuf` messages in the Confluent wire format: `0x00`, the schema's
 * registry id (4 bytes, big-endian), the message indexes (which message of the file: `0x00` for
 * the first top-level one), then the Protobuf binary — or, with `schemaIdLocation: 'header'`, the
 * bare binary and a `__value_schema_id` header holding id and indexes.
 *
 * The schema registered is the .proto text printed from the message's file descriptor (the
 * generated code embeds the descriptor, not the text); each imported file is registered first
 * under its import path and referenced (well-known `google/protobuf` imports are not). This
 * happens once per subject; after that serializing makes no HTTP calls.
 *
 * ```ts
 * const serializer = new ProtobufSerializer(registry, { schema: OrderSchema });
 * await producer.send('orders', await serializer.serialize(create(OrderSchema, { id: 'o-1' }), 'orders'));
 * ```
 */
export class ProtobufSerializer<Desc extends DescMessage = DescMessage> {
  /** Whether this serializer writes keys or values. */
  readonly field: MessageField;
  /** The message type written. */
  readonly schema: Desc;
  private readonly o: ResolvedSerializerOptions;
  private readonly subjectFor: (topic: string) => string;
  private readonly refSubject: (importPath: string) => string;
  private readonly skipKnown: boolean;
  private readonly writers = new OnceMap<Writer>();
  private readonly files = new OnceMap<Schema>();

  constructor(
    private readonly registry: SchemaRegistryClient,
    options: ProtobufSerializerOptions<Desc>,
  ) {
    rejectUnknown('ProtobufSerializer', options, KNOWN);
    this.o = resolveSerializerOptions(options);
    this.field = this.o.field;
    if (options.schema?.kind !== 'message') {
      throw new InvalidConfigError('option schema must be a message descriptor (a generated ...Schema)', {
        option: 'schema',
      });
    }
    this.schema = options.schema;
    this.refSubject = options.referenceSubjectName ?? ((p) => p);
    this.skipKnown = options.skipKnownTypes ?? true;
    const strategy = resolveSubjectNameStrategy(options.subjectNameStrategy);
    this.subjectFor = (topic) => strategy({ topic, field: this.field, recordName: this.schema.typeName });
  }

  /**
   * Encodes `value` for `topic` and frames it with the schema id and message indexes. `null` and
   * `undefined` give `null`. Rejects with `SerializationError`; with `schemaIdLocation: 'header'`
   * use {@link serializeWithHeaders} instead.
   */
  async serialize(value: MessageShape<Desc> | null | undefined, topic: string): Promise<Buffer | null> {
    if (this.o.idLocation === 'header') {
      throw new SerializationError(
        'this serializer writes the schema id in a header (schemaIdLocation: "header"): call serializeWithHeaders and send its headers',
        { topic, field: this.field },
      );
    }
    return (await this.serializeWithHeaders(value, topic)).value;
  }

  /** Like {@link serialize}, and also returns the headers to send (the schema id header, if so configured). */
  async serializeWithHeaders(
    value: MessageShape<Desc> | null | undefined,
    topic: string,
  ): Promise<SerializedWithHeaders> {
    if (value === null || value === undefined) return { value: null, headers: [] };
    const writer = this.writers.get(topic) ?? (await this.writerFor(topic));
    return this.encode(writer, value, topic);
  }

  /** Encodes synchronously once this topic's schema id is known, else returns undefined. */
  trySerializeSync(value: MessageShape<Desc> | null | undefined, topic: string): SerializedWithHeaders | undefined {
    if (value === null || value === undefined) return { value: null, headers: [] };
    const writer = this.writers.get(topic);
    return writer === undefined ? undefined : this.encode(writer, value, topic);
  }

  /** The subject this serializer registers under for `topic`. */
  subjectName(topic: string): string {
    return this.subjectFor(topic);
  }

  /** The .proto text registered for this message's file. */
  schemaText(): string {
    return printProtoFile(this.schema.file);
  }

  private writerFor(topic: string): Promise<Writer> {
    return this.writers.load(topic, async () => {
      let subject = '';
      let action = 'name the subject for';
      try {
        subject = this.subjectFor(topic);
        let local: Schema | undefined;
        if (this.o.schemaId === undefined && !this.o.useLatest) {
          action = 'register the imports of the schema for';
          local = await this.fileSchema(this.schema.file);
        }
        const w = await resolveWriterSchema(this.registry, this.o, subject, local, (a) => {
          action = a;
        });
        if (w.schema.schemaType !== 'PROTOBUF')
          throw new Error(`schema id ${w.id} is a ${w.schema.schemaType} schema, not Protobuf`);
        const indexes = this.indexesIn(w.schema.schema, w.id);
        return { id: w.id, indexes, prefix: encodeMessageIndexes(indexes) };
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

  /** The message indexes of this message type in a registered schema's text (found by full name). */
  private indexesIn(text: string, id: number): number[] {
    if (text === printProtoFile(this.schema.file)) return messageIndexesOf(this.schema);
    for (const [path, name] of indexMessages(text))
      if (name === this.schema.typeName) return path.split('.').map(Number);
    throw new Error(`schema id ${id} declares no message ${this.schema.typeName}`);
  }

  /** The schema of `file` with its references, registering (or finding) every import first. */
  private fileSchema(file: DescFile): Promise<Schema> {
    return this.files.load(file.name, async () => {
      const references: SchemaReference[] = [];
      for (const dep of file.dependencies) {
        const importPath = dep.proto.name; // as imported, with .proto (DescFile.name drops it)
        if (this.skipKnown && importPath.startsWith('google/protobuf/')) continue;
        const depSchema = await this.fileSchema(dep);
        const subject = this.refSubject(importPath);
        if (this.o.autoRegister) await this.registry.register(subject, depSchema, { normalize: this.o.normalize });
        const found = await this.registry.lookupSchema(subject, depSchema, { normalize: this.o.normalize });
        references.push({ name: importPath, subject, version: found.version });
      }
      return { schema: printProtoFile(file), schemaType: 'PROTOBUF', references };
    });
  }

  private encode(writer: Writer, value: MessageShape<Desc>, topic: string): SerializedWithHeaders {
    let body: Uint8Array;
    try {
      body = toBinary(this.schema, value);
    } catch (err) {
      throw new SerializationError(
        `cannot encode a ${this.schema.typeName}: ${(err as Error).message}`,
        { topic, field: this.field },
        { cause: err },
      );
    }
    return frameMessage(this.registry, this.o, writer.id, body, writer.indexes, writer.prefix);
  }
}
