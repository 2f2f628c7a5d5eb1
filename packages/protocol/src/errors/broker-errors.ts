// Generated from codegen/errors/error-codes.ts (Kafka 4.3.1) by codegen/errors/generate.ts — do not edit.
//
// fatal: the Java client moves the producer to its fatal state or the consumer member to a fatal
//   failure: the instance cannot go on and must be closed and recreated (PRODUCER_FENCED,
//   TRANSACTIONAL_ID_AUTHORIZATION_FAILED, INVALID_TXN_STATE, FENCED_INSTANCE_ID,
//   UNRELEASED_INSTANCE_ID, GROUP_MAX_SIZE_REACHED, UNSUPPORTED_ASSIGNOR). Some codes are fatal only
//   in one context and carry fatal=false here; the transaction manager decides for them:
//   INVALID_PRODUCER_EPOCH, UNSUPPORTED_VERSION, UNSUPPORTED_FOR_MESSAGE_FORMAT and
//   CLUSTER_AUTHORIZATION_FAILED returned to a transactional or idempotent producer request are fatal
//   (Java turns INVALID_PRODUCER_EPOCH from the transaction coordinator into ProducerFencedException).
// txnRequiresAbort: the abortable errors of the Java TransactionManager: after them a transactional
//   producer can still abort the transaction (and then go on), but can no longer commit it.

import { type BrokerErrorOptions, BrokerResponseError, type ErrorCodeInfo } from './kafka-error.js';

