/** The messaging metric instruments, created once per meter. */
import type { Counter, Histogram, Meter } from '@opentelemetry/api';
import {
  METRIC_MESSAGING_CLIENT_CONSUMED_MESSAGES,
  METRIC_MESSAGING_CLIENT_OPERATION_DURATION,
  METRIC_MESSAGING_CLIENT_SENT_MESSAGES,
  METRIC_MESSAGING_PROCESS_DURATION,
} from './semconv.js';

/** The bucket boundaries (seconds) the conventions give both duration histograms. */
export const DURATION_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

/** The four instruments every handler records to. */
export interface MessagingInstruments {
  /** `messaging.client.sent.messages`, `{message}`. */
  sent: Counter;
  /** `messaging.client.consumed.messages`, `{message}`. */
  consumed: Counter;
  /** `messaging.client.operation.duration`, seconds, for sends. */
  operationDuration: Histogram;
  /** `messaging.process.duration`, seconds, for records processed in a `for await` loop. */
  processDuration: Histogram;
}

/** Creates the instruments on `meter`. */
export function createInstruments(meter: Meter): MessagingInstruments {
  const advice = { explicitBucketBoundaries: DURATION_BUCKETS_SECONDS };
  return {
    sent: meter.createCounter(METRIC_MESSAGING_CLIENT_SENT_MESSAGES, {
      unit: '{message}',
      description: 'Number of messages the producer attempted to send to the broker.',
    }),
    consumed: meter.createCounter(METRIC_MESSAGING_CLIENT_CONSUMED_MESSAGES, {
      unit: '{message}',
      description: 'Number of messages that were delivered to the application.',
    }),
    operationDuration: meter.createHistogram(METRIC_MESSAGING_CLIENT_OPERATION_DURATION, {
      unit: 's',
      description: 'Duration of messaging operation initiated by a producer or consumer client.',
      advice,
    }),
    processDuration: meter.createHistogram(METRIC_MESSAGING_PROCESS_DURATION, {
      unit: 's',
      description: 'Duration of processing operation.',
      advice,
    }),
  };
}
