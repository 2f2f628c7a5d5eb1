/** The one-call way to instrument kafka-aio. */
import type { KafkaAioInstrumentationOptions } from './config.js';
import { KafkaAioInstrumentation } from './instrumentation.js';

/**
 * Instruments every kafka-aio client in the process and returns the enabled instrumentation;
 * `disable()` on it stops the instrumentation.
 *
 * ```ts
 * const otel = instrumentKafkaAio({ tracerProvider, meterProvider });
 * // ...
 * otel.disable();
 * ```
 */
export function instrumentKafkaAio(
  options: Omit<KafkaAioInstrumentationOptions, 'enabled'> = {},
): KafkaAioInstrumentation {
  return new KafkaAioInstrumentation({ ...options, enabled: true });
}
