/**
 * Every error code of Apache Kafka 4.3.1, as the one source of truth for `src/errors/broker-errors.ts`.
 *
 * Sources: the `Errors` enum of kafka-clients (code, enum name, exception class, default message) and
 * the exception classes it names: `retriable` is "the Java class extends RetriableException", and
 * `invalidMetadata` is "the Java class extends InvalidMetadataException" (a subclass of it, so every
 * such row is also retriable). `fatal` and `txnRequiresAbort` come from how the Java producer's
 * TransactionManager/Sender and the consumer's coordinators react to the code (see `FLAG_RULES`).
 *
 * Codes 134 and up (cluster mirroring) exist only after 4.3 and are not listed; an unknown code
 * decodes to `UnknownKafkaError`, which keeps the number.
 *
 * After editing this file run `pnpm codegen:errors` (or `tsx codegen/errors/generate.ts`) and commit
 * the regenerated `src/errors/broker-errors.ts`.
 */

/** The Kafka release this table describes. */
export const KAFKA_VERSION = '4.3.1';

/** One row of the table. */
export interface ErrorCodeRow {
  /** The int16 on the wire. */
  code: number;
  /** The Java enum constant, e.g. `NOT_LEADER_OR_FOLLOWER`. */
  name: string;
  /** The Java exception class the client raises for it (without package). */
  java: string;
  /** Kafka's default description, used when the broker sends no error message. */
  message: string;
  retriable?: boolean;
  invalidMetadata?: boolean;
  fatal?: boolean;
  txnRequiresAbort?: boolean;
  /** The TypeScript class name when the mechanical one (PascalCase of `name` + `Error`) reads badly. */
  className?: string;
  /** A sentence for the class's TSDoc: when a client sees it and what it does about it. */
  note?: string;
}

/** The policy behind the `fatal` and `txnRequiresAbort` columns, printed into the generated file. */
export const FLAG_RULES = [
  'fatal: the Java client moves the producer to its fatal state or the consumer member to a fatal',
  '  failure: the instance cannot go on and must be closed and recreated (PRODUCER_FENCED,',
  '  TRANSACTIONAL_ID_AUTHORIZATION_FAILED, INVALID_TXN_STATE, FENCED_INSTANCE_ID,',
  '  UNRELEASED_INSTANCE_ID, GROUP_MAX_SIZE_REACHED, UNSUPPORTED_ASSIGNOR). Some codes are fatal only',
  '  in one context and carry fatal=false here; the transaction manager decides for them:',
  '  INVALID_PRODUCER_EPOCH, UNSUPPORTED_VERSION, UNSUPPORTED_FOR_MESSAGE_FORMAT and',
  '  CLUSTER_AUTHORIZATION_FAILED returned to a transactional or idempotent producer request are fatal',
  '  (Java turns INVALID_PRODUCER_EPOCH from the transaction coordinator into ProducerFencedException).',
  'txnRequiresAbort: the abortable errors of the Java TransactionManager: after them a transactional',
  '  producer can still abort the transaction (and then go on), but can no longer commit it.',
];

const R = { retriable: true } as const;
const M = { retriable: true, invalidMetadata: true } as const;
const FATAL = { fatal: true } as const;
const ABORT = { txnRequiresAbort: true } as const;

