/**
 * `kafka-aio:process` → one `process <topic>` CONSUMER span per record a `for await` loop hands
 * out, from the hand-out to the loop asking for the next record (or leaving).
 */
import type { ProcessDiagnostics } from '@kafka-aio/client';
import { type Attributes, context, type Span, SpanKind } from '@opentelemetry/api';
import { recordHeadersGetter } from './carriers.js';
import { now, secondsBetween } from './clock.js';
import { extractCreationContext } from './creation-context.js';
import { placeProcessSpan } from './placement.js';
import {
  ATTR_MESSAGING_CLIENT_ID,
  ATTR_MESSAGING_CONSUMER_GROUP_NAME,
  ATTR_MESSAGING_DESTINATION_NAME,
  ATTR_MESSAGING_DESTINATION_PARTITION_ID,
  ATTR_MESSAGING_KAFKA_MESSAGE_KEY,
  ATTR_MESSAGING_KAFKA_OFFSET,
  ATTR_MESSAGING_OPERATION_NAME,
  ATTR_MESSAGING_OPERATION_TYPE,
  ATTR_MESSAGING_SYSTEM,
  MESSAGING_SYSTEM_KAFKA,
} from './semconv.js';
import type { Telemetry } from './telemetry.js';

/** A process span in flight, with what its duration metric needs at the end. */
interface InFlight {
  span: Span;
  start: number;
  metricAttributes: Attributes;
}

/** The listeners of the `kafka-aio:process` sub-channels this package uses. */
export interface ProcessListeners {
  start(message: unknown): void;
  asyncEnd(message: unknown): void;
}

/** Listeners that trace processed records with `telemetry`. */
export function processListeners(telemetry: Telemetry): ProcessListeners {
  const inFlight = new WeakMap<ProcessDiagnostics, InFlight>();
  return {
    start(message) {
      const processing = message as ProcessDiagnostics;
      const { record } = processing;
      const start = now();
      const creation = extractCreationContext(telemetry.propagator, record.headers, recordHeadersGetter);
      // `start` is published inside the iterator's next(), in the async context of the loop.
      const { parent, links } = placeProcessSpan(telemetry.processParent, context.active(), creation);
      const partition = String(record.partition);
      const metricAttributes: Attributes = {
        [ATTR_MESSAGING_SYSTEM]: MESSAGING_SYSTEM_KAFKA,
        [ATTR_MESSAGING_OPERATION_NAME]: 'process',
        [ATTR_MESSAGING_DESTINATION_NAME]: record.topic,
        [ATTR_MESSAGING_DESTINATION_PARTITION_ID]: partition,
      };
      if (processing.groupId !== null) metricAttributes[ATTR_MESSAGING_CONSUMER_GROUP_NAME] = processing.groupId;
      const attributes: Attributes = {
        ...metricAttributes,
        [ATTR_MESSAGING_OPERATION_TYPE]: 'process',
        [ATTR_MESSAGING_CLIENT_ID]: processing.clientId,
        [ATTR_MESSAGING_KAFKA_OFFSET]: Number(record.offset),
      };
      if (typeof record.key === 'string') attributes[ATTR_MESSAGING_KAFKA_MESSAGE_KEY] = record.key;
      const span = telemetry.tracer.startSpan(
        `process ${record.topic}`,
        { kind: SpanKind.CONSUMER, startTime: start, attributes, links },
        parent,
      );
      inFlight.set(processing, { span, start, metricAttributes });
      telemetry.instruments.consumed.add(1, metricAttributes);
    },
    asyncEnd(message) {
      const processing = message as ProcessDiagnostics;
      const entry = inFlight.get(processing);
      if (!entry) return;
      inFlight.delete(processing);
      const end = now();
      entry.span.end(end);
      telemetry.instruments.processDuration.record(secondsBetween(entry.start, end), {
        ...entry.metricAttributes,
        [ATTR_MESSAGING_OPERATION_TYPE]: 'process',
      });
    },
  };
}
