/** The first byte of a Confluent wire-format frame that carries a 4-byte schema id (format version 0). */
export const MAGIC_BYTE = 0;
/** The first byte of a schema id that is a 16-byte GUID (Confluent's format version 1, used in headers). */
export const MAGIC_BYTE_GUID = 1;
/** Bytes before the serialized payload: the magic byte and the 4-byte big-endian schema id. */
export const FRAME_HEADER_SIZE = 5;
/** The record header that carries the key's schema id when it is not in the payload prefix. */
export const KEY_SCHEMA_ID_HEADER = '__key_schema_id';
/** The record header that carries the value's schema id when it is not in the payload prefix. */
export const VALUE_SCHEMA_ID_HEADER = '__value_schema_id';

/** A decoded frame: the registry's schema id and a view of the payload after the prefix (no copy). */
export interface WireFrame {
  /** The registry's global schema id. */
  schemaId: number;
  /** The bytes after the 5-byte prefix (for Protobuf they start with the message indexes). */
  payload: Buffer;
}

/**
 * Frames a serialized body for Kafka: `0x00`, the schema id as a big-endian uint32, then the body,
 * as Confluent's serializers write it (for Protobuf the body starts with the message indexes).
 */
export function encodeFrame(schemaId: number, body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(FRAME_HEADER_SIZE + body.length);
  writeFrameHeader(out, schemaId);
  out.set(body, FRAME_HEADER_SIZE);
  return out;
}

/** Writes the 5-byte prefix (magic byte and schema id) at the start of `buf`. */
export function writeFrameHeader(buf: Buffer, schemaId: number): void {
  buf[0] = MAGIC_BYTE;
  buf.writeUInt32BE(schemaId, 1);
}

/**
 * Splits a frame into schema id and payload. Throws an `Error` saying what is wrong when the data
 * is too short or does not start with the magic byte (the deserializers add topic, partition and
 * offset).
 */
export function decodeFrame(data: Buffer): WireFrame {
  if (data.length < FRAME_HEADER_SIZE) {
    throw new Error(
      `not in the Confluent wire format: ${data.length} byte${data.length === 1 ? '' : 's'}, a frame has at least ${FRAME_HEADER_SIZE}`,
    );
  }
  if (data[0] !== MAGIC_BYTE) {
    throw new Error(
      `not in the Confluent wire format: unknown magic byte 0x${data[0].toString(16).padStart(2, '0')} (expected 0x00)`,
    );
  }
  return { schemaId: data.readUInt32BE(1), payload: data.subarray(FRAME_HEADER_SIZE) };
}

/**
 * Encodes Protobuf message indexes (the path from the file's top-level messages to the written
 * message) as Confluent does: a zigzag varint count, then each index as a zigzag varint; the
 * common `[0]` (first message of the file) is the single byte `0x00`.
 */
export function encodeMessageIndexes(indexes: readonly number[]): Buffer {
  if (indexes.length === 0 || (indexes.length === 1 && indexes[0] === 0)) return Buffer.from([0]);
  const bytes: number[] = [];
  writeZigzag(bytes, indexes.length);
  for (const i of indexes) writeZigzag(bytes, i);
  return Buffer.from(bytes);
}

/**
 * Decodes message indexes written by {@link encodeMessageIndexes} starting at `offset`; a count of
 * zero means `[0]`. Returns the indexes and the number of bytes read. Throws on truncated data.
 */
export function decodeMessageIndexes(data: Uint8Array, offset = 0): { indexes: number[]; length: number } {
  const pos = { at: offset };
  const count = readZigzag(data, pos);
  if (count < 0 || count > 100)
    throw new Error(`bad Protobuf message index count ${count} (the data is not in the Confluent wire format)`);
  if (count === 0) return { indexes: [0], length: pos.at - offset };
  const indexes: number[] = [];
  for (let i = 0; i < count; i++) indexes.push(readZigzag(data, pos));
  return { indexes, length: pos.at - offset };
}

