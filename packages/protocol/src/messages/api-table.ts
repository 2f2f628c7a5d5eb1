// Generated from *Request.json, *Response.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import { ProduceApi } from './produce.js';
import { FetchApi } from './fetch.js';
import { ListOffsetsApi } from './list-offsets.js';
import { MetadataApi } from './metadata.js';
import { LeaderAndIsrApi } from './leader-and-isr.js';
import { StopReplicaApi } from './stop-replica.js';
import { UpdateMetadataApi } from './update-metadata.js';
import { ControlledShutdownApi } from './controlled-shutdown.js';
import { OffsetCommitApi } from './offset-commit.js';
import { OffsetFetchApi } from './offset-fetch.js';
import { FindCoordinatorApi } from './find-coordinator.js';
import { JoinGroupApi } from './join-group.js';
import { HeartbeatApi } from './heartbeat.js';
import { LeaveGroupApi } from './leave-group.js';
import { SyncGroupApi } from './sync-group.js';
import { DescribeGroupsApi } from './describe-groups.js';
import { ListGroupsApi } from './list-groups.js';
import { SaslHandshakeApi } from './sasl-handshake.js';
import { ApiVersionsApi } from './api-versions.js';
import { CreateTopicsApi } from './create-topics.js';
import { DeleteTopicsApi } from './delete-topics.js';
import { DeleteRecordsApi } from './delete-records.js';
import { InitProducerIdApi } from './init-producer-id.js';
import { OffsetForLeaderEpochApi } from './offset-for-leader-epoch.js';
import { AddPartitionsToTxnApi } from './add-partitions-to-txn.js';
import { AddOffsetsToTxnApi } from './add-offsets-to-txn.js';
import { EndTxnApi } from './end-txn.js';
import { WriteTxnMarkersApi } from './write-txn-markers.js';
import { TxnOffsetCommitApi } from './txn-offset-commit.js';
import { DescribeAclsApi } from './describe-acls.js';
import { CreateAclsApi } from './create-acls.js';
import { DeleteAclsApi } from './delete-acls.js';
import { DescribeConfigsApi } from './describe-configs.js';
import { AlterConfigsApi } from './alter-configs.js';
import { AlterReplicaLogDirsApi } from './alter-replica-log-dirs.js';
import { DescribeLogDirsApi } from './describe-log-dirs.js';
import { SaslAuthenticateApi } from './sasl-authenticate.js';
import { CreatePartitionsApi } from './create-partitions.js';
import { CreateDelegationTokenApi } from './create-delegation-token.js';
import { RenewDelegationTokenApi } from './renew-delegation-token.js';
import { ExpireDelegationTokenApi } from './expire-delegation-token.js';
import { DescribeDelegationTokenApi } from './describe-delegation-token.js';
import { DeleteGroupsApi } from './delete-groups.js';
import { ElectLeadersApi } from './elect-leaders.js';
import { IncrementalAlterConfigsApi } from './incremental-alter-configs.js';
import { AlterPartitionReassignmentsApi } from './alter-partition-reassignments.js';
import { ListPartitionReassignmentsApi } from './list-partition-reassignments.js';
import { OffsetDeleteApi } from './offset-delete.js';
import { DescribeClientQuotasApi } from './describe-client-quotas.js';
import { AlterClientQuotasApi } from './alter-client-quotas.js';
import { DescribeUserScramCredentialsApi } from './describe-user-scram-credentials.js';
import { AlterUserScramCredentialsApi } from './alter-user-scram-credentials.js';
import { VoteApi } from './vote.js';
import { BeginQuorumEpochApi } from './begin-quorum-epoch.js';
import { EndQuorumEpochApi } from './end-quorum-epoch.js';
import { DescribeQuorumApi } from './describe-quorum.js';
import { AlterPartitionApi } from './alter-partition.js';
import { UpdateFeaturesApi } from './update-features.js';
import { EnvelopeApi } from './envelope.js';
import { FetchSnapshotApi } from './fetch-snapshot.js';
import { DescribeClusterApi } from './describe-cluster.js';
import { DescribeProducersApi } from './describe-producers.js';
import { BrokerRegistrationApi } from './broker-registration.js';
import { BrokerHeartbeatApi } from './broker-heartbeat.js';
import { UnregisterBrokerApi } from './unregister-broker.js';
import { DescribeTransactionsApi } from './describe-transactions.js';
import { ListTransactionsApi } from './list-transactions.js';
import { AllocateProducerIdsApi } from './allocate-producer-ids.js';
import { ConsumerGroupHeartbeatApi } from './consumer-group-heartbeat.js';
import { ConsumerGroupDescribeApi } from './consumer-group-describe.js';
import { ControllerRegistrationApi } from './controller-registration.js';
import { GetTelemetrySubscriptionsApi } from './get-telemetry-subscriptions.js';
import { PushTelemetryApi } from './push-telemetry.js';
import { AssignReplicasToDirsApi } from './assign-replicas-to-dirs.js';
import { ListConfigResourcesApi } from './list-config-resources.js';
import { DescribeTopicPartitionsApi } from './describe-topic-partitions.js';
import { ShareGroupHeartbeatApi } from './share-group-heartbeat.js';
import { ShareGroupDescribeApi } from './share-group-describe.js';
import { ShareFetchApi } from './share-fetch.js';
import { ShareAcknowledgeApi } from './share-acknowledge.js';
import { AddRaftVoterApi } from './add-raft-voter.js';
import { RemoveRaftVoterApi } from './remove-raft-voter.js';
import { UpdateRaftVoterApi } from './update-raft-voter.js';
import { InitializeShareGroupStateApi } from './initialize-share-group-state.js';
import { ReadShareGroupStateApi } from './read-share-group-state.js';
import { WriteShareGroupStateApi } from './write-share-group-state.js';
import { DeleteShareGroupStateApi } from './delete-share-group-state.js';
import { ReadShareGroupStateSummaryApi } from './read-share-group-state-summary.js';
import { StreamsGroupHeartbeatApi } from './streams-group-heartbeat.js';
import { StreamsGroupDescribeApi } from './streams-group-describe.js';
import { DescribeShareGroupOffsetsApi } from './describe-share-group-offsets.js';
import { AlterShareGroupOffsetsApi } from './alter-share-group-offsets.js';
import { DeleteShareGroupOffsetsApi } from './delete-share-group-offsets.js';

