import { BROKER_ERROR_CLASSES, type BrokerErrorClass } from './broker-errors.js';
import { type BrokerResponseError, type ErrorContext, UnknownKafkaError } from './kafka-error.js';

/** The generated class for a known error code; undefined for 0 (NONE) and for codes Kafka 4.3.1 does not define. */
export function errorClassForCode(code: number): BrokerErrorClass | undefined {
  return BROKER_ERROR_CLASSES.get(code);
}

/**
 * The error for a response's `errorCode`, or undefined when the code is 0 (NONE): decoders return
 * codes, and callers turn them into errors with this where they decide to fail.
 *
 * ```ts
 * const err = errorForCode(p.errorCode, p.errorMessage, { topic, partition: p.partitionIndex });
 * if (err) throw err;
 * ```
 */
export function errorForCode(code: 0, message?: string | null, context?: ErrorContext): undefined;
export function errorForCode(
  code: number,
  message?: string | null,
  context?: ErrorContext,
): BrokerResponseError | undefined;
export function errorForCode(
  code: number,
  message?: string | null,
  context?: ErrorContext,
): BrokerResponseError | undefined {
  if (code === 0) return undefined;
  return createKafkaError(code, message, context);
}

/**
 * The error for a non-zero error code: the generated subclass for a known code, an
 * {@link UnknownKafkaError} carrying the code otherwise. `message` is the broker's `errorMessage`
 * (Kafka's default description when null or empty); `context` is appended to it, e.g.
 * `{ topic: 'orders', partition: 3 }` -> `(topic=orders partition=3)`.
 *
 * @throws RangeError for code 0 (NONE), which is not an error; use {@link errorForCode} when the
 *   code may be 0.
 */
export function createKafkaError(code: number, message?: string | null, context?: ErrorContext): BrokerResponseError {
  if (code === 0) throw new RangeError('error code 0 (NONE) is not an error');
  const options = context === undefined ? undefined : { context };
  const cls = BROKER_ERROR_CLASSES.get(code);
  return cls ? new cls(message, options) : new UnknownKafkaError(code, message, options);
}
