import {
  createRegistry,
  type DescFile,
  type DescMessage,
  fromBinary,
  type Message,
  type Registry,
} from '@bufbuild/protobuf';
import { DeserializationError, InvalidConfigError } from '@kafka-aio/protocol';
import {
  fetchWriterSchema,
  type HeaderLike,
  type LocatedSchema,
  locateSchema,
  type MessageField,
  OnceMap,
  oneOf,
  rejectUnknown,
  type SchemaRegistryClient,
} from '@kafka-aio/schema-registry';
import { indexMessages } from './proto-text.js';

/** Options of {@link ProtobufDeserializer}. */
export interface ProtobufDeserializerOptions {
  /**
   * The message types this deserializer can produce: generated `...Schema`s, generated files
   * (`file_...`), or a `@bufbuild/protobuf` `Registry`. A record is decoded as the type whose full
   * name its writer schema and message indexes name.
   */
  messageTypes: (DescMessage | DescFile)[] | Registry;
  /** Deserialize keys or values (and which schema id header to read). Default `'value'`. */
  field?: MessageField;
}

/** Where a record came from, for error messages. */
export interface ProtobufDeserializationContext {
  topic: string;
  partition?: number;
  offset?: bigint;
  /** The record's headers: a schema id header there wins over the payload prefix. */
  headers?: readonly HeaderLike[];
}

/** The shape of `AIOKafkaConsumer`'s `keyDeserializer`/`valueDeserializer` options. */
export type ProtobufConsumerDeserializer<T> = (
  data: Buffer | null,
  topic: string,
  headers?: readonly HeaderLike[],
) => T | Promise<T>;

const KNOWN = ['messageTypes', 'field'] as const satisfies readonly (keyof ProtobufDeserializerOptions)[];

class ProtobufDecodeError extends Error {
  override name = 'ProtobufDecodeError';
}

/**
 * Reads Protobuf records in the Confluent wire format: schema id and message indexes from the
 * `__value_schema_id` / `__key_schema_id` header when there is one, else from the payload prefix;
 * the writer schema is fetched once per id to learn which message the indexes name, and the
 * payload is decoded with that message's generated type from `messageTypes`. Fields the local
 * type does not know are kept as unknown fields (schema evolution). After the first record of each
 * schema id and message, decoding makes no HTTP calls.
 *
 * An unknown schema id, a message type not among `messageTypes` or a payload that does not decode
 * is a `DeserializationError` carrying topic, partition and offset.
 */
export class ProtobufDeserializer<T extends Message = Message> {
  /** Whether this deserializer reads keys or values. */
  readonly field: MessageField;
  private readonly types: Registry;
  private readonly readers = new OnceMap<DescMessage>();
  private readonly indexes = new OnceMap<Map<string, string>>();

  constructor(
    private readonly registry: SchemaRegistryClient,
    options: ProtobufDeserializerOptions,
  ) {
    rejectUnknown('ProtobufDeserializer', options, KNOWN);
    this.field = oneOf('field', options.field ?? 'value', ['key', 'value'] as const);
    const t = options.messageTypes;
    if (t === undefined || t === null || (Array.isArray(t) && t.length === 0)) {
      throw new InvalidConfigError('option messageTypes must list the message types to decode into', {
        option: 'messageTypes',
      });
    }
    this.types = Array.isArray(t) ? createRegistry(...t) : t;
  }

  /**
   * Decodes one record part. `null` gives `null`. Pass the record's headers in `context` to honour a
   * schema id header. Rejects with `DeserializationError`.
   */
  async deserialize(data: Buffer | null, context: ProtobufDeserializationContext | string): Promise<T | null> {
    const ctx = typeof context === 'string' ? { topic: context } : context;
    try {
      return await this.decode(data, ctx.headers);
    } catch (err) {
      throw new DeserializationError(
        (err as Error).message,
        { topic: ctx.topic, partition: ctx.partition, offset: ctx.offset, field: this.field },
        { cause: err instanceof ProtobufDecodeError && err.cause !== undefined ? err.cause : err },
      );
    }
  }

  /** A function for `AIOKafkaConsumer`'s deserializer options: synchronous once the schema is known. */
  asConsumerDeserializer(): ProtobufConsumerDeserializer<T | null> {
    return (data, _topic, headers) => this.decode(data, headers);
  }

  private decode(data: Buffer | null, headers: readonly HeaderLike[] | undefined): T | null | Promise<T | null> {
    if (data === null) return null;
    let at: LocatedSchema;
    try {
      at = locateSchema(data, headers, this.field, true);
    } catch (err) {
      throw new ProtobufDecodeError((err as Error).message);
    }
    const key = `${at.key}/${at.messageIndexes!.join('.')}`;
    const desc = this.readers.get(key);
    if (desc !== undefined) return this.read(desc, at);
    return this.readers.load(key, () => this.loadReader(at)).then((d) => this.read(d, at));
  }

  private read(desc: DescMessage, at: LocatedSchema): T {
    try {
      return fromBinary(desc, at.payload) as unknown as T;
    } catch (err) {
      throw new ProtobufDecodeError(
        `cannot decode a ${desc.typeName} written with schema ${at.key}: ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    }
  }

  private async loadReader(at: LocatedSchema): Promise<DescMessage> {
    let names: Map<string, string>;
    try {
      names = await this.indexes.load(at.key, async () => {
        const writer = await fetchWriterSchema(this.registry, at);
        if (writer.schemaType !== 'PROTOBUF') throw new Error(`it is a ${writer.schemaType} schema, not Protobuf`);
        return indexMessages(writer.schema);
      });
    } catch (err) {
      throw new ProtobufDecodeError(`unknown or unreadable writer schema ${at.key}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    const path = at.messageIndexes!.join('.');
    const name = names.get(path);
    if (name === undefined)
      throw new ProtobufDecodeError(
        `writer schema ${at.key} has no message at indexes [${at.messageIndexes!.join(', ')}]`,
      );
    const desc = this.types.getMessage(name);
    if (desc === undefined)
      throw new ProtobufDecodeError(
        `message ${name} (writer schema ${at.key}) is not among this deserializer's messageTypes`,
      );
    return desc;
  }
}
