// Generated from StreamsGroupDescribeRequest.json, StreamsGroupDescribeResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A StreamsGroupDescribe request (API key 89): versions 0, flexible from 0. */
export interface StreamsGroupDescribeRequest {
  /**
   * The ids of the groups to describe
   *
   * Versions 0.
   */
  groupIds: string[];
  /**
   * Whether to include authorized operations.
   *
   * Versions 0.
   */
  includeAuthorizedOperations: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A StreamsGroupDescribe response (API key 89): versions 0, flexible from 0. */
export interface StreamsGroupDescribeResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0.
   */
  throttleTimeMs: number;
  /**
   * Each described group.
   *
   * Versions 0.
   */
  groups: StreamsGroupDescribeResponseDescribedGroup[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each described group. */
export interface StreamsGroupDescribeResponseDescribedGroup {
  /**
   * The describe error, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The top-level error message, or null if there was no error.
   *
   * Versions 0; nullable 0; default "null".
   */
  errorMessage?: string | null;
  /**
   * The group ID string.
   *
   * Versions 0.
   */
  groupId: string;
  /**
   * The group state string, or the empty string.
   *
   * Versions 0.
   */
  groupState: string;
  /**
   * The group epoch.
   *
   * Versions 0.
   */
  groupEpoch: number;
  /**
   * The assignment epoch.
   *
   * Versions 0.
   */
  assignmentEpoch: number;
  /**
   * The topology metadata currently initialized for the streams application. Can be null in case of a describe error.
   *
   * Versions 0; nullable 0; default "null".
   */
  topology?: StreamsGroupDescribeResponseTopology | null;
  /**
   * The members.
   *
   * Versions 0.
   */
  members: StreamsGroupDescribeResponseMember[];
  /**
   * 32-bit bitfield to represent authorized operations for this group.
   *
   * Versions 0; default "-2147483648".
   */
  authorizedOperations?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * The topology metadata currently initialized for the streams application. Can be null in case of a describe error.
 */
export interface StreamsGroupDescribeResponseTopology {
  /**
   * The epoch of the currently initialized topology for this group.
   *
   * Versions 0.
   */
  epoch: number;
  /**
   * The subtopologies of the streams application. This contains the configured subtopologies, where the number of partitions are set and any regular expressions are resolved to actual topics. Null if the group is uninitialized, source topics are missing or incorrectly partitioned.
   *
   * Versions 0; nullable 0; default "null".
   */
  subtopologies?: StreamsGroupDescribeResponseSubtopology[] | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * The subtopologies of the streams application. This contains the configured subtopologies, where the number of partitions are set and any regular expressions are resolved to actual topics. Null if the group is uninitialized, source topics are missing or incorrectly partitioned.
 */
export interface StreamsGroupDescribeResponseSubtopology {
  /**
   * String to uniquely identify the subtopology.
   *
   * Versions 0.
   */
  subtopologyId: string;
  /**
   * The topics the subtopology reads from.
   *
   * Versions 0.
   */
  sourceTopics: string[];
  /**
   * The repartition topics the subtopology writes to.
   *
   * Versions 0.
   */
  repartitionSinkTopics: string[];
  /**
   * The set of state changelog topics associated with this subtopology. Created automatically.
   *
   * Versions 0.
   */
  stateChangelogTopics: StreamsGroupDescribeResponseTopicInfo[];
  /**
   * The set of source topics that are internally created repartition topics. Created automatically.
   *
   * Versions 0.
   */
  repartitionSourceTopics: StreamsGroupDescribeResponseTopicInfo[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * The set of state changelog topics associated with this subtopology. Created automatically.
 */
export interface StreamsGroupDescribeResponseTopicInfo {
  /**
   * The name of the topic.
   *
   * Versions 0.
   */
  name: string;
  /**
   * The number of partitions in the topic. Can be 0 if no specific number of partitions is enforced. Always 0 for changelog topics.
   *
   * Versions 0.
   */
  partitions: number;
  /**
   * The replication factor of the topic. Can be 0 if the default replication factor should be used.
   *
   * Versions 0.
   */
  replicationFactor: number;
  /**
   * Topic-level configurations as key-value pairs.
   *
   * Versions 0.
   */
  topicConfigs: StreamsGroupDescribeResponseKeyValue[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Used for rack-aware assignment algorithm. */
export interface StreamsGroupDescribeResponseKeyValue {
  /**
   * key of the config
   *
   * Versions 0.
   */
  key: string;
  /**
   * value of the config
   *
   * Versions 0.
   */
  value: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The members. */
export interface StreamsGroupDescribeResponseMember {
  /**
   * The member ID.
   *
   * Versions 0.
   */
  memberId: string;
  /**
   * The member epoch.
   *
   * Versions 0.
   */
  memberEpoch: number;
  /**
   * The member instance ID for static membership.
   *
   * Versions 0; nullable 0; default "null".
   */
  instanceId?: string | null;
  /**
   * The rack ID.
   *
   * Versions 0; nullable 0; default "null".
   */
  rackId?: string | null;
  /**
   * The client ID.
   *
   * Versions 0.
   */
  clientId: string;
  /**
   * The client host.
   *
   * Versions 0.
   */
  clientHost: string;
  /**
   * The epoch of the topology on the client.
   *
   * Versions 0.
   */
  topologyEpoch: number;
  /**
   * Identity of the streams instance that may have multiple clients.
   *
   * Versions 0.
   */
  processId: string;
  /**
   * User-defined endpoint for Interactive Queries. Null if not defined for this client.
   *
   * Versions 0; nullable 0; default "null".
   */
  userEndpoint?: StreamsGroupDescribeResponseEndpoint | null;
  /**
   * Used for rack-aware assignment algorithm.
   *
   * Versions 0.
   */
  clientTags: StreamsGroupDescribeResponseKeyValue[];
  /**
   * Cumulative changelog offsets for tasks.
   *
   * Versions 0.
   */
  taskOffsets: StreamsGroupDescribeResponseTaskOffset[];
  /**
   * Cumulative changelog end offsets for tasks.
   *
   * Versions 0.
   */
  taskEndOffsets: StreamsGroupDescribeResponseTaskOffset[];
  /**
   * The current assignment.
   *
   * Versions 0.
   */
  assignment: StreamsGroupDescribeResponseAssignment;
  /**
   * The target assignment.
   *
   * Versions 0.
   */
  targetAssignment: StreamsGroupDescribeResponseAssignment;
  /**
   * True for classic members that have not been upgraded yet.
   *
   * Versions 0.
   */
  isClassic: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** User-defined endpoint for Interactive Queries. Null if not defined for this client. */
export interface StreamsGroupDescribeResponseEndpoint {
  /**
   * host of the endpoint
   *
   * Versions 0.
   */
  host: string;
  /**
   * port of the endpoint
   *
   * Versions 0.
   */
  port: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Cumulative changelog offsets for tasks. */
export interface StreamsGroupDescribeResponseTaskOffset {
  /**
   * The subtopology identifier.
   *
   * Versions 0.
   */
  subtopologyId: string;
  /**
   * The partition.
   *
   * Versions 0.
   */
  partition: number;
  /**
   * The offset.
   *
   * Versions 0.
   */
  offset: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The current assignment. */
export interface StreamsGroupDescribeResponseAssignment {
  /**
   * Active tasks for this client.
   *
   * Versions 0.
   */
  activeTasks: StreamsGroupDescribeResponseTaskIds[];
  /**
   * Standby tasks for this client.
   *
   * Versions 0.
   */
  standbyTasks: StreamsGroupDescribeResponseTaskIds[];
  /**
   * Warm-up tasks for this client.
   *
   * Versions 0.
   */
  warmupTasks: StreamsGroupDescribeResponseTaskIds[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Active tasks for this client. */
export interface StreamsGroupDescribeResponseTaskIds {
  /**
   * The subtopology identifier.
   *
   * Versions 0.
   */
  subtopologyId: string;
  /**
   * The partitions of the input topics processed by this member.
   *
   * Versions 0.
   */
  partitions: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeStreamsGroupDescribeRequest(w: Writer, o: StreamsGroupDescribeRequest, v: number): void {
  const _groupIds = o.groupIds;
  if (_groupIds == null) throw missingField('StreamsGroupDescribeRequest', v, 'StreamsGroupDescribeRequest.GroupIds');
  w.compactArrayLength(_groupIds.length);
  for (let i = 0; i < _groupIds.length; i++) w.compactString(_groupIds[i]);
  const _includeAuthorizedOperations = o.includeAuthorizedOperations;
  if (_includeAuthorizedOperations == null) throw missingField('StreamsGroupDescribeRequest', v, 'StreamsGroupDescribeRequest.IncludeAuthorizedOperations');
  w.bool(_includeAuthorizedOperations);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeStreamsGroupDescribeRequest(r: Reader, v: number): StreamsGroupDescribeRequest {
  let _groupIds: string[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeRequest', v, 'StreamsGroupDescribeRequest.GroupIds');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _groupIds = a;
    }
  }
  const _includeAuthorizedOperations = r.bool();
  const unknownTags = r.taggedFields();
  const o: StreamsGroupDescribeRequest = {
    groupIds: _groupIds,
    includeAuthorizedOperations: _includeAuthorizedOperations,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeStreamsGroupDescribeResponse(w: Writer, o: StreamsGroupDescribeResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('StreamsGroupDescribeResponse', v, 'StreamsGroupDescribeResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _groups = o.groups;
  if (_groups == null) throw missingField('StreamsGroupDescribeResponse', v, 'StreamsGroupDescribeResponse.Groups');
  w.compactArrayLength(_groups.length);
  for (let i = 0; i < _groups.length; i++) encodeStreamsGroupDescribeResponseDescribedGroup(w, _groups[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeStreamsGroupDescribeResponse(r: Reader, v: number): StreamsGroupDescribeResponse {
  const _throttleTimeMs = r.int32();
  let _groups: StreamsGroupDescribeResponseDescribedGroup[];
  {
    const n = r.compactArrayLength(20);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'StreamsGroupDescribeResponse.Groups');
    } else {
      const a: StreamsGroupDescribeResponseDescribedGroup[] = [];
      for (let i = 0; i < n; i++) a.push(decodeStreamsGroupDescribeResponseDescribedGroup(r, v));
      _groups = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: StreamsGroupDescribeResponse = {
    throttleTimeMs: _throttleTimeMs,
    groups: _groups,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeStreamsGroupDescribeResponseDescribedGroup(w: Writer, o: StreamsGroupDescribeResponseDescribedGroup, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('StreamsGroupDescribeResponse', v, 'DescribedGroup.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('StreamsGroupDescribeResponse', v, 'DescribedGroup.GroupId');
  w.compactString(_groupId);
  const _groupState = o.groupState;
  if (_groupState == null) throw missingField('StreamsGroupDescribeResponse', v, 'DescribedGroup.GroupState');
  w.compactString(_groupState);
  const _groupEpoch = o.groupEpoch;
  if (_groupEpoch == null) throw missingField('StreamsGroupDescribeResponse', v, 'DescribedGroup.GroupEpoch');
  w.int32(_groupEpoch);
  const _assignmentEpoch = o.assignmentEpoch;
  if (_assignmentEpoch == null) throw missingField('StreamsGroupDescribeResponse', v, 'DescribedGroup.AssignmentEpoch');
  w.int32(_assignmentEpoch);
  const _topology = o.topology === undefined ? null : o.topology;
  if (_topology == null) w.int8(-1);
  else {
    w.int8(1);
    encodeStreamsGroupDescribeResponseTopology(w, _topology, v);
  }
  const _members = o.members;
  if (_members == null) throw missingField('StreamsGroupDescribeResponse', v, 'DescribedGroup.Members');
  w.compactArrayLength(_members.length);
  for (let i = 0; i < _members.length; i++) encodeStreamsGroupDescribeResponseMember(w, _members[i], v);
  const _authorizedOperations = o.authorizedOperations === undefined ? -2147483648 : o.authorizedOperations;
  if (_authorizedOperations == null) throw missingField('StreamsGroupDescribeResponse', v, 'DescribedGroup.AuthorizedOperations');
  w.int32(_authorizedOperations);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeStreamsGroupDescribeResponseDescribedGroup(r: Reader, v: number): StreamsGroupDescribeResponseDescribedGroup {
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const _groupId = r.compactString();
  const _groupState = r.compactString();
  const _groupEpoch = r.int32();
  const _assignmentEpoch = r.int32();
  const _topology = (r.int8() < 0 ? null : decodeStreamsGroupDescribeResponseTopology(r, v));
  let _members: StreamsGroupDescribeResponseMember[];
  {
    const n = r.compactArrayLength(28);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'DescribedGroup.Members');
    } else {
      const a: StreamsGroupDescribeResponseMember[] = [];
      for (let i = 0; i < n; i++) a.push(decodeStreamsGroupDescribeResponseMember(r, v));
      _members = a;
    }
  }
  const _authorizedOperations = r.int32();
  const unknownTags = r.taggedFields();
  const o: StreamsGroupDescribeResponseDescribedGroup = {
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    groupId: _groupId,
    groupState: _groupState,
    groupEpoch: _groupEpoch,
    assignmentEpoch: _assignmentEpoch,
    topology: _topology,
    members: _members,
    authorizedOperations: _authorizedOperations,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeStreamsGroupDescribeResponseTopology(w: Writer, o: StreamsGroupDescribeResponseTopology, v: number): void {
  const _epoch = o.epoch;
  if (_epoch == null) throw missingField('StreamsGroupDescribeResponse', v, 'Topology.Epoch');
  w.int32(_epoch);
  const _subtopologies = o.subtopologies === undefined ? null : o.subtopologies;
  if (_subtopologies == null) {
    w.compactArrayLength(null);
  } else {
    w.compactArrayLength(_subtopologies.length);
    for (let i = 0; i < _subtopologies.length; i++) encodeStreamsGroupDescribeResponseSubtopology(w, _subtopologies[i], v);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeStreamsGroupDescribeResponseTopology(r: Reader, v: number): StreamsGroupDescribeResponseTopology {
  const _epoch = r.int32();
  let _subtopologies: StreamsGroupDescribeResponseSubtopology[] | null;
  {
    const n = r.compactArrayLength(6);
    if (n < 0) {
      _subtopologies = null;
    } else {
      const a: StreamsGroupDescribeResponseSubtopology[] = [];
      for (let i = 0; i < n; i++) a.push(decodeStreamsGroupDescribeResponseSubtopology(r, v));
      _subtopologies = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: StreamsGroupDescribeResponseTopology = {
    epoch: _epoch,
    subtopologies: _subtopologies,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeStreamsGroupDescribeResponseSubtopology(w: Writer, o: StreamsGroupDescribeResponseSubtopology, v: number): void {
  const _subtopologyId = o.subtopologyId;
  if (_subtopologyId == null) throw missingField('StreamsGroupDescribeResponse', v, 'Subtopology.SubtopologyId');
  w.compactString(_subtopologyId);
  const _sourceTopics = o.sourceTopics;
  if (_sourceTopics == null) throw missingField('StreamsGroupDescribeResponse', v, 'Subtopology.SourceTopics');
  w.compactArrayLength(_sourceTopics.length);
  for (let i = 0; i < _sourceTopics.length; i++) w.compactString(_sourceTopics[i]);
  const _repartitionSinkTopics = o.repartitionSinkTopics;
  if (_repartitionSinkTopics == null) throw missingField('StreamsGroupDescribeResponse', v, 'Subtopology.RepartitionSinkTopics');
  w.compactArrayLength(_repartitionSinkTopics.length);
  for (let i = 0; i < _repartitionSinkTopics.length; i++) w.compactString(_repartitionSinkTopics[i]);
  const _stateChangelogTopics = o.stateChangelogTopics;
  if (_stateChangelogTopics == null) throw missingField('StreamsGroupDescribeResponse', v, 'Subtopology.StateChangelogTopics');
  w.compactArrayLength(_stateChangelogTopics.length);
  for (let i = 0; i < _stateChangelogTopics.length; i++) encodeStreamsGroupDescribeResponseTopicInfo(w, _stateChangelogTopics[i], v);
  const _repartitionSourceTopics = o.repartitionSourceTopics;
  if (_repartitionSourceTopics == null) throw missingField('StreamsGroupDescribeResponse', v, 'Subtopology.RepartitionSourceTopics');
  w.compactArrayLength(_repartitionSourceTopics.length);
  for (let i = 0; i < _repartitionSourceTopics.length; i++) encodeStreamsGroupDescribeResponseTopicInfo(w, _repartitionSourceTopics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeStreamsGroupDescribeResponseSubtopology(r: Reader, v: number): StreamsGroupDescribeResponseSubtopology {
  const _subtopologyId = r.compactString();
  let _sourceTopics: string[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'Subtopology.SourceTopics');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _sourceTopics = a;
    }
  }
  let _repartitionSinkTopics: string[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'Subtopology.RepartitionSinkTopics');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _repartitionSinkTopics = a;
    }
  }
  let _stateChangelogTopics: StreamsGroupDescribeResponseTopicInfo[];
  {
    const n = r.compactArrayLength(9);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'Subtopology.StateChangelogTopics');
    } else {
      const a: StreamsGroupDescribeResponseTopicInfo[] = [];
      for (let i = 0; i < n; i++) a.push(decodeStreamsGroupDescribeResponseTopicInfo(r, v));
      _stateChangelogTopics = a;
    }
  }
  let _repartitionSourceTopics: StreamsGroupDescribeResponseTopicInfo[];
  {
    const n = r.compactArrayLength(9);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'Subtopology.RepartitionSourceTopics');
    } else {
      const a: StreamsGroupDescribeResponseTopicInfo[] = [];
      for (let i = 0; i < n; i++) a.push(decodeStreamsGroupDescribeResponseTopicInfo(r, v));
      _repartitionSourceTopics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: StreamsGroupDescribeResponseSubtopology = {
    subtopologyId: _subtopologyId,
    sourceTopics: _sourceTopics,
    repartitionSinkTopics: _repartitionSinkTopics,
    stateChangelogTopics: _stateChangelogTopics,
    repartitionSourceTopics: _repartitionSourceTopics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeStreamsGroupDescribeResponseTopicInfo(w: Writer, o: StreamsGroupDescribeResponseTopicInfo, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('StreamsGroupDescribeResponse', v, 'TopicInfo.Name');
  w.compactString(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('StreamsGroupDescribeResponse', v, 'TopicInfo.Partitions');
  w.int32(_partitions);
  const _replicationFactor = o.replicationFactor;
  if (_replicationFactor == null) throw missingField('StreamsGroupDescribeResponse', v, 'TopicInfo.ReplicationFactor');
  w.int16(_replicationFactor);
  const _topicConfigs = o.topicConfigs;
  if (_topicConfigs == null) throw missingField('StreamsGroupDescribeResponse', v, 'TopicInfo.TopicConfigs');
  w.compactArrayLength(_topicConfigs.length);
  for (let i = 0; i < _topicConfigs.length; i++) encodeStreamsGroupDescribeResponseKeyValue(w, _topicConfigs[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeStreamsGroupDescribeResponseTopicInfo(r: Reader, v: number): StreamsGroupDescribeResponseTopicInfo {
  const _name = r.compactString();
  const _partitions = r.int32();
  const _replicationFactor = r.int16();
  let _topicConfigs: StreamsGroupDescribeResponseKeyValue[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'TopicInfo.TopicConfigs');
    } else {
      const a: StreamsGroupDescribeResponseKeyValue[] = [];
      for (let i = 0; i < n; i++) a.push(decodeStreamsGroupDescribeResponseKeyValue(r, v));
      _topicConfigs = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: StreamsGroupDescribeResponseTopicInfo = {
    name: _name,
    partitions: _partitions,
    replicationFactor: _replicationFactor,
    topicConfigs: _topicConfigs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeStreamsGroupDescribeResponseKeyValue(w: Writer, o: StreamsGroupDescribeResponseKeyValue, v: number): void {
  const _key = o.key;
  if (_key == null) throw missingField('StreamsGroupDescribeResponse', v, 'KeyValue.Key');
  w.compactString(_key);
  const _value = o.value;
  if (_value == null) throw missingField('StreamsGroupDescribeResponse', v, 'KeyValue.Value');
  w.compactString(_value);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeStreamsGroupDescribeResponseKeyValue(r: Reader, v: number): StreamsGroupDescribeResponseKeyValue {
  const _key = r.compactString();
  const _value = r.compactString();
  const unknownTags = r.taggedFields();
  const o: StreamsGroupDescribeResponseKeyValue = {
    key: _key,
    value: _value,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeStreamsGroupDescribeResponseMember(w: Writer, o: StreamsGroupDescribeResponseMember, v: number): void {
  const _memberId = o.memberId;
  if (_memberId == null) throw missingField('StreamsGroupDescribeResponse', v, 'Member.MemberId');
  w.compactString(_memberId);
  const _memberEpoch = o.memberEpoch;
  if (_memberEpoch == null) throw missingField('StreamsGroupDescribeResponse', v, 'Member.MemberEpoch');
  w.int32(_memberEpoch);
  const _instanceId = o.instanceId === undefined ? null : o.instanceId;
  w.compactNullableString(_instanceId);
  const _rackId = o.rackId === undefined ? null : o.rackId;
  w.compactNullableString(_rackId);
  const _clientId = o.clientId;
  if (_clientId == null) throw missingField('StreamsGroupDescribeResponse', v, 'Member.ClientId');
  w.compactString(_clientId);
  const _clientHost = o.clientHost;
  if (_clientHost == null) throw missingField('StreamsGroupDescribeResponse', v, 'Member.ClientHost');
  w.compactString(_clientHost);
  const _topologyEpoch = o.topologyEpoch;
  if (_topologyEpoch == null) throw missingField('StreamsGroupDescribeResponse', v, 'Member.TopologyEpoch');
  w.int32(_topologyEpoch);
  const _processId = o.processId;
  if (_processId == null) throw missingField('StreamsGroupDescribeResponse', v, 'Member.ProcessId');
  w.compactString(_processId);
  const _userEndpoint = o.userEndpoint === undefined ? null : o.userEndpoint;
  if (_userEndpoint == null) w.int8(-1);
  else {
    w.int8(1);
    encodeStreamsGroupDescribeResponseEndpoint(w, _userEndpoint, v);
  }
  const _clientTags = o.clientTags;
  if (_clientTags == null) throw missingField('StreamsGroupDescribeResponse', v, 'Member.ClientTags');
  w.compactArrayLength(_clientTags.length);
  for (let i = 0; i < _clientTags.length; i++) encodeStreamsGroupDescribeResponseKeyValue(w, _clientTags[i], v);
  const _taskOffsets = o.taskOffsets;
  if (_taskOffsets == null) throw missingField('StreamsGroupDescribeResponse', v, 'Member.TaskOffsets');
  w.compactArrayLength(_taskOffsets.length);
  for (let i = 0; i < _taskOffsets.length; i++) encodeStreamsGroupDescribeResponseTaskOffset(w, _taskOffsets[i], v);
  const _taskEndOffsets = o.taskEndOffsets;
  if (_taskEndOffsets == null) throw missingField('StreamsGroupDescribeResponse', v, 'Member.TaskEndOffsets');
  w.compactArrayLength(_taskEndOffsets.length);
  for (let i = 0; i < _taskEndOffsets.length; i++) encodeStreamsGroupDescribeResponseTaskOffset(w, _taskEndOffsets[i], v);
  const _assignment = o.assignment;
  if (_assignment == null) throw missingField('StreamsGroupDescribeResponse', v, 'Member.Assignment');
  encodeStreamsGroupDescribeResponseAssignment(w, _assignment, v);
  const _targetAssignment = o.targetAssignment;
  if (_targetAssignment == null) throw missingField('StreamsGroupDescribeResponse', v, 'Member.TargetAssignment');
  encodeStreamsGroupDescribeResponseAssignment(w, _targetAssignment, v);
  const _isClassic = o.isClassic;
  if (_isClassic == null) throw missingField('StreamsGroupDescribeResponse', v, 'Member.IsClassic');
  w.bool(_isClassic);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeStreamsGroupDescribeResponseMember(r: Reader, v: number): StreamsGroupDescribeResponseMember {
  const _memberId = r.compactString();
  const _memberEpoch = r.int32();
  const _instanceId = r.compactNullableString();
  const _rackId = r.compactNullableString();
  const _clientId = r.compactString();
  const _clientHost = r.compactString();
  const _topologyEpoch = r.int32();
  const _processId = r.compactString();
  const _userEndpoint = (r.int8() < 0 ? null : decodeStreamsGroupDescribeResponseEndpoint(r, v));
  let _clientTags: StreamsGroupDescribeResponseKeyValue[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'Member.ClientTags');
    } else {
      const a: StreamsGroupDescribeResponseKeyValue[] = [];
      for (let i = 0; i < n; i++) a.push(decodeStreamsGroupDescribeResponseKeyValue(r, v));
      _clientTags = a;
    }
  }
  let _taskOffsets: StreamsGroupDescribeResponseTaskOffset[];
  {
    const n = r.compactArrayLength(14);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'Member.TaskOffsets');
    } else {
      const a: StreamsGroupDescribeResponseTaskOffset[] = [];
      for (let i = 0; i < n; i++) a.push(decodeStreamsGroupDescribeResponseTaskOffset(r, v));
      _taskOffsets = a;
    }
  }
  let _taskEndOffsets: StreamsGroupDescribeResponseTaskOffset[];
  {
    const n = r.compactArrayLength(14);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'Member.TaskEndOffsets');
    } else {
      const a: StreamsGroupDescribeResponseTaskOffset[] = [];
      for (let i = 0; i < n; i++) a.push(decodeStreamsGroupDescribeResponseTaskOffset(r, v));
      _taskEndOffsets = a;
    }
  }
  const _assignment = decodeStreamsGroupDescribeResponseAssignment(r, v);
  const _targetAssignment = decodeStreamsGroupDescribeResponseAssignment(r, v);
  const _isClassic = r.bool();
  const unknownTags = r.taggedFields();
  const o: StreamsGroupDescribeResponseMember = {
    memberId: _memberId,
    memberEpoch: _memberEpoch,
    instanceId: _instanceId,
    rackId: _rackId,
    clientId: _clientId,
    clientHost: _clientHost,
    topologyEpoch: _topologyEpoch,
    processId: _processId,
    userEndpoint: _userEndpoint,
    clientTags: _clientTags,
    taskOffsets: _taskOffsets,
    taskEndOffsets: _taskEndOffsets,
    assignment: _assignment,
    targetAssignment: _targetAssignment,
    isClassic: _isClassic,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeStreamsGroupDescribeResponseEndpoint(w: Writer, o: StreamsGroupDescribeResponseEndpoint, v: number): void {
  const _host = o.host;
  if (_host == null) throw missingField('StreamsGroupDescribeResponse', v, 'Endpoint.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('StreamsGroupDescribeResponse', v, 'Endpoint.Port');
  w.uint16(_port);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeStreamsGroupDescribeResponseEndpoint(r: Reader, v: number): StreamsGroupDescribeResponseEndpoint {
  const _host = r.compactString();
  const _port = r.uint16();
  const unknownTags = r.taggedFields();
  const o: StreamsGroupDescribeResponseEndpoint = {
    host: _host,
    port: _port,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeStreamsGroupDescribeResponseTaskOffset(w: Writer, o: StreamsGroupDescribeResponseTaskOffset, v: number): void {
  const _subtopologyId = o.subtopologyId;
  if (_subtopologyId == null) throw missingField('StreamsGroupDescribeResponse', v, 'TaskOffset.SubtopologyId');
  w.compactString(_subtopologyId);
  const _partition = o.partition;
  if (_partition == null) throw missingField('StreamsGroupDescribeResponse', v, 'TaskOffset.Partition');
  w.int32(_partition);
  const _offset = o.offset;
  if (_offset == null) throw missingField('StreamsGroupDescribeResponse', v, 'TaskOffset.Offset');
  w.int64(_offset);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeStreamsGroupDescribeResponseTaskOffset(r: Reader, v: number): StreamsGroupDescribeResponseTaskOffset {
  const _subtopologyId = r.compactString();
  const _partition = r.int32();
  const _offset = r.int64();
  const unknownTags = r.taggedFields();
  const o: StreamsGroupDescribeResponseTaskOffset = {
    subtopologyId: _subtopologyId,
    partition: _partition,
    offset: _offset,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeStreamsGroupDescribeResponseAssignment(w: Writer, o: StreamsGroupDescribeResponseAssignment, v: number): void {
  const _activeTasks = o.activeTasks;
  if (_activeTasks == null) throw missingField('StreamsGroupDescribeResponse', v, 'Assignment.ActiveTasks');
  w.compactArrayLength(_activeTasks.length);
  for (let i = 0; i < _activeTasks.length; i++) encodeStreamsGroupDescribeResponseTaskIds(w, _activeTasks[i], v);
  const _standbyTasks = o.standbyTasks;
  if (_standbyTasks == null) throw missingField('StreamsGroupDescribeResponse', v, 'Assignment.StandbyTasks');
  w.compactArrayLength(_standbyTasks.length);
  for (let i = 0; i < _standbyTasks.length; i++) encodeStreamsGroupDescribeResponseTaskIds(w, _standbyTasks[i], v);
  const _warmupTasks = o.warmupTasks;
  if (_warmupTasks == null) throw missingField('StreamsGroupDescribeResponse', v, 'Assignment.WarmupTasks');
  w.compactArrayLength(_warmupTasks.length);
  for (let i = 0; i < _warmupTasks.length; i++) encodeStreamsGroupDescribeResponseTaskIds(w, _warmupTasks[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeStreamsGroupDescribeResponseAssignment(r: Reader, v: number): StreamsGroupDescribeResponseAssignment {
  let _activeTasks: StreamsGroupDescribeResponseTaskIds[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'Assignment.ActiveTasks');
    } else {
      const a: StreamsGroupDescribeResponseTaskIds[] = [];
      for (let i = 0; i < n; i++) a.push(decodeStreamsGroupDescribeResponseTaskIds(r, v));
      _activeTasks = a;
    }
  }
  let _standbyTasks: StreamsGroupDescribeResponseTaskIds[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'Assignment.StandbyTasks');
    } else {
      const a: StreamsGroupDescribeResponseTaskIds[] = [];
      for (let i = 0; i < n; i++) a.push(decodeStreamsGroupDescribeResponseTaskIds(r, v));
      _standbyTasks = a;
    }
  }
  let _warmupTasks: StreamsGroupDescribeResponseTaskIds[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'Assignment.WarmupTasks');
    } else {
      const a: StreamsGroupDescribeResponseTaskIds[] = [];
      for (let i = 0; i < n; i++) a.push(decodeStreamsGroupDescribeResponseTaskIds(r, v));
      _warmupTasks = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: StreamsGroupDescribeResponseAssignment = {
    activeTasks: _activeTasks,
    standbyTasks: _standbyTasks,
    warmupTasks: _warmupTasks,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeStreamsGroupDescribeResponseTaskIds(w: Writer, o: StreamsGroupDescribeResponseTaskIds, v: number): void {
  const _subtopologyId = o.subtopologyId;
  if (_subtopologyId == null) throw missingField('StreamsGroupDescribeResponse', v, 'TaskIds.SubtopologyId');
  w.compactString(_subtopologyId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('StreamsGroupDescribeResponse', v, 'TaskIds.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) w.int32(_partitions[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeStreamsGroupDescribeResponseTaskIds(r: Reader, v: number): StreamsGroupDescribeResponseTaskIds {
  const _subtopologyId = r.compactString();
  let _partitions: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('StreamsGroupDescribeResponse', v, 'TaskIds.Partitions');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: StreamsGroupDescribeResponseTaskIds = {
    subtopologyId: _subtopologyId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function isDefaultStreamsGroupDescribeResponseAssignment(o: StreamsGroupDescribeResponseAssignment): boolean {
  return (
    (o.activeTasks === undefined || o.activeTasks.length === 0) &&
    (o.standbyTasks === undefined || o.standbyTasks.length === 0) &&
    (o.warmupTasks === undefined || o.warmupTasks.length === 0) &&
    !o._unknownTaggedFields?.length
  );
}

/** The StreamsGroupDescribe API (key 89): versions 0, flexible from 0. Served by: broker. */
export const StreamsGroupDescribeApi: ApiCodec<StreamsGroupDescribeRequest, StreamsGroupDescribeResponse> = {
  apiKey: 89,
  name: 'StreamsGroupDescribe',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: StreamsGroupDescribeRequest, v: number): void {
    checkVersion('StreamsGroupDescribe', v, 0, 0);
    try {
      encodeStreamsGroupDescribeRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode StreamsGroupDescribeRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): StreamsGroupDescribeRequest {
    checkVersion('StreamsGroupDescribe', v, 0, 0);
    try {
      return decodeStreamsGroupDescribeRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode StreamsGroupDescribeRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: StreamsGroupDescribeResponse, v: number): void {
    checkVersion('StreamsGroupDescribe', v, 0, 0);
    try {
      encodeStreamsGroupDescribeResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode StreamsGroupDescribeResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): StreamsGroupDescribeResponse {
    checkVersion('StreamsGroupDescribe', v, 0, 0);
    try {
      return decodeStreamsGroupDescribeResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode StreamsGroupDescribeResponse v${v}`, e);
    }
  },
};
