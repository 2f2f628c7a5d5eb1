/**
 * The source of `src/messages/codec-support.ts`: the few runtime helpers every generated file
 * shares (error construction kept out of line so the hot encode/decode paths stay small). It is
 * emitted by the generator like every other file in that directory, so the whole directory is
 * reproducible from the generator alone.
 */
export const SUPPORT_SOURCE = `import { KafkaError, ProtocolError } from '../errors/kafka-error.js';

/** Shared zero-length Buffer for absent bytes fields; having no bytes, it cannot be mutated. */
export const EMPTY_BYTES: Buffer = Buffer.alloc(0);

/** A null or missing value for a field that the version being encoded does not allow to be null. */
export function missingField(message: string, v: number, field: string): ProtocolError {
  return new ProtocolError(\`\${message} v\${v}: \${field} is null or missing, but it is not nullable at version \${v}\`);
}

/**
 * A non-default value for a field that version \`v\` does not have and that the spec does not mark
 * ignorable: sending the message without it would silently change its meaning.
 */
export function unsupportedField(message: string, v: number, field: string): ProtocolError {
  return new ProtocolError(
    \`\${message} v\${v}: \${field} is set to a non-default value, but version \${v} does not support it\`,
  );
}

/** A null on the wire where the version read does not allow one. */
export function nullOnWire(message: string, v: number, field: string): ProtocolError {
  return new ProtocolError(\`\${message} v\${v}: null received for non-nullable \${field}\`);
}

/** Rejects versions outside what the codec was generated for, before any byte is written or read. */
export function checkVersion(name: string, v: number, min: number, max: number): void {
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new ProtocolError(
      min > max
        ? \`\${name} has no supported versions (removed from Kafka); version \${v} cannot be used\`
        : \`\${name} version \${v} is not supported; this codec handles versions \${min}-\${max}\`,
    );
  }
}

/**
 * Turns anything thrown while encoding into a KafkaError: errors already typed (they name the
 * message, version and field) pass through; anything else, such as a TypeError from a value of
 * the wrong type, becomes a ProtocolError naming the message and version.
 */
export function encodeFailure(action: string, e: unknown): KafkaError {
  if (e instanceof KafkaError) return e;
  return new ProtocolError(\`\${action}: \${e instanceof Error ? e.message : String(e)}\`, { cause: e });
}

/**
 * Every decode failure becomes one ProtocolError that says which message and version was being
 * read; the Reader's own error (truncation, bad length) is kept as the cause.
 */
export function decodeFailure(action: string, e: unknown): ProtocolError {
  return new ProtocolError(\`\${action}: \${e instanceof Error ? e.message : String(e)}\`, { cause: e });
}
`;