/** Every broker error code Kafka defines, by code: its name, class, default message and flags. */
export const ERROR_CODES: Readonly<Record<number, ErrorCodeInfo>> = Object.freeze({
  '-1': Object.freeze({
    code: -1,
    name: 'UNKNOWN_SERVER_ERROR',
    className: 'UnknownServerError',
    javaException: 'UnknownServerException',
    message: 'The server experienced an unexpected error when processing the request.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  1: Object.freeze({
    code: 1,
    name: 'OFFSET_OUT_OF_RANGE',
    className: 'OffsetOutOfRangeError',
    javaException: 'OffsetOutOfRangeException',
    message: 'The requested offset is not within the range of offsets maintained by the server.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  2: Object.freeze({
    code: 2,
    name: 'CORRUPT_MESSAGE',
    className: 'CorruptRecordError',
    javaException: 'CorruptRecordException',
    message:
      'This message has failed its CRC checksum, exceeds the valid size, has a null key for a compacted topic, or is otherwise corrupt.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  3: Object.freeze({
    code: 3,
    name: 'UNKNOWN_TOPIC_OR_PARTITION',
    className: 'UnknownTopicOrPartitionError',
    javaException: 'UnknownTopicOrPartitionException',
    message: 'This server does not host this topic-partition.',
    retriable: true,
    invalidMetadata: true,
    fatal: false,
    txnRequiresAbort: false,
  }),
  4: Object.freeze({
    code: 4,
    name: 'INVALID_FETCH_SIZE',
    className: 'InvalidFetchSizeError',
    javaException: 'InvalidFetchSizeException',
    message: 'The requested fetch size is invalid.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  5: Object.freeze({
    code: 5,
    name: 'LEADER_NOT_AVAILABLE',
    className: 'LeaderNotAvailableError',
    javaException: 'LeaderNotAvailableException',
    message: 'There is no leader for this topic-partition as we are in the middle of a leadership election.',
    retriable: true,
    invalidMetadata: true,
    fatal: false,
    txnRequiresAbort: false,
  }),
  6: Object.freeze({
    code: 6,
    name: 'NOT_LEADER_OR_FOLLOWER',
    className: 'NotLeaderOrFollowerError',
    javaException: 'NotLeaderOrFollowerException',
    message:
      'For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition.',
    retriable: true,
    invalidMetadata: true,
    fatal: false,
    txnRequiresAbort: false,
  }),
  7: Object.freeze({
    code: 7,
    name: 'REQUEST_TIMED_OUT',
    className: 'RequestTimedOutError',
    javaException: 'TimeoutException',
    message: 'The request timed out.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  8: Object.freeze({
    code: 8,
    name: 'BROKER_NOT_AVAILABLE',
    className: 'BrokerNotAvailableError',
    javaException: 'BrokerNotAvailableException',
    message: 'The broker is not available.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  9: Object.freeze({
    code: 9,
    name: 'REPLICA_NOT_AVAILABLE',
    className: 'ReplicaNotAvailableError',
    javaException: 'ReplicaNotAvailableException',
    message:
      'The replica is not available for the requested topic-partition. Produce/Fetch requests and other requests intended only for the leader or follower return NOT_LEADER_OR_FOLLOWER if the broker is not a replica of the topic-partition.',
    retriable: true,
    invalidMetadata: true,
    fatal: false,
    txnRequiresAbort: false,
  }),
  10: Object.freeze({
    code: 10,
    name: 'MESSAGE_TOO_LARGE',
    className: 'RecordTooLargeError',
    javaException: 'RecordTooLargeException',
    message: 'The request included a message larger than the max message size the server will accept.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: true,
  }),
  11: Object.freeze({
    code: 11,
    name: 'STALE_CONTROLLER_EPOCH',
    className: 'StaleControllerEpochError',
    javaException: 'ControllerMovedException',
    message: 'The controller moved to another broker.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  12: Object.freeze({
    code: 12,
    name: 'OFFSET_METADATA_TOO_LARGE',
    className: 'OffsetMetadataTooLargeError',
    javaException: 'OffsetMetadataTooLarge',
    message: 'The metadata field of the offset request was too large.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  13: Object.freeze({
    code: 13,
    name: 'NETWORK_EXCEPTION',
    className: 'NetworkError',
    javaException: 'NetworkException',
    message: 'The server disconnected before a response was received.',
    retriable: true,
    invalidMetadata: true,
    fatal: false,
    txnRequiresAbort: false,
  }),
  14: Object.freeze({
    code: 14,
    name: 'COORDINATOR_LOAD_IN_PROGRESS',
    className: 'CoordinatorLoadInProgressError',
    javaException: 'CoordinatorLoadInProgressException',
    message: "The coordinator is loading and hence can't process requests.",
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  15: Object.freeze({
    code: 15,
    name: 'COORDINATOR_NOT_AVAILABLE',
    className: 'CoordinatorNotAvailableError',
    javaException: 'CoordinatorNotAvailableException',
    message: 'The coordinator is not available.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  16: Object.freeze({
    code: 16,
    name: 'NOT_COORDINATOR',
    className: 'NotCoordinatorError',
    javaException: 'NotCoordinatorException',
    message: 'This is not the correct coordinator.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  17: Object.freeze({
    code: 17,
    name: 'INVALID_TOPIC_EXCEPTION',
    className: 'InvalidTopicError',
    javaException: 'InvalidTopicException',
    message: 'The request attempted to perform an operation on an invalid topic.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  18: Object.freeze({
    code: 18,
    name: 'RECORD_LIST_TOO_LARGE',
    className: 'RecordBatchTooLargeError',
    javaException: 'RecordBatchTooLargeException',
    message: 'The request included message batch larger than the configured segment size on the server.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: true,
  }),
  19: Object.freeze({
    code: 19,
    name: 'NOT_ENOUGH_REPLICAS',
    className: 'NotEnoughReplicasError',
    javaException: 'NotEnoughReplicasException',
    message: 'Messages are rejected since there are fewer in-sync replicas than required.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  20: Object.freeze({
    code: 20,
    name: 'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
    className: 'NotEnoughReplicasAfterAppendError',
    javaException: 'NotEnoughReplicasAfterAppendException',
    message: 'Messages are written to the log, but to fewer in-sync replicas than required.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  21: Object.freeze({
    code: 21,
    name: 'INVALID_REQUIRED_ACKS',
    className: 'InvalidRequiredAcksError',
    javaException: 'InvalidRequiredAcksException',
    message: 'Produce request specified an invalid value for required acks.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  22: Object.freeze({
    code: 22,
    name: 'ILLEGAL_GENERATION',
    className: 'IllegalGenerationError',
    javaException: 'IllegalGenerationException',
    message: 'Specified group generation id is not valid.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: true,
  }),
  23: Object.freeze({
    code: 23,
    name: 'INCONSISTENT_GROUP_PROTOCOL',
    className: 'InconsistentGroupProtocolError',
    javaException: 'InconsistentGroupProtocolException',
    message:
      "The group member's supported protocols are incompatible with those of existing members or first group member tried to join with empty protocol type or empty protocol list.",
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  24: Object.freeze({
    code: 24,
    name: 'INVALID_GROUP_ID',
    className: 'InvalidGroupIdError',
    javaException: 'InvalidGroupIdException',
    message: 'The group id is invalid.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  25: Object.freeze({
    code: 25,
    name: 'UNKNOWN_MEMBER_ID',
    className: 'UnknownMemberIdError',
    javaException: 'UnknownMemberIdException',
    message: 'The coordinator is not aware of this member.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: true,
  }),
  26: Object.freeze({
    code: 26,
    name: 'INVALID_SESSION_TIMEOUT',
    className: 'InvalidSessionTimeoutError',
    javaException: 'InvalidSessionTimeoutException',
    message:
      'The session timeout is not within the range allowed by the broker (as configured by group.min.session.timeout.ms and group.max.session.timeout.ms).',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  27: Object.freeze({
    code: 27,
    name: 'REBALANCE_IN_PROGRESS',
    className: 'RebalanceInProgressError',
    javaException: 'RebalanceInProgressException',
    message: 'The group is rebalancing, so a rejoin is needed.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  28: Object.freeze({
    code: 28,
    name: 'INVALID_COMMIT_OFFSET_SIZE',
    className: 'InvalidCommitOffsetSizeError',
    javaException: 'InvalidCommitOffsetSizeException',
    message: 'The committing offset data size is not valid.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  29: Object.freeze({
    code: 29,
    name: 'TOPIC_AUTHORIZATION_FAILED',
    className: 'TopicAuthorizationFailedError',
    javaException: 'TopicAuthorizationException',
    message: 'Topic authorization failed.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: true,
  }),
  30: Object.freeze({
    code: 30,
    name: 'GROUP_AUTHORIZATION_FAILED',
    className: 'GroupAuthorizationFailedError',
    javaException: 'GroupAuthorizationException',
    message: 'Group authorization failed.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: true,
  }),
  31: Object.freeze({
    code: 31,
    name: 'CLUSTER_AUTHORIZATION_FAILED',
    className: 'ClusterAuthorizationFailedError',
    javaException: 'ClusterAuthorizationException',
    message: 'Cluster authorization failed.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  32: Object.freeze({
    code: 32,
    name: 'INVALID_TIMESTAMP',
    className: 'InvalidTimestampError',
    javaException: 'InvalidTimestampException',
    message: 'The timestamp of the message is out of acceptable range.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: true,
  }),
  33: Object.freeze({
    code: 33,
    name: 'UNSUPPORTED_SASL_MECHANISM',
    className: 'UnsupportedSaslMechanismError',
    javaException: 'UnsupportedSaslMechanismException',
    message: 'The broker does not support the requested SASL mechanism.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  34: Object.freeze({
    code: 34,
    name: 'ILLEGAL_SASL_STATE',
    className: 'IllegalSaslStateError',
    javaException: 'IllegalSaslStateException',
    message: 'Request is not valid given the current SASL state.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  35: Object.freeze({
    code: 35,
    name: 'UNSUPPORTED_VERSION',
    className: 'UnsupportedVersionError',
    javaException: 'UnsupportedVersionException',
    message: 'The version of API is not supported.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  36: Object.freeze({
    code: 36,
    name: 'TOPIC_ALREADY_EXISTS',
    className: 'TopicAlreadyExistsError',
    javaException: 'TopicExistsException',
    message: 'Topic with this name already exists.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  37: Object.freeze({
    code: 37,
    name: 'INVALID_PARTITIONS',
    className: 'InvalidPartitionsError',
    javaException: 'InvalidPartitionsException',
    message: 'Number of partitions is below 1.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  38: Object.freeze({
    code: 38,
    name: 'INVALID_REPLICATION_FACTOR',
    className: 'InvalidReplicationFactorError',
    javaException: 'InvalidReplicationFactorException',
    message: 'Replication factor is below 1 or larger than the number of available brokers.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  39: Object.freeze({
    code: 39,
    name: 'INVALID_REPLICA_ASSIGNMENT',
    className: 'InvalidReplicaAssignmentError',
    javaException: 'InvalidReplicaAssignmentException',
    message: 'Replica assignment is invalid.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  40: Object.freeze({
    code: 40,
    name: 'INVALID_CONFIG',
    className: 'InvalidConfigurationError',
    javaException: 'InvalidConfigurationException',
    message: 'Configuration is invalid.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  41: Object.freeze({
    code: 41,
    name: 'NOT_CONTROLLER',
    className: 'NotControllerError',
    javaException: 'NotControllerException',
    message: 'This is not the correct controller for this cluster.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  42: Object.freeze({
    code: 42,
    name: 'INVALID_REQUEST',
    className: 'InvalidRequestError',
    javaException: 'InvalidRequestException',
    message:
      'This most likely occurs because of a request being malformed by the client library or the message was sent to an incompatible broker. See the broker logs for more details.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  43: Object.freeze({
    code: 43,
    name: 'UNSUPPORTED_FOR_MESSAGE_FORMAT',
    className: 'UnsupportedForMessageFormatError',
    javaException: 'UnsupportedForMessageFormatException',
    message: 'The message format version on the broker does not support the request.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  44: Object.freeze({
    code: 44,
    name: 'POLICY_VIOLATION',
    className: 'PolicyViolationError',
    javaException: 'PolicyViolationException',
    message: 'Request parameters do not satisfy the configured policy.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  45: Object.freeze({
    code: 45,
    name: 'OUT_OF_ORDER_SEQUENCE_NUMBER',
    className: 'OutOfOrderSequenceNumberError',
    javaException: 'OutOfOrderSequenceException',
    message: 'The broker received an out of order sequence number.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: true,
  }),
  46: Object.freeze({
    code: 46,
    name: 'DUPLICATE_SEQUENCE_NUMBER',
    className: 'DuplicateSequenceNumberError',
    javaException: 'DuplicateSequenceException',
    message: 'The broker received a duplicate sequence number.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  47: Object.freeze({
    code: 47,
    name: 'INVALID_PRODUCER_EPOCH',
    className: 'InvalidProducerEpochError',
    javaException: 'InvalidProducerEpochException',
    message: 'Producer attempted to produce with an old epoch.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: true,
  }),
  48: Object.freeze({
    code: 48,
    name: 'INVALID_TXN_STATE',
    className: 'InvalidTxnStateError',
    javaException: 'InvalidTxnStateException',
    message: 'The producer attempted a transactional operation in an invalid state.',
    retriable: false,
    invalidMetadata: false,
    fatal: true,
    txnRequiresAbort: false,
  }),
  49: Object.freeze({
    code: 49,
    name: 'INVALID_PRODUCER_ID_MAPPING',
    className: 'InvalidProducerIdMappingError',
    javaException: 'InvalidPidMappingException',
    message: 'The producer attempted to use a producer id which is not currently assigned to its transactional id.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: true,
  }),
  50: Object.freeze({
    code: 50,
    name: 'INVALID_TRANSACTION_TIMEOUT',
    className: 'InvalidTransactionTimeoutError',
    javaException: 'InvalidTxnTimeoutException',
    message:
      'The transaction timeout is larger than the maximum value allowed by the broker (as configured by transaction.max.timeout.ms).',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  51: Object.freeze({
    code: 51,
    name: 'CONCURRENT_TRANSACTIONS',
    className: 'ConcurrentTransactionsError',
    javaException: 'ConcurrentTransactionsException',
    message:
      'The producer attempted to update a transaction while another concurrent operation on the same transaction was ongoing.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  52: Object.freeze({
    code: 52,
    name: 'TRANSACTION_COORDINATOR_FENCED',
    className: 'TransactionCoordinatorFencedError',
    javaException: 'TransactionCoordinatorFencedException',
    message:
      'Indicates that the transaction coordinator sending a WriteTxnMarker is no longer the current coordinator for a given producer.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  53: Object.freeze({
    code: 53,
    name: 'TRANSACTIONAL_ID_AUTHORIZATION_FAILED',
    className: 'TransactionalIdAuthorizationFailedError',
    javaException: 'TransactionalIdAuthorizationException',
    message: 'Transactional Id authorization failed.',
    retriable: false,
    invalidMetadata: false,
    fatal: true,
    txnRequiresAbort: false,
  }),
  54: Object.freeze({
    code: 54,
    name: 'SECURITY_DISABLED',
    className: 'SecurityDisabledError',
    javaException: 'SecurityDisabledException',
    message: 'Security features are disabled.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  55: Object.freeze({
    code: 55,
    name: 'OPERATION_NOT_ATTEMPTED',
    className: 'OperationNotAttemptedError',
    javaException: 'OperationNotAttemptedException',
    message:
      'The broker did not attempt to execute this operation. This may happen for batched RPCs where some operations in the batch failed, causing the broker to respond without trying the rest.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  56: Object.freeze({
    code: 56,
    name: 'KAFKA_STORAGE_ERROR',
    className: 'KafkaStorageError',
    javaException: 'KafkaStorageException',
    message: 'Disk error when trying to access log file on the disk.',
    retriable: true,
    invalidMetadata: true,
    fatal: false,
    txnRequiresAbort: false,
  }),
  57: Object.freeze({
    code: 57,
    name: 'LOG_DIR_NOT_FOUND',
    className: 'LogDirNotFoundError',
    javaException: 'LogDirNotFoundException',
    message: 'The user-specified log directory is not found in the broker config.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  58: Object.freeze({
    code: 58,
    name: 'SASL_AUTHENTICATION_FAILED',
    className: 'SaslAuthenticationError',
    javaException: 'SaslAuthenticationException',
    message: 'SASL Authentication failed.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  59: Object.freeze({
    code: 59,
    name: 'UNKNOWN_PRODUCER_ID',
    className: 'UnknownProducerIdError',
    javaException: 'UnknownProducerIdException',
    message:
      "This exception is raised by the broker if it could not locate the producer metadata associated with the producerId in question. This could happen if, for instance, the producer's records were deleted because their retention time had elapsed. Once the last records of the producerId are removed, the producer's metadata is removed from the broker, and future appends by the producer will return this exception.",
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: true,
  }),
  60: Object.freeze({
    code: 60,
    name: 'REASSIGNMENT_IN_PROGRESS',
    className: 'ReassignmentInProgressError',
    javaException: 'ReassignmentInProgressException',
    message: 'A partition reassignment is in progress.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  61: Object.freeze({
    code: 61,
    name: 'DELEGATION_TOKEN_AUTH_DISABLED',
    className: 'DelegationTokenAuthDisabledError',
    javaException: 'DelegationTokenDisabledException',
    message: 'Delegation Token feature is not enabled.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  62: Object.freeze({
    code: 62,
    name: 'DELEGATION_TOKEN_NOT_FOUND',
    className: 'DelegationTokenNotFoundError',
    javaException: 'DelegationTokenNotFoundException',
    message: 'Delegation Token is not found on server.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  63: Object.freeze({
    code: 63,
    name: 'DELEGATION_TOKEN_OWNER_MISMATCH',
    className: 'DelegationTokenOwnerMismatchError',
    javaException: 'DelegationTokenOwnerMismatchException',
    message: 'Specified Principal is not valid Owner/Renewer.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  64: Object.freeze({
    code: 64,
    name: 'DELEGATION_TOKEN_REQUEST_NOT_ALLOWED',
    className: 'DelegationTokenRequestNotAllowedError',
    javaException: 'UnsupportedByAuthenticationException',
    message:
      'Delegation Token requests are not allowed on PLAINTEXT/1-way SSL channels and on delegation token authenticated channels.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  65: Object.freeze({
    code: 65,
    name: 'DELEGATION_TOKEN_AUTHORIZATION_FAILED',
    className: 'DelegationTokenAuthorizationFailedError',
    javaException: 'DelegationTokenAuthorizationException',
    message: 'Delegation Token authorization failed.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  66: Object.freeze({
    code: 66,
    name: 'DELEGATION_TOKEN_EXPIRED',
    className: 'DelegationTokenExpiredError',
    javaException: 'DelegationTokenExpiredException',
    message: 'Delegation Token is expired.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  67: Object.freeze({
    code: 67,
    name: 'INVALID_PRINCIPAL_TYPE',
    className: 'InvalidPrincipalTypeError',
    javaException: 'InvalidPrincipalTypeException',
    message: 'Supplied principalType is not supported.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  68: Object.freeze({
    code: 68,
    name: 'NON_EMPTY_GROUP',
    className: 'NonEmptyGroupError',
    javaException: 'GroupNotEmptyException',
    message: 'The group is not empty.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  69: Object.freeze({
    code: 69,
    name: 'GROUP_ID_NOT_FOUND',
    className: 'GroupIdNotFoundError',
    javaException: 'GroupIdNotFoundException',
    message: 'The group id does not exist.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  70: Object.freeze({
    code: 70,
    name: 'FETCH_SESSION_ID_NOT_FOUND',
    className: 'FetchSessionIdNotFoundError',
    javaException: 'FetchSessionIdNotFoundException',
    message: 'The fetch session ID was not found.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  71: Object.freeze({
    code: 71,
    name: 'INVALID_FETCH_SESSION_EPOCH',
    className: 'InvalidFetchSessionEpochError',
    javaException: 'InvalidFetchSessionEpochException',
    message: 'The fetch session epoch is invalid.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  72: Object.freeze({
    code: 72,
    name: 'LISTENER_NOT_FOUND',
    className: 'ListenerNotFoundError',
    javaException: 'ListenerNotFoundException',
    message:
      'There is no listener on the leader broker that matches the listener on which metadata request was processed.',
    retriable: true,
    invalidMetadata: true,
    fatal: false,
    txnRequiresAbort: false,
  }),
  73: Object.freeze({
    code: 73,
    name: 'TOPIC_DELETION_DISABLED',
    className: 'TopicDeletionDisabledError',
    javaException: 'TopicDeletionDisabledException',
    message: 'Topic deletion is disabled.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  74: Object.freeze({
    code: 74,
    name: 'FENCED_LEADER_EPOCH',
    className: 'FencedLeaderEpochError',
    javaException: 'FencedLeaderEpochException',
    message: 'The leader epoch in the request is older than the epoch on the broker.',
    retriable: true,
    invalidMetadata: true,
    fatal: false,
    txnRequiresAbort: false,
  }),
  75: Object.freeze({
    code: 75,
    name: 'UNKNOWN_LEADER_EPOCH',
    className: 'UnknownLeaderEpochError',
    javaException: 'UnknownLeaderEpochException',
    message: 'The leader epoch in the request is newer than the epoch on the broker.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  76: Object.freeze({
    code: 76,
    name: 'UNSUPPORTED_COMPRESSION_TYPE',
    className: 'UnsupportedCompressionTypeError',
    javaException: 'UnsupportedCompressionTypeException',
    message: 'The requesting client does not support the compression type of given partition.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  77: Object.freeze({
    code: 77,
    name: 'STALE_BROKER_EPOCH',
    className: 'StaleBrokerEpochError',
    javaException: 'StaleBrokerEpochException',
    message: 'Broker epoch has changed.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  78: Object.freeze({
    code: 78,
    name: 'OFFSET_NOT_AVAILABLE',
    className: 'OffsetNotAvailableError',
    javaException: 'OffsetNotAvailableException',
    message:
      'The leader high watermark has not caught up from a recent leader election so the offsets cannot be guaranteed to be monotonically increasing.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  79: Object.freeze({
    code: 79,
    name: 'MEMBER_ID_REQUIRED',
    className: 'MemberIdRequiredError',
    javaException: 'MemberIdRequiredException',
    message: 'The group member needs to have a valid member id before actually entering a consumer group.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  80: Object.freeze({
    code: 80,
    name: 'PREFERRED_LEADER_NOT_AVAILABLE',
    className: 'PreferredLeaderNotAvailableError',
    javaException: 'PreferredLeaderNotAvailableException',
    message: 'The preferred leader was not available.',
    retriable: true,
    invalidMetadata: true,
    fatal: false,
    txnRequiresAbort: false,
  }),
  81: Object.freeze({
    code: 81,
    name: 'GROUP_MAX_SIZE_REACHED',
    className: 'GroupMaxSizeReachedError',
    javaException: 'GroupMaxSizeReachedException',
    message: 'The group has reached its maximum size.',
    retriable: false,
    invalidMetadata: false,
    fatal: true,
    txnRequiresAbort: false,
  }),
  82: Object.freeze({
    code: 82,
    name: 'FENCED_INSTANCE_ID',
    className: 'FencedInstanceIdError',
    javaException: 'FencedInstanceIdException',
    message:
      'The broker rejected this static consumer since another consumer with the same group.instance.id has registered with a different member.id.',
    retriable: false,
    invalidMetadata: false,
    fatal: true,
    txnRequiresAbort: true,
  }),
  83: Object.freeze({
    code: 83,
    name: 'ELIGIBLE_LEADERS_NOT_AVAILABLE',
    className: 'EligibleLeadersNotAvailableError',
    javaException: 'EligibleLeadersNotAvailableException',
    message: 'Eligible topic partition leaders are not available.',
    retriable: true,
    invalidMetadata: true,
    fatal: false,
    txnRequiresAbort: false,
  }),
  84: Object.freeze({
    code: 84,
    name: 'ELECTION_NOT_NEEDED',
    className: 'ElectionNotNeededError',
    javaException: 'ElectionNotNeededException',
    message: 'Leader election not needed for topic partition.',
    retriable: true,
    invalidMetadata: true,
    fatal: false,
    txnRequiresAbort: false,
  }),
  85: Object.freeze({
    code: 85,
    name: 'NO_REASSIGNMENT_IN_PROGRESS',
    className: 'NoReassignmentInProgressError',
    javaException: 'NoReassignmentInProgressException',
    message: 'No partition reassignment is in progress.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  86: Object.freeze({
    code: 86,
    name: 'GROUP_SUBSCRIBED_TO_TOPIC',
    className: 'GroupSubscribedToTopicError',
    javaException: 'GroupSubscribedToTopicException',
    message: 'Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  87: Object.freeze({
    code: 87,
    name: 'INVALID_RECORD',
    className: 'InvalidRecordError',
    javaException: 'InvalidRecordException',
    message: 'This record has failed the validation on broker and hence will be rejected.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: true,
  }),
  88: Object.freeze({
    code: 88,
    name: 'UNSTABLE_OFFSET_COMMIT',
    className: 'UnstableOffsetCommitError',
    javaException: 'UnstableOffsetCommitException',
    message: 'There are unstable offsets that need to be cleared.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  89: Object.freeze({
    code: 89,
    name: 'THROTTLING_QUOTA_EXCEEDED',
    className: 'ThrottlingQuotaExceededError',
    javaException: 'ThrottlingQuotaExceededException',
    message: 'The throttling quota has been exceeded.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  90: Object.freeze({
    code: 90,
    name: 'PRODUCER_FENCED',
    className: 'ProducerFencedError',
    javaException: 'ProducerFencedException',
    message: 'There is a newer producer with the same transactionalId which fences the current one.',
    retriable: false,
    invalidMetadata: false,
    fatal: true,
    txnRequiresAbort: false,
  }),
  91: Object.freeze({
    code: 91,
    name: 'RESOURCE_NOT_FOUND',
    className: 'ResourceNotFoundError',
    javaException: 'ResourceNotFoundException',
    message: 'A request illegally referred to a resource that does not exist.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  92: Object.freeze({
    code: 92,
    name: 'DUPLICATE_RESOURCE',
    className: 'DuplicateResourceError',
    javaException: 'DuplicateResourceException',
    message: 'A request illegally referred to the same resource twice.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  93: Object.freeze({
    code: 93,
    name: 'UNACCEPTABLE_CREDENTIAL',
    className: 'UnacceptableCredentialError',
    javaException: 'UnacceptableCredentialException',
    message: 'Requested credential would not meet criteria for acceptability.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  94: Object.freeze({
    code: 94,
    name: 'INCONSISTENT_VOTER_SET',
    className: 'InconsistentVoterSetError',
    javaException: 'InconsistentVoterSetException',
    message:
      'Indicates that the either the sender or recipient of a voter-only request is not one of the expected voters.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  95: Object.freeze({
    code: 95,
    name: 'INVALID_UPDATE_VERSION',
    className: 'InvalidUpdateVersionError',
    javaException: 'InvalidUpdateVersionException',
    message: 'The given update version was invalid.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  96: Object.freeze({
    code: 96,
    name: 'FEATURE_UPDATE_FAILED',
    className: 'FeatureUpdateFailedError',
    javaException: 'FeatureUpdateFailedException',
    message: 'Unable to update finalized features due to an unexpected server error.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  97: Object.freeze({
    code: 97,
    name: 'PRINCIPAL_DESERIALIZATION_FAILURE',
    className: 'PrincipalDeserializationFailureError',
    javaException: 'PrincipalDeserializationException',
    message:
      'Request principal deserialization failed during forwarding. This indicates an internal error on the broker cluster security setup.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  98: Object.freeze({
    code: 98,
    name: 'SNAPSHOT_NOT_FOUND',
    className: 'SnapshotNotFoundError',
    javaException: 'SnapshotNotFoundException',
    message: 'Requested snapshot was not found.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  99: Object.freeze({
    code: 99,
    name: 'POSITION_OUT_OF_RANGE',
    className: 'PositionOutOfRangeError',
    javaException: 'PositionOutOfRangeException',
    message: 'Requested position is not greater than or equal to zero, and less than the size of the snapshot.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  100: Object.freeze({
    code: 100,
    name: 'UNKNOWN_TOPIC_ID',
    className: 'UnknownTopicIdError',
    javaException: 'UnknownTopicIdException',
    message: 'This server does not host this topic ID.',
    retriable: true,
    invalidMetadata: true,
    fatal: false,
    txnRequiresAbort: false,
  }),
  101: Object.freeze({
    code: 101,
    name: 'DUPLICATE_BROKER_REGISTRATION',
    className: 'DuplicateBrokerRegistrationError',
    javaException: 'DuplicateBrokerRegistrationException',
    message: 'This broker ID is already in use.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  102: Object.freeze({
    code: 102,
    name: 'BROKER_ID_NOT_REGISTERED',
    className: 'BrokerIdNotRegisteredError',
    javaException: 'BrokerIdNotRegisteredException',
    message: 'The given broker ID was not registered.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  103: Object.freeze({
    code: 103,
    name: 'INCONSISTENT_TOPIC_ID',
    className: 'InconsistentTopicIdError',
    javaException: 'InconsistentTopicIdException',
    message: "The log's topic ID did not match the topic ID in the request.",
    retriable: true,
    invalidMetadata: true,
    fatal: false,
    txnRequiresAbort: false,
  }),
  104: Object.freeze({
    code: 104,
    name: 'INCONSISTENT_CLUSTER_ID',
    className: 'InconsistentClusterIdError',
    javaException: 'InconsistentClusterIdException',
    message: 'The clusterId in the request does not match that found on the server.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  105: Object.freeze({
    code: 105,
    name: 'TRANSACTIONAL_ID_NOT_FOUND',
    className: 'TransactionalIdNotFoundError',
    javaException: 'TransactionalIdNotFoundException',
    message: 'The transactionalId could not be found.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  106: Object.freeze({
    code: 106,
    name: 'FETCH_SESSION_TOPIC_ID_ERROR',
    className: 'FetchSessionTopicIdError',
    javaException: 'FetchSessionTopicIdException',
    message: 'The fetch session encountered inconsistent topic ID usage.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  107: Object.freeze({
    code: 107,
    name: 'INELIGIBLE_REPLICA',
    className: 'IneligibleReplicaError',
    javaException: 'IneligibleReplicaException',
    message: 'The new ISR contains at least one ineligible replica.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  108: Object.freeze({
    code: 108,
    name: 'NEW_LEADER_ELECTED',
    className: 'NewLeaderElectedError',
    javaException: 'NewLeaderElectedException',
    message: 'The AlterPartition request successfully updated the partition state but the leader has changed.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  109: Object.freeze({
    code: 109,
    name: 'OFFSET_MOVED_TO_TIERED_STORAGE',
    className: 'OffsetMovedToTieredStorageError',
    javaException: 'OffsetMovedToTieredStorageException',
    message: 'The requested offset is moved to tiered storage.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  110: Object.freeze({
    code: 110,
    name: 'FENCED_MEMBER_EPOCH',
    className: 'FencedMemberEpochError',
    javaException: 'FencedMemberEpochException',
    message:
      'The member epoch is fenced by the group coordinator. The member must abandon all its partitions and rejoin.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  111: Object.freeze({
    code: 111,
    name: 'UNRELEASED_INSTANCE_ID',
    className: 'UnreleasedInstanceIdError',
    javaException: 'UnreleasedInstanceIdException',
    message: 'The instance ID is still used by another member in the consumer group. That member must leave first.',
    retriable: false,
    invalidMetadata: false,
    fatal: true,
    txnRequiresAbort: false,
  }),
  112: Object.freeze({
    code: 112,
    name: 'UNSUPPORTED_ASSIGNOR',
    className: 'UnsupportedAssignorError',
    javaException: 'UnsupportedAssignorException',
    message: 'The assignor or its version range is not supported by the consumer group.',
    retriable: false,
    invalidMetadata: false,
    fatal: true,
    txnRequiresAbort: false,
  }),
  113: Object.freeze({
    code: 113,
    name: 'STALE_MEMBER_EPOCH',
    className: 'StaleMemberEpochError',
    javaException: 'StaleMemberEpochException',
    message:
      'The member epoch is stale. The member must retry after receiving its updated member epoch via the ConsumerGroupHeartbeat API.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  114: Object.freeze({
    code: 114,
    name: 'MISMATCHED_ENDPOINT_TYPE',
    className: 'MismatchedEndpointTypeError',
    javaException: 'MismatchedEndpointTypeException',
    message: 'The request was sent to an endpoint of the wrong type.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  115: Object.freeze({
    code: 115,
    name: 'UNSUPPORTED_ENDPOINT_TYPE',
    className: 'UnsupportedEndpointTypeError',
    javaException: 'UnsupportedEndpointTypeException',
    message: 'This endpoint type is not supported yet.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  116: Object.freeze({
    code: 116,
    name: 'UNKNOWN_CONTROLLER_ID',
    className: 'UnknownControllerIdError',
    javaException: 'UnknownControllerIdException',
    message: 'This controller ID is not known.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  117: Object.freeze({
    code: 117,
    name: 'UNKNOWN_SUBSCRIPTION_ID',
    className: 'UnknownSubscriptionIdError',
    javaException: 'UnknownSubscriptionIdException',
    message: 'Client sent a push telemetry request with an invalid or outdated subscription ID.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  118: Object.freeze({
    code: 118,
    name: 'TELEMETRY_TOO_LARGE',
    className: 'TelemetryTooLargeError',
    javaException: 'TelemetryTooLargeException',
    message: 'Client sent a push telemetry request larger than the maximum size the broker will accept.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  119: Object.freeze({
    code: 119,
    name: 'INVALID_REGISTRATION',
    className: 'InvalidRegistrationError',
    javaException: 'InvalidRegistrationException',
    message: 'The controller has considered the broker registration to be invalid.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  120: Object.freeze({
    code: 120,
    name: 'TRANSACTION_ABORTABLE',
    className: 'TransactionAbortableError',
    javaException: 'TransactionAbortableException',
    message:
      'The server encountered an error with the transaction. The client can abort the transaction to continue using this transactional ID.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: true,
  }),
  121: Object.freeze({
    code: 121,
    name: 'INVALID_RECORD_STATE',
    className: 'InvalidRecordStateError',
    javaException: 'InvalidRecordStateException',
    message: 'The record state is invalid. The acknowledgement of delivery could not be completed.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  122: Object.freeze({
    code: 122,
    name: 'SHARE_SESSION_NOT_FOUND',
    className: 'ShareSessionNotFoundError',
    javaException: 'ShareSessionNotFoundException',
    message: 'The share session was not found.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  123: Object.freeze({
    code: 123,
    name: 'INVALID_SHARE_SESSION_EPOCH',
    className: 'InvalidShareSessionEpochError',
    javaException: 'InvalidShareSessionEpochException',
    message: 'The share session epoch is invalid.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  124: Object.freeze({
    code: 124,
    name: 'FENCED_STATE_EPOCH',
    className: 'FencedStateEpochError',
    javaException: 'FencedStateEpochException',
    message: 'The share coordinator rejected the request because the share-group state epoch did not match.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  125: Object.freeze({
    code: 125,
    name: 'INVALID_VOTER_KEY',
    className: 'InvalidVoterKeyError',
    javaException: 'InvalidVoterKeyException',
    message: "The voter key doesn't match the receiving replica's key.",
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  126: Object.freeze({
    code: 126,
    name: 'DUPLICATE_VOTER',
    className: 'DuplicateVoterError',
    javaException: 'DuplicateVoterException',
    message: 'The voter is already part of the set of voters.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  127: Object.freeze({
    code: 127,
    name: 'VOTER_NOT_FOUND',
    className: 'VoterNotFoundError',
    javaException: 'VoterNotFoundException',
    message: 'The voter is not part of the set of voters.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  128: Object.freeze({
    code: 128,
    name: 'INVALID_REGULAR_EXPRESSION',
    className: 'InvalidRegularExpressionError',
    javaException: 'InvalidRegularExpression',
    message: 'The regular expression is not valid.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  129: Object.freeze({
    code: 129,
    name: 'REBOOTSTRAP_REQUIRED',
    className: 'RebootstrapRequiredError',
    javaException: 'RebootstrapRequiredException',
    message: 'Client metadata is stale. The client should rebootstrap to obtain new metadata.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  130: Object.freeze({
    code: 130,
    name: 'STREAMS_INVALID_TOPOLOGY',
    className: 'StreamsInvalidTopologyError',
    javaException: 'StreamsInvalidTopologyException',
    message: 'The supplied topology is invalid.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  131: Object.freeze({
    code: 131,
    name: 'STREAMS_INVALID_TOPOLOGY_EPOCH',
    className: 'StreamsInvalidTopologyEpochError',
    javaException: 'StreamsInvalidTopologyEpochException',
    message: 'The supplied topology epoch is invalid.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  132: Object.freeze({
    code: 132,
    name: 'STREAMS_TOPOLOGY_FENCED',
    className: 'StreamsTopologyFencedError',
    javaException: 'StreamsTopologyFencedException',
    message: 'The supplied topology epoch is outdated.',
    retriable: false,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
  133: Object.freeze({
    code: 133,
    name: 'SHARE_SESSION_LIMIT_REACHED',
    className: 'ShareSessionLimitReachedError',
    javaException: 'ShareSessionLimitReachedException',
    message: 'The limit of share sessions has been reached.',
    retriable: true,
    invalidMetadata: false,
    fatal: false,
    txnRequiresAbort: false,
  }),
});

/** Kafka error codes by name, for comparing raw `errorCode` fields: `ErrorCode.NOT_COORDINATOR === 16`. */
export const ErrorCode = {
  NONE: 0,
  UNKNOWN_SERVER_ERROR: -1,
  OFFSET_OUT_OF_RANGE: 1,
  CORRUPT_MESSAGE: 2,
  UNKNOWN_TOPIC_OR_PARTITION: 3,
  INVALID_FETCH_SIZE: 4,
  LEADER_NOT_AVAILABLE: 5,
  NOT_LEADER_OR_FOLLOWER: 6,
  REQUEST_TIMED_OUT: 7,
  BROKER_NOT_AVAILABLE: 8,
  REPLICA_NOT_AVAILABLE: 9,
  MESSAGE_TOO_LARGE: 10,
  STALE_CONTROLLER_EPOCH: 11,
  OFFSET_METADATA_TOO_LARGE: 12,
  NETWORK_EXCEPTION: 13,
  COORDINATOR_LOAD_IN_PROGRESS: 14,
  COORDINATOR_NOT_AVAILABLE: 15,
  NOT_COORDINATOR: 16,
  INVALID_TOPIC_EXCEPTION: 17,
  RECORD_LIST_TOO_LARGE: 18,
  NOT_ENOUGH_REPLICAS: 19,
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: 20,
  INVALID_REQUIRED_ACKS: 21,
  ILLEGAL_GENERATION: 22,
  INCONSISTENT_GROUP_PROTOCOL: 23,
  INVALID_GROUP_ID: 24,
  UNKNOWN_MEMBER_ID: 25,
  INVALID_SESSION_TIMEOUT: 26,
  REBALANCE_IN_PROGRESS: 27,
  INVALID_COMMIT_OFFSET_SIZE: 28,
  TOPIC_AUTHORIZATION_FAILED: 29,
  GROUP_AUTHORIZATION_FAILED: 30,
  CLUSTER_AUTHORIZATION_FAILED: 31,
  INVALID_TIMESTAMP: 32,
  UNSUPPORTED_SASL_MECHANISM: 33,
  ILLEGAL_SASL_STATE: 34,
  UNSUPPORTED_VERSION: 35,
  TOPIC_ALREADY_EXISTS: 36,
  INVALID_PARTITIONS: 37,
  INVALID_REPLICATION_FACTOR: 38,
  INVALID_REPLICA_ASSIGNMENT: 39,
  INVALID_CONFIG: 40,
  NOT_CONTROLLER: 41,
  INVALID_REQUEST: 42,
  UNSUPPORTED_FOR_MESSAGE_FORMAT: 43,
  POLICY_VIOLATION: 44,
  OUT_OF_ORDER_SEQUENCE_NUMBER: 45,
  DUPLICATE_SEQUENCE_NUMBER: 46,
  INVALID_PRODUCER_EPOCH: 47,
  INVALID_TXN_STATE: 48,
  INVALID_PRODUCER_ID_MAPPING: 49,
  INVALID_TRANSACTION_TIMEOUT: 50,
  CONCURRENT_TRANSACTIONS: 51,
  TRANSACTION_COORDINATOR_FENCED: 52,
  TRANSACTIONAL_ID_AUTHORIZATION_FAILED: 53,
  SECURITY_DISABLED: 54,
  OPERATION_NOT_ATTEMPTED: 55,
  KAFKA_STORAGE_ERROR: 56,
  LOG_DIR_NOT_FOUND: 57,
  SASL_AUTHENTICATION_FAILED: 58,
  UNKNOWN_PRODUCER_ID: 59,
  REASSIGNMENT_IN_PROGRESS: 60,
  DELEGATION_TOKEN_AUTH_DISABLED: 61,
  DELEGATION_TOKEN_NOT_FOUND: 62,
  DELEGATION_TOKEN_OWNER_MISMATCH: 63,
  DELEGATION_TOKEN_REQUEST_NOT_ALLOWED: 64,
  DELEGATION_TOKEN_AUTHORIZATION_FAILED: 65,
  DELEGATION_TOKEN_EXPIRED: 66,
  INVALID_PRINCIPAL_TYPE: 67,
  NON_EMPTY_GROUP: 68,
  GROUP_ID_NOT_FOUND: 69,
  FETCH_SESSION_ID_NOT_FOUND: 70,
  INVALID_FETCH_SESSION_EPOCH: 71,
  LISTENER_NOT_FOUND: 72,
  TOPIC_DELETION_DISABLED: 73,
  FENCED_LEADER_EPOCH: 74,
  UNKNOWN_LEADER_EPOCH: 75,
  UNSUPPORTED_COMPRESSION_TYPE: 76,
  STALE_BROKER_EPOCH: 77,
  OFFSET_NOT_AVAILABLE: 78,
  MEMBER_ID_REQUIRED: 79,
  PREFERRED_LEADER_NOT_AVAILABLE: 80,
  GROUP_MAX_SIZE_REACHED: 81,
  FENCED_INSTANCE_ID: 82,
  ELIGIBLE_LEADERS_NOT_AVAILABLE: 83,
  ELECTION_NOT_NEEDED: 84,
  NO_REASSIGNMENT_IN_PROGRESS: 85,
  GROUP_SUBSCRIBED_TO_TOPIC: 86,
  INVALID_RECORD: 87,
  UNSTABLE_OFFSET_COMMIT: 88,
  THROTTLING_QUOTA_EXCEEDED: 89,
  PRODUCER_FENCED: 90,
  RESOURCE_NOT_FOUND: 91,
  DUPLICATE_RESOURCE: 92,
  UNACCEPTABLE_CREDENTIAL: 93,
  INCONSISTENT_VOTER_SET: 94,
  INVALID_UPDATE_VERSION: 95,
  FEATURE_UPDATE_FAILED: 96,
  PRINCIPAL_DESERIALIZATION_FAILURE: 97,
  SNAPSHOT_NOT_FOUND: 98,
  POSITION_OUT_OF_RANGE: 99,
  UNKNOWN_TOPIC_ID: 100,
  DUPLICATE_BROKER_REGISTRATION: 101,
  BROKER_ID_NOT_REGISTERED: 102,
  INCONSISTENT_TOPIC_ID: 103,
  INCONSISTENT_CLUSTER_ID: 104,
  TRANSACTIONAL_ID_NOT_FOUND: 105,
  FETCH_SESSION_TOPIC_ID_ERROR: 106,
  INELIGIBLE_REPLICA: 107,
  NEW_LEADER_ELECTED: 108,
  OFFSET_MOVED_TO_TIERED_STORAGE: 109,
  FENCED_MEMBER_EPOCH: 110,
  UNRELEASED_INSTANCE_ID: 111,
  UNSUPPORTED_ASSIGNOR: 112,
  STALE_MEMBER_EPOCH: 113,
  MISMATCHED_ENDPOINT_TYPE: 114,
  UNSUPPORTED_ENDPOINT_TYPE: 115,
  UNKNOWN_CONTROLLER_ID: 116,
  UNKNOWN_SUBSCRIPTION_ID: 117,
  TELEMETRY_TOO_LARGE: 118,
  INVALID_REGISTRATION: 119,
  TRANSACTION_ABORTABLE: 120,
  INVALID_RECORD_STATE: 121,
  SHARE_SESSION_NOT_FOUND: 122,
  INVALID_SHARE_SESSION_EPOCH: 123,
  FENCED_STATE_EPOCH: 124,
  INVALID_VOTER_KEY: 125,
  DUPLICATE_VOTER: 126,
  VOTER_NOT_FOUND: 127,
  INVALID_REGULAR_EXPRESSION: 128,
  REBOOTSTRAP_REQUIRED: 129,
  STREAMS_INVALID_TOPOLOGY: 130,
  STREAMS_INVALID_TOPOLOGY_EPOCH: 131,
  STREAMS_TOPOLOGY_FENCED: 132,
  SHARE_SESSION_LIMIT_REACHED: 133,
} as const;

/** One of the error code numbers Kafka defines (0 included). */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * `UNKNOWN_SERVER_ERROR` (-1): The server experienced an unexpected error when processing the request.
 *
 * Not retriable. Java: `UnknownServerException`.
 */
export class UnknownServerError extends BrokerResponseError {
  static readonly code = -1;
  static readonly errorName = 'UNKNOWN_SERVER_ERROR';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[-1], options);
  }
}

/**
 * `OFFSET_OUT_OF_RANGE` (1): The requested offset is not within the range of offsets maintained by the
 * server.
 *
 * The consumer resets the position according to `autoOffsetReset`, or raises this when it is "none".
 *
 * Not retriable. Java: `OffsetOutOfRangeException`.
 */
export class OffsetOutOfRangeError extends BrokerResponseError {
  static readonly code = 1;
  static readonly errorName = 'OFFSET_OUT_OF_RANGE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[1], options);
  }
}

/**
 * `CORRUPT_MESSAGE` (2): This message has failed its CRC checksum, exceeds the valid size, has a null key for
 * a compacted topic, or is otherwise corrupt.
 *
 * Returned by the broker. A CRC mismatch found by this client while decoding a fetch is a `ProtocolError`
 * instead.
 *
 * Retriable. Java: `CorruptRecordException`.
 */
export class CorruptRecordError extends BrokerResponseError {
  static readonly code = 2;
  static readonly errorName = 'CORRUPT_MESSAGE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[2], options);
  }
}

/**
 * `UNKNOWN_TOPIC_OR_PARTITION` (3): This server does not host this topic-partition.
 *
 * Retriable; refreshes metadata. Java: `UnknownTopicOrPartitionException`.
 */
export class UnknownTopicOrPartitionError extends BrokerResponseError {
  static readonly code = 3;
  static readonly errorName = 'UNKNOWN_TOPIC_OR_PARTITION';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[3], options);
  }
}

/**
 * `INVALID_FETCH_SIZE` (4): The requested fetch size is invalid.
 *
 * Not retriable. Java: `InvalidFetchSizeException`.
 */
export class InvalidFetchSizeError extends BrokerResponseError {
  static readonly code = 4;
  static readonly errorName = 'INVALID_FETCH_SIZE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[4], options);
  }
}

/**
 * `LEADER_NOT_AVAILABLE` (5): There is no leader for this topic-partition as we are in the middle of a
 * leadership election.
 *
 * Retriable; refreshes metadata. Java: `LeaderNotAvailableException`.
 */
export class LeaderNotAvailableError extends BrokerResponseError {
  static readonly code = 5;
  static readonly errorName = 'LEADER_NOT_AVAILABLE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[5], options);
  }
}

/**
 * `NOT_LEADER_OR_FOLLOWER` (6): For requests intended only for the leader, this error indicates that the
 * broker is not the current leader. For requests intended for any replica, this error indicates that the
 * broker is not a replica of the topic partition.
 *
 * Refresh metadata and retry against the new leader.
 *
 * Retriable; refreshes metadata. Java: `NotLeaderOrFollowerException`.
 */
export class NotLeaderOrFollowerError extends BrokerResponseError {
  static readonly code = 6;
  static readonly errorName = 'NOT_LEADER_OR_FOLLOWER';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[6], options);
  }
}

/**
 * `REQUEST_TIMED_OUT` (7): The request timed out.
 *
 * The broker timed out (e.g. waiting for acks). A request this client gave up on is a `KafkaTimeoutError`.
 *
 * Retriable. Java: `TimeoutException`.
 */
export class RequestTimedOutError extends BrokerResponseError {
  static readonly code = 7;
  static readonly errorName = 'REQUEST_TIMED_OUT';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[7], options);
  }
}

