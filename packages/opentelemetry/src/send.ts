/**
 * `kafka-aio:send` → one `send <topic>` PRODUCER span per record, from `send()` to the broker's
 * answer, whose context travels in the record's headers as its creation context.
 */
import type { SendDiagnostics } from '@kafka-aio/client';
import { type Attributes, context, type Span, SpanKind, trace } from '@opentelemetry/api';
import { sendHeadersGetter, sendHeadersSetter } from './carriers.js';
import { now, secondsBetween } from './clock.js';
import { extractCreationContext } from './creation-context.js';
import { errorType, recordFailure } from './errors.js';
import {
  ATTR_ERROR_TYPE,
  ATTR_MESSAGING_CLIENT_ID,
  ATTR_MESSAGING_DESTINATION_NAME,
  ATTR_MESSAGING_DESTINATION_PARTITION_ID,
  ATTR_MESSAGING_KAFKA_MESSAGE_KEY,
  ATTR_MESSAGING_KAFKA_MESSAGE_TOMBSTONE,
  ATTR_MESSAGING_KAFKA_OFFSET,
  ATTR_MESSAGING_OPERATION_NAME,
  ATTR_MESSAGING_OPERATION_TYPE,
  ATTR_MESSAGING_SYSTEM,
  MESSAGING_SYSTEM_KAFKA,
} from './semconv.js';
import type { Telemetry } from './telemetry.js';

/** A send span in flight, with the clock reading its duration metric is measured from. */
interface InFlight {
  span: Span;
  start: number;
}

/** The listeners of the `kafka-aio:send` sub-channels this package uses. */
export interface SendListeners {
  start(message: unknown): void;
  error(message: unknown): void;
  asyncEnd(message: unknown): void;
}

/** Listeners that trace sends with `telemetry`; each keeps its spans in its own WeakMap. */
export function sendListeners(telemetry: Telemetry): SendListeners {
  // Keyed by the channel's context object, which lives exactly as long as the send: a record the
  // producer drops without an outcome (a crash) leaves no entry behind.
  const inFlight = new WeakMap<SendDiagnostics, InFlight>();

  function finish(send: SendDiagnostics, failed: boolean): void {
    const entry = inFlight.get(send);
    if (!entry) return;
    inFlight.delete(send);
    const end = now();
    const { span } = entry;
    const attributes: Attributes = {
      [ATTR_MESSAGING_SYSTEM]: MESSAGING_SYSTEM_KAFKA,
      [ATTR_MESSAGING_OPERATION_NAME]: 'send',
      [ATTR_MESSAGING_DESTINATION_NAME]: send.topic,
    };
    if (failed) {
      const type = errorType(send.error);
      recordFailure(span, send.error, type);
      attributes[ATTR_ERROR_TYPE] = type;
    } else if (send.metadata) {
      const partition = String(send.metadata.partition);
      span.setAttribute(ATTR_MESSAGING_DESTINATION_PARTITION_ID, partition);
      attributes[ATTR_MESSAGING_DESTINATION_PARTITION_ID] = partition;
      // -1 means the broker did not say (acks: 0): no offset rather than a wrong one.
      if (send.metadata.offset >= 0n) span.setAttribute(ATTR_MESSAGING_KAFKA_OFFSET, Number(send.metadata.offset));
    }
    span.end(end);
    telemetry.instruments.sent.add(1, attributes);
    telemetry.instruments.operationDuration.record(secondsBetween(entry.start, end), {
      ...attributes,
      [ATTR_MESSAGING_OPERATION_TYPE]: 'send',
    });
  }

  return {
    // Fires synchronously inside producer.send(), before serialization: the caller's context is
    // the active one, and headers pushed now are sent with the record.
    start(message) {
      const send = message as SendDiagnostics;
      const start = now();
      const parent = context.active();
      // A trace context the application attached itself is the record's creation context: keep
      // it and link to it, as the conventions ask, instead of overwriting it with this span's.
      const given =
        send.headers.length > 0
          ? extractCreationContext(telemetry.propagator, send.headers, sendHeadersGetter)
          : undefined;
      const attributes: Attributes = {
        [ATTR_MESSAGING_SYSTEM]: MESSAGING_SYSTEM_KAFKA,
        [ATTR_MESSAGING_OPERATION_TYPE]: 'send',
        [ATTR_MESSAGING_OPERATION_NAME]: 'send',
        [ATTR_MESSAGING_DESTINATION_NAME]: send.topic,
        [ATTR_MESSAGING_CLIENT_ID]: send.clientId,
      };
      if (typeof send.key === 'string') attributes[ATTR_MESSAGING_KAFKA_MESSAGE_KEY] = send.key;
      if (send.value === null) attributes[ATTR_MESSAGING_KAFKA_MESSAGE_TOMBSTONE] = true;
      const span = telemetry.tracer.startSpan(
        `send ${send.topic}`,
        { kind: SpanKind.PRODUCER, startTime: start, attributes, links: given ? [{ context: given.spanContext }] : [] },
        parent,
      );
      if (!given) telemetry.propagator.inject(trace.setSpan(parent, span), send.headers, sendHeadersSetter);
      inFlight.set(send, { span, start });
    },
    // The client publishes error, then asyncStart and asyncEnd: the span ends at error, and the
    // asyncEnd that follows finds nothing left to end.
    error(message) {
      finish(message as SendDiagnostics, true);
    },
    asyncEnd(message) {
      finish(message as SendDiagnostics, false);
    },
  };
}
