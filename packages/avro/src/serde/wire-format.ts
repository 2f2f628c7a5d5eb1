/** The first byte of every Confluent wire-format frame (format version 0). */
export const MAGIC_BYTE = 0;
/** Bytes before the Avro payload: the magic byte and the 4-byte big-endian schema id. */
export const FRAME_HEADER_SIZE = 5;

/** A decoded frame: the registry's schema id and a view of the Avro payload (no copy). */
export interface WireFrame {
  schemaId: number;
  payload: Buffer;
}

/**
 * Frames an Avro body for Kafka: `0x00`, the schema id as a big-endian uint32, then the body
 * (raw Avro binary, no container header), as Confluent's serializers write it.
 */
export function encodeFrame(schemaId: number, body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(FRAME_HEADER_SIZE + body.length);
  writeFrameHeader(out, schemaId);
  out.set(body, FRAME_HEADER_SIZE);
  return out;
}

/** Writes the 5-byte header at the start of `buf`. */
export function writeFrameHeader(buf: Buffer, schemaId: number): void {
  buf[0] = MAGIC_BYTE;
  buf.writeUInt32BE(schemaId, 1);
}

/**
 * Splits a frame into schema id and payload. Throws an `Error` saying what is wrong when the data
 * is too short or does not start with the magic byte (the deserializer adds topic, partition and
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