/**
 * `BROKER_NOT_AVAILABLE` (8): The broker is not available.
 *
 * Not retriable. Java: `BrokerNotAvailableException`.
 */
export class BrokerNotAvailableError extends BrokerResponseError {
  static readonly code = 8;
  static readonly errorName = 'BROKER_NOT_AVAILABLE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[8], options);
  }
}

/**
 * `REPLICA_NOT_AVAILABLE` (9): The replica is not available for the requested topic-partition. Produce/Fetch
 * requests and other requests intended only for the leader or follower return NOT_LEADER_OR_FOLLOWER if the
 * broker is not a replica of the topic-partition.
 *
 * Retriable; refreshes metadata. Java: `ReplicaNotAvailableException`.
 */
export class ReplicaNotAvailableError extends BrokerResponseError {
  static readonly code = 9;
  static readonly errorName = 'REPLICA_NOT_AVAILABLE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[9], options);
  }
}

/**
 * `MESSAGE_TOO_LARGE` (10): The request included a message larger than the max message size the server will
 * accept.
 *
 * The client-side size check throws its subclass `MessageSizeTooLargeError`.
 *
 * Not retriable; the transaction must abort. Java: `RecordTooLargeException`.
 */
export class RecordTooLargeError extends BrokerResponseError {
  static readonly code = 10;
  static readonly errorName = 'MESSAGE_TOO_LARGE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[10], options);
  }
}

