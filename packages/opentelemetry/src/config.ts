/** What the instrumentation can be told. */
import type { MeterProvider, TextMapPropagator, TracerProvider } from '@opentelemetry/api';

/**
 * Where a `process <topic>` span goes when its record carries a trace context (the record's
 * creation context, injected by the producer's `send` span). The span always links to that
 * context, as the messaging conventions ask; this only chooses its parent.
 *
 * - `'auto'` (the default): the creation context is the parent, so the consumer's work shows
 *   inside the producer's trace, unless the `for await` loop runs inside another span: then that
 *   span stays the parent, since the conventions advise against re-parenting work that already
 *   has an ambient trace.
 * - `'message'`: always the creation context; an ambient span, if any, becomes a second link.
 * - `'ambient'`: always the active context (a new root when there is none); the producer is
 *   reached through the link only.
 */
export type ProcessParent = 'auto' | 'message' | 'ambient';

/** Settings that can change while the instrumentation runs (see `setConfig`). */
export interface KafkaAioInstrumentationConfig {
  /** Start subscribed (the default). `false` leaves it idle until `enable()`. */
  enabled?: boolean;
  /** The parent of process spans; see {@link ProcessParent}. Default `'auto'`. */
  processParent?: ProcessParent;
}

/** Everything `new KafkaAioInstrumentation()` and `instrumentKafkaAio()` accept. */
export interface KafkaAioInstrumentationOptions extends KafkaAioInstrumentationConfig {
  /** Where spans go; default the global tracer provider (`trace.setGlobalTracerProvider`). */
  tracerProvider?: TracerProvider;
  /**
   * Where metrics go; default the global meter provider as it is when the instrumentation is
   * enabled (OpenTelemetry's global meter provider has no proxy: enable after registering it).
   */
  meterProvider?: MeterProvider;
  /** How trace context is written to and read from headers; default the global propagator. */
  propagator?: TextMapPropagator;
}
