export type { ApiCodec, RequestOf, ResponseOf } from './api-codec.js';
export * from './errors/index.js';
export { FrameDecoder, type FrameDecoderOptions } from './framing.js';
export * from './messages/index.js';
export * from './primitives/index.js';
export * from './records/index.js';
