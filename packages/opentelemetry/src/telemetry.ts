/** What the channel handlers record with; the instrumentation swaps its parts as it is reconfigured. */
import type { TextMapPropagator, Tracer } from '@opentelemetry/api';
import type { ProcessParent } from './config.js';
import type { MessagingInstruments } from './metrics.js';

/** A propagator, or the global `propagation` API, which has the same two calls. */
export type Propagator = Pick<TextMapPropagator, 'inject' | 'extract'>;

/**
 * The instrumentation's current tracer, instruments, propagator and settings. Handlers read it at
 * each event, so `setTracerProvider()` and friends take effect without resubscribing.
 */
export interface Telemetry {
  tracer: Tracer;
  instruments: MessagingInstruments;
  propagator: Propagator;
  processParent: ProcessParent;
}
