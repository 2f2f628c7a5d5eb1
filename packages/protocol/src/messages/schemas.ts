// Generated from *.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

/** One field of a message or struct, as the spec declares it. */
export interface FieldSchema {
  /** The TypeScript property name. */
  readonly name: string;
  /** A primitive type name, `struct`, or either prefixed with `[]` for arrays. */
  readonly type: string;
  readonly versions: string;
  readonly nullableVersions?: string;
  readonly tag?: number;
  readonly taggedVersions?: string;
  /** A per-field override of the message flexible versions. */
  readonly flexibleVersions?: string;
  readonly ignorable?: boolean;
  /** The spec default (int64 as bigint); absent when the type's zero applies. */
  readonly default?: number | bigint | boolean | string | null;
  readonly fields?: readonly FieldSchema[];
}

/** One message (request, response, header or data schema). */
export interface MessageSchema {
  readonly name: string;
  readonly kind: 'request' | 'response' | 'header' | 'data';
  readonly apiKey?: number;
  readonly validVersions: string;
  readonly flexibleVersions: string;
  readonly fields: readonly FieldSchema[];
}

/** Every message spec, in spec file order. */
export const MESSAGE_SCHEMAS: readonly MessageSchema[] = [
  { name: 'AddOffsetsToTxnRequest', kind: 'request', apiKey: 25, validVersions: '0-4', flexibleVersions: '3+', fields: [
    { name: 'transactionalId', type: 'string', versions: '0+' },
    { name: 'producerId', type: 'int64', versions: '0+' },
    { name: 'producerEpoch', type: 'int16', versions: '0+' },
    { name: 'groupId', type: 'string', versions: '0+' },
  ] },
  { name: 'AddOffsetsToTxnResponse', kind: 'response', apiKey: 25, validVersions: '0-4', flexibleVersions: '3+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
  ] },
  { name: 'AddPartitionsToTxnRequest', kind: 'request', apiKey: 24, validVersions: '0-5', flexibleVersions: '3+', fields: [
    { name: 'transactions', type: '[]struct', versions: '4+', fields: [
      { name: 'transactionalId', type: 'string', versions: '4+' },
      { name: 'producerId', type: 'int64', versions: '4+' },
      { name: 'producerEpoch', type: 'int16', versions: '4+' },
      { name: 'verifyOnly', type: 'bool', versions: '4+', default: false },
      { name: 'topics', type: '[]struct', versions: '4+', fields: [
        { name: 'name', type: 'string', versions: '0+' },
        { name: 'partitions', type: '[]int32', versions: '0+' },
      ] },
    ] },
    { name: 'v3AndBelowTransactionalId', type: 'string', versions: '0-3' },
    { name: 'v3AndBelowProducerId', type: 'int64', versions: '0-3' },
    { name: 'v3AndBelowProducerEpoch', type: 'int16', versions: '0-3' },
    { name: 'v3AndBelowTopics', type: '[]struct', versions: '0-3', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]int32', versions: '0+' },
    ] },
  ] },
  { name: 'AddPartitionsToTxnResponse', kind: 'response', apiKey: 24, validVersions: '0-5', flexibleVersions: '3+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '4+', ignorable: true },
    { name: 'resultsByTransaction', type: '[]struct', versions: '4+', fields: [
      { name: 'transactionalId', type: 'string', versions: '4+' },
      { name: 'topicResults', type: '[]struct', versions: '4+', fields: [
        { name: 'name', type: 'string', versions: '0+' },
        { name: 'resultsByPartition', type: '[]struct', versions: '0+', fields: [
          { name: 'partitionIndex', type: 'int32', versions: '0+' },
          { name: 'partitionErrorCode', type: 'int16', versions: '0+' },
        ] },
      ] },
    ] },
    { name: 'resultsByTopicV3AndBelow', type: '[]struct', versions: '0-3', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'resultsByPartition', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'partitionErrorCode', type: 'int16', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'AddRaftVoterRequest', kind: 'request', apiKey: 80, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'clusterId', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'timeoutMs', type: 'int32', versions: '0+' },
    { name: 'voterId', type: 'int32', versions: '0+' },
    { name: 'voterDirectoryId', type: 'uuid', versions: '0+' },
    { name: 'listeners', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'host', type: 'string', versions: '0+' },
      { name: 'port', type: 'uint16', versions: '0+' },
    ] },
    { name: 'ackWhenCommitted', type: 'bool', versions: '1+', default: true },
  ] },
  { name: 'AddRaftVoterResponse', kind: 'response', apiKey: 80, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', ignorable: true },
  ] },
  { name: 'AllocateProducerIdsRequest', kind: 'request', apiKey: 67, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'brokerId', type: 'int32', versions: '0+' },
    { name: 'brokerEpoch', type: 'int64', versions: '0+', default: -1n },
  ] },
  { name: 'AllocateProducerIdsResponse', kind: 'response', apiKey: 67, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'producerIdStart', type: 'int64', versions: '0+' },
    { name: 'producerIdLen', type: 'int32', versions: '0+' },
  ] },
  { name: 'AlterClientQuotasRequest', kind: 'request', apiKey: 49, validVersions: '0-1', flexibleVersions: '1+', fields: [
    { name: 'entries', type: '[]struct', versions: '0+', fields: [
      { name: 'entity', type: '[]struct', versions: '0+', fields: [
        { name: 'entityType', type: 'string', versions: '0+' },
        { name: 'entityName', type: 'string', versions: '0+', nullableVersions: '0+' },
      ] },
      { name: 'ops', type: '[]struct', versions: '0+', fields: [
        { name: 'key', type: 'string', versions: '0+' },
        { name: 'value', type: 'float64', versions: '0+' },
        { name: 'remove', type: 'bool', versions: '0+' },
      ] },
    ] },
    { name: 'validateOnly', type: 'bool', versions: '0+' },
  ] },
  { name: 'AlterClientQuotasResponse', kind: 'response', apiKey: 49, validVersions: '0-1', flexibleVersions: '1+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'entries', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
      { name: 'entity', type: '[]struct', versions: '0+', fields: [
        { name: 'entityType', type: 'string', versions: '0+' },
        { name: 'entityName', type: 'string', versions: '0+', nullableVersions: '0+' },
      ] },
    ] },
  ] },
  { name: 'AlterConfigsRequest', kind: 'request', apiKey: 33, validVersions: '0-2', flexibleVersions: '2+', fields: [
    { name: 'resources', type: '[]struct', versions: '0+', fields: [
      { name: 'resourceType', type: 'int8', versions: '0+' },
      { name: 'resourceName', type: 'string', versions: '0+' },
      { name: 'configs', type: '[]struct', versions: '0+', fields: [
        { name: 'name', type: 'string', versions: '0+' },
        { name: 'value', type: 'string', versions: '0+', nullableVersions: '0+' },
      ] },
    ] },
    { name: 'validateOnly', type: 'bool', versions: '0+' },
  ] },
  { name: 'AlterConfigsResponse', kind: 'response', apiKey: 33, validVersions: '0-2', flexibleVersions: '2+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'responses', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
      { name: 'resourceType', type: 'int8', versions: '0+' },
      { name: 'resourceName', type: 'string', versions: '0+' },
    ] },
  ] },
  { name: 'AlterPartitionReassignmentsRequest', kind: 'request', apiKey: 45, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'timeoutMs', type: 'int32', versions: '0+', default: 60000 },
    { name: 'allowReplicationFactorChange', type: 'bool', versions: '1+', default: true },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'replicas', type: '[]int32', versions: '0+', nullableVersions: '0+', default: null },
      ] },
    ] },
  ] },
  { name: 'AlterPartitionReassignmentsResponse', kind: 'response', apiKey: 45, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'allowReplicationFactorChange', type: 'bool', versions: '1+', ignorable: true, default: true },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'responses', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
      ] },
    ] },
  ] },
  { name: 'AlterPartitionRequest', kind: 'request', apiKey: 56, validVersions: '2-3', flexibleVersions: '0+', fields: [
    { name: 'brokerId', type: 'int32', versions: '0+' },
    { name: 'brokerEpoch', type: 'int64', versions: '0+', default: -1n },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '2+', ignorable: true },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '0+' },
        { name: 'newIsr', type: '[]int32', versions: '0-2' },
        { name: 'newIsrWithEpochs', type: '[]struct', versions: '3+', fields: [
          { name: 'brokerId', type: 'int32', versions: '3+' },
          { name: 'brokerEpoch', type: 'int64', versions: '3+', default: -1n },
        ] },
        { name: 'leaderRecoveryState', type: 'int8', versions: '1+', default: 0 },
        { name: 'partitionEpoch', type: 'int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'AlterPartitionResponse', kind: 'response', apiKey: 56, validVersions: '2-3', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '2+', ignorable: true },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'leaderId', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '0+' },
        { name: 'isr', type: '[]int32', versions: '0+' },
        { name: 'leaderRecoveryState', type: 'int8', versions: '1+', ignorable: true, default: 0 },
        { name: 'partitionEpoch', type: 'int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'AlterReplicaLogDirsRequest', kind: 'request', apiKey: 34, validVersions: '1-2', flexibleVersions: '2+', fields: [
    { name: 'dirs', type: '[]struct', versions: '0+', fields: [
      { name: 'path', type: 'string', versions: '0+' },
      { name: 'topics', type: '[]struct', versions: '0+', fields: [
        { name: 'name', type: 'string', versions: '0+' },
        { name: 'partitions', type: '[]int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'AlterReplicaLogDirsResponse', kind: 'response', apiKey: 34, validVersions: '1-2', flexibleVersions: '2+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'results', type: '[]struct', versions: '0+', fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'AlterShareGroupOffsetsRequest', kind: 'request', apiKey: 91, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'startOffset', type: 'int64', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'AlterShareGroupOffsetsResponse', kind: 'response', apiKey: 91, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'responses', type: '[]struct', versions: '0+', fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
      ] },
    ] },
  ] },
  { name: 'AlterUserScramCredentialsRequest', kind: 'request', apiKey: 51, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'deletions', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'mechanism', type: 'int8', versions: '0+' },
    ] },
    { name: 'upsertions', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'mechanism', type: 'int8', versions: '0+' },
      { name: 'iterations', type: 'int32', versions: '0+' },
      { name: 'salt', type: 'bytes', versions: '0+' },
      { name: 'saltedPassword', type: 'bytes', versions: '0+' },
    ] },
  ] },
  { name: 'AlterUserScramCredentialsResponse', kind: 'response', apiKey: 51, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'results', type: '[]struct', versions: '0+', fields: [
      { name: 'user', type: 'string', versions: '0+' },
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
    ] },
  ] },
  { name: 'ApiVersionsRequest', kind: 'request', apiKey: 18, validVersions: '0-4', flexibleVersions: '3+', fields: [
    { name: 'clientSoftwareName', type: 'string', versions: '3+', ignorable: true },
    { name: 'clientSoftwareVersion', type: 'string', versions: '3+', ignorable: true },
  ] },
  { name: 'ApiVersionsResponse', kind: 'response', apiKey: 18, validVersions: '0-4', flexibleVersions: '3+', fields: [
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'apiKeys', type: '[]struct', versions: '0+', fields: [
      { name: 'apiKey', type: 'int16', versions: '0+' },
      { name: 'minVersion', type: 'int16', versions: '0+' },
      { name: 'maxVersion', type: 'int16', versions: '0+' },
    ] },
    { name: 'throttleTimeMs', type: 'int32', versions: '1+', ignorable: true },
    { name: 'supportedFeatures', type: '[]struct', versions: '3+', tag: 0, taggedVersions: '3+', ignorable: true, fields: [
      { name: 'name', type: 'string', versions: '3+' },
      { name: 'minVersion', type: 'int16', versions: '3+' },
      { name: 'maxVersion', type: 'int16', versions: '3+' },
    ] },
    { name: 'finalizedFeaturesEpoch', type: 'int64', versions: '3+', tag: 1, taggedVersions: '3+', ignorable: true, default: -1n },
    { name: 'finalizedFeatures', type: '[]struct', versions: '3+', tag: 2, taggedVersions: '3+', ignorable: true, fields: [
      { name: 'name', type: 'string', versions: '3+' },
      { name: 'maxVersionLevel', type: 'int16', versions: '3+' },
      { name: 'minVersionLevel', type: 'int16', versions: '3+' },
    ] },
    { name: 'zkMigrationReady', type: 'bool', versions: '3+', tag: 3, taggedVersions: '3+', ignorable: true, default: false },
  ] },
  { name: 'AssignReplicasToDirsRequest', kind: 'request', apiKey: 73, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'brokerId', type: 'int32', versions: '0+' },
    { name: 'brokerEpoch', type: 'int64', versions: '0+', default: -1n },
    { name: 'directories', type: '[]struct', versions: '0+', fields: [
      { name: 'id', type: 'uuid', versions: '0+' },
      { name: 'topics', type: '[]struct', versions: '0+', fields: [
        { name: 'topicId', type: 'uuid', versions: '0+' },
        { name: 'partitions', type: '[]struct', versions: '0+', fields: [
          { name: 'partitionIndex', type: 'int32', versions: '0+' },
        ] },
      ] },
    ] },
  ] },
  { name: 'AssignReplicasToDirsResponse', kind: 'response', apiKey: 73, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'directories', type: '[]struct', versions: '0+', fields: [
      { name: 'id', type: 'uuid', versions: '0+' },
      { name: 'topics', type: '[]struct', versions: '0+', fields: [
        { name: 'topicId', type: 'uuid', versions: '0+' },
        { name: 'partitions', type: '[]struct', versions: '0+', fields: [
          { name: 'partitionIndex', type: 'int32', versions: '0+' },
          { name: 'errorCode', type: 'int16', versions: '0+' },
        ] },
      ] },
    ] },
  ] },
  { name: 'BeginQuorumEpochRequest', kind: 'request', apiKey: 53, validVersions: '0-1', flexibleVersions: '1+', fields: [
    { name: 'clusterId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'voterId', type: 'int32', versions: '1+', ignorable: true, default: -1 },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'voterDirectoryId', type: 'uuid', versions: '1+', ignorable: true },
        { name: 'leaderId', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '0+' },
      ] },
    ] },
    { name: 'leaderEndpoints', type: '[]struct', versions: '1+', ignorable: true, fields: [
      { name: 'name', type: 'string', versions: '1+' },
      { name: 'host', type: 'string', versions: '1+' },
      { name: 'port', type: 'uint16', versions: '1+' },
    ] },
  ] },
  { name: 'BeginQuorumEpochResponse', kind: 'response', apiKey: 53, validVersions: '0-1', flexibleVersions: '1+', fields: [
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'leaderId', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '0+' },
      ] },
    ] },
    { name: 'nodeEndpoints', type: '[]struct', versions: '1+', tag: 0, taggedVersions: '1+', fields: [
      { name: 'nodeId', type: 'int32', versions: '1+' },
      { name: 'host', type: 'string', versions: '1+' },
      { name: 'port', type: 'uint16', versions: '1+' },
    ] },
  ] },
  { name: 'BrokerHeartbeatRequest', kind: 'request', apiKey: 63, validVersions: '0-2', flexibleVersions: '0+', fields: [
    { name: 'brokerId', type: 'int32', versions: '0+' },
    { name: 'brokerEpoch', type: 'int64', versions: '0+', default: -1n },
    { name: 'currentMetadataOffset', type: 'int64', versions: '0+' },
    { name: 'wantFence', type: 'bool', versions: '0+' },
    { name: 'wantShutDown', type: 'bool', versions: '0+' },
    { name: 'offlineLogDirs', type: '[]uuid', versions: '1+', tag: 0, taggedVersions: '1+' },
    { name: 'cordonedLogDirs', type: '[]uuid', versions: '2+', nullableVersions: '2+', tag: 1, taggedVersions: '2+', default: null },
  ] },
  { name: 'BrokerHeartbeatResponse', kind: 'response', apiKey: 63, validVersions: '0-2', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'isCaughtUp', type: 'bool', versions: '0+', default: false },
    { name: 'isFenced', type: 'bool', versions: '0+', default: true },
    { name: 'shouldShutDown', type: 'bool', versions: '0+' },
  ] },
  { name: 'BrokerRegistrationRequest', kind: 'request', apiKey: 62, validVersions: '0-4', flexibleVersions: '0+', fields: [
    { name: 'brokerId', type: 'int32', versions: '0+' },
    { name: 'clusterId', type: 'string', versions: '0+' },
    { name: 'incarnationId', type: 'uuid', versions: '0+' },
    { name: 'listeners', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'host', type: 'string', versions: '0+' },
      { name: 'port', type: 'uint16', versions: '0+' },
      { name: 'securityProtocol', type: 'int16', versions: '0+' },
    ] },
    { name: 'features', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'minSupportedVersion', type: 'int16', versions: '0+' },
      { name: 'maxSupportedVersion', type: 'int16', versions: '0+' },
    ] },
    { name: 'rack', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'isMigratingZkBroker', type: 'bool', versions: '1+', default: false },
    { name: 'logDirs', type: '[]uuid', versions: '2+', ignorable: true },
    { name: 'previousBrokerEpoch', type: 'int64', versions: '3+', ignorable: true, default: -1n },
  ] },
  { name: 'BrokerRegistrationResponse', kind: 'response', apiKey: 62, validVersions: '0-4', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'brokerEpoch', type: 'int64', versions: '0+', default: -1n },
  ] },
  { name: 'ConsumerGroupDescribeRequest', kind: 'request', apiKey: 69, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'groupIds', type: '[]string', versions: '0+' },
    { name: 'includeAuthorizedOperations', type: 'bool', versions: '0+' },
  ] },
  { name: 'ConsumerGroupDescribeResponse', kind: 'response', apiKey: 69, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'groups', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
      { name: 'groupId', type: 'string', versions: '0+' },
      { name: 'groupState', type: 'string', versions: '0+' },
      { name: 'groupEpoch', type: 'int32', versions: '0+' },
      { name: 'assignmentEpoch', type: 'int32', versions: '0+' },
      { name: 'assignorName', type: 'string', versions: '0+' },
      { name: 'members', type: '[]struct', versions: '0+', fields: [
        { name: 'memberId', type: 'string', versions: '0+' },
        { name: 'instanceId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'rackId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'memberEpoch', type: 'int32', versions: '0+' },
        { name: 'clientId', type: 'string', versions: '0+' },
        { name: 'clientHost', type: 'string', versions: '0+' },
        { name: 'subscribedTopicNames', type: '[]string', versions: '0+' },
        { name: 'subscribedTopicRegex', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'assignment', type: 'struct', versions: '0+', fields: [
          { name: 'topicPartitions', type: '[]struct', versions: '0+', fields: [
            { name: 'topicId', type: 'uuid', versions: '0+' },
            { name: 'topicName', type: 'string', versions: '0+' },
            { name: 'partitions', type: '[]int32', versions: '0+' },
          ] },
        ] },
        { name: 'targetAssignment', type: 'struct', versions: '0+', fields: [
          { name: 'topicPartitions', type: '[]struct', versions: '0+', fields: [
            { name: 'topicId', type: 'uuid', versions: '0+' },
            { name: 'topicName', type: 'string', versions: '0+' },
            { name: 'partitions', type: '[]int32', versions: '0+' },
          ] },
        ] },
        { name: 'memberType', type: 'int8', versions: '1+', ignorable: true, default: -1 },
      ] },
      { name: 'authorizedOperations', type: 'int32', versions: '0+', default: -2147483648 },
    ] },
  ] },
  { name: 'ConsumerGroupHeartbeatRequest', kind: 'request', apiKey: 68, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'memberId', type: 'string', versions: '0+' },
    { name: 'memberEpoch', type: 'int32', versions: '0+' },
    { name: 'instanceId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'rackId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'rebalanceTimeoutMs', type: 'int32', versions: '0+', default: -1 },
    { name: 'subscribedTopicNames', type: '[]string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'subscribedTopicRegex', type: 'string', versions: '1+', nullableVersions: '1+', default: null },
    { name: 'serverAssignor', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'topicPartitions', type: '[]struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]int32', versions: '0+' },
    ] },
  ] },
  { name: 'ConsumerGroupHeartbeatResponse', kind: 'response', apiKey: 68, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'memberId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'memberEpoch', type: 'int32', versions: '0+' },
    { name: 'heartbeatIntervalMs', type: 'int32', versions: '0+' },
    { name: 'assignment', type: 'struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'topicPartitions', type: '[]struct', versions: '0+', fields: [
        { name: 'topicId', type: 'uuid', versions: '0+' },
        { name: 'partitions', type: '[]int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'ConsumerProtocolAssignment', kind: 'data', validVersions: '0-3', flexibleVersions: 'none', fields: [
    { name: 'assignedPartitions', type: '[]struct', versions: '0+', fields: [
      { name: 'topic', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]int32', versions: '0+' },
    ] },
    { name: 'userData', type: 'bytes', versions: '0+', nullableVersions: '0+', default: null },
  ] },
  { name: 'ConsumerProtocolSubscription', kind: 'data', validVersions: '0-3', flexibleVersions: 'none', fields: [
    { name: 'topics', type: '[]string', versions: '0+' },
    { name: 'userData', type: 'bytes', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'ownedPartitions', type: '[]struct', versions: '1+', ignorable: true, fields: [
      { name: 'topic', type: 'string', versions: '1+' },
      { name: 'partitions', type: '[]int32', versions: '1+' },
    ] },
    { name: 'generationId', type: 'int32', versions: '2+', ignorable: true, default: -1 },
    { name: 'rackId', type: 'string', versions: '3+', nullableVersions: '3+', ignorable: true, default: null },
  ] },
  { name: 'ControlRecordTypeSchema', kind: 'data', validVersions: '0', flexibleVersions: 'none', fields: [
    { name: 'type', type: 'int16', versions: '0+' },
  ] },
  { name: 'ControlledShutdownRequest', kind: 'request', apiKey: 7, validVersions: 'none', flexibleVersions: 'none', fields: [
  ] },
  { name: 'ControlledShutdownResponse', kind: 'response', apiKey: 7, validVersions: 'none', flexibleVersions: 'none', fields: [
  ] },
  { name: 'ControllerRegistrationRequest', kind: 'request', apiKey: 70, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'controllerId', type: 'int32', versions: '0+' },
    { name: 'incarnationId', type: 'uuid', versions: '0+' },
    { name: 'zkMigrationReady', type: 'bool', versions: '0+' },
    { name: 'listeners', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'host', type: 'string', versions: '0+' },
      { name: 'port', type: 'uint16', versions: '0+' },
      { name: 'securityProtocol', type: 'int16', versions: '0+' },
    ] },
    { name: 'features', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'minSupportedVersion', type: 'int16', versions: '0+' },
      { name: 'maxSupportedVersion', type: 'int16', versions: '0+' },
    ] },
  ] },
  { name: 'ControllerRegistrationResponse', kind: 'response', apiKey: 70, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
  ] },
  { name: 'CreateAclsRequest', kind: 'request', apiKey: 30, validVersions: '1-3', flexibleVersions: '2+', fields: [
    { name: 'creations', type: '[]struct', versions: '0+', fields: [
      { name: 'resourceType', type: 'int8', versions: '0+' },
      { name: 'resourceName', type: 'string', versions: '0+' },
      { name: 'resourcePatternType', type: 'int8', versions: '1+', default: 3 },
      { name: 'principal', type: 'string', versions: '0+' },
      { name: 'host', type: 'string', versions: '0+' },
      { name: 'operation', type: 'int8', versions: '0+' },
      { name: 'permissionType', type: 'int8', versions: '0+' },
    ] },
  ] },
  { name: 'CreateAclsResponse', kind: 'response', apiKey: 30, validVersions: '1-3', flexibleVersions: '2+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'results', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
    ] },
  ] },
  { name: 'CreateDelegationTokenRequest', kind: 'request', apiKey: 38, validVersions: '1-3', flexibleVersions: '2+', fields: [
    { name: 'ownerPrincipalType', type: 'string', versions: '3+', nullableVersions: '3+' },
    { name: 'ownerPrincipalName', type: 'string', versions: '3+', nullableVersions: '3+' },
    { name: 'renewers', type: '[]struct', versions: '0+', fields: [
      { name: 'principalType', type: 'string', versions: '0+' },
      { name: 'principalName', type: 'string', versions: '0+' },
    ] },
    { name: 'maxLifetimeMs', type: 'int64', versions: '0+' },
  ] },
  { name: 'CreateDelegationTokenResponse', kind: 'response', apiKey: 38, validVersions: '1-3', flexibleVersions: '2+', fields: [
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'principalType', type: 'string', versions: '0+' },
    { name: 'principalName', type: 'string', versions: '0+' },
    { name: 'tokenRequesterPrincipalType', type: 'string', versions: '3+' },
    { name: 'tokenRequesterPrincipalName', type: 'string', versions: '3+' },
    { name: 'issueTimestampMs', type: 'int64', versions: '0+' },
    { name: 'expiryTimestampMs', type: 'int64', versions: '0+' },
    { name: 'maxTimestampMs', type: 'int64', versions: '0+' },
    { name: 'tokenId', type: 'string', versions: '0+' },
    { name: 'hmac', type: 'bytes', versions: '0+' },
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
  ] },
  { name: 'CreatePartitionsRequest', kind: 'request', apiKey: 37, validVersions: '0-3', flexibleVersions: '2+', fields: [
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'count', type: 'int32', versions: '0+' },
      { name: 'assignments', type: '[]struct', versions: '0+', nullableVersions: '0+', fields: [
        { name: 'brokerIds', type: '[]int32', versions: '0+' },
      ] },
    ] },
    { name: 'timeoutMs', type: 'int32', versions: '0+' },
    { name: 'validateOnly', type: 'bool', versions: '0+' },
  ] },
  { name: 'CreatePartitionsResponse', kind: 'response', apiKey: 37, validVersions: '0-3', flexibleVersions: '2+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'results', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    ] },
  ] },
  { name: 'CreateTopicsRequest', kind: 'request', apiKey: 19, validVersions: '2-7', flexibleVersions: '5+', fields: [
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'numPartitions', type: 'int32', versions: '0+' },
      { name: 'replicationFactor', type: 'int16', versions: '0+' },
      { name: 'assignments', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'brokerIds', type: '[]int32', versions: '0+' },
      ] },
      { name: 'configs', type: '[]struct', versions: '0+', fields: [
        { name: 'name', type: 'string', versions: '0+' },
        { name: 'value', type: 'string', versions: '0+', nullableVersions: '0+' },
      ] },
    ] },
    { name: 'timeoutMs', type: 'int32', versions: '0+', default: 60000 },
    { name: 'validateOnly', type: 'bool', versions: '1+', default: false },
  ] },
  { name: 'CreateTopicsResponse', kind: 'response', apiKey: 19, validVersions: '2-7', flexibleVersions: '5+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '2+', ignorable: true },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'topicId', type: 'uuid', versions: '7+', ignorable: true },
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '1+', nullableVersions: '0+', ignorable: true },
      { name: 'topicConfigErrorCode', type: 'int16', versions: '5+', tag: 0, taggedVersions: '5+', ignorable: true },
      { name: 'numPartitions', type: 'int32', versions: '5+', ignorable: true, default: -1 },
      { name: 'replicationFactor', type: 'int16', versions: '5+', ignorable: true, default: -1 },
      { name: 'configs', type: '[]struct', versions: '5+', nullableVersions: '5+', ignorable: true, fields: [
        { name: 'name', type: 'string', versions: '5+' },
        { name: 'value', type: 'string', versions: '5+', nullableVersions: '5+' },
        { name: 'readOnly', type: 'bool', versions: '5+' },
        { name: 'configSource', type: 'int8', versions: '5+', ignorable: true, default: -1 },
        { name: 'isSensitive', type: 'bool', versions: '5+' },
      ] },
    ] },
  ] },
  { name: 'DefaultPrincipalData', kind: 'data', validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'type', type: 'string', versions: '0+' },
    { name: 'name', type: 'string', versions: '0+' },
    { name: 'tokenAuthenticated', type: 'bool', versions: '0+' },
  ] },
  { name: 'DeleteAclsRequest', kind: 'request', apiKey: 31, validVersions: '1-3', flexibleVersions: '2+', fields: [
    { name: 'filters', type: '[]struct', versions: '0+', fields: [
      { name: 'resourceTypeFilter', type: 'int8', versions: '0+' },
      { name: 'resourceNameFilter', type: 'string', versions: '0+', nullableVersions: '0+' },
      { name: 'patternTypeFilter', type: 'int8', versions: '1+', default: 3 },
      { name: 'principalFilter', type: 'string', versions: '0+', nullableVersions: '0+' },
      { name: 'hostFilter', type: 'string', versions: '0+', nullableVersions: '0+' },
      { name: 'operation', type: 'int8', versions: '0+' },
      { name: 'permissionType', type: 'int8', versions: '0+' },
    ] },
  ] },
  { name: 'DeleteAclsResponse', kind: 'response', apiKey: 31, validVersions: '1-3', flexibleVersions: '2+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'filterResults', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
      { name: 'matchingAcls', type: '[]struct', versions: '0+', fields: [
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
        { name: 'resourceType', type: 'int8', versions: '0+' },
        { name: 'resourceName', type: 'string', versions: '0+' },
        { name: 'patternType', type: 'int8', versions: '1+', default: 3 },
        { name: 'principal', type: 'string', versions: '0+' },
        { name: 'host', type: 'string', versions: '0+' },
        { name: 'operation', type: 'int8', versions: '0+' },
        { name: 'permissionType', type: 'int8', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'DeleteGroupsRequest', kind: 'request', apiKey: 42, validVersions: '0-2', flexibleVersions: '2+', fields: [
    { name: 'groupsNames', type: '[]string', versions: '0+' },
  ] },
  { name: 'DeleteGroupsResponse', kind: 'response', apiKey: 42, validVersions: '0-2', flexibleVersions: '2+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'results', type: '[]struct', versions: '0+', fields: [
      { name: 'groupId', type: 'string', versions: '0+' },
      { name: 'errorCode', type: 'int16', versions: '0+' },
    ] },
  ] },
  { name: 'DeleteRecordsRequest', kind: 'request', apiKey: 21, validVersions: '0-2', flexibleVersions: '2+', fields: [
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'offset', type: 'int64', versions: '0+' },
      ] },
    ] },
    { name: 'timeoutMs', type: 'int32', versions: '0+' },
  ] },
  { name: 'DeleteRecordsResponse', kind: 'response', apiKey: 21, validVersions: '0-2', flexibleVersions: '2+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'lowWatermark', type: 'int64', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'DeleteShareGroupOffsetsRequest', kind: 'request', apiKey: 92, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
    ] },
  ] },
  { name: 'DeleteShareGroupOffsetsResponse', kind: 'response', apiKey: 92, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'responses', type: '[]struct', versions: '0+', fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    ] },
  ] },
  { name: 'DeleteShareGroupStateRequest', kind: 'request', apiKey: 86, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partition', type: 'int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'DeleteShareGroupStateResponse', kind: 'response', apiKey: 86, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'results', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partition', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
      ] },
    ] },
  ] },
  { name: 'DeleteTopicsRequest', kind: 'request', apiKey: 20, validVersions: '1-6', flexibleVersions: '4+', fields: [
    { name: 'topics', type: '[]struct', versions: '6+', fields: [
      { name: 'name', type: 'string', versions: '6+', nullableVersions: '6+', default: null },
      { name: 'topicId', type: 'uuid', versions: '6+' },
    ] },
    { name: 'topicNames', type: '[]string', versions: '0-5', ignorable: true },
    { name: 'timeoutMs', type: 'int32', versions: '0+' },
  ] },
  { name: 'DeleteTopicsResponse', kind: 'response', apiKey: 20, validVersions: '1-6', flexibleVersions: '4+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '1+', ignorable: true },
    { name: 'responses', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+', nullableVersions: '6+' },
      { name: 'topicId', type: 'uuid', versions: '6+', ignorable: true },
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '5+', nullableVersions: '5+', ignorable: true, default: null },
    ] },
  ] },
  { name: 'DescribeAclsRequest', kind: 'request', apiKey: 29, validVersions: '1-3', flexibleVersions: '2+', fields: [
    { name: 'resourceTypeFilter', type: 'int8', versions: '0+' },
    { name: 'resourceNameFilter', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'patternTypeFilter', type: 'int8', versions: '1+', default: 3 },
    { name: 'principalFilter', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'hostFilter', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'operation', type: 'int8', versions: '0+' },
    { name: 'permissionType', type: 'int8', versions: '0+' },
  ] },
  { name: 'DescribeAclsResponse', kind: 'response', apiKey: 29, validVersions: '1-3', flexibleVersions: '2+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'resources', type: '[]struct', versions: '0+', fields: [
      { name: 'resourceType', type: 'int8', versions: '0+' },
      { name: 'resourceName', type: 'string', versions: '0+' },
      { name: 'patternType', type: 'int8', versions: '1+', default: 3 },
      { name: 'acls', type: '[]struct', versions: '0+', fields: [
        { name: 'principal', type: 'string', versions: '0+' },
        { name: 'host', type: 'string', versions: '0+' },
        { name: 'operation', type: 'int8', versions: '0+' },
        { name: 'permissionType', type: 'int8', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'DescribeClientQuotasRequest', kind: 'request', apiKey: 48, validVersions: '0-1', flexibleVersions: '1+', fields: [
    { name: 'components', type: '[]struct', versions: '0+', fields: [
      { name: 'entityType', type: 'string', versions: '0+' },
      { name: 'matchType', type: 'int8', versions: '0+' },
      { name: 'match', type: 'string', versions: '0+', nullableVersions: '0+' },
    ] },
    { name: 'strict', type: 'bool', versions: '0+' },
  ] },
  { name: 'DescribeClientQuotasResponse', kind: 'response', apiKey: 48, validVersions: '0-1', flexibleVersions: '1+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'entries', type: '[]struct', versions: '0+', nullableVersions: '0+', fields: [
      { name: 'entity', type: '[]struct', versions: '0+', fields: [
        { name: 'entityType', type: 'string', versions: '0+' },
        { name: 'entityName', type: 'string', versions: '0+', nullableVersions: '0+' },
      ] },
      { name: 'values', type: '[]struct', versions: '0+', fields: [
        { name: 'key', type: 'string', versions: '0+' },
        { name: 'value', type: 'float64', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'DescribeClusterRequest', kind: 'request', apiKey: 60, validVersions: '0-2', flexibleVersions: '0+', fields: [
    { name: 'includeClusterAuthorizedOperations', type: 'bool', versions: '0+' },
    { name: 'endpointType', type: 'int8', versions: '1+', default: 1 },
    { name: 'includeFencedBrokers', type: 'bool', versions: '2+' },
  ] },
  { name: 'DescribeClusterResponse', kind: 'response', apiKey: 60, validVersions: '0-2', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'endpointType', type: 'int8', versions: '1+', default: 1 },
    { name: 'clusterId', type: 'string', versions: '0+' },
    { name: 'controllerId', type: 'int32', versions: '0+', default: -1 },
    { name: 'brokers', type: '[]struct', versions: '0+', fields: [
      { name: 'brokerId', type: 'int32', versions: '0+' },
      { name: 'host', type: 'string', versions: '0+' },
      { name: 'port', type: 'int32', versions: '0+' },
      { name: 'rack', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
      { name: 'isFenced', type: 'bool', versions: '2+' },
    ] },
    { name: 'clusterAuthorizedOperations', type: 'int32', versions: '0+', default: -2147483648 },
  ] },
  { name: 'DescribeConfigsRequest', kind: 'request', apiKey: 32, validVersions: '1-4', flexibleVersions: '4+', fields: [
    { name: 'resources', type: '[]struct', versions: '0+', fields: [
      { name: 'resourceType', type: 'int8', versions: '0+' },
      { name: 'resourceName', type: 'string', versions: '0+' },
      { name: 'configurationKeys', type: '[]string', versions: '0+', nullableVersions: '0+' },
    ] },
    { name: 'includeSynonyms', type: 'bool', versions: '1+', default: false },
    { name: 'includeDocumentation', type: 'bool', versions: '3+', default: false },
  ] },
  { name: 'DescribeConfigsResponse', kind: 'response', apiKey: 32, validVersions: '1-4', flexibleVersions: '4+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'results', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
      { name: 'resourceType', type: 'int8', versions: '0+' },
      { name: 'resourceName', type: 'string', versions: '0+' },
      { name: 'configs', type: '[]struct', versions: '0+', fields: [
        { name: 'name', type: 'string', versions: '0+' },
        { name: 'value', type: 'string', versions: '0+', nullableVersions: '0+' },
        { name: 'readOnly', type: 'bool', versions: '0+' },
        { name: 'configSource', type: 'int8', versions: '1+', ignorable: true, default: -1 },
        { name: 'isSensitive', type: 'bool', versions: '0+' },
        { name: 'synonyms', type: '[]struct', versions: '1+', ignorable: true, fields: [
          { name: 'name', type: 'string', versions: '1+' },
          { name: 'value', type: 'string', versions: '1+', nullableVersions: '0+' },
          { name: 'source', type: 'int8', versions: '1+' },
        ] },
        { name: 'configType', type: 'int8', versions: '3+', ignorable: true, default: 0 },
        { name: 'documentation', type: 'string', versions: '3+', nullableVersions: '0+', ignorable: true },
      ] },
    ] },
  ] },
  { name: 'DescribeDelegationTokenRequest', kind: 'request', apiKey: 41, validVersions: '1-3', flexibleVersions: '2+', fields: [
    { name: 'owners', type: '[]struct', versions: '0+', nullableVersions: '0+', fields: [
      { name: 'principalType', type: 'string', versions: '0+' },
      { name: 'principalName', type: 'string', versions: '0+' },
    ] },
  ] },
  { name: 'DescribeDelegationTokenResponse', kind: 'response', apiKey: 41, validVersions: '1-3', flexibleVersions: '2+', fields: [
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'tokens', type: '[]struct', versions: '0+', fields: [
      { name: 'principalType', type: 'string', versions: '0+' },
      { name: 'principalName', type: 'string', versions: '0+' },
      { name: 'tokenRequesterPrincipalType', type: 'string', versions: '3+' },
      { name: 'tokenRequesterPrincipalName', type: 'string', versions: '3+' },
      { name: 'issueTimestamp', type: 'int64', versions: '0+' },
      { name: 'expiryTimestamp', type: 'int64', versions: '0+' },
      { name: 'maxTimestamp', type: 'int64', versions: '0+' },
      { name: 'tokenId', type: 'string', versions: '0+' },
      { name: 'hmac', type: 'bytes', versions: '0+' },
      { name: 'renewers', type: '[]struct', versions: '0+', fields: [
        { name: 'principalType', type: 'string', versions: '0+' },
        { name: 'principalName', type: 'string', versions: '0+' },
      ] },
    ] },
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
  ] },
  { name: 'DescribeGroupsRequest', kind: 'request', apiKey: 15, validVersions: '0-6', flexibleVersions: '5+', fields: [
    { name: 'groups', type: '[]string', versions: '0+' },
    { name: 'includeAuthorizedOperations', type: 'bool', versions: '3+' },
  ] },
  { name: 'DescribeGroupsResponse', kind: 'response', apiKey: 15, validVersions: '0-6', flexibleVersions: '5+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '1+', ignorable: true },
    { name: 'groups', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '6+', nullableVersions: '6+', default: null },
      { name: 'groupId', type: 'string', versions: '0+' },
      { name: 'groupState', type: 'string', versions: '0+' },
      { name: 'protocolType', type: 'string', versions: '0+' },
      { name: 'protocolData', type: 'string', versions: '0+' },
      { name: 'members', type: '[]struct', versions: '0+', fields: [
        { name: 'memberId', type: 'string', versions: '0+' },
        { name: 'groupInstanceId', type: 'string', versions: '4+', nullableVersions: '4+', ignorable: true, default: null },
        { name: 'clientId', type: 'string', versions: '0+' },
        { name: 'clientHost', type: 'string', versions: '0+' },
        { name: 'memberMetadata', type: 'bytes', versions: '0+' },
        { name: 'memberAssignment', type: 'bytes', versions: '0+' },
      ] },
      { name: 'authorizedOperations', type: 'int32', versions: '3+', default: -2147483648 },
    ] },
  ] },
  { name: 'DescribeLogDirsRequest', kind: 'request', apiKey: 35, validVersions: '1-5', flexibleVersions: '2+', fields: [
    { name: 'topics', type: '[]struct', versions: '0+', nullableVersions: '0+', fields: [
      { name: 'topic', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]int32', versions: '0+' },
    ] },
  ] },
  { name: 'DescribeLogDirsResponse', kind: 'response', apiKey: 35, validVersions: '1-5', flexibleVersions: '2+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '3+', ignorable: true },
    { name: 'results', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'logDir', type: 'string', versions: '0+' },
      { name: 'topics', type: '[]struct', versions: '0+', fields: [
        { name: 'name', type: 'string', versions: '0+' },
        { name: 'partitions', type: '[]struct', versions: '0+', fields: [
          { name: 'partitionIndex', type: 'int32', versions: '0+' },
          { name: 'partitionSize', type: 'int64', versions: '0+' },
          { name: 'offsetLag', type: 'int64', versions: '0+' },
          { name: 'isFutureKey', type: 'bool', versions: '0+' },
        ] },
      ] },
      { name: 'totalBytes', type: 'int64', versions: '4+', ignorable: true, default: -1n },
      { name: 'usableBytes', type: 'int64', versions: '4+', ignorable: true, default: -1n },
      { name: 'isCordoned', type: 'bool', versions: '5+', ignorable: true, default: false },
    ] },
  ] },
  { name: 'DescribeProducersRequest', kind: 'request', apiKey: 61, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitionIndexes', type: '[]int32', versions: '0+' },
    ] },
  ] },
  { name: 'DescribeProducersResponse', kind: 'response', apiKey: 61, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'activeProducers', type: '[]struct', versions: '0+', fields: [
          { name: 'producerId', type: 'int64', versions: '0+' },
          { name: 'producerEpoch', type: 'int32', versions: '0+' },
          { name: 'lastSequence', type: 'int32', versions: '0+', default: -1 },
          { name: 'lastTimestamp', type: 'int64', versions: '0+', default: -1n },
          { name: 'coordinatorEpoch', type: 'int32', versions: '0+' },
          { name: 'currentTxnStartOffset', type: 'int64', versions: '0+', default: -1n },
        ] },
      ] },
    ] },
  ] },
  { name: 'DescribeQuorumRequest', kind: 'request', apiKey: 55, validVersions: '0-2', flexibleVersions: '0+', fields: [
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'DescribeQuorumResponse', kind: 'response', apiKey: 55, validVersions: '0-2', flexibleVersions: '0+', fields: [
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '2+', nullableVersions: '2+', ignorable: true },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'errorMessage', type: 'string', versions: '2+', nullableVersions: '2+', ignorable: true },
        { name: 'leaderId', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '0+' },
        { name: 'highWatermark', type: 'int64', versions: '0+' },
        { name: 'currentVoters', type: '[]struct', versions: '0+', fields: [
          { name: 'replicaId', type: 'int32', versions: '0+' },
          { name: 'replicaDirectoryId', type: 'uuid', versions: '2+' },
          { name: 'logEndOffset', type: 'int64', versions: '0+' },
          { name: 'lastFetchTimestamp', type: 'int64', versions: '1+', ignorable: true, default: -1n },
          { name: 'lastCaughtUpTimestamp', type: 'int64', versions: '1+', ignorable: true, default: -1n },
        ] },
        { name: 'observers', type: '[]struct', versions: '0+', fields: [
          { name: 'replicaId', type: 'int32', versions: '0+' },
          { name: 'replicaDirectoryId', type: 'uuid', versions: '2+' },
          { name: 'logEndOffset', type: 'int64', versions: '0+' },
          { name: 'lastFetchTimestamp', type: 'int64', versions: '1+', ignorable: true, default: -1n },
          { name: 'lastCaughtUpTimestamp', type: 'int64', versions: '1+', ignorable: true, default: -1n },
        ] },
      ] },
    ] },
    { name: 'nodes', type: '[]struct', versions: '2+', fields: [
      { name: 'nodeId', type: 'int32', versions: '2+' },
      { name: 'listeners', type: '[]struct', versions: '2+', fields: [
        { name: 'name', type: 'string', versions: '2+' },
        { name: 'host', type: 'string', versions: '2+' },
        { name: 'port', type: 'uint16', versions: '2+' },
      ] },
    ] },
  ] },
  { name: 'DescribeShareGroupOffsetsRequest', kind: 'request', apiKey: 90, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'groups', type: '[]struct', versions: '0+', fields: [
      { name: 'groupId', type: 'string', versions: '0+' },
      { name: 'topics', type: '[]struct', versions: '0+', nullableVersions: '0+', fields: [
        { name: 'topicName', type: 'string', versions: '0+' },
        { name: 'partitions', type: '[]int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'DescribeShareGroupOffsetsResponse', kind: 'response', apiKey: 90, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'groups', type: '[]struct', versions: '0+', fields: [
      { name: 'groupId', type: 'string', versions: '0+' },
      { name: 'topics', type: '[]struct', versions: '0+', fields: [
        { name: 'topicName', type: 'string', versions: '0+' },
        { name: 'topicId', type: 'uuid', versions: '0+' },
        { name: 'partitions', type: '[]struct', versions: '0+', fields: [
          { name: 'partitionIndex', type: 'int32', versions: '0+' },
          { name: 'startOffset', type: 'int64', versions: '0+' },
          { name: 'leaderEpoch', type: 'int32', versions: '0+' },
          { name: 'lag', type: 'int64', versions: '1+', ignorable: true, default: -1n },
          { name: 'errorCode', type: 'int16', versions: '0+' },
          { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
        ] },
      ] },
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    ] },
  ] },
  { name: 'DescribeTopicPartitionsRequest', kind: 'request', apiKey: 75, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
    ] },
    { name: 'responsePartitionLimit', type: 'int32', versions: '0+', default: 2000 },
    { name: 'cursor', type: 'struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'partitionIndex', type: 'int32', versions: '0+' },
    ] },
  ] },
  { name: 'DescribeTopicPartitionsResponse', kind: 'response', apiKey: 75, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+', ignorable: true },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'name', type: 'string', versions: '0+', nullableVersions: '0+' },
      { name: 'topicId', type: 'uuid', versions: '0+', ignorable: true },
      { name: 'isInternal', type: 'bool', versions: '0+', ignorable: true, default: false },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'leaderId', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '0+', ignorable: true, default: -1 },
        { name: 'replicaNodes', type: '[]int32', versions: '0+' },
        { name: 'isrNodes', type: '[]int32', versions: '0+' },
        { name: 'eligibleLeaderReplicas', type: '[]int32', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'lastKnownElr', type: '[]int32', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'offlineReplicas', type: '[]int32', versions: '0+', ignorable: true },
      ] },
      { name: 'topicAuthorizedOperations', type: 'int32', versions: '0+', default: -2147483648 },
    ] },
    { name: 'nextCursor', type: 'struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'partitionIndex', type: 'int32', versions: '0+' },
    ] },
  ] },
  { name: 'DescribeTransactionsRequest', kind: 'request', apiKey: 65, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'transactionalIds', type: '[]string', versions: '0+' },
  ] },
  { name: 'DescribeTransactionsResponse', kind: 'response', apiKey: 65, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'transactionStates', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'transactionalId', type: 'string', versions: '0+' },
      { name: 'transactionState', type: 'string', versions: '0+' },
      { name: 'transactionTimeoutMs', type: 'int32', versions: '0+' },
      { name: 'transactionStartTimeMs', type: 'int64', versions: '0+' },
      { name: 'producerId', type: 'int64', versions: '0+' },
      { name: 'producerEpoch', type: 'int16', versions: '0+' },
      { name: 'topics', type: '[]struct', versions: '0+', fields: [
        { name: 'topic', type: 'string', versions: '0+' },
        { name: 'partitions', type: '[]int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'DescribeUserScramCredentialsRequest', kind: 'request', apiKey: 50, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'users', type: '[]struct', versions: '0+', nullableVersions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
    ] },
  ] },
  { name: 'DescribeUserScramCredentialsResponse', kind: 'response', apiKey: 50, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'results', type: '[]struct', versions: '0+', fields: [
      { name: 'user', type: 'string', versions: '0+' },
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
      { name: 'credentialInfos', type: '[]struct', versions: '0+', fields: [
        { name: 'mechanism', type: 'int8', versions: '0+' },
        { name: 'iterations', type: 'int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'ElectLeadersRequest', kind: 'request', apiKey: 43, validVersions: '0-2', flexibleVersions: '2+', fields: [
    { name: 'electionType', type: 'int8', versions: '1+' },
    { name: 'topicPartitions', type: '[]struct', versions: '0+', nullableVersions: '0+', fields: [
      { name: 'topic', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]int32', versions: '0+' },
    ] },
    { name: 'timeoutMs', type: 'int32', versions: '0+', default: 60000 },
  ] },
  { name: 'ElectLeadersResponse', kind: 'response', apiKey: 43, validVersions: '0-2', flexibleVersions: '2+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '1+' },
    { name: 'replicaElectionResults', type: '[]struct', versions: '0+', fields: [
      { name: 'topic', type: 'string', versions: '0+' },
      { name: 'partitionResult', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionId', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
      ] },
    ] },
  ] },
  { name: 'EndQuorumEpochRequest', kind: 'request', apiKey: 54, validVersions: '0-1', flexibleVersions: '1+', fields: [
    { name: 'clusterId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'leaderId', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '0+' },
        { name: 'preferredSuccessors', type: '[]int32', versions: '0', ignorable: true },
        { name: 'preferredCandidates', type: '[]struct', versions: '1+', ignorable: true, fields: [
          { name: 'candidateId', type: 'int32', versions: '1+' },
          { name: 'candidateDirectoryId', type: 'uuid', versions: '1+' },
        ] },
      ] },
    ] },
    { name: 'leaderEndpoints', type: '[]struct', versions: '1+', ignorable: true, fields: [
      { name: 'name', type: 'string', versions: '1+' },
      { name: 'host', type: 'string', versions: '1+' },
      { name: 'port', type: 'uint16', versions: '1+' },
    ] },
  ] },
  { name: 'EndQuorumEpochResponse', kind: 'response', apiKey: 54, validVersions: '0-1', flexibleVersions: '1+', fields: [
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'leaderId', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '0+' },
      ] },
    ] },
    { name: 'nodeEndpoints', type: '[]struct', versions: '1+', tag: 0, taggedVersions: '1+', fields: [
      { name: 'nodeId', type: 'int32', versions: '1+' },
      { name: 'host', type: 'string', versions: '1+' },
      { name: 'port', type: 'uint16', versions: '1+' },
    ] },
  ] },
  { name: 'EndTxnMarker', kind: 'data', validVersions: '0', flexibleVersions: 'none', fields: [
    { name: 'coordinatorEpoch', type: 'int32', versions: '0+' },
  ] },
  { name: 'EndTxnRequest', kind: 'request', apiKey: 26, validVersions: '0-5', flexibleVersions: '3+', fields: [
    { name: 'transactionalId', type: 'string', versions: '0+' },
    { name: 'producerId', type: 'int64', versions: '0+' },
    { name: 'producerEpoch', type: 'int16', versions: '0+' },
    { name: 'committed', type: 'bool', versions: '0+' },
  ] },
  { name: 'EndTxnResponse', kind: 'response', apiKey: 26, validVersions: '0-5', flexibleVersions: '3+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'producerId', type: 'int64', versions: '5+', ignorable: true, default: -1n },
    { name: 'producerEpoch', type: 'int16', versions: '5+', ignorable: true, default: -1 },
  ] },
  { name: 'EnvelopeRequest', kind: 'request', apiKey: 58, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'requestData', type: 'bytes', versions: '0+' },
    { name: 'requestPrincipal', type: 'bytes', versions: '0+', nullableVersions: '0+' },
    { name: 'clientHostAddress', type: 'bytes', versions: '0+' },
  ] },
  { name: 'EnvelopeResponse', kind: 'response', apiKey: 58, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'responseData', type: 'bytes', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'errorCode', type: 'int16', versions: '0+' },
  ] },
  { name: 'ExpireDelegationTokenRequest', kind: 'request', apiKey: 40, validVersions: '1-2', flexibleVersions: '2+', fields: [
    { name: 'hmac', type: 'bytes', versions: '0+' },
    { name: 'expiryTimePeriodMs', type: 'int64', versions: '0+' },
  ] },
  { name: 'ExpireDelegationTokenResponse', kind: 'response', apiKey: 40, validVersions: '1-2', flexibleVersions: '2+', fields: [
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'expiryTimestampMs', type: 'int64', versions: '0+' },
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
  ] },
  { name: 'FetchRequest', kind: 'request', apiKey: 1, validVersions: '4-18', flexibleVersions: '12+', fields: [
    { name: 'clusterId', type: 'string', versions: '12+', nullableVersions: '12+', tag: 0, taggedVersions: '12+', ignorable: true, default: null },
    { name: 'replicaId', type: 'int32', versions: '0-14', default: -1 },
    { name: 'replicaState', type: 'struct', versions: '15+', tag: 1, taggedVersions: '15+', fields: [
      { name: 'replicaId', type: 'int32', versions: '15+', default: -1 },
      { name: 'replicaEpoch', type: 'int64', versions: '15+', default: -1n },
    ] },
    { name: 'maxWaitMs', type: 'int32', versions: '0+' },
    { name: 'minBytes', type: 'int32', versions: '0+' },
    { name: 'maxBytes', type: 'int32', versions: '3+', ignorable: true, default: 2147483647 },
    { name: 'isolationLevel', type: 'int8', versions: '4+', ignorable: true, default: 0 },
    { name: 'sessionId', type: 'int32', versions: '7+', ignorable: true, default: 0 },
    { name: 'sessionEpoch', type: 'int32', versions: '7+', ignorable: true, default: -1 },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topic', type: 'string', versions: '0-12', ignorable: true },
      { name: 'topicId', type: 'uuid', versions: '13+', ignorable: true },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partition', type: 'int32', versions: '0+' },
        { name: 'currentLeaderEpoch', type: 'int32', versions: '9+', ignorable: true, default: -1 },
        { name: 'fetchOffset', type: 'int64', versions: '0+' },
        { name: 'lastFetchedEpoch', type: 'int32', versions: '12+', default: -1 },
        { name: 'logStartOffset', type: 'int64', versions: '5+', ignorable: true, default: -1n },
        { name: 'partitionMaxBytes', type: 'int32', versions: '0+' },
        { name: 'replicaDirectoryId', type: 'uuid', versions: '17+', tag: 0, taggedVersions: '17+', ignorable: true },
        { name: 'highWatermark', type: 'int64', versions: '18+', tag: 1, taggedVersions: '18+', ignorable: true, default: 9223372036854775807n },
      ] },
    ] },
    { name: 'forgottenTopicsData', type: '[]struct', versions: '7+', fields: [
      { name: 'topic', type: 'string', versions: '7-12', ignorable: true },
      { name: 'topicId', type: 'uuid', versions: '13+', ignorable: true },
      { name: 'partitions', type: '[]int32', versions: '7+' },
    ] },
    { name: 'rackId', type: 'string', versions: '11+', ignorable: true, default: '' },
  ] },
  { name: 'FetchResponse', kind: 'response', apiKey: 1, validVersions: '4-18', flexibleVersions: '12+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '1+', ignorable: true },
    { name: 'errorCode', type: 'int16', versions: '7+', ignorable: true },
    { name: 'sessionId', type: 'int32', versions: '7+', default: 0 },
    { name: 'responses', type: '[]struct', versions: '0+', fields: [
      { name: 'topic', type: 'string', versions: '0-12', ignorable: true },
      { name: 'topicId', type: 'uuid', versions: '13+', ignorable: true },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'highWatermark', type: 'int64', versions: '0+' },
        { name: 'lastStableOffset', type: 'int64', versions: '4+', ignorable: true, default: -1n },
        { name: 'logStartOffset', type: 'int64', versions: '5+', ignorable: true, default: -1n },
        { name: 'divergingEpoch', type: 'struct', versions: '12+', tag: 0, taggedVersions: '12+', fields: [
          { name: 'epoch', type: 'int32', versions: '12+', default: -1 },
          { name: 'endOffset', type: 'int64', versions: '12+', default: -1n },
        ] },
        { name: 'currentLeader', type: 'struct', versions: '12+', tag: 1, taggedVersions: '12+', fields: [
          { name: 'leaderId', type: 'int32', versions: '12+', default: -1 },
          { name: 'leaderEpoch', type: 'int32', versions: '12+', default: -1 },
        ] },
        { name: 'snapshotId', type: 'struct', versions: '12+', tag: 2, taggedVersions: '12+', fields: [
          { name: 'endOffset', type: 'int64', versions: '0+', default: -1n },
          { name: 'epoch', type: 'int32', versions: '0+', default: -1 },
        ] },
        { name: 'abortedTransactions', type: '[]struct', versions: '4+', nullableVersions: '4+', ignorable: true, fields: [
          { name: 'producerId', type: 'int64', versions: '4+' },
          { name: 'firstOffset', type: 'int64', versions: '4+' },
        ] },
        { name: 'preferredReadReplica', type: 'int32', versions: '11+', default: -1 },
        { name: 'records', type: 'records', versions: '0+', nullableVersions: '0+' },
      ] },
    ] },
    { name: 'nodeEndpoints', type: '[]struct', versions: '16+', tag: 0, taggedVersions: '16+', fields: [
      { name: 'nodeId', type: 'int32', versions: '16+' },
      { name: 'host', type: 'string', versions: '16+' },
      { name: 'port', type: 'int32', versions: '16+' },
      { name: 'rack', type: 'string', versions: '16+', nullableVersions: '16+', default: null },
    ] },
  ] },
  { name: 'FetchSnapshotRequest', kind: 'request', apiKey: 59, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'clusterId', type: 'string', versions: '0+', nullableVersions: '0+', tag: 0, taggedVersions: '0+', default: null },
    { name: 'replicaId', type: 'int32', versions: '0+', default: -1 },
    { name: 'maxBytes', type: 'int32', versions: '0+', default: 2147483647 },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partition', type: 'int32', versions: '0+' },
        { name: 'currentLeaderEpoch', type: 'int32', versions: '0+' },
        { name: 'snapshotId', type: 'struct', versions: '0+', fields: [
          { name: 'endOffset', type: 'int64', versions: '0+' },
          { name: 'epoch', type: 'int32', versions: '0+' },
        ] },
        { name: 'position', type: 'int64', versions: '0+' },
        { name: 'replicaDirectoryId', type: 'uuid', versions: '1+', tag: 0, taggedVersions: '1+', ignorable: true },
      ] },
    ] },
  ] },
  { name: 'FetchSnapshotResponse', kind: 'response', apiKey: 59, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+', ignorable: true },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'index', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'snapshotId', type: 'struct', versions: '0+', fields: [
          { name: 'endOffset', type: 'int64', versions: '0+' },
          { name: 'epoch', type: 'int32', versions: '0+' },
        ] },
        { name: 'currentLeader', type: 'struct', versions: '0+', tag: 0, taggedVersions: '0+', fields: [
          { name: 'leaderId', type: 'int32', versions: '0+' },
          { name: 'leaderEpoch', type: 'int32', versions: '0+' },
        ] },
        { name: 'size', type: 'int64', versions: '0+' },
        { name: 'position', type: 'int64', versions: '0+' },
        { name: 'unalignedRecords', type: 'records', versions: '0+' },
      ] },
    ] },
    { name: 'nodeEndpoints', type: '[]struct', versions: '1+', tag: 0, taggedVersions: '1+', fields: [
      { name: 'nodeId', type: 'int32', versions: '1+' },
      { name: 'host', type: 'string', versions: '1+' },
      { name: 'port', type: 'uint16', versions: '1+' },
    ] },
  ] },
  { name: 'FindCoordinatorRequest', kind: 'request', apiKey: 10, validVersions: '0-6', flexibleVersions: '3+', fields: [
    { name: 'key', type: 'string', versions: '0-3' },
    { name: 'keyType', type: 'int8', versions: '1+', default: 0 },
    { name: 'coordinatorKeys', type: '[]string', versions: '4+' },
  ] },
  { name: 'FindCoordinatorResponse', kind: 'response', apiKey: 10, validVersions: '0-6', flexibleVersions: '3+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '1+', ignorable: true },
    { name: 'errorCode', type: 'int16', versions: '0-3' },
    { name: 'errorMessage', type: 'string', versions: '1-3', nullableVersions: '1-3', ignorable: true },
    { name: 'nodeId', type: 'int32', versions: '0-3' },
    { name: 'host', type: 'string', versions: '0-3' },
    { name: 'port', type: 'int32', versions: '0-3' },
    { name: 'coordinators', type: '[]struct', versions: '4+', fields: [
      { name: 'key', type: 'string', versions: '4+' },
      { name: 'nodeId', type: 'int32', versions: '4+' },
      { name: 'host', type: 'string', versions: '4+' },
      { name: 'port', type: 'int32', versions: '4+' },
      { name: 'errorCode', type: 'int16', versions: '4+' },
      { name: 'errorMessage', type: 'string', versions: '4+', nullableVersions: '4+', ignorable: true },
    ] },
  ] },
  { name: 'GetTelemetrySubscriptionsRequest', kind: 'request', apiKey: 71, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'clientInstanceId', type: 'uuid', versions: '0+' },
  ] },
  { name: 'GetTelemetrySubscriptionsResponse', kind: 'response', apiKey: 71, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'clientInstanceId', type: 'uuid', versions: '0+' },
    { name: 'subscriptionId', type: 'int32', versions: '0+' },
    { name: 'acceptedCompressionTypes', type: '[]int8', versions: '0+' },
    { name: 'pushIntervalMs', type: 'int32', versions: '0+' },
    { name: 'telemetryMaxBytes', type: 'int32', versions: '0+' },
    { name: 'deltaTemporality', type: 'bool', versions: '0+' },
    { name: 'requestedMetrics', type: '[]string', versions: '0+' },
  ] },
  { name: 'HeartbeatRequest', kind: 'request', apiKey: 12, validVersions: '0-4', flexibleVersions: '4+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'generationId', type: 'int32', versions: '0+' },
    { name: 'memberId', type: 'string', versions: '0+' },
    { name: 'groupInstanceId', type: 'string', versions: '3+', nullableVersions: '3+', default: null },
  ] },
  { name: 'HeartbeatResponse', kind: 'response', apiKey: 12, validVersions: '0-4', flexibleVersions: '4+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '1+', ignorable: true },
    { name: 'errorCode', type: 'int16', versions: '0+' },
  ] },
  { name: 'IncrementalAlterConfigsRequest', kind: 'request', apiKey: 44, validVersions: '0-1', flexibleVersions: '1+', fields: [
    { name: 'resources', type: '[]struct', versions: '0+', fields: [
      { name: 'resourceType', type: 'int8', versions: '0+' },
      { name: 'resourceName', type: 'string', versions: '0+' },
      { name: 'configs', type: '[]struct', versions: '0+', fields: [
        { name: 'name', type: 'string', versions: '0+' },
        { name: 'configOperation', type: 'int8', versions: '0+' },
        { name: 'value', type: 'string', versions: '0+', nullableVersions: '0+' },
      ] },
    ] },
    { name: 'validateOnly', type: 'bool', versions: '0+' },
  ] },
  { name: 'IncrementalAlterConfigsResponse', kind: 'response', apiKey: 44, validVersions: '0-1', flexibleVersions: '1+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'responses', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
      { name: 'resourceType', type: 'int8', versions: '0+' },
      { name: 'resourceName', type: 'string', versions: '0+' },
    ] },
  ] },
  { name: 'InitProducerIdRequest', kind: 'request', apiKey: 22, validVersions: '0-6', flexibleVersions: '2+', fields: [
    { name: 'transactionalId', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'transactionTimeoutMs', type: 'int32', versions: '0+' },
    { name: 'producerId', type: 'int64', versions: '3+', default: -1n },
    { name: 'producerEpoch', type: 'int16', versions: '3+', default: -1 },
    { name: 'enable2Pc', type: 'bool', versions: '6+', default: false },
    { name: 'keepPreparedTxn', type: 'bool', versions: '6+', default: false },
  ] },
  { name: 'InitProducerIdResponse', kind: 'response', apiKey: 22, validVersions: '0-6', flexibleVersions: '2+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+', ignorable: true },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'producerId', type: 'int64', versions: '0+', default: -1n },
    { name: 'producerEpoch', type: 'int16', versions: '0+' },
    { name: 'ongoingTxnProducerId', type: 'int64', versions: '6+', default: -1n },
    { name: 'ongoingTxnProducerEpoch', type: 'int16', versions: '6+', default: -1 },
  ] },
  { name: 'InitializeShareGroupStateRequest', kind: 'request', apiKey: 83, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partition', type: 'int32', versions: '0+' },
        { name: 'stateEpoch', type: 'int32', versions: '0+' },
        { name: 'startOffset', type: 'int64', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'InitializeShareGroupStateResponse', kind: 'response', apiKey: 83, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'results', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partition', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
      ] },
    ] },
  ] },
  { name: 'JoinGroupRequest', kind: 'request', apiKey: 11, validVersions: '0-9', flexibleVersions: '6+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'sessionTimeoutMs', type: 'int32', versions: '0+' },
    { name: 'rebalanceTimeoutMs', type: 'int32', versions: '1+', ignorable: true, default: -1 },
    { name: 'memberId', type: 'string', versions: '0+' },
    { name: 'groupInstanceId', type: 'string', versions: '5+', nullableVersions: '5+', default: null },
    { name: 'protocolType', type: 'string', versions: '0+' },
    { name: 'protocols', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'metadata', type: 'bytes', versions: '0+' },
    ] },
    { name: 'reason', type: 'string', versions: '8+', nullableVersions: '8+', ignorable: true, default: null },
  ] },
  { name: 'JoinGroupResponse', kind: 'response', apiKey: 11, validVersions: '0-9', flexibleVersions: '6+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '2+', ignorable: true },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'generationId', type: 'int32', versions: '0+', default: -1 },
    { name: 'protocolType', type: 'string', versions: '7+', nullableVersions: '7+', ignorable: true, default: null },
    { name: 'protocolName', type: 'string', versions: '0+', nullableVersions: '7+' },
    { name: 'leader', type: 'string', versions: '0+' },
    { name: 'skipAssignment', type: 'bool', versions: '9+', default: false },
    { name: 'memberId', type: 'string', versions: '0+' },
    { name: 'members', type: '[]struct', versions: '0+', fields: [
      { name: 'memberId', type: 'string', versions: '0+' },
      { name: 'groupInstanceId', type: 'string', versions: '5+', nullableVersions: '5+', ignorable: true, default: null },
      { name: 'metadata', type: 'bytes', versions: '0+' },
    ] },
  ] },
  { name: 'KRaftVersionRecord', kind: 'data', validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'version', type: 'int16', versions: '0+' },
    { name: 'kRaftVersion', type: 'int16', versions: '0+' },
  ] },
  { name: 'LeaderAndIsrRequest', kind: 'request', apiKey: 4, validVersions: 'none', flexibleVersions: 'none', fields: [
  ] },
  { name: 'LeaderAndIsrResponse', kind: 'response', apiKey: 4, validVersions: 'none', flexibleVersions: 'none', fields: [
  ] },
  { name: 'LeaderChangeMessage', kind: 'data', validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'version', type: 'int16', versions: '0+' },
    { name: 'leaderId', type: 'int32', versions: '0+' },
    { name: 'voters', type: '[]struct', versions: '0+', fields: [
      { name: 'voterId', type: 'int32', versions: '0+' },
      { name: 'voterDirectoryId', type: 'uuid', versions: '1+' },
    ] },
    { name: 'grantingVoters', type: '[]struct', versions: '0+', fields: [
      { name: 'voterId', type: 'int32', versions: '0+' },
      { name: 'voterDirectoryId', type: 'uuid', versions: '1+' },
    ] },
  ] },
  { name: 'LeaveGroupRequest', kind: 'request', apiKey: 13, validVersions: '0-5', flexibleVersions: '4+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'memberId', type: 'string', versions: '0-2' },
    { name: 'members', type: '[]struct', versions: '3+', fields: [
      { name: 'memberId', type: 'string', versions: '3+' },
      { name: 'groupInstanceId', type: 'string', versions: '3+', nullableVersions: '3+', default: null },
      { name: 'reason', type: 'string', versions: '5+', nullableVersions: '5+', ignorable: true, default: null },
    ] },
  ] },
  { name: 'LeaveGroupResponse', kind: 'response', apiKey: 13, validVersions: '0-5', flexibleVersions: '4+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '1+', ignorable: true },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'members', type: '[]struct', versions: '3+', fields: [
      { name: 'memberId', type: 'string', versions: '3+' },
      { name: 'groupInstanceId', type: 'string', versions: '3+', nullableVersions: '3+' },
      { name: 'errorCode', type: 'int16', versions: '3+' },
    ] },
  ] },
  { name: 'ListConfigResourcesRequest', kind: 'request', apiKey: 74, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'resourceTypes', type: '[]int8', versions: '1+' },
  ] },
  { name: 'ListConfigResourcesResponse', kind: 'response', apiKey: 74, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'configResources', type: '[]struct', versions: '0+', fields: [
      { name: 'resourceName', type: 'string', versions: '0+' },
      { name: 'resourceType', type: 'int8', versions: '1+', ignorable: true, default: 16 },
    ] },
  ] },
  { name: 'ListGroupsRequest', kind: 'request', apiKey: 16, validVersions: '0-5', flexibleVersions: '3+', fields: [
    { name: 'statesFilter', type: '[]string', versions: '4+' },
    { name: 'typesFilter', type: '[]string', versions: '5+' },
  ] },
  { name: 'ListGroupsResponse', kind: 'response', apiKey: 16, validVersions: '0-5', flexibleVersions: '3+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '1+', ignorable: true },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'groups', type: '[]struct', versions: '0+', fields: [
      { name: 'groupId', type: 'string', versions: '0+' },
      { name: 'protocolType', type: 'string', versions: '0+' },
      { name: 'groupState', type: 'string', versions: '4+', ignorable: true },
      { name: 'groupType', type: 'string', versions: '5+', ignorable: true },
    ] },
  ] },
  { name: 'ListOffsetsRequest', kind: 'request', apiKey: 2, validVersions: '1-11', flexibleVersions: '6+', fields: [
    { name: 'replicaId', type: 'int32', versions: '0+' },
    { name: 'isolationLevel', type: 'int8', versions: '2+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'currentLeaderEpoch', type: 'int32', versions: '4+', ignorable: true, default: -1 },
        { name: 'timestamp', type: 'int64', versions: '0+' },
      ] },
    ] },
    { name: 'timeoutMs', type: 'int32', versions: '10+', ignorable: true },
  ] },
  { name: 'ListOffsetsResponse', kind: 'response', apiKey: 2, validVersions: '1-11', flexibleVersions: '6+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '2+', ignorable: true },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'timestamp', type: 'int64', versions: '1+', default: -1n },
        { name: 'offset', type: 'int64', versions: '1+', default: -1n },
        { name: 'leaderEpoch', type: 'int32', versions: '4+', default: -1 },
      ] },
    ] },
  ] },
  { name: 'ListPartitionReassignmentsRequest', kind: 'request', apiKey: 46, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'timeoutMs', type: 'int32', versions: '0+', default: 60000 },
    { name: 'topics', type: '[]struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitionIndexes', type: '[]int32', versions: '0+' },
    ] },
  ] },
  { name: 'ListPartitionReassignmentsResponse', kind: 'response', apiKey: 46, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'replicas', type: '[]int32', versions: '0+' },
        { name: 'addingReplicas', type: '[]int32', versions: '0+' },
        { name: 'removingReplicas', type: '[]int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'ListTransactionsRequest', kind: 'request', apiKey: 66, validVersions: '0-2', flexibleVersions: '0+', fields: [
    { name: 'stateFilters', type: '[]string', versions: '0+' },
    { name: 'producerIdFilters', type: '[]int64', versions: '0+' },
    { name: 'durationFilter', type: 'int64', versions: '1+', default: -1n },
    { name: 'transactionalIdPattern', type: 'string', versions: '2+', nullableVersions: '2+', default: null },
  ] },
  { name: 'ListTransactionsResponse', kind: 'response', apiKey: 66, validVersions: '0-2', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'unknownStateFilters', type: '[]string', versions: '0+' },
    { name: 'transactionStates', type: '[]struct', versions: '0+', fields: [
      { name: 'transactionalId', type: 'string', versions: '0+' },
      { name: 'producerId', type: 'int64', versions: '0+' },
      { name: 'transactionState', type: 'string', versions: '0+' },
    ] },
  ] },
  { name: 'MetadataRequest', kind: 'request', apiKey: 3, validVersions: '0-13', flexibleVersions: '9+', fields: [
    { name: 'topics', type: '[]struct', versions: '0+', nullableVersions: '1+', fields: [
      { name: 'topicId', type: 'uuid', versions: '10+', ignorable: true },
      { name: 'name', type: 'string', versions: '0+', nullableVersions: '10+' },
    ] },
    { name: 'allowAutoTopicCreation', type: 'bool', versions: '4+', default: true },
    { name: 'includeClusterAuthorizedOperations', type: 'bool', versions: '8-10' },
    { name: 'includeTopicAuthorizedOperations', type: 'bool', versions: '8+' },
  ] },
  { name: 'MetadataResponse', kind: 'response', apiKey: 3, validVersions: '0-13', flexibleVersions: '9+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '3+', ignorable: true },
    { name: 'brokers', type: '[]struct', versions: '0+', fields: [
      { name: 'nodeId', type: 'int32', versions: '0+' },
      { name: 'host', type: 'string', versions: '0+' },
      { name: 'port', type: 'int32', versions: '0+' },
      { name: 'rack', type: 'string', versions: '1+', nullableVersions: '1+', ignorable: true, default: null },
    ] },
    { name: 'clusterId', type: 'string', versions: '2+', nullableVersions: '2+', ignorable: true, default: null },
    { name: 'controllerId', type: 'int32', versions: '1+', ignorable: true, default: -1 },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'name', type: 'string', versions: '0+', nullableVersions: '12+' },
      { name: 'topicId', type: 'uuid', versions: '10+', ignorable: true },
      { name: 'isInternal', type: 'bool', versions: '1+', ignorable: true, default: false },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'leaderId', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '7+', ignorable: true, default: -1 },
        { name: 'replicaNodes', type: '[]int32', versions: '0+' },
        { name: 'isrNodes', type: '[]int32', versions: '0+' },
        { name: 'offlineReplicas', type: '[]int32', versions: '5+', ignorable: true },
      ] },
      { name: 'topicAuthorizedOperations', type: 'int32', versions: '8+', default: -2147483648 },
    ] },
    { name: 'clusterAuthorizedOperations', type: 'int32', versions: '8-10', default: -2147483648 },
    { name: 'errorCode', type: 'int16', versions: '13+', ignorable: true },
  ] },
  { name: 'OffsetCommitRequest', kind: 'request', apiKey: 8, validVersions: '2-10', flexibleVersions: '8+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'generationIdOrMemberEpoch', type: 'int32', versions: '1+', ignorable: true, default: -1 },
    { name: 'memberId', type: 'string', versions: '1+', ignorable: true },
    { name: 'groupInstanceId', type: 'string', versions: '7+', nullableVersions: '7+', default: null },
    { name: 'retentionTimeMs', type: 'int64', versions: '2-4', ignorable: true, default: -1n },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0-9', ignorable: true },
      { name: 'topicId', type: 'uuid', versions: '10+', ignorable: true },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'committedOffset', type: 'int64', versions: '0+' },
        { name: 'committedLeaderEpoch', type: 'int32', versions: '6+', ignorable: true, default: -1 },
        { name: 'committedMetadata', type: 'string', versions: '0+', nullableVersions: '0+' },
      ] },
    ] },
  ] },
  { name: 'OffsetCommitResponse', kind: 'response', apiKey: 8, validVersions: '2-10', flexibleVersions: '8+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '3+', ignorable: true },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0-9', ignorable: true },
      { name: 'topicId', type: 'uuid', versions: '10+', ignorable: true },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'OffsetDeleteRequest', kind: 'request', apiKey: 47, validVersions: '0', flexibleVersions: 'none', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'OffsetDeleteResponse', kind: 'response', apiKey: 47, validVersions: '0', flexibleVersions: 'none', fields: [
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'throttleTimeMs', type: 'int32', versions: '0+', ignorable: true },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'OffsetFetchRequest', kind: 'request', apiKey: 9, validVersions: '1-10', flexibleVersions: '6+', fields: [
    { name: 'groupId', type: 'string', versions: '0-7' },
    { name: 'topics', type: '[]struct', versions: '0-7', nullableVersions: '2-7', fields: [
      { name: 'name', type: 'string', versions: '0-7' },
      { name: 'partitionIndexes', type: '[]int32', versions: '0-7' },
    ] },
    { name: 'groups', type: '[]struct', versions: '8+', fields: [
      { name: 'groupId', type: 'string', versions: '8+' },
      { name: 'memberId', type: 'string', versions: '9+', nullableVersions: '9+', ignorable: true, default: null },
      { name: 'memberEpoch', type: 'int32', versions: '9+', ignorable: true, default: -1 },
      { name: 'topics', type: '[]struct', versions: '8+', nullableVersions: '8+', fields: [
        { name: 'name', type: 'string', versions: '8-9', ignorable: true },
        { name: 'topicId', type: 'uuid', versions: '10+', ignorable: true },
        { name: 'partitionIndexes', type: '[]int32', versions: '8+' },
      ] },
    ] },
    { name: 'requireStable', type: 'bool', versions: '7+', default: false },
  ] },
  { name: 'OffsetFetchResponse', kind: 'response', apiKey: 9, validVersions: '1-10', flexibleVersions: '6+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '3+', ignorable: true },
    { name: 'topics', type: '[]struct', versions: '0-7', fields: [
      { name: 'name', type: 'string', versions: '0-7' },
      { name: 'partitions', type: '[]struct', versions: '0-7', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0-7' },
        { name: 'committedOffset', type: 'int64', versions: '0-7' },
        { name: 'committedLeaderEpoch', type: 'int32', versions: '5-7', ignorable: true, default: -1 },
        { name: 'metadata', type: 'string', versions: '0-7', nullableVersions: '0-7' },
        { name: 'errorCode', type: 'int16', versions: '0-7' },
      ] },
    ] },
    { name: 'errorCode', type: 'int16', versions: '2-7', ignorable: true, default: 0 },
    { name: 'groups', type: '[]struct', versions: '8+', fields: [
      { name: 'groupId', type: 'string', versions: '8+' },
      { name: 'topics', type: '[]struct', versions: '8+', fields: [
        { name: 'name', type: 'string', versions: '8-9', ignorable: true },
        { name: 'topicId', type: 'uuid', versions: '10+', ignorable: true },
        { name: 'partitions', type: '[]struct', versions: '8+', fields: [
          { name: 'partitionIndex', type: 'int32', versions: '8+' },
          { name: 'committedOffset', type: 'int64', versions: '8+' },
          { name: 'committedLeaderEpoch', type: 'int32', versions: '8+', ignorable: true, default: -1 },
          { name: 'metadata', type: 'string', versions: '8+', nullableVersions: '8+' },
          { name: 'errorCode', type: 'int16', versions: '8+' },
        ] },
      ] },
      { name: 'errorCode', type: 'int16', versions: '8+', default: 0 },
    ] },
  ] },
  { name: 'OffsetForLeaderEpochRequest', kind: 'request', apiKey: 23, validVersions: '2-4', flexibleVersions: '4+', fields: [
    { name: 'replicaId', type: 'int32', versions: '3+', ignorable: true, default: -2 },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topic', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partition', type: 'int32', versions: '0+' },
        { name: 'currentLeaderEpoch', type: 'int32', versions: '2+', ignorable: true, default: -1 },
        { name: 'leaderEpoch', type: 'int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'OffsetForLeaderEpochResponse', kind: 'response', apiKey: 23, validVersions: '2-4', flexibleVersions: '4+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '2+', ignorable: true },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topic', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'partition', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '1+', ignorable: true, default: -1 },
        { name: 'endOffset', type: 'int64', versions: '0+', default: -1n },
      ] },
    ] },
  ] },
  { name: 'ProduceRequest', kind: 'request', apiKey: 0, validVersions: '3-13', flexibleVersions: '9+', fields: [
    { name: 'transactionalId', type: 'string', versions: '3+', nullableVersions: '3+', default: null },
    { name: 'acks', type: 'int16', versions: '0+' },
    { name: 'timeoutMs', type: 'int32', versions: '0+' },
    { name: 'topicData', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0-12', ignorable: true },
      { name: 'topicId', type: 'uuid', versions: '13+', ignorable: true },
      { name: 'partitionData', type: '[]struct', versions: '0+', fields: [
        { name: 'index', type: 'int32', versions: '0+' },
        { name: 'records', type: 'records', versions: '0+', nullableVersions: '0+' },
      ] },
    ] },
  ] },
  { name: 'ProduceResponse', kind: 'response', apiKey: 0, validVersions: '3-13', flexibleVersions: '9+', fields: [
    { name: 'responses', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0-12', ignorable: true },
      { name: 'topicId', type: 'uuid', versions: '13+', ignorable: true },
      { name: 'partitionResponses', type: '[]struct', versions: '0+', fields: [
        { name: 'index', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'baseOffset', type: 'int64', versions: '0+' },
        { name: 'logAppendTimeMs', type: 'int64', versions: '2+', ignorable: true, default: -1n },
        { name: 'logStartOffset', type: 'int64', versions: '5+', ignorable: true, default: -1n },
        { name: 'recordErrors', type: '[]struct', versions: '8+', ignorable: true, fields: [
          { name: 'batchIndex', type: 'int32', versions: '8+' },
          { name: 'batchIndexErrorMessage', type: 'string', versions: '8+', nullableVersions: '8+', default: null },
        ] },
        { name: 'errorMessage', type: 'string', versions: '8+', nullableVersions: '8+', ignorable: true, default: null },
        { name: 'currentLeader', type: 'struct', versions: '10+', tag: 0, taggedVersions: '10+', fields: [
          { name: 'leaderId', type: 'int32', versions: '10+', default: -1 },
          { name: 'leaderEpoch', type: 'int32', versions: '10+', default: -1 },
        ] },
      ] },
    ] },
    { name: 'throttleTimeMs', type: 'int32', versions: '1+', ignorable: true, default: 0 },
    { name: 'nodeEndpoints', type: '[]struct', versions: '10+', tag: 0, taggedVersions: '10+', fields: [
      { name: 'nodeId', type: 'int32', versions: '10+' },
      { name: 'host', type: 'string', versions: '10+' },
      { name: 'port', type: 'int32', versions: '10+' },
      { name: 'rack', type: 'string', versions: '10+', nullableVersions: '10+', default: null },
    ] },
  ] },
  { name: 'PushTelemetryRequest', kind: 'request', apiKey: 72, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'clientInstanceId', type: 'uuid', versions: '0+' },
    { name: 'subscriptionId', type: 'int32', versions: '0+' },
    { name: 'terminating', type: 'bool', versions: '0+' },
    { name: 'compressionType', type: 'int8', versions: '0+' },
    { name: 'metrics', type: 'bytes', versions: '0+' },
  ] },
  { name: 'PushTelemetryResponse', kind: 'response', apiKey: 72, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
  ] },
  { name: 'ReadShareGroupStateRequest', kind: 'request', apiKey: 84, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partition', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'ReadShareGroupStateResponse', kind: 'response', apiKey: 84, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'results', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partition', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'stateEpoch', type: 'int32', versions: '0+' },
        { name: 'startOffset', type: 'int64', versions: '0+' },
        { name: 'stateBatches', type: '[]struct', versions: '0+', fields: [
          { name: 'firstOffset', type: 'int64', versions: '0+' },
          { name: 'lastOffset', type: 'int64', versions: '0+' },
          { name: 'deliveryState', type: 'int8', versions: '0+' },
          { name: 'deliveryCount', type: 'int16', versions: '0+' },
        ] },
      ] },
    ] },
  ] },
  { name: 'ReadShareGroupStateSummaryRequest', kind: 'request', apiKey: 87, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partition', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'ReadShareGroupStateSummaryResponse', kind: 'response', apiKey: 87, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'results', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partition', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'stateEpoch', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '0+' },
        { name: 'startOffset', type: 'int64', versions: '0+' },
        { name: 'deliveryCompleteCount', type: 'int32', versions: '1+', ignorable: true, default: -1 },
      ] },
    ] },
  ] },
  { name: 'RemoveRaftVoterRequest', kind: 'request', apiKey: 81, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'clusterId', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'voterId', type: 'int32', versions: '0+' },
    { name: 'voterDirectoryId', type: 'uuid', versions: '0+' },
  ] },
  { name: 'RemoveRaftVoterResponse', kind: 'response', apiKey: 81, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', ignorable: true },
  ] },
  { name: 'RenewDelegationTokenRequest', kind: 'request', apiKey: 39, validVersions: '1-2', flexibleVersions: '2+', fields: [
    { name: 'hmac', type: 'bytes', versions: '0+' },
    { name: 'renewPeriodMs', type: 'int64', versions: '0+' },
  ] },
  { name: 'RenewDelegationTokenResponse', kind: 'response', apiKey: 39, validVersions: '1-2', flexibleVersions: '2+', fields: [
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'expiryTimestampMs', type: 'int64', versions: '0+' },
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
  ] },
  { name: 'RequestHeader', kind: 'header', validVersions: '1-2', flexibleVersions: '2+', fields: [
    { name: 'requestApiKey', type: 'int16', versions: '0+' },
    { name: 'requestApiVersion', type: 'int16', versions: '0+' },
    { name: 'correlationId', type: 'int32', versions: '0+' },
    { name: 'clientId', type: 'string', versions: '1+', nullableVersions: '1+', flexibleVersions: 'none' },
  ] },
  { name: 'ResponseHeader', kind: 'header', validVersions: '0-1', flexibleVersions: '1+', fields: [
    { name: 'correlationId', type: 'int32', versions: '0+' },
  ] },
  { name: 'SaslAuthenticateRequest', kind: 'request', apiKey: 36, validVersions: '0-2', flexibleVersions: '2+', fields: [
    { name: 'authBytes', type: 'bytes', versions: '0+' },
  ] },
  { name: 'SaslAuthenticateResponse', kind: 'response', apiKey: 36, validVersions: '0-2', flexibleVersions: '2+', fields: [
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'authBytes', type: 'bytes', versions: '0+' },
    { name: 'sessionLifetimeMs', type: 'int64', versions: '1+', ignorable: true, default: 0n },
  ] },
  { name: 'SaslHandshakeRequest', kind: 'request', apiKey: 17, validVersions: '0-1', flexibleVersions: 'none', fields: [
    { name: 'mechanism', type: 'string', versions: '0+' },
  ] },
  { name: 'SaslHandshakeResponse', kind: 'response', apiKey: 17, validVersions: '0-1', flexibleVersions: 'none', fields: [
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'mechanisms', type: '[]string', versions: '0+' },
  ] },
  { name: 'ShareAcknowledgeRequest', kind: 'request', apiKey: 79, validVersions: '1-2', flexibleVersions: '0+', fields: [
    { name: 'groupId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'memberId', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'shareSessionEpoch', type: 'int32', versions: '0+' },
    { name: 'isRenewAck', type: 'bool', versions: '2+', default: false },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'acknowledgementBatches', type: '[]struct', versions: '0+', fields: [
          { name: 'firstOffset', type: 'int64', versions: '0+' },
          { name: 'lastOffset', type: 'int64', versions: '0+' },
          { name: 'acknowledgeTypes', type: '[]int8', versions: '0+' },
        ] },
      ] },
    ] },
  ] },
  { name: 'ShareAcknowledgeResponse', kind: 'response', apiKey: 79, validVersions: '1-2', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'acquisitionLockTimeoutMs', type: 'int32', versions: '2+', ignorable: true },
    { name: 'responses', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'currentLeader', type: 'struct', versions: '0+', fields: [
          { name: 'leaderId', type: 'int32', versions: '0+' },
          { name: 'leaderEpoch', type: 'int32', versions: '0+' },
        ] },
      ] },
    ] },
    { name: 'nodeEndpoints', type: '[]struct', versions: '0+', fields: [
      { name: 'nodeId', type: 'int32', versions: '0+' },
      { name: 'host', type: 'string', versions: '0+' },
      { name: 'port', type: 'int32', versions: '0+' },
      { name: 'rack', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    ] },
  ] },
  { name: 'ShareFetchRequest', kind: 'request', apiKey: 78, validVersions: '1-2', flexibleVersions: '0+', fields: [
    { name: 'groupId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'memberId', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'shareSessionEpoch', type: 'int32', versions: '0+' },
    { name: 'maxWaitMs', type: 'int32', versions: '0+' },
    { name: 'minBytes', type: 'int32', versions: '0+' },
    { name: 'maxBytes', type: 'int32', versions: '0+', default: 2147483647 },
    { name: 'maxRecords', type: 'int32', versions: '1+' },
    { name: 'batchSize', type: 'int32', versions: '1+' },
    { name: 'shareAcquireMode', type: 'int8', versions: '2+', ignorable: true, default: 0 },
    { name: 'isRenewAck', type: 'bool', versions: '2+', default: false },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'partitionMaxBytes', type: 'int32', versions: '0' },
        { name: 'acknowledgementBatches', type: '[]struct', versions: '0+', fields: [
          { name: 'firstOffset', type: 'int64', versions: '0+' },
          { name: 'lastOffset', type: 'int64', versions: '0+' },
          { name: 'acknowledgeTypes', type: '[]int8', versions: '0+' },
        ] },
      ] },
    ] },
    { name: 'forgottenTopicsData', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]int32', versions: '0+' },
    ] },
  ] },
  { name: 'ShareFetchResponse', kind: 'response', apiKey: 78, validVersions: '1-2', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'acquisitionLockTimeoutMs', type: 'int32', versions: '1+' },
    { name: 'responses', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'acknowledgeErrorCode', type: 'int16', versions: '0+' },
        { name: 'acknowledgeErrorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'currentLeader', type: 'struct', versions: '0+', fields: [
          { name: 'leaderId', type: 'int32', versions: '0+' },
          { name: 'leaderEpoch', type: 'int32', versions: '0+' },
        ] },
        { name: 'records', type: 'records', versions: '0+', nullableVersions: '0' },
        { name: 'acquiredRecords', type: '[]struct', versions: '0+', fields: [
          { name: 'firstOffset', type: 'int64', versions: '0+' },
          { name: 'lastOffset', type: 'int64', versions: '0+' },
          { name: 'deliveryCount', type: 'int16', versions: '0+' },
        ] },
      ] },
    ] },
    { name: 'nodeEndpoints', type: '[]struct', versions: '0+', fields: [
      { name: 'nodeId', type: 'int32', versions: '0+' },
      { name: 'host', type: 'string', versions: '0+' },
      { name: 'port', type: 'int32', versions: '0+' },
      { name: 'rack', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    ] },
  ] },
  { name: 'ShareGroupDescribeRequest', kind: 'request', apiKey: 77, validVersions: '1', flexibleVersions: '0+', fields: [
    { name: 'groupIds', type: '[]string', versions: '0+' },
    { name: 'includeAuthorizedOperations', type: 'bool', versions: '0+' },
  ] },
  { name: 'ShareGroupDescribeResponse', kind: 'response', apiKey: 77, validVersions: '1', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'groups', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
      { name: 'groupId', type: 'string', versions: '0+' },
      { name: 'groupState', type: 'string', versions: '0+' },
      { name: 'groupEpoch', type: 'int32', versions: '0+' },
      { name: 'assignmentEpoch', type: 'int32', versions: '0+' },
      { name: 'assignorName', type: 'string', versions: '0+' },
      { name: 'members', type: '[]struct', versions: '0+', fields: [
        { name: 'memberId', type: 'string', versions: '0+' },
        { name: 'rackId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'memberEpoch', type: 'int32', versions: '0+' },
        { name: 'clientId', type: 'string', versions: '0+' },
        { name: 'clientHost', type: 'string', versions: '0+' },
        { name: 'subscribedTopicNames', type: '[]string', versions: '0+' },
        { name: 'assignment', type: 'struct', versions: '0+', fields: [
          { name: 'topicPartitions', type: '[]struct', versions: '0+', fields: [
            { name: 'topicId', type: 'uuid', versions: '0+' },
            { name: 'topicName', type: 'string', versions: '0+' },
            { name: 'partitions', type: '[]int32', versions: '0+' },
          ] },
        ] },
      ] },
      { name: 'authorizedOperations', type: 'int32', versions: '0+', default: -2147483648 },
    ] },
  ] },
  { name: 'ShareGroupHeartbeatRequest', kind: 'request', apiKey: 76, validVersions: '1', flexibleVersions: '0+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'memberId', type: 'string', versions: '0+' },
    { name: 'memberEpoch', type: 'int32', versions: '0+' },
    { name: 'rackId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'subscribedTopicNames', type: '[]string', versions: '0+', nullableVersions: '0+', default: null },
  ] },
  { name: 'ShareGroupHeartbeatResponse', kind: 'response', apiKey: 76, validVersions: '1', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'memberId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'memberEpoch', type: 'int32', versions: '0+' },
    { name: 'heartbeatIntervalMs', type: 'int32', versions: '0+' },
    { name: 'assignment', type: 'struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'topicPartitions', type: '[]struct', versions: '0+', fields: [
        { name: 'topicId', type: 'uuid', versions: '0+' },
        { name: 'partitions', type: '[]int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'SnapshotFooterRecord', kind: 'data', validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'version', type: 'int16', versions: '0+' },
  ] },
  { name: 'SnapshotHeaderRecord', kind: 'data', validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'version', type: 'int16', versions: '0+' },
    { name: 'lastContainedLogTimestamp', type: 'int64', versions: '0+' },
  ] },
  { name: 'StopReplicaRequest', kind: 'request', apiKey: 5, validVersions: 'none', flexibleVersions: 'none', fields: [
  ] },
  { name: 'StopReplicaResponse', kind: 'response', apiKey: 5, validVersions: 'none', flexibleVersions: 'none', fields: [
  ] },
  { name: 'StreamsGroupDescribeRequest', kind: 'request', apiKey: 89, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'groupIds', type: '[]string', versions: '0+' },
    { name: 'includeAuthorizedOperations', type: 'bool', versions: '0+' },
  ] },
  { name: 'StreamsGroupDescribeResponse', kind: 'response', apiKey: 89, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'groups', type: '[]struct', versions: '0+', fields: [
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
      { name: 'groupId', type: 'string', versions: '0+' },
      { name: 'groupState', type: 'string', versions: '0+' },
      { name: 'groupEpoch', type: 'int32', versions: '0+' },
      { name: 'assignmentEpoch', type: 'int32', versions: '0+' },
      { name: 'topology', type: 'struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
        { name: 'epoch', type: 'int32', versions: '0+' },
        { name: 'subtopologies', type: '[]struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
          { name: 'subtopologyId', type: 'string', versions: '0+' },
          { name: 'sourceTopics', type: '[]string', versions: '0+' },
          { name: 'repartitionSinkTopics', type: '[]string', versions: '0+' },
          { name: 'stateChangelogTopics', type: '[]struct', versions: '0+', fields: [
            { name: 'name', type: 'string', versions: '0+' },
            { name: 'partitions', type: 'int32', versions: '0+' },
            { name: 'replicationFactor', type: 'int16', versions: '0+' },
            { name: 'topicConfigs', type: '[]struct', versions: '0+', fields: [
              { name: 'key', type: 'string', versions: '0+' },
              { name: 'value', type: 'string', versions: '0+' },
            ] },
          ] },
          { name: 'repartitionSourceTopics', type: '[]struct', versions: '0+', fields: [
            { name: 'name', type: 'string', versions: '0+' },
            { name: 'partitions', type: 'int32', versions: '0+' },
            { name: 'replicationFactor', type: 'int16', versions: '0+' },
            { name: 'topicConfigs', type: '[]struct', versions: '0+', fields: [
              { name: 'key', type: 'string', versions: '0+' },
              { name: 'value', type: 'string', versions: '0+' },
            ] },
          ] },
        ] },
      ] },
      { name: 'members', type: '[]struct', versions: '0+', fields: [
        { name: 'memberId', type: 'string', versions: '0+' },
        { name: 'memberEpoch', type: 'int32', versions: '0+' },
        { name: 'instanceId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'rackId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
        { name: 'clientId', type: 'string', versions: '0+' },
        { name: 'clientHost', type: 'string', versions: '0+' },
        { name: 'topologyEpoch', type: 'int32', versions: '0+' },
        { name: 'processId', type: 'string', versions: '0+' },
        { name: 'userEndpoint', type: 'struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
          { name: 'host', type: 'string', versions: '0+' },
          { name: 'port', type: 'uint16', versions: '0+' },
        ] },
        { name: 'clientTags', type: '[]struct', versions: '0+', fields: [
          { name: 'key', type: 'string', versions: '0+' },
          { name: 'value', type: 'string', versions: '0+' },
        ] },
        { name: 'taskOffsets', type: '[]struct', versions: '0+', fields: [
          { name: 'subtopologyId', type: 'string', versions: '0+' },
          { name: 'partition', type: 'int32', versions: '0+' },
          { name: 'offset', type: 'int64', versions: '0+' },
        ] },
        { name: 'taskEndOffsets', type: '[]struct', versions: '0+', fields: [
          { name: 'subtopologyId', type: 'string', versions: '0+' },
          { name: 'partition', type: 'int32', versions: '0+' },
          { name: 'offset', type: 'int64', versions: '0+' },
        ] },
        { name: 'assignment', type: 'struct', versions: '0+', fields: [
          { name: 'activeTasks', type: '[]struct', versions: '0+', fields: [
            { name: 'subtopologyId', type: 'string', versions: '0+' },
            { name: 'partitions', type: '[]int32', versions: '0+' },
          ] },
          { name: 'standbyTasks', type: '[]struct', versions: '0+', fields: [
            { name: 'subtopologyId', type: 'string', versions: '0+' },
            { name: 'partitions', type: '[]int32', versions: '0+' },
          ] },
          { name: 'warmupTasks', type: '[]struct', versions: '0+', fields: [
            { name: 'subtopologyId', type: 'string', versions: '0+' },
            { name: 'partitions', type: '[]int32', versions: '0+' },
          ] },
        ] },
        { name: 'targetAssignment', type: 'struct', versions: '0+', fields: [
          { name: 'activeTasks', type: '[]struct', versions: '0+', fields: [
            { name: 'subtopologyId', type: 'string', versions: '0+' },
            { name: 'partitions', type: '[]int32', versions: '0+' },
          ] },
          { name: 'standbyTasks', type: '[]struct', versions: '0+', fields: [
            { name: 'subtopologyId', type: 'string', versions: '0+' },
            { name: 'partitions', type: '[]int32', versions: '0+' },
          ] },
          { name: 'warmupTasks', type: '[]struct', versions: '0+', fields: [
            { name: 'subtopologyId', type: 'string', versions: '0+' },
            { name: 'partitions', type: '[]int32', versions: '0+' },
          ] },
        ] },
        { name: 'isClassic', type: 'bool', versions: '0+' },
      ] },
      { name: 'authorizedOperations', type: 'int32', versions: '0+', default: -2147483648 },
    ] },
  ] },
  { name: 'StreamsGroupHeartbeatRequest', kind: 'request', apiKey: 88, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'memberId', type: 'string', versions: '0+' },
    { name: 'memberEpoch', type: 'int32', versions: '0+' },
    { name: 'endpointInformationEpoch', type: 'int32', versions: '0+' },
    { name: 'instanceId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'rackId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'rebalanceTimeoutMs', type: 'int32', versions: '0+', default: -1 },
    { name: 'topology', type: 'struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'epoch', type: 'int32', versions: '0+' },
      { name: 'subtopologies', type: '[]struct', versions: '0+', fields: [
        { name: 'subtopologyId', type: 'string', versions: '0+' },
        { name: 'sourceTopics', type: '[]string', versions: '0+' },
        { name: 'sourceTopicRegex', type: '[]string', versions: '0+' },
        { name: 'stateChangelogTopics', type: '[]struct', versions: '0+', fields: [
          { name: 'name', type: 'string', versions: '0+' },
          { name: 'partitions', type: 'int32', versions: '0+' },
          { name: 'replicationFactor', type: 'int16', versions: '0+' },
          { name: 'topicConfigs', type: '[]struct', versions: '0+', fields: [
            { name: 'key', type: 'string', versions: '0+' },
            { name: 'value', type: 'string', versions: '0+' },
          ] },
        ] },
        { name: 'repartitionSinkTopics', type: '[]string', versions: '0+' },
        { name: 'repartitionSourceTopics', type: '[]struct', versions: '0+', fields: [
          { name: 'name', type: 'string', versions: '0+' },
          { name: 'partitions', type: 'int32', versions: '0+' },
          { name: 'replicationFactor', type: 'int16', versions: '0+' },
          { name: 'topicConfigs', type: '[]struct', versions: '0+', fields: [
            { name: 'key', type: 'string', versions: '0+' },
            { name: 'value', type: 'string', versions: '0+' },
          ] },
        ] },
        { name: 'copartitionGroups', type: '[]struct', versions: '0+', fields: [
          { name: 'sourceTopics', type: '[]int16', versions: '0+' },
          { name: 'sourceTopicRegex', type: '[]int16', versions: '0+' },
          { name: 'repartitionSourceTopics', type: '[]int16', versions: '0+' },
        ] },
      ] },
    ] },
    { name: 'activeTasks', type: '[]struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'subtopologyId', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]int32', versions: '0+' },
    ] },
    { name: 'standbyTasks', type: '[]struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'subtopologyId', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]int32', versions: '0+' },
    ] },
    { name: 'warmupTasks', type: '[]struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'subtopologyId', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]int32', versions: '0+' },
    ] },
    { name: 'processId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'userEndpoint', type: 'struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'host', type: 'string', versions: '0+' },
      { name: 'port', type: 'uint16', versions: '0+' },
    ] },
    { name: 'clientTags', type: '[]struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'key', type: 'string', versions: '0+' },
      { name: 'value', type: 'string', versions: '0+' },
    ] },
    { name: 'taskOffsets', type: '[]struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'subtopologyId', type: 'string', versions: '0+' },
      { name: 'partition', type: 'int32', versions: '0+' },
      { name: 'offset', type: 'int64', versions: '0+' },
    ] },
    { name: 'taskEndOffsets', type: '[]struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'subtopologyId', type: 'string', versions: '0+' },
      { name: 'partition', type: 'int32', versions: '0+' },
      { name: 'offset', type: 'int64', versions: '0+' },
    ] },
    { name: 'shutdownApplication', type: 'bool', versions: '0+', default: false },
  ] },
  { name: 'StreamsGroupHeartbeatResponse', kind: 'response', apiKey: 88, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'memberId', type: 'string', versions: '0+' },
    { name: 'memberEpoch', type: 'int32', versions: '0+' },
    { name: 'heartbeatIntervalMs', type: 'int32', versions: '0+' },
    { name: 'acceptableRecoveryLag', type: 'int32', versions: '0+' },
    { name: 'taskOffsetIntervalMs', type: 'int32', versions: '0+' },
    { name: 'status', type: '[]struct', versions: '0+', nullableVersions: '0+', fields: [
      { name: 'statusCode', type: 'int8', versions: '0+' },
      { name: 'statusDetail', type: 'string', versions: '0+' },
    ] },
    { name: 'activeTasks', type: '[]struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'subtopologyId', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]int32', versions: '0+' },
    ] },
    { name: 'standbyTasks', type: '[]struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'subtopologyId', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]int32', versions: '0+' },
    ] },
    { name: 'warmupTasks', type: '[]struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'subtopologyId', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]int32', versions: '0+' },
    ] },
    { name: 'endpointInformationEpoch', type: 'int32', versions: '0+' },
    { name: 'partitionsByUserEndpoint', type: '[]struct', versions: '0+', nullableVersions: '0+', default: null, fields: [
      { name: 'userEndpoint', type: 'struct', versions: '0+', fields: [
        { name: 'host', type: 'string', versions: '0+' },
        { name: 'port', type: 'uint16', versions: '0+' },
      ] },
      { name: 'activePartitions', type: '[]struct', versions: '0+', fields: [
        { name: 'topic', type: 'string', versions: '0+' },
        { name: 'partitions', type: '[]int32', versions: '0+' },
      ] },
      { name: 'standbyPartitions', type: '[]struct', versions: '0+', fields: [
        { name: 'topic', type: 'string', versions: '0+' },
        { name: 'partitions', type: '[]int32', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'SyncGroupRequest', kind: 'request', apiKey: 14, validVersions: '0-5', flexibleVersions: '4+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'generationId', type: 'int32', versions: '0+' },
    { name: 'memberId', type: 'string', versions: '0+' },
    { name: 'groupInstanceId', type: 'string', versions: '3+', nullableVersions: '3+', default: null },
    { name: 'protocolType', type: 'string', versions: '5+', nullableVersions: '5+', ignorable: true, default: null },
    { name: 'protocolName', type: 'string', versions: '5+', nullableVersions: '5+', ignorable: true, default: null },
    { name: 'assignments', type: '[]struct', versions: '0+', fields: [
      { name: 'memberId', type: 'string', versions: '0+' },
      { name: 'assignment', type: 'bytes', versions: '0+' },
    ] },
  ] },
  { name: 'SyncGroupResponse', kind: 'response', apiKey: 14, validVersions: '0-5', flexibleVersions: '4+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '1+', ignorable: true },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'protocolType', type: 'string', versions: '5+', nullableVersions: '5+', ignorable: true, default: null },
    { name: 'protocolName', type: 'string', versions: '5+', nullableVersions: '5+', ignorable: true, default: null },
    { name: 'assignment', type: 'bytes', versions: '0+' },
  ] },
  { name: 'TxnOffsetCommitRequest', kind: 'request', apiKey: 28, validVersions: '0-5', flexibleVersions: '3+', fields: [
    { name: 'transactionalId', type: 'string', versions: '0+' },
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'producerId', type: 'int64', versions: '0+' },
    { name: 'producerEpoch', type: 'int16', versions: '0+' },
    { name: 'generationId', type: 'int32', versions: '3+', default: -1 },
    { name: 'memberId', type: 'string', versions: '3+', default: '' },
    { name: 'groupInstanceId', type: 'string', versions: '3+', nullableVersions: '3+', default: null },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'committedOffset', type: 'int64', versions: '0+' },
        { name: 'committedLeaderEpoch', type: 'int32', versions: '2+', ignorable: true, default: -1 },
        { name: 'committedMetadata', type: 'string', versions: '0+', nullableVersions: '0+' },
      ] },
    ] },
  ] },
  { name: 'TxnOffsetCommitResponse', kind: 'response', apiKey: 28, validVersions: '0-5', flexibleVersions: '3+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'UnregisterBrokerRequest', kind: 'request', apiKey: 64, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'brokerId', type: 'int32', versions: '0+' },
  ] },
  { name: 'UnregisterBrokerResponse', kind: 'response', apiKey: 64, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
  ] },
  { name: 'UpdateFeaturesRequest', kind: 'request', apiKey: 57, validVersions: '0-2', flexibleVersions: '0+', fields: [
    { name: 'timeoutMs', type: 'int32', versions: '0+', default: 60000 },
    { name: 'featureUpdates', type: '[]struct', versions: '0+', fields: [
      { name: 'feature', type: 'string', versions: '0+' },
      { name: 'maxVersionLevel', type: 'int16', versions: '0+' },
      { name: 'allowDowngrade', type: 'bool', versions: '0' },
      { name: 'upgradeType', type: 'int8', versions: '1+', default: 1 },
    ] },
    { name: 'validateOnly', type: 'bool', versions: '1+', default: false },
  ] },
  { name: 'UpdateFeaturesResponse', kind: 'response', apiKey: 57, validVersions: '0-2', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'results', type: '[]struct', versions: '0-1', ignorable: true, fields: [
      { name: 'feature', type: 'string', versions: '0+' },
      { name: 'errorCode', type: 'int16', versions: '0+' },
      { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+' },
    ] },
  ] },
  { name: 'UpdateMetadataRequest', kind: 'request', apiKey: 6, validVersions: 'none', flexibleVersions: 'none', fields: [
  ] },
  { name: 'UpdateMetadataResponse', kind: 'response', apiKey: 6, validVersions: 'none', flexibleVersions: 'none', fields: [
  ] },
  { name: 'UpdateRaftVoterRequest', kind: 'request', apiKey: 82, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'clusterId', type: 'string', versions: '0+', nullableVersions: '0+' },
    { name: 'currentLeaderEpoch', type: 'int32', versions: '0+' },
    { name: 'voterId', type: 'int32', versions: '0+' },
    { name: 'voterDirectoryId', type: 'uuid', versions: '0+' },
    { name: 'listeners', type: '[]struct', versions: '0+', fields: [
      { name: 'name', type: 'string', versions: '0+' },
      { name: 'host', type: 'string', versions: '0+' },
      { name: 'port', type: 'uint16', versions: '0+' },
    ] },
    { name: 'kRaftVersionFeature', type: 'struct', versions: '0+', fields: [
      { name: 'minSupportedVersion', type: 'int16', versions: '0+' },
      { name: 'maxSupportedVersion', type: 'int16', versions: '0+' },
    ] },
  ] },
  { name: 'UpdateRaftVoterResponse', kind: 'response', apiKey: 82, validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'throttleTimeMs', type: 'int32', versions: '0+' },
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'currentLeader', type: 'struct', versions: '0+', tag: 0, taggedVersions: '0+', fields: [
      { name: 'leaderId', type: 'int32', versions: '0+', default: -1 },
      { name: 'leaderEpoch', type: 'int32', versions: '0+', default: -1 },
      { name: 'host', type: 'string', versions: '0+' },
      { name: 'port', type: 'int32', versions: '0+' },
    ] },
  ] },
  { name: 'VoteRequest', kind: 'request', apiKey: 52, validVersions: '0-2', flexibleVersions: '0+', fields: [
    { name: 'clusterId', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
    { name: 'voterId', type: 'int32', versions: '1+', ignorable: true, default: -1 },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'replicaEpoch', type: 'int32', versions: '0+' },
        { name: 'replicaId', type: 'int32', versions: '0+' },
        { name: 'replicaDirectoryId', type: 'uuid', versions: '1+', ignorable: true },
        { name: 'voterDirectoryId', type: 'uuid', versions: '1+', ignorable: true },
        { name: 'lastOffsetEpoch', type: 'int32', versions: '0+' },
        { name: 'lastOffset', type: 'int64', versions: '0+' },
        { name: 'preVote', type: 'bool', versions: '2+' },
      ] },
    ] },
  ] },
  { name: 'VoteResponse', kind: 'response', apiKey: 52, validVersions: '0-2', flexibleVersions: '0+', fields: [
    { name: 'errorCode', type: 'int16', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicName', type: 'string', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partitionIndex', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'leaderId', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '0+' },
        { name: 'voteGranted', type: 'bool', versions: '0+' },
      ] },
    ] },
    { name: 'nodeEndpoints', type: '[]struct', versions: '1+', tag: 0, taggedVersions: '1+', fields: [
      { name: 'nodeId', type: 'int32', versions: '1+' },
      { name: 'host', type: 'string', versions: '1+' },
      { name: 'port', type: 'uint16', versions: '1+' },
    ] },
  ] },
  { name: 'VotersRecord', kind: 'data', validVersions: '0', flexibleVersions: '0+', fields: [
    { name: 'version', type: 'int16', versions: '0+' },
    { name: 'voters', type: '[]struct', versions: '0+', fields: [
      { name: 'voterId', type: 'int32', versions: '0+' },
      { name: 'voterDirectoryId', type: 'uuid', versions: '0+' },
      { name: 'endpoints', type: '[]struct', versions: '0+', fields: [
        { name: 'name', type: 'string', versions: '0+' },
        { name: 'host', type: 'string', versions: '0+' },
        { name: 'port', type: 'uint16', versions: '0+' },
      ] },
      { name: 'kRaftVersionFeature', type: 'struct', versions: '0+', fields: [
        { name: 'minSupportedVersion', type: 'int16', versions: '0+' },
        { name: 'maxSupportedVersion', type: 'int16', versions: '0+' },
      ] },
    ] },
  ] },
  { name: 'WriteShareGroupStateRequest', kind: 'request', apiKey: 85, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'groupId', type: 'string', versions: '0+' },
    { name: 'topics', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partition', type: 'int32', versions: '0+' },
        { name: 'stateEpoch', type: 'int32', versions: '0+' },
        { name: 'leaderEpoch', type: 'int32', versions: '0+' },
        { name: 'startOffset', type: 'int64', versions: '0+' },
        { name: 'deliveryCompleteCount', type: 'int32', versions: '1+', ignorable: true, default: -1 },
        { name: 'stateBatches', type: '[]struct', versions: '0+', fields: [
          { name: 'firstOffset', type: 'int64', versions: '0+' },
          { name: 'lastOffset', type: 'int64', versions: '0+' },
          { name: 'deliveryState', type: 'int8', versions: '0+' },
          { name: 'deliveryCount', type: 'int16', versions: '0+' },
        ] },
      ] },
    ] },
  ] },
  { name: 'WriteShareGroupStateResponse', kind: 'response', apiKey: 85, validVersions: '0-1', flexibleVersions: '0+', fields: [
    { name: 'results', type: '[]struct', versions: '0+', fields: [
      { name: 'topicId', type: 'uuid', versions: '0+' },
      { name: 'partitions', type: '[]struct', versions: '0+', fields: [
        { name: 'partition', type: 'int32', versions: '0+' },
        { name: 'errorCode', type: 'int16', versions: '0+' },
        { name: 'errorMessage', type: 'string', versions: '0+', nullableVersions: '0+', default: null },
      ] },
    ] },
  ] },
  { name: 'WriteTxnMarkersRequest', kind: 'request', apiKey: 27, validVersions: '1-2', flexibleVersions: '1+', fields: [
    { name: 'markers', type: '[]struct', versions: '0+', fields: [
      { name: 'producerId', type: 'int64', versions: '0+' },
      { name: 'producerEpoch', type: 'int16', versions: '0+' },
      { name: 'transactionResult', type: 'bool', versions: '0+' },
      { name: 'topics', type: '[]struct', versions: '0+', fields: [
        { name: 'name', type: 'string', versions: '0+' },
        { name: 'partitionIndexes', type: '[]int32', versions: '0+' },
      ] },
      { name: 'coordinatorEpoch', type: 'int32', versions: '0+' },
      { name: 'transactionVersion', type: 'int8', versions: '2+', ignorable: true, default: 0 },
    ] },
  ] },
  { name: 'WriteTxnMarkersResponse', kind: 'response', apiKey: 27, validVersions: '1-2', flexibleVersions: '1+', fields: [
    { name: 'markers', type: '[]struct', versions: '0+', fields: [
      { name: 'producerId', type: 'int64', versions: '0+' },
      { name: 'topics', type: '[]struct', versions: '0+', fields: [
        { name: 'name', type: 'string', versions: '0+' },
        { name: 'partitions', type: '[]struct', versions: '0+', fields: [
          { name: 'partitionIndex', type: 'int32', versions: '0+' },
          { name: 'errorCode', type: 'int16', versions: '0+' },
        ] },
      ] },
    ] },
  ] },
];
