export { Reader, type TaggedField } from './reader.js';
export { type Uuid, uuidFromBytes, uuidToBytes, ZERO_UUID } from './uuid.js';
export { Writer } from './writer.js';
