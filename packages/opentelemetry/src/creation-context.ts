/** Finding a record's creation context (the trace context its producer attached) in its headers. */
import { type Context, ROOT_CONTEXT, type SpanContext, type TextMapGetter, trace } from '@opentelemetry/api';
import type { Propagator } from './telemetry.js';

/**
 * The context extracted from `carrier`, when it holds a valid span context; undefined otherwise.
 * Extraction starts from the root context so nothing active in the caller leaks into the result.
 */
export function extractCreationContext<C>(
  propagator: Propagator,
  carrier: C,
  getter: TextMapGetter<C>,
): { context: Context; spanContext: SpanContext } | undefined {
  const context = propagator.extract(ROOT_CONTEXT, carrier, getter);
  const spanContext = trace.getSpanContext(context);
  return spanContext && trace.isSpanContextValid(spanContext) ? { context, spanContext } : undefined;
}
