/** How a failed operation shows on its span and in the `error.type` metric attribute. */
import { type Span, SpanStatusCode } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE, ERROR_TYPE_OTHER } from './semconv.js';

/**
 * The `error.type` of a failure: the error's class name (`NotLeaderOrFollowerError`,
 * `KafkaTimeoutError`, ...), a short fixed list per client, so the metric stays low-cardinality;
 * `_OTHER` for a thrown non-Error.
 */
export function errorType(error: unknown): string {
  return error instanceof Error && error.name !== '' ? error.name : ERROR_TYPE_OTHER;
}

/** Marks a span failed: error status with the message, the exception as an event, `error.type`. */
export function recordFailure(span: Span, error: unknown, type: string): void {
  if (error instanceof Error) span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  span.setAttribute(ATTR_ERROR_TYPE, type);
}
