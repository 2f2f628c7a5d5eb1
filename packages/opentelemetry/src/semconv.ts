/**
 * The OpenTelemetry messaging semantic-convention names this package emits, spelled out here
 * rather than taken from `@opentelemetry/semantic-conventions`: the messaging names live only in
 * its unstable `incubating` entry point, and a dozen strings are not worth that dependency.
 */

/** `messaging.system`: always `kafka`. */
export const ATTR_MESSAGING_SYSTEM = 'messaging.system';
/** `messaging.operation.type`: `send`, `receive` or `process`. */
export const ATTR_MESSAGING_OPERATION_TYPE = 'messaging.operation.type';
/** `messaging.operation.name`: the client's own name of the operation. */
export const ATTR_MESSAGING_OPERATION_NAME = 'messaging.operation.name';
/** `messaging.destination.name`: the topic. */
export const ATTR_MESSAGING_DESTINATION_NAME = 'messaging.destination.name';
/** `messaging.destination.partition.id`: the partition, as a string. */
export const ATTR_MESSAGING_DESTINATION_PARTITION_ID = 'messaging.destination.partition.id';
/** `messaging.consumer.group.name`: the consumer's group id. */
export const ATTR_MESSAGING_CONSUMER_GROUP_NAME = 'messaging.consumer.group.name';
/** `messaging.client.id`: the client's `clientId`. */
export const ATTR_MESSAGING_CLIENT_ID = 'messaging.client.id';
/** `messaging.batch.message_count`: records in one receive. */
export const ATTR_MESSAGING_BATCH_MESSAGE_COUNT = 'messaging.batch.message_count';
/** `messaging.kafka.message.key`: the record key, when it is a string. */
export const ATTR_MESSAGING_KAFKA_MESSAGE_KEY = 'messaging.kafka.message.key';
/** `messaging.kafka.message.tombstone`: set (to true) only for a null value. */
export const ATTR_MESSAGING_KAFKA_MESSAGE_TOMBSTONE = 'messaging.kafka.message.tombstone';
/** `messaging.kafka.offset`: the record's offset in its partition. */
export const ATTR_MESSAGING_KAFKA_OFFSET = 'messaging.kafka.offset';
/** `error.type`: the class name of the error an operation failed with. */
export const ATTR_ERROR_TYPE = 'error.type';

/** `messaging.client.sent.messages`: records the producer tried to deliver, counted at the outcome. */
export const METRIC_MESSAGING_CLIENT_SENT_MESSAGES = 'messaging.client.sent.messages';
/** `messaging.client.consumed.messages`: records handed to the application. */
export const METRIC_MESSAGING_CLIENT_CONSUMED_MESSAGES = 'messaging.client.consumed.messages';
/** `messaging.client.operation.duration`: seconds from `send()` to the delivery outcome. */
export const METRIC_MESSAGING_CLIENT_OPERATION_DURATION = 'messaging.client.operation.duration';
/** `messaging.process.duration`: seconds a `for await` loop spent on one record. */
export const METRIC_MESSAGING_PROCESS_DURATION = 'messaging.process.duration';

/** The value of `messaging.system`. */
export const MESSAGING_SYSTEM_KAFKA = 'kafka';
/** `error.type` for a thrown value that is not an `Error`. */
export const ERROR_TYPE_OTHER = '_OTHER';
