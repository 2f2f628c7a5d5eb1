/**
 * Record headers as propagation carriers. W3C trace context goes into the headers of a record being
 * sent (`SendDiagnostics.headers`, `[key, value]` pairs the producer has not serialized yet) and
 * comes out of the headers of a record consumed (`{ key, value: Buffer | null }` entries).
 */
import type { DiagnosticsRecord, SendDiagnostics } from '@kafka-aio/client';
import type { TextMapGetter, TextMapSetter } from '@opentelemetry/api';

/** The headers of a record on its way out, as `kafka-aio:send` hands them to a `start` subscriber. */
export type SendHeaders = SendDiagnostics['headers'];

/** The headers of a record consumed. */
export type RecordHeaders = DiagnosticsRecord['headers'];

/**
 * A header value as text; binary values are read as UTF-8, which trace context headers are.
 * Anything else (a malformed header the producer is about to reject) reads as absent.
 */
function headerText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8');
  return undefined;
}

/**
 * Writes a propagation field into outgoing headers. A header of the same name is replaced rather
 * than duplicated, because a consumer reads the first match: a `traceparent` there can only be an
 * invalid one (a valid one is kept and nothing is injected, see `send.ts`), and other fields such
 * as `baggage` take the sending context's value, as on any outgoing request.
 */
export const sendHeadersSetter: TextMapSetter<SendHeaders> = {
  set(carrier, key, value) {
    const i = carrier.findIndex((h) => Array.isArray(h) && h[0] === key);
    if (i === -1) carrier.push([key, value]);
    else carrier[i] = [key, value];
  },
};

/**
 * Reads outgoing headers, to notice a trace context the application put there itself. Entries are
 * as the application gave them, so not every one is a pair: the producer rejects the malformed
 * ones after this runs, and until then they are skipped.
 */
export const sendHeadersGetter: TextMapGetter<SendHeaders> = {
  keys: (carrier) => carrier.flatMap((h) => (Array.isArray(h) ? [h[0]] : [])),
  get(carrier, key) {
    for (const h of carrier) if (Array.isArray(h) && h[0] === key) return headerText(h[1]);
    return undefined;
  },
};

/**
 * Reads the headers of a consumed record. Kafka allows repeated keys; the first one wins, because
 * it is the one the producer wrote, and anything relaying the record appends after it.
 */
export const recordHeadersGetter: TextMapGetter<RecordHeaders> = {
  keys: (carrier) => carrier.map((h) => h.key),
  get(carrier, key) {
    for (const h of carrier) if (h.key === key) return headerText(h.value);
    return undefined;
  },
};
