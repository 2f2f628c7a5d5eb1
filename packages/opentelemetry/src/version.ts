/** The instrumentation scope name of every tracer and meter this package uses. */
export const INSTRUMENTATION_NAME = '@kafka-aio/opentelemetry';

/** This package's version, the instrumentation scope version (a test keeps it equal to package.json's). */
export const INSTRUMENTATION_VERSION = '0.1.0';
