/// <reference types="node" preserve="true" />
// The declarations use Node types (Buffer, TLS options, Symbol.asyncDispose): a project whose
// tsconfig lists no `types` (the default from TypeScript 7 on) still sees them.
/**
 * `@kafka-aio/client/internal`: pieces the clients are built from, for tools, tests and other
 * kafka-aio packages. Not part of the stable API: names and shapes here may change in any
 * release. Applications import from `@kafka-aio/client`.
 */
export { type ResolvedAdminClientOptions, resolveAdminClientOptions } from './admin/options.js';
export { Cluster } from './cluster/cluster.js';
export { MetadataSnapshot } from './cluster/metadata.js';
export { type ResolvedCommonOptions, resolveCommonOptions } from './config/common.js';
export { type ResolvedConsumerOptions, resolveConsumerOptions } from './consumer/options.js';
export { ApiVersionTable, type VersionRange } from './network/api-versions.js';
export { createLog } from './observability/index.js';
export { type ResolvedProducerOptions, resolveProducerOptions } from './producer/options.js';
export { type ResolvedSaslOptions, resolveSaslOptions, SASL_KEYS } from './security/sasl-options.js';