/**
 * `STALE_CONTROLLER_EPOCH` (11): The controller moved to another broker.
 *
 * Not retriable. Java: `ControllerMovedException`.
 */
export class StaleControllerEpochError extends BrokerResponseError {
  static readonly code = 11;
  static readonly errorName = 'STALE_CONTROLLER_EPOCH';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[11], options);
  }
}

/**
 * `OFFSET_METADATA_TOO_LARGE` (12): The metadata field of the offset request was too large.
 *
 * Not retriable. Java: `OffsetMetadataTooLarge`.
 */
export class OffsetMetadataTooLargeError extends BrokerResponseError {
  static readonly code = 12;
  static readonly errorName = 'OFFSET_METADATA_TOO_LARGE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[12], options);
  }
}

/**
 * `NETWORK_EXCEPTION` (13): The server disconnected before a response was received.
 *
 * Sent by a broker about its own peers; a socket failure of this client is a `ConnectionError`.
 *
 * Retriable; refreshes metadata. Java: `NetworkException`.
 */
export class NetworkError extends BrokerResponseError {
  static readonly code = 13;
  static readonly errorName = 'NETWORK_EXCEPTION';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[13], options);
  }
}

/**
 * `COORDINATOR_LOAD_IN_PROGRESS` (14): The coordinator is loading and hence can't process requests.
 *
 * Retriable. Java: `CoordinatorLoadInProgressException`.
 */
export class CoordinatorLoadInProgressError extends BrokerResponseError {
  static readonly code = 14;
  static readonly errorName = 'COORDINATOR_LOAD_IN_PROGRESS';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[14], options);
  }
}

/**
 * `COORDINATOR_NOT_AVAILABLE` (15): The coordinator is not available.
 *
 * Look the coordinator up again (FindCoordinator) before retrying.
 *
 * Retriable. Java: `CoordinatorNotAvailableException`.
 */
export class CoordinatorNotAvailableError extends BrokerResponseError {
  static readonly code = 15;
  static readonly errorName = 'COORDINATOR_NOT_AVAILABLE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[15], options);
  }
}