export { ProduceApi, FetchApi, ListOffsetsApi, MetadataApi, LeaderAndIsrApi, StopReplicaApi, UpdateMetadataApi, ControlledShutdownApi, OffsetCommitApi, OffsetFetchApi, FindCoordinatorApi, JoinGroupApi, HeartbeatApi, LeaveGroupApi, SyncGroupApi, DescribeGroupsApi, ListGroupsApi, SaslHandshakeApi, ApiVersionsApi, CreateTopicsApi, DeleteTopicsApi, DeleteRecordsApi, InitProducerIdApi, OffsetForLeaderEpochApi, AddPartitionsToTxnApi, AddOffsetsToTxnApi, EndTxnApi, WriteTxnMarkersApi, TxnOffsetCommitApi, DescribeAclsApi, CreateAclsApi, DeleteAclsApi, DescribeConfigsApi, AlterConfigsApi, AlterReplicaLogDirsApi, DescribeLogDirsApi, SaslAuthenticateApi, CreatePartitionsApi, CreateDelegationTokenApi, RenewDelegationTokenApi, ExpireDelegationTokenApi, DescribeDelegationTokenApi, DeleteGroupsApi, ElectLeadersApi, IncrementalAlterConfigsApi, AlterPartitionReassignmentsApi, ListPartitionReassignmentsApi, OffsetDeleteApi, DescribeClientQuotasApi, AlterClientQuotasApi, DescribeUserScramCredentialsApi, AlterUserScramCredentialsApi, VoteApi, BeginQuorumEpochApi, EndQuorumEpochApi, DescribeQuorumApi, AlterPartitionApi, UpdateFeaturesApi, EnvelopeApi, FetchSnapshotApi, DescribeClusterApi, DescribeProducersApi, BrokerRegistrationApi, BrokerHeartbeatApi, UnregisterBrokerApi, DescribeTransactionsApi, ListTransactionsApi, AllocateProducerIdsApi, ConsumerGroupHeartbeatApi, ConsumerGroupDescribeApi, ControllerRegistrationApi, GetTelemetrySubscriptionsApi, PushTelemetryApi, AssignReplicasToDirsApi, ListConfigResourcesApi, DescribeTopicPartitionsApi, ShareGroupHeartbeatApi, ShareGroupDescribeApi, ShareFetchApi, ShareAcknowledgeApi, AddRaftVoterApi, RemoveRaftVoterApi, UpdateRaftVoterApi, InitializeShareGroupStateApi, ReadShareGroupStateApi, WriteShareGroupStateApi, DeleteShareGroupStateApi, ReadShareGroupStateSummaryApi, StreamsGroupHeartbeatApi, StreamsGroupDescribeApi, DescribeShareGroupOffsetsApi, AlterShareGroupOffsetsApi, DeleteShareGroupOffsetsApi };

