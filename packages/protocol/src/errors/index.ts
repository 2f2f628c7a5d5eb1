export { KafkaError, type KafkaErrorJson, ProtocolError } from './kafka-error.js';