/**
 * `NOT_COORDINATOR` (16): This is not the correct coordinator.
 *
 * Look the coordinator up again (FindCoordinator) before retrying.
 *
 * Retriable. Java: `NotCoordinatorException`.
 */
export class NotCoordinatorError extends BrokerResponseError {
  static readonly code = 16;
  static readonly errorName = 'NOT_COORDINATOR';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[16], options);
  }
}

/**
 * `INVALID_TOPIC_EXCEPTION` (17): The request attempted to perform an operation on an invalid topic.
 *
 * Not retriable. Java: `InvalidTopicException`.
 */
export class InvalidTopicError extends BrokerResponseError {
  static readonly code = 17;
  static readonly errorName = 'INVALID_TOPIC_EXCEPTION';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[17], options);
  }
}

/**
 * `RECORD_LIST_TOO_LARGE` (18): The request included message batch larger than the configured segment size on
 * the server.
 *
 * Not retriable; the transaction must abort. Java: `RecordBatchTooLargeException`.
 */
export class RecordBatchTooLargeError extends BrokerResponseError {
  static readonly code = 18;
  static readonly errorName = 'RECORD_LIST_TOO_LARGE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[18], options);
  }
}

/**
 * `NOT_ENOUGH_REPLICAS` (19): Messages are rejected since there are fewer in-sync replicas than required.
 *
 * Retriable. Java: `NotEnoughReplicasException`.
 */
export class NotEnoughReplicasError extends BrokerResponseError {
  static readonly code = 19;
  static readonly errorName = 'NOT_ENOUGH_REPLICAS';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[19], options);
  }
}

/**
 * `NOT_ENOUGH_REPLICAS_AFTER_APPEND` (20): Messages are written to the log, but to fewer in-sync replicas
 * than required.
 *
 * Retriable. Java: `NotEnoughReplicasAfterAppendException`.
 */
export class NotEnoughReplicasAfterAppendError extends BrokerResponseError {
  static readonly code = 20;
  static readonly errorName = 'NOT_ENOUGH_REPLICAS_AFTER_APPEND';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[20], options);
  }
}

/**
 * `INVALID_REQUIRED_ACKS` (21): Produce request specified an invalid value for required acks.
 *
 * Not retriable. Java: `InvalidRequiredAcksException`.
 */
export class InvalidRequiredAcksError extends BrokerResponseError {
  static readonly code = 21;
  static readonly errorName = 'INVALID_REQUIRED_ACKS';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[21], options);
  }
}

/**
 * `ILLEGAL_GENERATION` (22): Specified group generation id is not valid.
 *
 * The member rejoins the group; from TxnOffsetCommit it makes the transaction abortable.
 *
 * Not retriable; the transaction must abort. Java: `IllegalGenerationException`.
 */
export class IllegalGenerationError extends BrokerResponseError {
  static readonly code = 22;
  static readonly errorName = 'ILLEGAL_GENERATION';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[22], options);
  }
}

/**
 * `INCONSISTENT_GROUP_PROTOCOL` (23): The group member's supported protocols are incompatible with those of
 * existing members or first group member tried to join with empty protocol type or empty protocol list.
 *
 * Not retriable. Java: `InconsistentGroupProtocolException`.
 */
export class InconsistentGroupProtocolError extends BrokerResponseError {
  static readonly code = 23;
  static readonly errorName = 'INCONSISTENT_GROUP_PROTOCOL';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[23], options);
  }
}

/**
 * `INVALID_GROUP_ID` (24): The group id is invalid.
 *
 * Not retriable. Java: `InvalidGroupIdException`.
 */
export class InvalidGroupIdError extends BrokerResponseError {
  static readonly code = 24;
  static readonly errorName = 'INVALID_GROUP_ID';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[24], options);
  }
}

/**
 * `UNKNOWN_MEMBER_ID` (25): The coordinator is not aware of this member.
 *
 * The member resets its id and rejoins; from TxnOffsetCommit it makes the transaction abortable.
 *
 * Not retriable; the transaction must abort. Java: `UnknownMemberIdException`.
 */
export class UnknownMemberIdError extends BrokerResponseError {
  static readonly code = 25;
  static readonly errorName = 'UNKNOWN_MEMBER_ID';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[25], options);
  }
}

/**
 * `INVALID_SESSION_TIMEOUT` (26): The session timeout is not within the range allowed by the broker (as
 * configured by group.min.session.timeout.ms and group.max.session.timeout.ms).
 *
 * Not retriable. Java: `InvalidSessionTimeoutException`.
 */
export class InvalidSessionTimeoutError extends BrokerResponseError {
  static readonly code = 26;
  static readonly errorName = 'INVALID_SESSION_TIMEOUT';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[26], options);
  }
}

/**
 * `REBALANCE_IN_PROGRESS` (27): The group is rebalancing, so a rejoin is needed.
 *
 * Not retriable as such in Java: the member rejoins the group, then commits again.
 *
 * Not retriable. Java: `RebalanceInProgressException`.
 */
export class RebalanceInProgressError extends BrokerResponseError {
  static readonly code = 27;
  static readonly errorName = 'REBALANCE_IN_PROGRESS';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[27], options);
  }
}

/**
 * `INVALID_COMMIT_OFFSET_SIZE` (28): The committing offset data size is not valid.
 *
 * Not retriable. Java: `InvalidCommitOffsetSizeException`.
 */
export class InvalidCommitOffsetSizeError extends BrokerResponseError {
  static readonly code = 28;
  static readonly errorName = 'INVALID_COMMIT_OFFSET_SIZE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[28], options);
  }
}

/**
 * `TOPIC_AUTHORIZATION_FAILED` (29): Topic authorization failed.
 *
 * Not retriable; the transaction must abort. Java: `TopicAuthorizationException`.
 */
export class TopicAuthorizationFailedError extends BrokerResponseError {
  static readonly code = 29;
  static readonly errorName = 'TOPIC_AUTHORIZATION_FAILED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[29], options);
  }
}

/**
 * `GROUP_AUTHORIZATION_FAILED` (30): Group authorization failed.
 *
 * Not retriable; the transaction must abort. Java: `GroupAuthorizationException`.
 */
export class GroupAuthorizationFailedError extends BrokerResponseError {
  static readonly code = 30;
  static readonly errorName = 'GROUP_AUTHORIZATION_FAILED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[30], options);
  }
}

/**
 * `CLUSTER_AUTHORIZATION_FAILED` (31): Cluster authorization failed.
 *
 * Fatal for an idempotent or transactional producer (InitProducerId needs IdempotentWrite).
 *
 * Not retriable. Java: `ClusterAuthorizationException`.
 */
export class ClusterAuthorizationFailedError extends BrokerResponseError {
  static readonly code = 31;
  static readonly errorName = 'CLUSTER_AUTHORIZATION_FAILED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[31], options);
  }
}

/**
 * `INVALID_TIMESTAMP` (32): The timestamp of the message is out of acceptable range.
 *
 * Not retriable; the transaction must abort. Java: `InvalidTimestampException`.
 */
export class InvalidTimestampError extends BrokerResponseError {
  static readonly code = 32;
  static readonly errorName = 'INVALID_TIMESTAMP';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[32], options);
  }
}

/**
 * `UNSUPPORTED_SASL_MECHANISM` (33): The broker does not support the requested SASL mechanism.
 *
 * Not retriable. Java: `UnsupportedSaslMechanismException`.
 */
export class UnsupportedSaslMechanismError extends BrokerResponseError {
  static readonly code = 33;
  static readonly errorName = 'UNSUPPORTED_SASL_MECHANISM';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[33], options);
  }
}

/**
 * `ILLEGAL_SASL_STATE` (34): Request is not valid given the current SASL state.
 *
 * Not retriable. Java: `IllegalSaslStateException`.
 */
export class IllegalSaslStateError extends BrokerResponseError {
  static readonly code = 34;
  static readonly errorName = 'ILLEGAL_SASL_STATE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[34], options);
  }
}

/**
 * `UNSUPPORTED_VERSION` (35): The version of API is not supported.
 *
 * Also thrown by version negotiation before a request is sent. Fatal for a transactional or idempotent
 * producer.
 *
 * Not retriable. Java: `UnsupportedVersionException`.
 */
export class UnsupportedVersionError extends BrokerResponseError {
  static readonly code = 35;
  static readonly errorName = 'UNSUPPORTED_VERSION';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[35], options);
  }
}

/**
 * `TOPIC_ALREADY_EXISTS` (36): Topic with this name already exists.
 *
 * Not retriable. Java: `TopicExistsException`.
 */
export class TopicAlreadyExistsError extends BrokerResponseError {
  static readonly code = 36;
  static readonly errorName = 'TOPIC_ALREADY_EXISTS';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[36], options);
  }
}

/**
 * `INVALID_PARTITIONS` (37): Number of partitions is below 1.
 *
 * Not retriable. Java: `InvalidPartitionsException`.
 */
export class InvalidPartitionsError extends BrokerResponseError {
  static readonly code = 37;
  static readonly errorName = 'INVALID_PARTITIONS';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[37], options);
  }
}

/**
 * `INVALID_REPLICATION_FACTOR` (38): Replication factor is below 1 or larger than the number of available
 * brokers.
 *
 * Not retriable. Java: `InvalidReplicationFactorException`.
 */
export class InvalidReplicationFactorError extends BrokerResponseError {
  static readonly code = 38;
  static readonly errorName = 'INVALID_REPLICATION_FACTOR';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[38], options);
  }
}

/**
 * `INVALID_REPLICA_ASSIGNMENT` (39): Replica assignment is invalid.
 *
 * Not retriable. Java: `InvalidReplicaAssignmentException`.
 */
export class InvalidReplicaAssignmentError extends BrokerResponseError {
  static readonly code = 39;
  static readonly errorName = 'INVALID_REPLICA_ASSIGNMENT';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[39], options);
  }
}

/**
 * `INVALID_CONFIG` (40): Configuration is invalid.
 *
 * A broker-side (topic or broker config) error; a bad client option is an `InvalidConfigError`.
 *
 * Not retriable. Java: `InvalidConfigurationException`.
 */
export class InvalidConfigurationError extends BrokerResponseError {
  static readonly code = 40;
  static readonly errorName = 'INVALID_CONFIG';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[40], options);
  }
}

/**
 * `NOT_CONTROLLER` (41): This is not the correct controller for this cluster.
 *
 * Retriable. Java: `NotControllerException`.
 */
export class NotControllerError extends BrokerResponseError {
  static readonly code = 41;
  static readonly errorName = 'NOT_CONTROLLER';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[41], options);
  }
}

/**
 * `INVALID_REQUEST` (42): This most likely occurs because of a request being malformed by the client library
 * or the message was sent to an incompatible broker. See the broker logs for more details.
 *
 * Not retriable. Java: `InvalidRequestException`.
 */
export class InvalidRequestError extends BrokerResponseError {
  static readonly code = 42;
  static readonly errorName = 'INVALID_REQUEST';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[42], options);
  }
}

/**
 * `UNSUPPORTED_FOR_MESSAGE_FORMAT` (43): The message format version on the broker does not support the
 * request.
 *
 * Not retriable. Java: `UnsupportedForMessageFormatException`.
 */
export class UnsupportedForMessageFormatError extends BrokerResponseError {
  static readonly code = 43;
  static readonly errorName = 'UNSUPPORTED_FOR_MESSAGE_FORMAT';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[43], options);
  }
}

/**
 * `POLICY_VIOLATION` (44): Request parameters do not satisfy the configured policy.
 *
 * Not retriable. Java: `PolicyViolationException`.
 */
export class PolicyViolationError extends BrokerResponseError {
  static readonly code = 44;
  static readonly errorName = 'POLICY_VIOLATION';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[44], options);
  }
}

/**
 * `OUT_OF_ORDER_SEQUENCE_NUMBER` (45): The broker received an out of order sequence number.
 *
 * An idempotent producer bumps its epoch and resets sequences; a transactional one must abort.
 *
 * Not retriable; the transaction must abort. Java: `OutOfOrderSequenceException`.
 */
export class OutOfOrderSequenceNumberError extends BrokerResponseError {
  static readonly code = 45;
  static readonly errorName = 'OUT_OF_ORDER_SEQUENCE_NUMBER';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[45], options);
  }
}

/**
 * `DUPLICATE_SEQUENCE_NUMBER` (46): The broker received a duplicate sequence number.
 *
 * The batch was already written: the producer completes it as a success.
 *
 * Not retriable. Java: `DuplicateSequenceException`.
 */
export class DuplicateSequenceNumberError extends BrokerResponseError {
  static readonly code = 46;
  static readonly errorName = 'DUPLICATE_SEQUENCE_NUMBER';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[46], options);
  }
}

/**
 * `INVALID_PRODUCER_EPOCH` (47): Producer attempted to produce with an old epoch.
 *
 * Abortable when a produce request gets it; from the transaction coordinator it means the producer is fenced
 * (fatal).
 *
 * Not retriable; the transaction must abort. Java: `InvalidProducerEpochException`.
 */
export class InvalidProducerEpochError extends BrokerResponseError {
  static readonly code = 47;
  static readonly errorName = 'INVALID_PRODUCER_EPOCH';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[47], options);
  }
}

/**
 * `INVALID_TXN_STATE` (48): The producer attempted a transactional operation in an invalid state.
 *
 * Not retriable; fatal. Java: `InvalidTxnStateException`.
 */
export class InvalidTxnStateError extends BrokerResponseError {
  static readonly code = 48;
  static readonly errorName = 'INVALID_TXN_STATE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[48], options);
  }
}