/** Kafka's API keys by API name, as in Kafka 4.3.1's ApiKeys enum. */
export const ApiKey = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  LeaderAndIsr: 4,
  StopReplica: 5,
  UpdateMetadata: 6,
  ControlledShutdown: 7,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  DescribeGroups: 15,
  ListGroups: 16,
  SaslHandshake: 17,
  ApiVersions: 18,
  CreateTopics: 19,
  DeleteTopics: 20,
  DeleteRecords: 21,
  InitProducerId: 22,
  OffsetForLeaderEpoch: 23,
  AddPartitionsToTxn: 24,
  AddOffsetsToTxn: 25,
  EndTxn: 26,
  WriteTxnMarkers: 27,
  TxnOffsetCommit: 28,
  DescribeAcls: 29,
  CreateAcls: 30,
  DeleteAcls: 31,
  DescribeConfigs: 32,
  AlterConfigs: 33,
  AlterReplicaLogDirs: 34,
  DescribeLogDirs: 35,
  SaslAuthenticate: 36,
  CreatePartitions: 37,
  CreateDelegationToken: 38,
  RenewDelegationToken: 39,
  ExpireDelegationToken: 40,
  DescribeDelegationToken: 41,
  DeleteGroups: 42,
  ElectLeaders: 43,
  IncrementalAlterConfigs: 44,
  AlterPartitionReassignments: 45,
  ListPartitionReassignments: 46,
  OffsetDelete: 47,
  DescribeClientQuotas: 48,
  AlterClientQuotas: 49,
  DescribeUserScramCredentials: 50,
  AlterUserScramCredentials: 51,
  Vote: 52,
  BeginQuorumEpoch: 53,
  EndQuorumEpoch: 54,
  DescribeQuorum: 55,
  AlterPartition: 56,
  UpdateFeatures: 57,
  Envelope: 58,
  FetchSnapshot: 59,
  DescribeCluster: 60,
  DescribeProducers: 61,
  BrokerRegistration: 62,
  BrokerHeartbeat: 63,
  UnregisterBroker: 64,
  DescribeTransactions: 65,
  ListTransactions: 66,
  AllocateProducerIds: 67,
  ConsumerGroupHeartbeat: 68,
  ConsumerGroupDescribe: 69,
  ControllerRegistration: 70,
  GetTelemetrySubscriptions: 71,
  PushTelemetry: 72,
  AssignReplicasToDirs: 73,
  ListConfigResources: 74,
  DescribeTopicPartitions: 75,
  ShareGroupHeartbeat: 76,
  ShareGroupDescribe: 77,
  ShareFetch: 78,
  ShareAcknowledge: 79,
  AddRaftVoter: 80,
  RemoveRaftVoter: 81,
  UpdateRaftVoter: 82,
  InitializeShareGroupState: 83,
  ReadShareGroupState: 84,
  WriteShareGroupState: 85,
  DeleteShareGroupState: 86,
  ReadShareGroupStateSummary: 87,
  StreamsGroupHeartbeat: 88,
  StreamsGroupDescribe: 89,
  DescribeShareGroupOffsets: 90,
  AlterShareGroupOffsets: 91,
  DeleteShareGroupOffsets: 92,
} as const;

/**
 * Every API codec of Kafka 4.3.1 by API key: the one registry the client negotiates versions against and encodes requests with. APIs Kafka has removed are present with an empty version range (minVersion > maxVersion).
 */