export const ERROR_TABLE: readonly ErrorCodeRow[] = [
  {
    code: -1,
    name: 'UNKNOWN_SERVER_ERROR',
    java: 'UnknownServerException',
    message: 'The server experienced an unexpected error when processing the request.',
    className: 'UnknownServerError',
  },
  {
    code: 1,
    name: 'OFFSET_OUT_OF_RANGE',
    java: 'OffsetOutOfRangeException',
    message: 'The requested offset is not within the range of offsets maintained by the server.',
    note: 'The consumer resets the position according to `autoOffsetReset`, or raises this when it is "none".',
  },
  {
    code: 2,
    name: 'CORRUPT_MESSAGE',
    java: 'CorruptRecordException',
    message:
      'This message has failed its CRC checksum, exceeds the valid size, has a null key for a compacted topic, or is otherwise corrupt.',
    className: 'CorruptRecordError',
    note: 'Returned by the broker. A CRC mismatch found by this client while decoding a fetch is a `ProtocolError` instead.',
    ...R,
  },
  {
    code: 3,
    name: 'UNKNOWN_TOPIC_OR_PARTITION',
    java: 'UnknownTopicOrPartitionException',
    message: 'This server does not host this topic-partition.',
    ...M,
  },
  {
    code: 4,
    name: 'INVALID_FETCH_SIZE',
    java: 'InvalidFetchSizeException',
    message: 'The requested fetch size is invalid.',
  },
  {
    code: 5,
    name: 'LEADER_NOT_AVAILABLE',
    java: 'LeaderNotAvailableException',
    message: 'There is no leader for this topic-partition as we are in the middle of a leadership election.',
    ...M,
  },
  {
    code: 6,
    name: 'NOT_LEADER_OR_FOLLOWER',
    java: 'NotLeaderOrFollowerException',
    message:
      'For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition.',
    note: 'Refresh metadata and retry against the new leader.',
    ...M,
  },
  {
    code: 7,
    name: 'REQUEST_TIMED_OUT',
    java: 'TimeoutException',
    message: 'The request timed out.',
    note: 'The broker timed out (e.g. waiting for acks). A request this client gave up on is a `KafkaTimeoutError`.',
    ...R,
  },
  {
    code: 8,
    name: 'BROKER_NOT_AVAILABLE',
    java: 'BrokerNotAvailableException',
    message: 'The broker is not available.',
  },
  {
    code: 9,
    name: 'REPLICA_NOT_AVAILABLE',
    java: 'ReplicaNotAvailableException',
    message:
      'The replica is not available for the requested topic-partition. Produce/Fetch requests and other requests intended only for the leader or follower return NOT_LEADER_OR_FOLLOWER if the broker is not a replica of the topic-partition.',
    ...M,
  },
  {
    code: 10,
    name: 'MESSAGE_TOO_LARGE',
    java: 'RecordTooLargeException',
    message: 'The request included a message larger than the max message size the server will accept.',
    className: 'RecordTooLargeError',
    note: 'The client-side size check throws its subclass `MessageSizeTooLargeError`.',
    ...ABORT,
  },
  {
    code: 11,
    name: 'STALE_CONTROLLER_EPOCH',
    java: 'ControllerMovedException',
    message: 'The controller moved to another broker.',
  },
  {
    code: 12,
    name: 'OFFSET_METADATA_TOO_LARGE',
    java: 'OffsetMetadataTooLarge',
    message: 'The metadata field of the offset request was too large.',
  },
  {
    code: 13,
    name: 'NETWORK_EXCEPTION',
    java: 'NetworkException',
    message: 'The server disconnected before a response was received.',
    className: 'NetworkError',
    note: 'Sent by a broker about its own peers; a socket failure of this client is a `ConnectionError`.',
    ...M,
  },
  {
    code: 14,
    name: 'COORDINATOR_LOAD_IN_PROGRESS',
    java: 'CoordinatorLoadInProgressException',
    message: "The coordinator is loading and hence can't process requests.",
    ...R,
  },
  {
    code: 15,
    name: 'COORDINATOR_NOT_AVAILABLE',
    java: 'CoordinatorNotAvailableException',
    message: 'The coordinator is not available.',
    note: 'Look the coordinator up again (FindCoordinator) before retrying.',
    ...R,
  },
  {
    code: 16,
    name: 'NOT_COORDINATOR',
    java: 'NotCoordinatorException',
    message: 'This is not the correct coordinator.',
    note: 'Look the coordinator up again (FindCoordinator) before retrying.',
    ...R,
  },
  {
    code: 17,
    name: 'INVALID_TOPIC_EXCEPTION',
    java: 'InvalidTopicException',
    message: 'The request attempted to perform an operation on an invalid topic.',
    className: 'InvalidTopicError',
  },
  {
    code: 18,
    name: 'RECORD_LIST_TOO_LARGE',
    java: 'RecordBatchTooLargeException',
    message: 'The request included message batch larger than the configured segment size on the server.',
    className: 'RecordBatchTooLargeError',
    ...ABORT,
  },
  {
    code: 19,
    name: 'NOT_ENOUGH_REPLICAS',
    java: 'NotEnoughReplicasException',
    message: 'Messages are rejected since there are fewer in-sync replicas than required.',
    ...R,
  },
  {
    code: 20,
    name: 'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
    java: 'NotEnoughReplicasAfterAppendException',
    message: 'Messages are written to the log, but to fewer in-sync replicas than required.',
    ...R,
  },
  {
    code: 21,
    name: 'INVALID_REQUIRED_ACKS',
    java: 'InvalidRequiredAcksException',
    message: 'Produce request specified an invalid value for required acks.',
  },
  {
    code: 22,
    name: 'ILLEGAL_GENERATION',
    java: 'IllegalGenerationException',
    message: 'Specified group generation id is not valid.',
    note: 'The member rejoins the group; from TxnOffsetCommit it makes the transaction abortable.',
    ...ABORT,
  },
  {
    code: 23,
    name: 'INCONSISTENT_GROUP_PROTOCOL',
    java: 'InconsistentGroupProtocolException',
    message:
      "The group member's supported protocols are incompatible with those of existing members or first group member tried to join with empty protocol type or empty protocol list.",
  },
  { code: 24, name: 'INVALID_GROUP_ID', java: 'InvalidGroupIdException', message: 'The group id is invalid.' },
  {
    code: 25,
    name: 'UNKNOWN_MEMBER_ID',
    java: 'UnknownMemberIdException',
    message: 'The coordinator is not aware of this member.',
    note: 'The member resets its id and rejoins; from TxnOffsetCommit it makes the transaction abortable.',
    ...ABORT,
  },
  {
    code: 26,
    name: 'INVALID_SESSION_TIMEOUT',
    java: 'InvalidSessionTimeoutException',
    message:
      'The session timeout is not within the range allowed by the broker (as configured by group.min.session.timeout.ms and group.max.session.timeout.ms).',
  },
  {
    code: 27,
    name: 'REBALANCE_IN_PROGRESS',
    java: 'RebalanceInProgressException',
    message: 'The group is rebalancing, so a rejoin is needed.',
    note: 'Not retriable as such in Java: the member rejoins the group, then commits again.',
  },
  {
    code: 28,
    name: 'INVALID_COMMIT_OFFSET_SIZE',
    java: 'InvalidCommitOffsetSizeException',
    message: 'The committing offset data size is not valid.',
  },
  {
    code: 29,
    name: 'TOPIC_AUTHORIZATION_FAILED',
    java: 'TopicAuthorizationException',
    message: 'Topic authorization failed.',
    ...ABORT,
  },
  {
    code: 30,
    name: 'GROUP_AUTHORIZATION_FAILED',
    java: 'GroupAuthorizationException',
    message: 'Group authorization failed.',
    ...ABORT,
  },
  {
    code: 31,
    name: 'CLUSTER_AUTHORIZATION_FAILED',
    java: 'ClusterAuthorizationException',
    message: 'Cluster authorization failed.',
    note: 'Fatal for an idempotent or transactional producer (InitProducerId needs IdempotentWrite).',
  },
  {
    code: 32,
    name: 'INVALID_TIMESTAMP',
    java: 'InvalidTimestampException',
    message: 'The timestamp of the message is out of acceptable range.',
    ...ABORT,
  },
  {
    code: 33,
    name: 'UNSUPPORTED_SASL_MECHANISM',
    java: 'UnsupportedSaslMechanismException',
    message: 'The broker does not support the requested SASL mechanism.',
  },
  {
    code: 34,
    name: 'ILLEGAL_SASL_STATE',
    java: 'IllegalSaslStateException',
    message: 'Request is not valid given the current SASL state.',
  },
  {
    code: 35,
    name: 'UNSUPPORTED_VERSION',
    java: 'UnsupportedVersionException',
    message: 'The version of API is not supported.',
    note: 'Also thrown by version negotiation before a request is sent. Fatal for a transactional or idempotent producer.',
  },
  {
    code: 36,
    name: 'TOPIC_ALREADY_EXISTS',
    java: 'TopicExistsException',
    message: 'Topic with this name already exists.',
  },
  {
    code: 37,
    name: 'INVALID_PARTITIONS',
    java: 'InvalidPartitionsException',
    message: 'Number of partitions is below 1.',
  },
  {
    code: 38,
    name: 'INVALID_REPLICATION_FACTOR',
    java: 'InvalidReplicationFactorException',
    message: 'Replication factor is below 1 or larger than the number of available brokers.',
  },
  {
    code: 39,
    name: 'INVALID_REPLICA_ASSIGNMENT',
    java: 'InvalidReplicaAssignmentException',
    message: 'Replica assignment is invalid.',
  },
  {
    code: 40,
    name: 'INVALID_CONFIG',
    java: 'InvalidConfigurationException',
    message: 'Configuration is invalid.',
    className: 'InvalidConfigurationError',
    note: 'A broker-side (topic or broker config) error; a bad client option is an `InvalidConfigError`.',
  },
  {
    code: 41,
    name: 'NOT_CONTROLLER',
    java: 'NotControllerException',
    message: 'This is not the correct controller for this cluster.',
    ...R,
  },
  {
    code: 42,
    name: 'INVALID_REQUEST',
    java: 'InvalidRequestException',
    message:
      'This most likely occurs because of a request being malformed by the client library or the message was sent to an incompatible broker. See the broker logs for more details.',
  },
  {
    code: 43,
    name: 'UNSUPPORTED_FOR_MESSAGE_FORMAT',
    java: 'UnsupportedForMessageFormatException',
    message: 'The message format version on the broker does not support the request.',
  },
  {
    code: 44,
    name: 'POLICY_VIOLATION',
    java: 'PolicyViolationException',
    message: 'Request parameters do not satisfy the configured policy.',
  },
  {
    code: 45,
    name: 'OUT_OF_ORDER_SEQUENCE_NUMBER',
    java: 'OutOfOrderSequenceException',
    message: 'The broker received an out of order sequence number.',
    note: 'An idempotent producer bumps its epoch and resets sequences; a transactional one must abort.',
    ...ABORT,
  },
  {
    code: 46,
    name: 'DUPLICATE_SEQUENCE_NUMBER',
    java: 'DuplicateSequenceException',
    message: 'The broker received a duplicate sequence number.',
    note: 'The batch was already written: the producer completes it as a success.',
  },
  {
    code: 47,
    name: 'INVALID_PRODUCER_EPOCH',
    java: 'InvalidProducerEpochException',
    message: 'Producer attempted to produce with an old epoch.',
    note: 'Abortable when a produce request gets it; from the transaction coordinator it means the producer is fenced (fatal).',
    ...ABORT,
  },
  {
    code: 48,
    name: 'INVALID_TXN_STATE',
    java: 'InvalidTxnStateException',
    message: 'The producer attempted a transactional operation in an invalid state.',
    ...FATAL,
  },
  {
    code: 49,
    name: 'INVALID_PRODUCER_ID_MAPPING',
    java: 'InvalidPidMappingException',
    message: 'The producer attempted to use a producer id which is not currently assigned to its transactional id.',
    ...ABORT,
  },
  {
    code: 50,
    name: 'INVALID_TRANSACTION_TIMEOUT',
    java: 'InvalidTxnTimeoutException',
    message:
      'The transaction timeout is larger than the maximum value allowed by the broker (as configured by transaction.max.timeout.ms).',
  },
  {
    code: 51,
    name: 'CONCURRENT_TRANSACTIONS',
    java: 'ConcurrentTransactionsException',
    message:
      'The producer attempted to update a transaction while another concurrent operation on the same transaction was ongoing.',
    note: 'Not a RetriableException in Java, yet the transaction manager retries it after a short backoff.',
  },
  {
    code: 52,
    name: 'TRANSACTION_COORDINATOR_FENCED',
    java: 'TransactionCoordinatorFencedException',
    message:
      'Indicates that the transaction coordinator sending a WriteTxnMarker is no longer the current coordinator for a given producer.',
  },
  {
    code: 53,
    name: 'TRANSACTIONAL_ID_AUTHORIZATION_FAILED',
    java: 'TransactionalIdAuthorizationException',
    message: 'Transactional Id authorization failed.',
    ...FATAL,
  },
  {
    code: 54,
    name: 'SECURITY_DISABLED',
    java: 'SecurityDisabledException',
    message: 'Security features are disabled.',
  },
  {
    code: 55,
    name: 'OPERATION_NOT_ATTEMPTED',
    java: 'OperationNotAttemptedException',
    message:
      'The broker did not attempt to execute this operation. This may happen for batched RPCs where some operations in the batch failed, causing the broker to respond without trying the rest.',
  },
  {
    code: 56,
    name: 'KAFKA_STORAGE_ERROR',
    java: 'KafkaStorageException',
    message: 'Disk error when trying to access log file on the disk.',
    ...M,
  },
  {
    code: 57,
    name: 'LOG_DIR_NOT_FOUND',
    java: 'LogDirNotFoundException',
    message: 'The user-specified log directory is not found in the broker config.',
  },
  {
    code: 58,
    name: 'SASL_AUTHENTICATION_FAILED',
    java: 'SaslAuthenticationException',
    message: 'SASL Authentication failed.',
    className: 'SaslAuthenticationError',
  },
  {
    code: 59,
    name: 'UNKNOWN_PRODUCER_ID',
    java: 'UnknownProducerIdException',
    message:
      "This exception is raised by the broker if it could not locate the producer metadata associated with the producerId in question. This could happen if, for instance, the producer's records were deleted because their retention time had elapsed. Once the last records of the producerId are removed, the producer's metadata is removed from the broker, and future appends by the producer will return this exception.",
    ...ABORT,
  },
  {
    code: 60,
    name: 'REASSIGNMENT_IN_PROGRESS',
    java: 'ReassignmentInProgressException',
    message: 'A partition reassignment is in progress.',
  },
  {
    code: 61,
    name: 'DELEGATION_TOKEN_AUTH_DISABLED',
    java: 'DelegationTokenDisabledException',
    message: 'Delegation Token feature is not enabled.',
  },
  {
    code: 62,
    name: 'DELEGATION_TOKEN_NOT_FOUND',
    java: 'DelegationTokenNotFoundException',
    message: 'Delegation Token is not found on server.',
  },
  {
    code: 63,
    name: 'DELEGATION_TOKEN_OWNER_MISMATCH',
    java: 'DelegationTokenOwnerMismatchException',
    message: 'Specified Principal is not valid Owner/Renewer.',
  },
  {
    code: 64,
    name: 'DELEGATION_TOKEN_REQUEST_NOT_ALLOWED',
    java: 'UnsupportedByAuthenticationException',
    message:
      'Delegation Token requests are not allowed on PLAINTEXT/1-way SSL channels and on delegation token authenticated channels.',
  },
  {
    code: 65,
    name: 'DELEGATION_TOKEN_AUTHORIZATION_FAILED',
    java: 'DelegationTokenAuthorizationException',
    message: 'Delegation Token authorization failed.',
  },
  {
    code: 66,
    name: 'DELEGATION_TOKEN_EXPIRED',
    java: 'DelegationTokenExpiredException',
    message: 'Delegation Token is expired.',
  },
  {
    code: 67,
    name: 'INVALID_PRINCIPAL_TYPE',
    java: 'InvalidPrincipalTypeException',
    message: 'Supplied principalType is not supported.',
  },
  { code: 68, name: 'NON_EMPTY_GROUP', java: 'GroupNotEmptyException', message: 'The group is not empty.' },
  { code: 69, name: 'GROUP_ID_NOT_FOUND', java: 'GroupIdNotFoundException', message: 'The group id does not exist.' },
  {
    code: 70,
    name: 'FETCH_SESSION_ID_NOT_FOUND',
    java: 'FetchSessionIdNotFoundException',
    message: 'The fetch session ID was not found.',
    ...R,
  },
  {
    code: 71,
    name: 'INVALID_FETCH_SESSION_EPOCH',
    java: 'InvalidFetchSessionEpochException',
    message: 'The fetch session epoch is invalid.',
    ...R,
  },
  {
    code: 72,
    name: 'LISTENER_NOT_FOUND',
    java: 'ListenerNotFoundException',
    message:
      'There is no listener on the leader broker that matches the listener on which metadata request was processed.',
    ...M,
  },
  {
    code: 73,
    name: 'TOPIC_DELETION_DISABLED',
    java: 'TopicDeletionDisabledException',
    message: 'Topic deletion is disabled.',
  },
  {
    code: 74,
    name: 'FENCED_LEADER_EPOCH',
    java: 'FencedLeaderEpochException',
    message: 'The leader epoch in the request is older than the epoch on the broker.',
    ...M,
  },
  {
    code: 75,
    name: 'UNKNOWN_LEADER_EPOCH',
    java: 'UnknownLeaderEpochException',
    message: 'The leader epoch in the request is newer than the epoch on the broker.',
    ...R,
  },
  {
    code: 76,
    name: 'UNSUPPORTED_COMPRESSION_TYPE',
    java: 'UnsupportedCompressionTypeException',
    message: 'The requesting client does not support the compression type of given partition.',
  },
  { code: 77, name: 'STALE_BROKER_EPOCH', java: 'StaleBrokerEpochException', message: 'Broker epoch has changed.' },
  {
    code: 78,
    name: 'OFFSET_NOT_AVAILABLE',
    java: 'OffsetNotAvailableException',
    message:
      'The leader high watermark has not caught up from a recent leader election so the offsets cannot be guaranteed to be monotonically increasing.',
    ...R,
  },
  {
    code: 79,
    name: 'MEMBER_ID_REQUIRED',
    java: 'MemberIdRequiredException',
    message: 'The group member needs to have a valid member id before actually entering a consumer group.',
    note: 'Part of the classic JoinGroup handshake: rejoin with the member id the response carries.',
  },
  {
    code: 80,
    name: 'PREFERRED_LEADER_NOT_AVAILABLE',
    java: 'PreferredLeaderNotAvailableException',
    message: 'The preferred leader was not available.',
    ...M,
  },
  {
    code: 81,
    name: 'GROUP_MAX_SIZE_REACHED',
    java: 'GroupMaxSizeReachedException',
    message: 'The group has reached its maximum size.',
    ...FATAL,
  },
  {
    code: 82,
    name: 'FENCED_INSTANCE_ID',
    java: 'FencedInstanceIdException',
    message:
      'The broker rejected this static consumer since another consumer with the same group.instance.id has registered with a different member.id.',
    note: 'Fatal for the consumer; a transactional producer committing its offsets can only abort.',
    ...FATAL,
    ...ABORT,
  },
  {
    code: 83,
    name: 'ELIGIBLE_LEADERS_NOT_AVAILABLE',
    java: 'EligibleLeadersNotAvailableException',
    message: 'Eligible topic partition leaders are not available.',
    ...M,
  },
  {
    code: 84,
    name: 'ELECTION_NOT_NEEDED',
    java: 'ElectionNotNeededException',
    message: 'Leader election not needed for topic partition.',
    ...M,
  },
  {
    code: 85,
    name: 'NO_REASSIGNMENT_IN_PROGRESS',
    java: 'NoReassignmentInProgressException',
    message: 'No partition reassignment is in progress.',
  },
  {
    code: 86,
    name: 'GROUP_SUBSCRIBED_TO_TOPIC',
    java: 'GroupSubscribedToTopicException',
    message: 'Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it.',
  },
  {
    code: 87,
    name: 'INVALID_RECORD',
    java: 'InvalidRecordException',
    message: 'This record has failed the validation on broker and hence will be rejected.',
    ...ABORT,
  },
  {
    code: 88,
    name: 'UNSTABLE_OFFSET_COMMIT',
    java: 'UnstableOffsetCommitException',
    message: 'There are unstable offsets that need to be cleared.',
    ...R,
  },
  {
    code: 89,
    name: 'THROTTLING_QUOTA_EXCEEDED',
    java: 'ThrottlingQuotaExceededException',
    message: 'The throttling quota has been exceeded.',
    ...R,
  },
  {
    code: 90,
    name: 'PRODUCER_FENCED',
    java: 'ProducerFencedException',
    message: 'There is a newer producer with the same transactionalId which fences the current one.',
    ...FATAL,
  },
  {
    code: 91,
    name: 'RESOURCE_NOT_FOUND',
    java: 'ResourceNotFoundException',
    message: 'A request illegally referred to a resource that does not exist.',
  },
  {
    code: 92,
    name: 'DUPLICATE_RESOURCE',
    java: 'DuplicateResourceException',
    message: 'A request illegally referred to the same resource twice.',
  },
  {
    code: 93,
    name: 'UNACCEPTABLE_CREDENTIAL',
    java: 'UnacceptableCredentialException',
    message: 'Requested credential would not meet criteria for acceptability.',
  },
  {
    code: 94,
    name: 'INCONSISTENT_VOTER_SET',
    java: 'InconsistentVoterSetException',
    message:
      'Indicates that the either the sender or recipient of a voter-only request is not one of the expected voters.',
  },
  {
    code: 95,
    name: 'INVALID_UPDATE_VERSION',
    java: 'InvalidUpdateVersionException',
    message: 'The given update version was invalid.',
  },
  {
    code: 96,
    name: 'FEATURE_UPDATE_FAILED',
    java: 'FeatureUpdateFailedException',
    message: 'Unable to update finalized features due to an unexpected server error.',
  },
  {
    code: 97,
    name: 'PRINCIPAL_DESERIALIZATION_FAILURE',
    java: 'PrincipalDeserializationException',
    message:
      'Request principal deserialization failed during forwarding. This indicates an internal error on the broker cluster security setup.',
  },
  {
    code: 98,
    name: 'SNAPSHOT_NOT_FOUND',
    java: 'SnapshotNotFoundException',
    message: 'Requested snapshot was not found.',
  },
  {
    code: 99,
    name: 'POSITION_OUT_OF_RANGE',
    java: 'PositionOutOfRangeException',
    message: 'Requested position is not greater than or equal to zero, and less than the size of the snapshot.',
  },
  {
    code: 100,
    name: 'UNKNOWN_TOPIC_ID',
    java: 'UnknownTopicIdException',
    message: 'This server does not host this topic ID.',
    ...M,
  },
  {
    code: 101,
    name: 'DUPLICATE_BROKER_REGISTRATION',
    java: 'DuplicateBrokerRegistrationException',
    message: 'This broker ID is already in use.',
  },
  {
    code: 102,
    name: 'BROKER_ID_NOT_REGISTERED',
    java: 'BrokerIdNotRegisteredException',
    message: 'The given broker ID was not registered.',
  },
  {
    code: 103,
    name: 'INCONSISTENT_TOPIC_ID',
    java: 'InconsistentTopicIdException',
    message: "The log's topic ID did not match the topic ID in the request.",
    ...M,
  },
  {
    code: 104,
    name: 'INCONSISTENT_CLUSTER_ID',
    java: 'InconsistentClusterIdException',
    message: 'The clusterId in the request does not match that found on the server.',
  },
  {
    code: 105,
    name: 'TRANSACTIONAL_ID_NOT_FOUND',
    java: 'TransactionalIdNotFoundException',
    message: 'The transactionalId could not be found.',
  },
  {
    code: 106,
    name: 'FETCH_SESSION_TOPIC_ID_ERROR',
    java: 'FetchSessionTopicIdException',
    message: 'The fetch session encountered inconsistent topic ID usage.',
    ...R,
  },
  {
    code: 107,
    name: 'INELIGIBLE_REPLICA',
    java: 'IneligibleReplicaException',
    message: 'The new ISR contains at least one ineligible replica.',
  },
  {
    code: 108,
    name: 'NEW_LEADER_ELECTED',
    java: 'NewLeaderElectedException',
    message: 'The AlterPartition request successfully updated the partition state but the leader has changed.',
  },
  {
    code: 109,
    name: 'OFFSET_MOVED_TO_TIERED_STORAGE',
    java: 'OffsetMovedToTieredStorageException',
    message: 'The requested offset is moved to tiered storage.',
  },
  {
    code: 110,
    name: 'FENCED_MEMBER_EPOCH',
    java: 'FencedMemberEpochException',
    message:
      'The member epoch is fenced by the group coordinator. The member must abandon all its partitions and rejoin.',
    note: 'Consumer group protocol: give up the assignment and rejoin with epoch 0.',
  },
  {
    code: 111,
    name: 'UNRELEASED_INSTANCE_ID',
    java: 'UnreleasedInstanceIdException',
    message: 'The instance ID is still used by another member in the consumer group. That member must leave first.',
    ...FATAL,
  },
  {
    code: 112,
    name: 'UNSUPPORTED_ASSIGNOR',
    java: 'UnsupportedAssignorException',
    message: 'The assignor or its version range is not supported by the consumer group.',
    ...FATAL,
  },
  {
    code: 113,
    name: 'STALE_MEMBER_EPOCH',
    java: 'StaleMemberEpochException',
    message:
      'The member epoch is stale. The member must retry after receiving its updated member epoch via the ConsumerGroupHeartbeat API.',
  },
  {
    code: 114,
    name: 'MISMATCHED_ENDPOINT_TYPE',
    java: 'MismatchedEndpointTypeException',
    message: 'The request was sent to an endpoint of the wrong type.',
  },
  {
    code: 115,
    name: 'UNSUPPORTED_ENDPOINT_TYPE',
    java: 'UnsupportedEndpointTypeException',
    message: 'This endpoint type is not supported yet.',
  },
  {
    code: 116,
    name: 'UNKNOWN_CONTROLLER_ID',
    java: 'UnknownControllerIdException',
    message: 'This controller ID is not known.',
  },
  {
    code: 117,
    name: 'UNKNOWN_SUBSCRIPTION_ID',
    java: 'UnknownSubscriptionIdException',
    message: 'Client sent a push telemetry request with an invalid or outdated subscription ID.',
  },
  {
    code: 118,
    name: 'TELEMETRY_TOO_LARGE',
    java: 'TelemetryTooLargeException',
    message: 'Client sent a push telemetry request larger than the maximum size the broker will accept.',
  },
  {
    code: 119,
    name: 'INVALID_REGISTRATION',
    java: 'InvalidRegistrationException',
    message: 'The controller has considered the broker registration to be invalid.',
  },
  {
    code: 120,
    name: 'TRANSACTION_ABORTABLE',
    java: 'TransactionAbortableException',
    message:
      'The server encountered an error with the transaction. The client can abort the transaction to continue using this transactional ID.',
    ...ABORT,
  },
  {
    code: 121,
    name: 'INVALID_RECORD_STATE',
    java: 'InvalidRecordStateException',
    message: 'The record state is invalid. The acknowledgement of delivery could not be completed.',
  },
  {
    code: 122,
    name: 'SHARE_SESSION_NOT_FOUND',
    java: 'ShareSessionNotFoundException',
    message: 'The share session was not found.',
    ...R,
  },
  {
    code: 123,
    name: 'INVALID_SHARE_SESSION_EPOCH',
    java: 'InvalidShareSessionEpochException',
    message: 'The share session epoch is invalid.',
    ...R,
  },
  {
    code: 124,
    name: 'FENCED_STATE_EPOCH',
    java: 'FencedStateEpochException',
    message: 'The share coordinator rejected the request because the share-group state epoch did not match.',
  },
  {
    code: 125,
    name: 'INVALID_VOTER_KEY',
    java: 'InvalidVoterKeyException',
    message: "The voter key doesn't match the receiving replica's key.",
  },
  {
    code: 126,
    name: 'DUPLICATE_VOTER',
    java: 'DuplicateVoterException',
    message: 'The voter is already part of the set of voters.',
  },
  {
    code: 127,
    name: 'VOTER_NOT_FOUND',
    java: 'VoterNotFoundException',
    message: 'The voter is not part of the set of voters.',
  },
  {
    code: 128,
    name: 'INVALID_REGULAR_EXPRESSION',
    java: 'InvalidRegularExpression',
    message: 'The regular expression is not valid.',
  },
  {
    code: 129,
    name: 'REBOOTSTRAP_REQUIRED',
    java: 'RebootstrapRequiredException',
    message: 'Client metadata is stale. The client should rebootstrap to obtain new metadata.',
    note: 'Drop all cached metadata and connections and start again from `bootstrapServers`.',
  },
  {
    code: 130,
    name: 'STREAMS_INVALID_TOPOLOGY',
    java: 'StreamsInvalidTopologyException',
    message: 'The supplied topology is invalid.',
  },
  {
    code: 131,
    name: 'STREAMS_INVALID_TOPOLOGY_EPOCH',
    java: 'StreamsInvalidTopologyEpochException',
    message: 'The supplied topology epoch is invalid.',
  },
  {
    code: 132,
    name: 'STREAMS_TOPOLOGY_FENCED',
    java: 'StreamsTopologyFencedException',
    message: 'The supplied topology epoch is outdated.',
  },
  {
    code: 133,
    name: 'SHARE_SESSION_LIMIT_REACHED',
    java: 'ShareSessionLimitReachedException',
    message: 'The limit of share sessions has been reached.',
    ...R,
  },
];