/**
 * `INVALID_PRODUCER_ID_MAPPING` (49): The producer attempted to use a producer id which is not currently
 * assigned to its transactional id.
 *
 * Not retriable; the transaction must abort. Java: `InvalidPidMappingException`.
 */
export class InvalidProducerIdMappingError extends BrokerResponseError {
  static readonly code = 49;
  static readonly errorName = 'INVALID_PRODUCER_ID_MAPPING';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[49], options);
  }
}

/**
 * `INVALID_TRANSACTION_TIMEOUT` (50): The transaction timeout is larger than the maximum value allowed by the
 * broker (as configured by transaction.max.timeout.ms).
 *
 * Not retriable. Java: `InvalidTxnTimeoutException`.
 */
export class InvalidTransactionTimeoutError extends BrokerResponseError {
  static readonly code = 50;
  static readonly errorName = 'INVALID_TRANSACTION_TIMEOUT';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[50], options);
  }
}

/**
 * `CONCURRENT_TRANSACTIONS` (51): The producer attempted to update a transaction while another concurrent
 * operation on the same transaction was ongoing.
 *
 * Not a RetriableException in Java, yet the transaction manager retries it after a short backoff.
 *
 * Not retriable. Java: `ConcurrentTransactionsException`.
 */
export class ConcurrentTransactionsError extends BrokerResponseError {
  static readonly code = 51;
  static readonly errorName = 'CONCURRENT_TRANSACTIONS';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[51], options);
  }
}

/**
 * `TRANSACTION_COORDINATOR_FENCED` (52): Indicates that the transaction coordinator sending a WriteTxnMarker
 * is no longer the current coordinator for a given producer.
 *
 * Not retriable. Java: `TransactionCoordinatorFencedException`.
 */
export class TransactionCoordinatorFencedError extends BrokerResponseError {
  static readonly code = 52;
  static readonly errorName = 'TRANSACTION_COORDINATOR_FENCED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[52], options);
  }
}

/**
 * `TRANSACTIONAL_ID_AUTHORIZATION_FAILED` (53): Transactional Id authorization failed.
 *
 * Not retriable; fatal. Java: `TransactionalIdAuthorizationException`.
 */
export class TransactionalIdAuthorizationFailedError extends BrokerResponseError {
  static readonly code = 53;
  static readonly errorName = 'TRANSACTIONAL_ID_AUTHORIZATION_FAILED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[53], options);
  }
}

/**
 * `SECURITY_DISABLED` (54): Security features are disabled.
 *
 * Not retriable. Java: `SecurityDisabledException`.
 */
export class SecurityDisabledError extends BrokerResponseError {
  static readonly code = 54;
  static readonly errorName = 'SECURITY_DISABLED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[54], options);
  }
}

/**
 * `OPERATION_NOT_ATTEMPTED` (55): The broker did not attempt to execute this operation. This may happen for
 * batched RPCs where some operations in the batch failed, causing the broker to respond without trying the
 * rest.
 *
 * Not retriable. Java: `OperationNotAttemptedException`.
 */
export class OperationNotAttemptedError extends BrokerResponseError {
  static readonly code = 55;
  static readonly errorName = 'OPERATION_NOT_ATTEMPTED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[55], options);
  }
}

/**
 * `KAFKA_STORAGE_ERROR` (56): Disk error when trying to access log file on the disk.
 *
 * Retriable; refreshes metadata. Java: `KafkaStorageException`.
 */
export class KafkaStorageError extends BrokerResponseError {
  static readonly code = 56;
  static readonly errorName = 'KAFKA_STORAGE_ERROR';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[56], options);
  }
}

/**
 * `LOG_DIR_NOT_FOUND` (57): The user-specified log directory is not found in the broker config.
 *
 * Not retriable. Java: `LogDirNotFoundException`.
 */
export class LogDirNotFoundError extends BrokerResponseError {
  static readonly code = 57;
  static readonly errorName = 'LOG_DIR_NOT_FOUND';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[57], options);
  }
}

/**
 * `SASL_AUTHENTICATION_FAILED` (58): SASL Authentication failed.
 *
 * Not retriable. Java: `SaslAuthenticationException`.
 */
export class SaslAuthenticationError extends BrokerResponseError {
  static readonly code = 58;
  static readonly errorName = 'SASL_AUTHENTICATION_FAILED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[58], options);
  }
}

/**
 * `UNKNOWN_PRODUCER_ID` (59): This exception is raised by the broker if it could not locate the producer
 * metadata associated with the producerId in question. This could happen if, for instance, the producer's
 * records were deleted because their retention time had elapsed. Once the last records of the producerId are
 * removed, the producer's metadata is removed from the broker, and future appends by the producer will return
 * this exception.
 *
 * Not retriable; the transaction must abort. Java: `UnknownProducerIdException`.
 */
export class UnknownProducerIdError extends BrokerResponseError {
  static readonly code = 59;
  static readonly errorName = 'UNKNOWN_PRODUCER_ID';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[59], options);
  }
}

/**
 * `REASSIGNMENT_IN_PROGRESS` (60): A partition reassignment is in progress.
 *
 * Not retriable. Java: `ReassignmentInProgressException`.
 */
export class ReassignmentInProgressError extends BrokerResponseError {
  static readonly code = 60;
  static readonly errorName = 'REASSIGNMENT_IN_PROGRESS';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[60], options);
  }
}

/**
 * `DELEGATION_TOKEN_AUTH_DISABLED` (61): Delegation Token feature is not enabled.
 *
 * Not retriable. Java: `DelegationTokenDisabledException`.
 */
export class DelegationTokenAuthDisabledError extends BrokerResponseError {
  static readonly code = 61;
  static readonly errorName = 'DELEGATION_TOKEN_AUTH_DISABLED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[61], options);
  }
}

/**
 * `DELEGATION_TOKEN_NOT_FOUND` (62): Delegation Token is not found on server.
 *
 * Not retriable. Java: `DelegationTokenNotFoundException`.
 */
export class DelegationTokenNotFoundError extends BrokerResponseError {
  static readonly code = 62;
  static readonly errorName = 'DELEGATION_TOKEN_NOT_FOUND';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[62], options);
  }
}

/**
 * `DELEGATION_TOKEN_OWNER_MISMATCH` (63): Specified Principal is not valid Owner/Renewer.
 *
 * Not retriable. Java: `DelegationTokenOwnerMismatchException`.
 */
export class DelegationTokenOwnerMismatchError extends BrokerResponseError {
  static readonly code = 63;
  static readonly errorName = 'DELEGATION_TOKEN_OWNER_MISMATCH';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[63], options);
  }
}

/**
 * `DELEGATION_TOKEN_REQUEST_NOT_ALLOWED` (64): Delegation Token requests are not allowed on PLAINTEXT/1-way
 * SSL channels and on delegation token authenticated channels.
 *
 * Not retriable. Java: `UnsupportedByAuthenticationException`.
 */
export class DelegationTokenRequestNotAllowedError extends BrokerResponseError {
  static readonly code = 64;
  static readonly errorName = 'DELEGATION_TOKEN_REQUEST_NOT_ALLOWED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[64], options);
  }
}

/**
 * `DELEGATION_TOKEN_AUTHORIZATION_FAILED` (65): Delegation Token authorization failed.
 *
 * Not retriable. Java: `DelegationTokenAuthorizationException`.
 */
export class DelegationTokenAuthorizationFailedError extends BrokerResponseError {
  static readonly code = 65;
  static readonly errorName = 'DELEGATION_TOKEN_AUTHORIZATION_FAILED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[65], options);
  }
}

/**
 * `DELEGATION_TOKEN_EXPIRED` (66): Delegation Token is expired.
 *
 * Not retriable. Java: `DelegationTokenExpiredException`.
 */
export class DelegationTokenExpiredError extends BrokerResponseError {
  static readonly code = 66;
  static readonly errorName = 'DELEGATION_TOKEN_EXPIRED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[66], options);
  }
}

/**
 * `INVALID_PRINCIPAL_TYPE` (67): Supplied principalType is not supported.
 *
 * Not retriable. Java: `InvalidPrincipalTypeException`.
 */
export class InvalidPrincipalTypeError extends BrokerResponseError {
  static readonly code = 67;
  static readonly errorName = 'INVALID_PRINCIPAL_TYPE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[67], options);
  }
}

/**
 * `NON_EMPTY_GROUP` (68): The group is not empty.
 *
 * Not retriable. Java: `GroupNotEmptyException`.
 */
export class NonEmptyGroupError extends BrokerResponseError {
  static readonly code = 68;
  static readonly errorName = 'NON_EMPTY_GROUP';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[68], options);
  }
}

/**
 * `GROUP_ID_NOT_FOUND` (69): The group id does not exist.
 *
 * Not retriable. Java: `GroupIdNotFoundException`.
 */
export class GroupIdNotFoundError extends BrokerResponseError {
  static readonly code = 69;
  static readonly errorName = 'GROUP_ID_NOT_FOUND';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[69], options);
  }
}

/**
 * `FETCH_SESSION_ID_NOT_FOUND` (70): The fetch session ID was not found.
 *
 * Retriable. Java: `FetchSessionIdNotFoundException`.
 */
export class FetchSessionIdNotFoundError extends BrokerResponseError {
  static readonly code = 70;
  static readonly errorName = 'FETCH_SESSION_ID_NOT_FOUND';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[70], options);
  }
}

/**
 * `INVALID_FETCH_SESSION_EPOCH` (71): The fetch session epoch is invalid.
 *
 * Retriable. Java: `InvalidFetchSessionEpochException`.
 */
export class InvalidFetchSessionEpochError extends BrokerResponseError {
  static readonly code = 71;
  static readonly errorName = 'INVALID_FETCH_SESSION_EPOCH';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[71], options);
  }
}

/**
 * `LISTENER_NOT_FOUND` (72): There is no listener on the leader broker that matches the listener on which
 * metadata request was processed.
 *
 * Retriable; refreshes metadata. Java: `ListenerNotFoundException`.
 */
export class ListenerNotFoundError extends BrokerResponseError {
  static readonly code = 72;
  static readonly errorName = 'LISTENER_NOT_FOUND';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[72], options);
  }
}

/**
 * `TOPIC_DELETION_DISABLED` (73): Topic deletion is disabled.
 *
 * Not retriable. Java: `TopicDeletionDisabledException`.
 */
export class TopicDeletionDisabledError extends BrokerResponseError {
  static readonly code = 73;
  static readonly errorName = 'TOPIC_DELETION_DISABLED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[73], options);
  }
}

/**
 * `FENCED_LEADER_EPOCH` (74): The leader epoch in the request is older than the epoch on the broker.
 *
 * Retriable; refreshes metadata. Java: `FencedLeaderEpochException`.
 */
export class FencedLeaderEpochError extends BrokerResponseError {
  static readonly code = 74;
  static readonly errorName = 'FENCED_LEADER_EPOCH';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[74], options);
  }
}

/**
 * `UNKNOWN_LEADER_EPOCH` (75): The leader epoch in the request is newer than the epoch on the broker.
 *
 * Retriable. Java: `UnknownLeaderEpochException`.
 */
export class UnknownLeaderEpochError extends BrokerResponseError {
  static readonly code = 75;
  static readonly errorName = 'UNKNOWN_LEADER_EPOCH';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[75], options);
  }
}

/**
 * `UNSUPPORTED_COMPRESSION_TYPE` (76): The requesting client does not support the compression type of given
 * partition.
 *
 * Not retriable. Java: `UnsupportedCompressionTypeException`.
 */
export class UnsupportedCompressionTypeError extends BrokerResponseError {
  static readonly code = 76;
  static readonly errorName = 'UNSUPPORTED_COMPRESSION_TYPE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[76], options);
  }
}

/**
 * `STALE_BROKER_EPOCH` (77): Broker epoch has changed.
 *
 * Not retriable. Java: `StaleBrokerEpochException`.
 */
export class StaleBrokerEpochError extends BrokerResponseError {
  static readonly code = 77;
  static readonly errorName = 'STALE_BROKER_EPOCH';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[77], options);
  }
}

/**
 * `OFFSET_NOT_AVAILABLE` (78): The leader high watermark has not caught up from a recent leader election so
 * the offsets cannot be guaranteed to be monotonically increasing.
 *
 * Retriable. Java: `OffsetNotAvailableException`.
 */
export class OffsetNotAvailableError extends BrokerResponseError {
  static readonly code = 78;
  static readonly errorName = 'OFFSET_NOT_AVAILABLE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[78], options);
  }
}

/**
 * `MEMBER_ID_REQUIRED` (79): The group member needs to have a valid member id before actually entering a
 * consumer group.
 *
 * Part of the classic JoinGroup handshake: rejoin with the member id the response carries.
 *
 * Not retriable. Java: `MemberIdRequiredException`.
 */
export class MemberIdRequiredError extends BrokerResponseError {
  static readonly code = 79;
  static readonly errorName = 'MEMBER_ID_REQUIRED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[79], options);
  }
}

/**
 * `PREFERRED_LEADER_NOT_AVAILABLE` (80): The preferred leader was not available.
 *
 * Retriable; refreshes metadata. Java: `PreferredLeaderNotAvailableException`.
 */
export class PreferredLeaderNotAvailableError extends BrokerResponseError {
  static readonly code = 80;
  static readonly errorName = 'PREFERRED_LEADER_NOT_AVAILABLE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[80], options);
  }
}

/**
 * `GROUP_MAX_SIZE_REACHED` (81): The group has reached its maximum size.
 *
 * Not retriable; fatal. Java: `GroupMaxSizeReachedException`.
 */