export const API_BY_KEY: ReadonlyMap<number, ApiCodec> = new Map<number, ApiCodec>([
  [0, ProduceApi],
  [1, FetchApi],
  [2, ListOffsetsApi],
  [3, MetadataApi],
  [4, LeaderAndIsrApi],
  [5, StopReplicaApi],
  [6, UpdateMetadataApi],
  [7, ControlledShutdownApi],
  [8, OffsetCommitApi],
  [9, OffsetFetchApi],
  [10, FindCoordinatorApi],
  [11, JoinGroupApi],
  [12, HeartbeatApi],
  [13, LeaveGroupApi],
  [14, SyncGroupApi],
  [15, DescribeGroupsApi],
  [16, ListGroupsApi],
  [17, SaslHandshakeApi],
  [18, ApiVersionsApi],
  [19, CreateTopicsApi],
  [20, DeleteTopicsApi],
  [21, DeleteRecordsApi],
  [22, InitProducerIdApi],
  [23, OffsetForLeaderEpochApi],
  [24, AddPartitionsToTxnApi],
  [25, AddOffsetsToTxnApi],
  [26, EndTxnApi],
  [27, WriteTxnMarkersApi],
  [28, TxnOffsetCommitApi],
  [29, DescribeAclsApi],
  [30, CreateAclsApi],
  [31, DeleteAclsApi],
  [32, DescribeConfigsApi],
  [33, AlterConfigsApi],
  [34, AlterReplicaLogDirsApi],
  [35, DescribeLogDirsApi],
  [36, SaslAuthenticateApi],
  [37, CreatePartitionsApi],
  [38, CreateDelegationTokenApi],
  [39, RenewDelegationTokenApi],
  [40, ExpireDelegationTokenApi],
  [41, DescribeDelegationTokenApi],
  [42, DeleteGroupsApi],
  [43, ElectLeadersApi],
  [44, IncrementalAlterConfigsApi],
  [45, AlterPartitionReassignmentsApi],
  [46, ListPartitionReassignmentsApi],
  [47, OffsetDeleteApi],
  [48, DescribeClientQuotasApi],
  [49, AlterClientQuotasApi],
  [50, DescribeUserScramCredentialsApi],
  [51, AlterUserScramCredentialsApi],
  [52, VoteApi],
  [53, BeginQuorumEpochApi],
  [54, EndQuorumEpochApi],
  [55, DescribeQuorumApi],
  [56, AlterPartitionApi],
  [57, UpdateFeaturesApi],
  [58, EnvelopeApi],
  [59, FetchSnapshotApi],
  [60, DescribeClusterApi],
  [61, DescribeProducersApi],
  [62, BrokerRegistrationApi],
  [63, BrokerHeartbeatApi],
  [64, UnregisterBrokerApi],
  [65, DescribeTransactionsApi],
  [66, ListTransactionsApi],
  [67, AllocateProducerIdsApi],
  [68, ConsumerGroupHeartbeatApi],
  [69, ConsumerGroupDescribeApi],
  [70, ControllerRegistrationApi],
  [71, GetTelemetrySubscriptionsApi],
  [72, PushTelemetryApi],
  [73, AssignReplicasToDirsApi],
  [74, ListConfigResourcesApi],
  [75, DescribeTopicPartitionsApi],
  [76, ShareGroupHeartbeatApi],
  [77, ShareGroupDescribeApi],
  [78, ShareFetchApi],
  [79, ShareAcknowledgeApi],
  [80, AddRaftVoterApi],
  [81, RemoveRaftVoterApi],
  [82, UpdateRaftVoterApi],
  [83, InitializeShareGroupStateApi],
  [84, ReadShareGroupStateApi],
  [85, WriteShareGroupStateApi],
  [86, DeleteShareGroupStateApi],
  [87, ReadShareGroupStateSummaryApi],
  [88, StreamsGroupHeartbeatApi],
  [89, StreamsGroupDescribeApi],
  [90, DescribeShareGroupOffsetsApi],
  [91, AlterShareGroupOffsetsApi],
  [92, DeleteShareGroupOffsetsApi],
]);
