/// <reference types="node" preserve="true" />
// The declarations use Node types (Buffer, TLS options, Symbol.asyncDispose): a project whose
// tsconfig lists no `types` (the default from TypeScript 7 on) still sees them.
export type { ApiCodec, RequestOf, ResponseOf } from './api-codec.js';
export * from './errors/index.js';
export { FrameDecoder, type FrameDecoderOptions } from './framing.js';
export * from './messages/index.js';
export * from './primitives/index.js';
export * from './records/index.js';
