/// <reference types="node" preserve="true" />
// The declarations reach the client's, which use Node types (Buffer): a project whose tsconfig
// lists no `types` (the default from TypeScript 7 on) still sees them.
/**
 * @kafka-aio/opentelemetry: OpenTelemetry spans and metrics for kafka-aio, following the messaging
 * semantic conventions, from the `node:diagnostics_channel` events `@kafka-aio/client` publishes.
 */
export type { KafkaAioInstrumentationConfig, KafkaAioInstrumentationOptions, ProcessParent } from './config.js';
export { instrumentKafkaAio } from './instrument.js';
export { KafkaAioInstrumentation } from './instrumentation.js';
export { DURATION_BUCKETS_SECONDS } from './metrics.js';
export * from './semconv.js';
export { INSTRUMENTATION_NAME, INSTRUMENTATION_VERSION } from './version.js';