export class GroupMaxSizeReachedError extends BrokerResponseError {
  static readonly code = 81;
  static readonly errorName = 'GROUP_MAX_SIZE_REACHED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[81], options);
  }
}

/**
 * `FENCED_INSTANCE_ID` (82): The broker rejected this static consumer since another consumer with the same
 * group.instance.id has registered with a different member.id.
 *
 * Fatal for the consumer; a transactional producer committing its offsets can only abort.
 *
 * Not retriable; fatal; the transaction must abort. Java: `FencedInstanceIdException`.
 */
export class FencedInstanceIdError extends BrokerResponseError {
  static readonly code = 82;
  static readonly errorName = 'FENCED_INSTANCE_ID';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[82], options);
  }
}

/**
 * `ELIGIBLE_LEADERS_NOT_AVAILABLE` (83): Eligible topic partition leaders are not available.
 *
 * Retriable; refreshes metadata. Java: `EligibleLeadersNotAvailableException`.
 */
export class EligibleLeadersNotAvailableError extends BrokerResponseError {
  static readonly code = 83;
  static readonly errorName = 'ELIGIBLE_LEADERS_NOT_AVAILABLE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[83], options);
  }
}

/**
 * `ELECTION_NOT_NEEDED` (84): Leader election not needed for topic partition.
 *
 * Retriable; refreshes metadata. Java: `ElectionNotNeededException`.
 */
export class ElectionNotNeededError extends BrokerResponseError {
  static readonly code = 84;
  static readonly errorName = 'ELECTION_NOT_NEEDED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[84], options);
  }
}

/**
 * `NO_REASSIGNMENT_IN_PROGRESS` (85): No partition reassignment is in progress.
 *
 * Not retriable. Java: `NoReassignmentInProgressException`.
 */
export class NoReassignmentInProgressError extends BrokerResponseError {
  static readonly code = 85;
  static readonly errorName = 'NO_REASSIGNMENT_IN_PROGRESS';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[85], options);
  }
}

/**
 * `GROUP_SUBSCRIBED_TO_TOPIC` (86): Deleting offsets of a topic is forbidden while the consumer group is
 * actively subscribed to it.
 *
 * Not retriable. Java: `GroupSubscribedToTopicException`.
 */
export class GroupSubscribedToTopicError extends BrokerResponseError {
  static readonly code = 86;
  static readonly errorName = 'GROUP_SUBSCRIBED_TO_TOPIC';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[86], options);
  }
}

/**
 * `INVALID_RECORD` (87): This record has failed the validation on broker and hence will be rejected.
 *
 * Not retriable; the transaction must abort. Java: `InvalidRecordException`.
 */
export class InvalidRecordError extends BrokerResponseError {
  static readonly code = 87;
  static readonly errorName = 'INVALID_RECORD';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[87], options);
  }
}

/**
 * `UNSTABLE_OFFSET_COMMIT` (88): There are unstable offsets that need to be cleared.
 *
 * Retriable. Java: `UnstableOffsetCommitException`.
 */
export class UnstableOffsetCommitError extends BrokerResponseError {
  static readonly code = 88;
  static readonly errorName = 'UNSTABLE_OFFSET_COMMIT';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[88], options);
  }
}

/**
 * `THROTTLING_QUOTA_EXCEEDED` (89): The throttling quota has been exceeded.
 *
 * Retriable. Java: `ThrottlingQuotaExceededException`.
 */
export class ThrottlingQuotaExceededError extends BrokerResponseError {
  static readonly code = 89;
  static readonly errorName = 'THROTTLING_QUOTA_EXCEEDED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[89], options);
  }
}

/**
 * `PRODUCER_FENCED` (90): There is a newer producer with the same transactionalId which fences the current
 * one.
 *
 * Not retriable; fatal. Java: `ProducerFencedException`.
 */
export class ProducerFencedError extends BrokerResponseError {
  static readonly code = 90;
  static readonly errorName = 'PRODUCER_FENCED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[90], options);
  }
}

/**
 * `RESOURCE_NOT_FOUND` (91): A request illegally referred to a resource that does not exist.
 *
 * Not retriable. Java: `ResourceNotFoundException`.
 */
export class ResourceNotFoundError extends BrokerResponseError {
  static readonly code = 91;
  static readonly errorName = 'RESOURCE_NOT_FOUND';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[91], options);
  }
}

/**
 * `DUPLICATE_RESOURCE` (92): A request illegally referred to the same resource twice.
 *
 * Not retriable. Java: `DuplicateResourceException`.
 */
export class DuplicateResourceError extends BrokerResponseError {
  static readonly code = 92;
  static readonly errorName = 'DUPLICATE_RESOURCE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[92], options);
  }
}

/**
 * `UNACCEPTABLE_CREDENTIAL` (93): Requested credential would not meet criteria for acceptability.
 *
 * Not retriable. Java: `UnacceptableCredentialException`.
 */
export class UnacceptableCredentialError extends BrokerResponseError {
  static readonly code = 93;
  static readonly errorName = 'UNACCEPTABLE_CREDENTIAL';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[93], options);
  }
}

/**
 * `INCONSISTENT_VOTER_SET` (94): Indicates that the either the sender or recipient of a voter-only request is
 * not one of the expected voters.
 *
 * Not retriable. Java: `InconsistentVoterSetException`.
 */
export class InconsistentVoterSetError extends BrokerResponseError {
  static readonly code = 94;
  static readonly errorName = 'INCONSISTENT_VOTER_SET';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[94], options);
  }
}

/**
 * `INVALID_UPDATE_VERSION` (95): The given update version was invalid.
 *
 * Not retriable. Java: `InvalidUpdateVersionException`.
 */
export class InvalidUpdateVersionError extends BrokerResponseError {
  static readonly code = 95;
  static readonly errorName = 'INVALID_UPDATE_VERSION';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[95], options);
  }
}

/**
 * `FEATURE_UPDATE_FAILED` (96): Unable to update finalized features due to an unexpected server error.
 *
 * Not retriable. Java: `FeatureUpdateFailedException`.
 */
export class FeatureUpdateFailedError extends BrokerResponseError {
  static readonly code = 96;
  static readonly errorName = 'FEATURE_UPDATE_FAILED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[96], options);
  }
}

/**
 * `PRINCIPAL_DESERIALIZATION_FAILURE` (97): Request principal deserialization failed during forwarding. This
 * indicates an internal error on the broker cluster security setup.
 *
 * Not retriable. Java: `PrincipalDeserializationException`.
 */
export class PrincipalDeserializationFailureError extends BrokerResponseError {
  static readonly code = 97;
  static readonly errorName = 'PRINCIPAL_DESERIALIZATION_FAILURE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[97], options);
  }
}

/**
 * `SNAPSHOT_NOT_FOUND` (98): Requested snapshot was not found.
 *
 * Not retriable. Java: `SnapshotNotFoundException`.
 */
export class SnapshotNotFoundError extends BrokerResponseError {
  static readonly code = 98;
  static readonly errorName = 'SNAPSHOT_NOT_FOUND';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[98], options);
  }
}

/**
 * `POSITION_OUT_OF_RANGE` (99): Requested position is not greater than or equal to zero, and less than the
 * size of the snapshot.
 *
 * Not retriable. Java: `PositionOutOfRangeException`.
 */
export class PositionOutOfRangeError extends BrokerResponseError {
  static readonly code = 99;
  static readonly errorName = 'POSITION_OUT_OF_RANGE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[99], options);
  }
}

/**
 * `UNKNOWN_TOPIC_ID` (100): This server does not host this topic ID.
 *
 * Retriable; refreshes metadata. Java: `UnknownTopicIdException`.
 */
export class UnknownTopicIdError extends BrokerResponseError {
  static readonly code = 100;
  static readonly errorName = 'UNKNOWN_TOPIC_ID';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[100], options);
  }
}

/**
 * `DUPLICATE_BROKER_REGISTRATION` (101): This broker ID is already in use.
 *
 * Not retriable. Java: `DuplicateBrokerRegistrationException`.
 */
export class DuplicateBrokerRegistrationError extends BrokerResponseError {
  static readonly code = 101;
  static readonly errorName = 'DUPLICATE_BROKER_REGISTRATION';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[101], options);
  }
}

/**
 * `BROKER_ID_NOT_REGISTERED` (102): The given broker ID was not registered.
 *
 * Not retriable. Java: `BrokerIdNotRegisteredException`.
 */
export class BrokerIdNotRegisteredError extends BrokerResponseError {
  static readonly code = 102;
  static readonly errorName = 'BROKER_ID_NOT_REGISTERED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[102], options);
  }
}

/**
 * `INCONSISTENT_TOPIC_ID` (103): The log's topic ID did not match the topic ID in the request.
 *
 * Retriable; refreshes metadata. Java: `InconsistentTopicIdException`.
 */
export class InconsistentTopicIdError extends BrokerResponseError {
  static readonly code = 103;
  static readonly errorName = 'INCONSISTENT_TOPIC_ID';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[103], options);
  }
}

/**
 * `INCONSISTENT_CLUSTER_ID` (104): The clusterId in the request does not match that found on the server.
 *
 * Not retriable. Java: `InconsistentClusterIdException`.
 */
export class InconsistentClusterIdError extends BrokerResponseError {
  static readonly code = 104;
  static readonly errorName = 'INCONSISTENT_CLUSTER_ID';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[104], options);
  }
}

/**
 * `TRANSACTIONAL_ID_NOT_FOUND` (105): The transactionalId could not be found.
 *
 * Not retriable. Java: `TransactionalIdNotFoundException`.
 */
export class TransactionalIdNotFoundError extends BrokerResponseError {
  static readonly code = 105;
  static readonly errorName = 'TRANSACTIONAL_ID_NOT_FOUND';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[105], options);
  }
}

/**
 * `FETCH_SESSION_TOPIC_ID_ERROR` (106): The fetch session encountered inconsistent topic ID usage.
 *
 * Retriable. Java: `FetchSessionTopicIdException`.
 */
export class FetchSessionTopicIdError extends BrokerResponseError {
  static readonly code = 106;
  static readonly errorName = 'FETCH_SESSION_TOPIC_ID_ERROR';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[106], options);
  }
}

/**
 * `INELIGIBLE_REPLICA` (107): The new ISR contains at least one ineligible replica.
 *
 * Not retriable. Java: `IneligibleReplicaException`.
 */
export class IneligibleReplicaError extends BrokerResponseError {
  static readonly code = 107;
  static readonly errorName = 'INELIGIBLE_REPLICA';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[107], options);
  }
}

/**
 * `NEW_LEADER_ELECTED` (108): The AlterPartition request successfully updated the partition state but the
 * leader has changed.
 *
 * Not retriable. Java: `NewLeaderElectedException`.
 */
export class NewLeaderElectedError extends BrokerResponseError {
  static readonly code = 108;
  static readonly errorName = 'NEW_LEADER_ELECTED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[108], options);
  }
}

/**
 * `OFFSET_MOVED_TO_TIERED_STORAGE` (109): The requested offset is moved to tiered storage.
 *
 * Not retriable. Java: `OffsetMovedToTieredStorageException`.
 */
export class OffsetMovedToTieredStorageError extends BrokerResponseError {
  static readonly code = 109;
  static readonly errorName = 'OFFSET_MOVED_TO_TIERED_STORAGE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[109], options);
  }
}

/**
 * `FENCED_MEMBER_EPOCH` (110): The member epoch is fenced by the group coordinator. The member must abandon
 * all its partitions and rejoin.
 *
 * Consumer group protocol: give up the assignment and rejoin with epoch 0.
 *
 * Not retriable. Java: `FencedMemberEpochException`.
 */
export class FencedMemberEpochError extends BrokerResponseError {
  static readonly code = 110;
  static readonly errorName = 'FENCED_MEMBER_EPOCH';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[110], options);
  }
}

/**
 * `UNRELEASED_INSTANCE_ID` (111): The instance ID is still used by another member in the consumer group. That
 * member must leave first.
 *
 * Not retriable; fatal. Java: `UnreleasedInstanceIdException`.
 */
export class UnreleasedInstanceIdError extends BrokerResponseError {
  static readonly code = 111;
  static readonly errorName = 'UNRELEASED_INSTANCE_ID';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[111], options);
  }
}

/**
 * `UNSUPPORTED_ASSIGNOR` (112): The assignor or its version range is not supported by the consumer group.
 *
 * Not retriable; fatal. Java: `UnsupportedAssignorException`.
 */
export class UnsupportedAssignorError extends BrokerResponseError {
  static readonly code = 112;
  static readonly errorName = 'UNSUPPORTED_ASSIGNOR';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[112], options);
  }
}

/**
 * `STALE_MEMBER_EPOCH` (113): The member epoch is stale. The member must retry after receiving its updated
 * member epoch via the ConsumerGroupHeartbeat API.
 *
 * Not retriable. Java: `StaleMemberEpochException`.
 */
export class StaleMemberEpochError extends BrokerResponseError {
  static readonly code = 113;
  static readonly errorName = 'STALE_MEMBER_EPOCH';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[113], options);
  }
}

/**
 * `MISMATCHED_ENDPOINT_TYPE` (114): The request was sent to an endpoint of the wrong type.
 *
 * Not retriable. Java: `MismatchedEndpointTypeException`.
 */
export class MismatchedEndpointTypeError extends BrokerResponseError {
  static readonly code = 114;
  static readonly errorName = 'MISMATCHED_ENDPOINT_TYPE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[114], options);
  }
}

/**
 * `UNSUPPORTED_ENDPOINT_TYPE` (115): This endpoint type is not supported yet.
 *
 * Not retriable. Java: `UnsupportedEndpointTypeException`.
 */
