import { InvalidConfigError } from '@kafka-aio/protocol';
import { boolOption, intOption, oneOf } from '../options.js';
import type { SchemaRegistryClient } from '../registry/client.js';
import type { Schema } from '../registry/types.js';
import type { MessageField } from './subject-name.js';
import {
  decodeFrame,
  decodeMessageIndexes,
  decodeSchemaIdHeader,
  encodeSchemaIdHeader,
  findSchemaIdHeader,
  type HeaderLike,
  KEY_SCHEMA_ID_HEADER,
  VALUE_SCHEMA_ID_HEADER,
  writeFrameHeader,
} from './wire-format.js';

/** Where a serializer puts the schema id: the payload prefix (default) or a record header. */
export type SchemaIdLocation = 'prefix' | 'header';

/** Options every format's serializer shares (Confluent's serializer configuration). */
export interface SerdeSerializerOptions {
  /** Serialize keys or values (the `-key`/`-value` subject suffix, and which id header). Default `'value'`. */
  field?: MessageField;
  /** Register the schema on first use. Default true; when false the schema must already be registered. */
  autoRegisterSchemas?: boolean;
  /** Write with the subject's latest registered schema instead of the given one. Default false. */
  useLatestVersion?: boolean;
  /** Write with the schema of this registry id. */
  useSchemaId?: number;
  /** Ask the registry to normalize the schema before registering or looking it up. Default false. */
  normalizeSchemas?: boolean;
  /**
   * `'prefix'` (default): the schema id goes before the payload (`0x00` + 4-byte id). `'header'`:
   * the payload is left bare and `serializeWithHeaders` returns a `__key_schema_id` /
   * `__value_schema_id` header to send with it (the GUID when the registry assigns GUIDs, else the id).
   */
  schemaIdLocation?: SchemaIdLocation;
}

/** Checked values of {@link SerdeSerializerOptions}. */
export interface ResolvedSerializerOptions {
  field: MessageField;
  autoRegister: boolean;
  useLatest: boolean;
  schemaId: number | undefined;
  normalize: boolean;
  idLocation: SchemaIdLocation;
}

/** The option names of {@link SerdeSerializerOptions} (for `rejectUnknown`). */
export const SERIALIZER_OPTION_NAMES = [
  'field',
  'autoRegisterSchemas',
  'useLatestVersion',
  'useSchemaId',
  'normalizeSchemas',
  'schemaIdLocation',
] as const;

/** Checks the shared serializer options; throws InvalidConfigError naming a bad one. */
export function resolveSerializerOptions(o: SerdeSerializerOptions): ResolvedSerializerOptions {
  return {
    field: oneOf('field', o.field ?? 'value', ['key', 'value'] as const),
    autoRegister: boolOption('autoRegisterSchemas', o.autoRegisterSchemas ?? true),
    useLatest: boolOption('useLatestVersion', o.useLatestVersion ?? false),
    normalize: boolOption('normalizeSchemas', o.normalizeSchemas ?? false),
    schemaId: o.useSchemaId === undefined ? undefined : intOption('useSchemaId', o.useSchemaId),
    idLocation: oneOf('schemaIdLocation', o.schemaIdLocation ?? 'prefix', ['prefix', 'header'] as const),
  };
}

/** A serialized record part with the headers it must be sent with (schema id in a header). */
export interface SerializedWithHeaders {
  /** The payload (without a schema id prefix when the id travels in a header). */
  value: Buffer | null;
  /** `[name, value]` pairs to pass as the record's `headers` (empty with the id in the prefix). */
  headers: [string, Buffer][];
}

/** The header name for `field`'s schema id. */
export function schemaIdHeaderName(field: MessageField): string {
  return field === 'key' ? KEY_SCHEMA_ID_HEADER : VALUE_SCHEMA_ID_HEADER;
}

/** Where a record's schema came from, and the bytes left to decode. */
export interface LocatedSchema {
  /** The cache key of the writer schema: `id:<n>` or `guid:<g>`. */
  key: string;
  id: number | undefined;
  guid: string | undefined;
  /** Protobuf message indexes (only read when asked for). */
  messageIndexes: number[] | undefined;
  /** The serialized message (after the prefix and message indexes, or the whole value with a header id). */
  payload: Buffer;
}

/**
 * Finds the writer schema of a record part as Confluent's deserializers do: a `__key_schema_id` /
 * `__value_schema_id` header wins when present (the payload is then all message), else the payload
 * prefix. With `withMessageIndexes` (Protobuf) the message indexes are read too. Throws an `Error`
 * saying what is wrong.
 */
