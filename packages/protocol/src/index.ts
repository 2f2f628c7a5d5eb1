export * from './errors/index.js';
export * from './primitives/index.js';
export type { ApiCodec, RequestOf, ResponseOf } from './api-codec.js';
export { FrameDecoder, type FrameDecoderOptions } from './framing.js';
export * from './records/index.js';
export * from './messages/index.js';