function writeZigzag(out: number[], n: number): void {
  let v = n >= 0 ? n * 2 : -n * 2 - 1;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

function readZigzag(data: Uint8Array, pos: { at: number }): number {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < 5; i++) {
    if (pos.at >= data.length) throw new Error('truncated Protobuf message indexes');
    const b = data[pos.at++];
    v += (b & 0x7f) * mul;
    if (b < 0x80) return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
    mul *= 128;
  }
  throw new Error('malformed varint in Protobuf message indexes');
}

/** Which schema a header names: a global id, or a GUID. */
export type SchemaIdRef = { id: number; guid?: undefined } | { guid: string; id?: undefined };

/** A schema id read from a record header, with the Protobuf message indexes that follow it. */
export type HeaderSchemaId = SchemaIdRef & { messageIndexes?: number[] };

/**
 * The value of a `__key_schema_id` / `__value_schema_id` header: `0x01` and the 16 GUID bytes
 * (Confluent's header format), or `0x00` and a 4-byte id; then, for Protobuf, the message indexes.
 */
export function encodeSchemaIdHeader(ref: SchemaIdRef, messageIndexes?: readonly number[]): Buffer {
  let head: Buffer;
  if (ref.guid !== undefined) {
    const hex = ref.guid.replace(/-/g, '');
    if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`not a GUID: ${JSON.stringify(ref.guid)}`);
    head = Buffer.concat([Buffer.from([MAGIC_BYTE_GUID]), Buffer.from(hex, 'hex')]);
  } else {
    head = Buffer.allocUnsafe(FRAME_HEADER_SIZE);
    writeFrameHeader(head, ref.id);
  }
  return messageIndexes === undefined ? head : Buffer.concat([head, encodeMessageIndexes(messageIndexes)]);
}

/**
 * Reads a schema id header value (see {@link encodeSchemaIdHeader}); with `withMessageIndexes`
 * (Protobuf) the indexes after the id too. Throws on an unknown magic byte or a short value.
 */
export function decodeSchemaIdHeader(value: Uint8Array, withMessageIndexes = false): HeaderSchemaId {
  const buf = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  let out: HeaderSchemaId;
  let at: number;
  if (buf[0] === MAGIC_BYTE && buf.length >= FRAME_HEADER_SIZE) {
    out = { id: buf.readUInt32BE(1) };
    at = FRAME_HEADER_SIZE;
  } else if (buf[0] === MAGIC_BYTE_GUID && buf.length >= 17) {
    out = { guid: formatGuid(buf.subarray(1, 17)) };
    at = 17;
  } else {
    throw new Error(
      `schema id header of ${buf.length} bytes starts with 0x${(buf[0] ?? 0).toString(16).padStart(2, '0')}: not 0x00 + id nor 0x01 + GUID`,
    );
  }
  if (withMessageIndexes) out.messageIndexes = decodeMessageIndexes(buf, at).indexes;
  return out;
}

/** A record header as the consumer hands it out (or as `[key, value]`). */
export type HeaderLike = { key: string; value: Uint8Array | string | null } | readonly [string, unknown];

/**
 * The value of the last `__key_schema_id` (field `'key'`) or `__value_schema_id` header in
 * `headers`, or undefined when there is none.
 */
export function findSchemaIdHeader(
  headers: readonly HeaderLike[] | undefined | null,
  field: 'key' | 'value',
): Uint8Array | undefined {
  if (!headers || headers.length === 0) return undefined;
  const name = field === 'key' ? KEY_SCHEMA_ID_HEADER : VALUE_SCHEMA_ID_HEADER;
  for (let i = headers.length - 1; i >= 0; i--) {
    const h = headers[i];
    const [key, value] = Array.isArray(h) ? h : [(h as { key: string }).key, (h as { value: unknown }).value];
    if (key !== name) continue;
    if (value instanceof Uint8Array) return value;
    if (typeof value === 'string') return Buffer.from(value, 'latin1');
  }
  return undefined;
}

function formatGuid(b: Uint8Array): string {
  const h = Buffer.from(b).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