export class UnsupportedEndpointTypeError extends BrokerResponseError {
  static readonly code = 115;
  static readonly errorName = 'UNSUPPORTED_ENDPOINT_TYPE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[115], options);
  }
}

/**
 * `UNKNOWN_CONTROLLER_ID` (116): This controller ID is not known.
 *
 * Not retriable. Java: `UnknownControllerIdException`.
 */
export class UnknownControllerIdError extends BrokerResponseError {
  static readonly code = 116;
  static readonly errorName = 'UNKNOWN_CONTROLLER_ID';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[116], options);
  }
}

/**
 * `UNKNOWN_SUBSCRIPTION_ID` (117): Client sent a push telemetry request with an invalid or outdated
 * subscription ID.
 *
 * Not retriable. Java: `UnknownSubscriptionIdException`.
 */
export class UnknownSubscriptionIdError extends BrokerResponseError {
  static readonly code = 117;
  static readonly errorName = 'UNKNOWN_SUBSCRIPTION_ID';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[117], options);
  }
}

/**
 * `TELEMETRY_TOO_LARGE` (118): Client sent a push telemetry request larger than the maximum size the broker
 * will accept.
 *
 * Not retriable. Java: `TelemetryTooLargeException`.
 */
export class TelemetryTooLargeError extends BrokerResponseError {
  static readonly code = 118;
  static readonly errorName = 'TELEMETRY_TOO_LARGE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[118], options);
  }
}

/**
 * `INVALID_REGISTRATION` (119): The controller has considered the broker registration to be invalid.
 *
 * Not retriable. Java: `InvalidRegistrationException`.
 */
export class InvalidRegistrationError extends BrokerResponseError {
  static readonly code = 119;
  static readonly errorName = 'INVALID_REGISTRATION';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[119], options);
  }
}

/**
 * `TRANSACTION_ABORTABLE` (120): The server encountered an error with the transaction. The client can abort
 * the transaction to continue using this transactional ID.
 *
 * Not retriable; the transaction must abort. Java: `TransactionAbortableException`.
 */
export class TransactionAbortableError extends BrokerResponseError {
  static readonly code = 120;
  static readonly errorName = 'TRANSACTION_ABORTABLE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[120], options);
  }
}

/**
 * `INVALID_RECORD_STATE` (121): The record state is invalid. The acknowledgement of delivery could not be
 * completed.
 *
 * Not retriable. Java: `InvalidRecordStateException`.
 */
export class InvalidRecordStateError extends BrokerResponseError {
  static readonly code = 121;
  static readonly errorName = 'INVALID_RECORD_STATE';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[121], options);
  }
}

/**
 * `SHARE_SESSION_NOT_FOUND` (122): The share session was not found.
 *
 * Retriable. Java: `ShareSessionNotFoundException`.
 */
export class ShareSessionNotFoundError extends BrokerResponseError {
  static readonly code = 122;
  static readonly errorName = 'SHARE_SESSION_NOT_FOUND';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[122], options);
  }
}

/**
 * `INVALID_SHARE_SESSION_EPOCH` (123): The share session epoch is invalid.
 *
 * Retriable. Java: `InvalidShareSessionEpochException`.
 */
export class InvalidShareSessionEpochError extends BrokerResponseError {
  static readonly code = 123;
  static readonly errorName = 'INVALID_SHARE_SESSION_EPOCH';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[123], options);
  }
}

/**
 * `FENCED_STATE_EPOCH` (124): The share coordinator rejected the request because the share-group state epoch
 * did not match.
 *
 * Not retriable. Java: `FencedStateEpochException`.
 */
export class FencedStateEpochError extends BrokerResponseError {
  static readonly code = 124;
  static readonly errorName = 'FENCED_STATE_EPOCH';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[124], options);
  }
}

/**
 * `INVALID_VOTER_KEY` (125): The voter key doesn't match the receiving replica's key.
 *
 * Not retriable. Java: `InvalidVoterKeyException`.
 */
export class InvalidVoterKeyError extends BrokerResponseError {
  static readonly code = 125;
  static readonly errorName = 'INVALID_VOTER_KEY';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[125], options);
  }
}

/**
 * `DUPLICATE_VOTER` (126): The voter is already part of the set of voters.
 *
 * Not retriable. Java: `DuplicateVoterException`.
 */
export class DuplicateVoterError extends BrokerResponseError {
  static readonly code = 126;
  static readonly errorName = 'DUPLICATE_VOTER';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[126], options);
  }
}

/**
 * `VOTER_NOT_FOUND` (127): The voter is not part of the set of voters.
 *
 * Not retriable. Java: `VoterNotFoundException`.
 */
export class VoterNotFoundError extends BrokerResponseError {
  static readonly code = 127;
  static readonly errorName = 'VOTER_NOT_FOUND';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[127], options);
  }
}

/**
 * `INVALID_REGULAR_EXPRESSION` (128): The regular expression is not valid.
 *
 * Not retriable. Java: `InvalidRegularExpression`.
 */
export class InvalidRegularExpressionError extends BrokerResponseError {
  static readonly code = 128;
  static readonly errorName = 'INVALID_REGULAR_EXPRESSION';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[128], options);
  }
}

/**
 * `REBOOTSTRAP_REQUIRED` (129): Client metadata is stale. The client should rebootstrap to obtain new
 * metadata.
 *
 * Drop all cached metadata and connections and start again from `bootstrapServers`.
 *
 * Not retriable. Java: `RebootstrapRequiredException`.
 */
export class RebootstrapRequiredError extends BrokerResponseError {
  static readonly code = 129;
  static readonly errorName = 'REBOOTSTRAP_REQUIRED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[129], options);
  }
}

/**
 * `STREAMS_INVALID_TOPOLOGY` (130): The supplied topology is invalid.
 *
 * Not retriable. Java: `StreamsInvalidTopologyException`.
 */
export class StreamsInvalidTopologyError extends BrokerResponseError {
  static readonly code = 130;
  static readonly errorName = 'STREAMS_INVALID_TOPOLOGY';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[130], options);
  }
}

/**
 * `STREAMS_INVALID_TOPOLOGY_EPOCH` (131): The supplied topology epoch is invalid.
 *
 * Not retriable. Java: `StreamsInvalidTopologyEpochException`.
 */
export class StreamsInvalidTopologyEpochError extends BrokerResponseError {
  static readonly code = 131;
  static readonly errorName = 'STREAMS_INVALID_TOPOLOGY_EPOCH';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[131], options);
  }
}

/**
 * `STREAMS_TOPOLOGY_FENCED` (132): The supplied topology epoch is outdated.
 *
 * Not retriable. Java: `StreamsTopologyFencedException`.
 */
export class StreamsTopologyFencedError extends BrokerResponseError {
  static readonly code = 132;
  static readonly errorName = 'STREAMS_TOPOLOGY_FENCED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[132], options);
  }
}

/**
 * `SHARE_SESSION_LIMIT_REACHED` (133): The limit of share sessions has been reached.
 *
 * Retriable. Java: `ShareSessionLimitReachedException`.
 */
export class ShareSessionLimitReachedError extends BrokerResponseError {
  static readonly code = 133;
  static readonly errorName = 'SHARE_SESSION_LIMIT_REACHED';

  constructor(message?: string | null, options?: BrokerErrorOptions) {
    super(message, ERROR_CODES[133], options);
  }
}

/** A generated broker error class: constructible from the broker message, with its code on the class. */
export interface BrokerErrorClass {
  new (message?: string | null, options?: BrokerErrorOptions): BrokerResponseError;
  readonly code: number;
  readonly errorName: string;
}

/** The class for each known error code. */
export const BROKER_ERROR_CLASSES: ReadonlyMap<number, BrokerErrorClass> = new Map<number, BrokerErrorClass>([
  [-1, UnknownServerError],
  [1, OffsetOutOfRangeError],
  [2, CorruptRecordError],
  [3, UnknownTopicOrPartitionError],
  [4, InvalidFetchSizeError],
  [5, LeaderNotAvailableError],
  [6, NotLeaderOrFollowerError],
  [7, RequestTimedOutError],
  [8, BrokerNotAvailableError],
  [9, ReplicaNotAvailableError],
  [10, RecordTooLargeError],
  [11, StaleControllerEpochError],
  [12, OffsetMetadataTooLargeError],
  [13, NetworkError],
  [14, CoordinatorLoadInProgressError],
  [15, CoordinatorNotAvailableError],
  [16, NotCoordinatorError],
  [17, InvalidTopicError],
  [18, RecordBatchTooLargeError],
  [19, NotEnoughReplicasError],
  [20, NotEnoughReplicasAfterAppendError],
  [21, InvalidRequiredAcksError],
  [22, IllegalGenerationError],
  [23, InconsistentGroupProtocolError],
  [24, InvalidGroupIdError],
  [25, UnknownMemberIdError],
  [26, InvalidSessionTimeoutError],
  [27, RebalanceInProgressError],
  [28, InvalidCommitOffsetSizeError],
  [29, TopicAuthorizationFailedError],
  [30, GroupAuthorizationFailedError],
  [31, ClusterAuthorizationFailedError],
  [32, InvalidTimestampError],
  [33, UnsupportedSaslMechanismError],
  [34, IllegalSaslStateError],
  [35, UnsupportedVersionError],
  [36, TopicAlreadyExistsError],
  [37, InvalidPartitionsError],
  [38, InvalidReplicationFactorError],
  [39, InvalidReplicaAssignmentError],
  [40, InvalidConfigurationError],
  [41, NotControllerError],
  [42, InvalidRequestError],
  [43, UnsupportedForMessageFormatError],
  [44, PolicyViolationError],
  [45, OutOfOrderSequenceNumberError],
  [46, DuplicateSequenceNumberError],
  [47, InvalidProducerEpochError],
  [48, InvalidTxnStateError],
  [49, InvalidProducerIdMappingError],
  [50, InvalidTransactionTimeoutError],
  [51, ConcurrentTransactionsError],
  [52, TransactionCoordinatorFencedError],
  [53, TransactionalIdAuthorizationFailedError],
  [54, SecurityDisabledError],
  [55, OperationNotAttemptedError],
  [56, KafkaStorageError],
  [57, LogDirNotFoundError],
  [58, SaslAuthenticationError],
  [59, UnknownProducerIdError],
  [60, ReassignmentInProgressError],
  [61, DelegationTokenAuthDisabledError],
  [62, DelegationTokenNotFoundError],
  [63, DelegationTokenOwnerMismatchError],
  [64, DelegationTokenRequestNotAllowedError],
  [65, DelegationTokenAuthorizationFailedError],
  [66, DelegationTokenExpiredError],
  [67, InvalidPrincipalTypeError],
  [68, NonEmptyGroupError],
  [69, GroupIdNotFoundError],
  [70, FetchSessionIdNotFoundError],
  [71, InvalidFetchSessionEpochError],
  [72, ListenerNotFoundError],
  [73, TopicDeletionDisabledError],
  [74, FencedLeaderEpochError],
  [75, UnknownLeaderEpochError],
  [76, UnsupportedCompressionTypeError],
  [77, StaleBrokerEpochError],
  [78, OffsetNotAvailableError],
  [79, MemberIdRequiredError],
  [80, PreferredLeaderNotAvailableError],
  [81, GroupMaxSizeReachedError],
  [82, FencedInstanceIdError],
  [83, EligibleLeadersNotAvailableError],
  [84, ElectionNotNeededError],
  [85, NoReassignmentInProgressError],
  [86, GroupSubscribedToTopicError],
  [87, InvalidRecordError],
  [88, UnstableOffsetCommitError],
  [89, ThrottlingQuotaExceededError],
  [90, ProducerFencedError],
  [91, ResourceNotFoundError],
  [92, DuplicateResourceError],
  [93, UnacceptableCredentialError],
  [94, InconsistentVoterSetError],
  [95, InvalidUpdateVersionError],
  [96, FeatureUpdateFailedError],
  [97, PrincipalDeserializationFailureError],
  [98, SnapshotNotFoundError],
  [99, PositionOutOfRangeError],
  [100, UnknownTopicIdError],
  [101, DuplicateBrokerRegistrationError],
  [102, BrokerIdNotRegisteredError],
  [103, InconsistentTopicIdError],
  [104, InconsistentClusterIdError],
  [105, TransactionalIdNotFoundError],
  [106, FetchSessionTopicIdError],
  [107, IneligibleReplicaError],
  [108, NewLeaderElectedError],
  [109, OffsetMovedToTieredStorageError],
  [110, FencedMemberEpochError],
  [111, UnreleasedInstanceIdError],
  [112, UnsupportedAssignorError],
  [113, StaleMemberEpochError],
  [114, MismatchedEndpointTypeError],
  [115, UnsupportedEndpointTypeError],
  [116, UnknownControllerIdError],
  [117, UnknownSubscriptionIdError],
  [118, TelemetryTooLargeError],
  [119, InvalidRegistrationError],
  [120, TransactionAbortableError],
  [121, InvalidRecordStateError],
  [122, ShareSessionNotFoundError],
  [123, InvalidShareSessionEpochError],
  [124, FencedStateEpochError],
  [125, InvalidVoterKeyError],
  [126, DuplicateVoterError],
  [127, VoterNotFoundError],
  [128, InvalidRegularExpressionError],
  [129, RebootstrapRequiredError],
  [130, StreamsInvalidTopologyError],
  [131, StreamsInvalidTopologyEpochError],
  [132, StreamsTopologyFencedError],
  [133, ShareSessionLimitReachedError],
]);
