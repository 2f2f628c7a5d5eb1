import { KafkaError } from '@kafka-aio/protocol';

/**
 * The `error_code` values of the Confluent Schema Registry REST API (Apicurio's compatible API
 * answers with the same codes). Anything else is passed through as the registry sent it.
 */
export const SchemaRegistryErrorCode = {
  /** The response carried no `error_code` (or there was no response at all). */
  UNKNOWN: -1,
  /** Registering a schema that breaks the subject's compatibility level (HTTP 409). */
  INCOMPATIBLE_SCHEMA: 409,
  SUBJECT_NOT_FOUND: 40401,
  VERSION_NOT_FOUND: 40402,
  SCHEMA_NOT_FOUND: 40403,
  SUBJECT_SOFT_DELETED: 40404,
  SUBJECT_NOT_SOFT_DELETED: 40405,
  SCHEMA_VERSION_SOFT_DELETED: 40406,
  SCHEMA_VERSION_NOT_SOFT_DELETED: 40407,
  SUBJECT_LEVEL_COMPATIBILITY_NOT_CONFIGURED: 40408,
  SUBJECT_LEVEL_MODE_NOT_CONFIGURED: 40409,
  INVALID_SCHEMA: 42201,
  INVALID_VERSION: 42202,
  INVALID_COMPATIBILITY_LEVEL: 42203,
  INVALID_MODE: 42204,
  OPERATION_NOT_PERMITTED: 42205,
  REFERENCE_EXISTS: 42206,
  BACKEND_STORE_ERROR: 50001,
  OPERATION_TIMEOUT: 50002,
  FORWARDING_ERROR: 50003,
} as const;

/** Where a {@link SchemaRegistryError} came from. */
export interface SchemaRegistryErrorDetails {
  /** The HTTP status, or 0 when no response arrived (connection failure, timeout). */
  httpStatus: number;
  /** The registry's `error_code`, or -1 when it gave none. */
  errorCode: number;
  /** The registry's own `message`, or the transport error's message. */
  registryMessage: string;
  /** The HTTP method and path of the failed request, e.g. `POST /subjects/orders-value/versions`. */
  request: string;
  cause?: unknown;
}

/**
 * A Schema Registry request failed. `errorCode` is the registry's `error_code` (see
 * {@link SchemaRegistryErrorCode}: 40403 schema not found, 409 incompatible, ...), `httpStatus` the
 * HTTP status (0 when no response arrived) and `registryMessage` the registry's own words, which
 * for an incompatible registration name the breaking difference. Retriable for 5xx, 429, timeouts
 * and connection failures (the client has already retried those `maxRetries` times).
 */
export class SchemaRegistryError extends KafkaError {
  readonly httpStatus: number;
  readonly errorCode: number;
  readonly registryMessage: string;
  readonly request: string;

  constructor(details: SchemaRegistryErrorDetails) {
    const status = details.httpStatus === 0 ? 'no response' : `HTTP ${details.httpStatus}`;
    const code = details.errorCode === -1 ? '' : `, error_code ${details.errorCode}`;
    super(`Schema Registry ${details.request} failed (${status}${code}): ${details.registryMessage}`, {
      retriable: isRetriableStatus(details.httpStatus),
      cause: details.cause,
    });
    this.httpStatus = details.httpStatus;
    this.errorCode = details.errorCode;
    this.registryMessage = details.registryMessage;
    this.request = details.request;
  }
}

/** True for statuses worth retrying: no response (0), 408, 429 and 5xx. */
export function isRetriableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}