export function locateSchema(
  data: Buffer,
  headers: readonly HeaderLike[] | undefined | null,
  field: MessageField,
  withMessageIndexes: boolean,
): LocatedSchema {
  const header = findSchemaIdHeader(headers, field);
  if (header !== undefined) {
    const h = decodeSchemaIdHeader(header, withMessageIndexes);
    return {
      key: h.guid !== undefined ? `guid:${h.guid}` : `id:${h.id}`,
      id: h.id,
      guid: h.guid,
      messageIndexes: h.messageIndexes,
      payload: data,
    };
  }
  const frame = decodeFrame(data);
  let payload = frame.payload;
  let messageIndexes: number[] | undefined;
  if (withMessageIndexes) {
    const mi = decodeMessageIndexes(payload);
    messageIndexes = mi.indexes;
    payload = payload.subarray(mi.length);
  }
  return { key: `id:${frame.schemaId}`, id: frame.schemaId, guid: undefined, messageIndexes, payload };
}

/** Fetches the writer schema a {@link LocatedSchema} names (by id or GUID; cached by the client). */
export function fetchWriterSchema(registry: SchemaRegistryClient, at: LocatedSchema): Promise<Schema> {
  return at.guid !== undefined ? registry.getSchemaByGuid(at.guid) : registry.getSchema(at.id!);
}

/**
 * A map of values loaded once per key: concurrent loads of one key share a Promise, a failed load
 * is forgotten (the next call tries again), and a loaded value is one Map lookup away.
 */
export class OnceMap<V> {
  private readonly ready = new Map<string, V>();
  private readonly pending = new Map<string, Promise<V>>();

  /** The loaded value for `key`, if any. */
  get(key: string): V | undefined {
    return this.ready.get(key);
  }

  /** The value for `key`, loading it with `load` unless it is loaded or loading. */
  load(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.ready.get(key);
    if (hit !== undefined) return Promise.resolve(hit);
    let p = this.pending.get(key);
    if (p === undefined) {
      p = load().then(
        (v) => {
          this.ready.set(key, v);
          this.pending.delete(key);
          return v;
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
}

/** Throws unless a serializer has a schema or is told to take one from the registry. */
export function requireSchemaSource(kind: string, hasSchema: boolean, o: ResolvedSerializerOptions): void {
  if (!hasSchema && !o.useLatest && o.schemaId === undefined) {
    throw new InvalidConfigError(`${kind} needs option schema (or useLatestVersion or useSchemaId)`, {
      option: 'schema',
    });
  }
}

/** The schema a serializer writes with: its registry id and the schema as the registry has it. */
export interface WriterSchema {
  id: number;
  schema: Schema;
}

/**
 * Picks the writer schema as Confluent's serializers do: the schema of `useSchemaId`, else the
 * subject's latest version with `useLatestVersion`, else `local` registered under `subject`
 * (`autoRegisterSchemas`) or looked up there. Calls `describeStep` with what it is about to do,
 * for error messages.
 */
export async function resolveWriterSchema(
  registry: SchemaRegistryClient,
  o: ResolvedSerializerOptions,
  subject: string,
  local: Schema | undefined,
  describeStep: (action: string) => void = () => undefined,
): Promise<WriterSchema> {
  if (o.schemaId !== undefined) {
    describeStep(`fetch schema id ${o.schemaId} for`);
    return { id: o.schemaId, schema: await registry.getSchema(o.schemaId) };
  }
  if (o.useLatest) {
    describeStep('fetch the latest schema of');
    const latest = await registry.getLatestVersion(subject);
    return { id: latest.id, schema: latest };
  }
  if (local === undefined) throw new Error('no schema to write with');
  describeStep(o.autoRegister ? 'register the schema under' : 'find the schema (autoRegisterSchemas is off) under');
  const id = o.autoRegister
    ? await registry.register(subject, local, { normalize: o.normalize })
    : (await registry.lookupSchema(subject, local, { normalize: o.normalize })).id;
  return { id, schema: local };
}

/**
 * Frames a serialized message: with the id in the prefix, `0x00` + id (+ `prefixExtra`, the
 * Protobuf message indexes) + body and no headers; with the id in a header, the bare body and the
 * `__key_schema_id`/`__value_schema_id` header (the GUID if the registry reported one, else the id;
 * then the message indexes).
 */
export function frameMessage(
  registry: SchemaRegistryClient,
  o: ResolvedSerializerOptions,
  id: number,
  body: Uint8Array,
  messageIndexes?: readonly number[],
  prefixExtra?: Uint8Array,
): SerializedWithHeaders {
  if (o.idLocation === 'header') {
    const guid = registry.guidOf(id);
    const ref = guid !== undefined ? { guid } : { id };
    const value = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    return { value, headers: [[schemaIdHeaderName(o.field), encodeSchemaIdHeader(ref, messageIndexes)]] };
  }
  const extra = prefixExtra?.length ?? 0;
  const out = Buffer.allocUnsafe(5 + extra + body.length);
  writeFrameHeader(out, id);
  if (prefixExtra) out.set(prefixExtra, 5);
  out.set(body, 5 + extra);
  return { value: out, headers: [] };
}
