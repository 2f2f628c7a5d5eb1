// Generated from ConsumerGroupDescribeRequest.json, ConsumerGroupDescribeResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A ConsumerGroupDescribe request (API key 69): versions 0-1, flexible from 0. */
export interface ConsumerGroupDescribeRequest {
  /**
   * The ids of the groups to describe.
   *
   * Versions 0-1.
   */
  groupIds: string[];
  /**
   * Whether to include authorized operations.
   *
   * Versions 0-1.
   */
  includeAuthorizedOperations: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ConsumerGroupDescribe response (API key 69): versions 0-1, flexible from 0. */
export interface ConsumerGroupDescribeResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-1.
   */
  throttleTimeMs: number;
  /**
   * Each described group.
   *
   * Versions 0-1.
   */
  groups: ConsumerGroupDescribeResponseDescribedGroup[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each described group. */
export interface ConsumerGroupDescribeResponseDescribedGroup {
  /**
   * The describe error, or 0 if there was no error.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The top-level error message, or null if there was no error.
   *
   * Versions 0-1; nullable 0-1; default "null".
   */
  errorMessage?: string | null;
  /**
   * The group ID string.
   *
   * Versions 0-1.
   */
  groupId: string;
  /**
   * The group state string, or the empty string.
   *
   * Versions 0-1.
   */
  groupState: string;
  /**
   * The group epoch.
   *
   * Versions 0-1.
   */
  groupEpoch: number;
  /**
   * The assignment epoch.
   *
   * Versions 0-1.
   */
  assignmentEpoch: number;
  /**
   * The selected assignor.
   *
   * Versions 0-1.
   */
  assignorName: string;
  /**
   * The members.
   *
   * Versions 0-1.
   */
  members: ConsumerGroupDescribeResponseMember[];
  /**
   * 32-bit bitfield to represent authorized operations for this group.
   *
   * Versions 0-1; default "-2147483648".
   */
  authorizedOperations?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The members. */
export interface ConsumerGroupDescribeResponseMember {
  /**
   * The member ID.
   *
   * Versions 0-1.
   */
  memberId: string;
  /**
   * The member instance ID.
   *
   * Versions 0-1; nullable 0-1; default "null".
   */
  instanceId?: string | null;
  /**
   * The member rack ID.
   *
   * Versions 0-1; nullable 0-1; default "null".
   */
  rackId?: string | null;
  /**
   * The current member epoch.
   *
   * Versions 0-1.
   */
  memberEpoch: number;
  /**
   * The client ID.
   *
   * Versions 0-1.
   */
  clientId: string;
  /**
   * The client host.
   *
   * Versions 0-1.
   */
  clientHost: string;
  /**
   * The subscribed topic names.
   *
   * Versions 0-1.
   */
  subscribedTopicNames: string[];
  /**
   * the subscribed topic regex otherwise or null of not provided.
   *
   * Versions 0-1; nullable 0-1; default "null".
   */
  subscribedTopicRegex?: string | null;
  /**
   * The current assignment.
   *
   * Versions 0-1.
   */
  assignment: ConsumerGroupDescribeResponseAssignment;
  /**
   * The target assignment.
   *
   * Versions 0-1.
   */
  targetAssignment: ConsumerGroupDescribeResponseAssignment;
  /**
   * -1 for unknown. 0 for classic member. +1 for consumer member.
   *
   * Versions 1; default "-1"; ignorable.
   */
  memberType?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The current assignment. */
export interface ConsumerGroupDescribeResponseAssignment {
  /**
   * The assigned topic-partitions to the member.
   *
   * Versions 0-1.
   */
  topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The assigned topic-partitions to the member. */
export interface ConsumerGroupDescribeResponseTopicPartitions {
  /**
   * The topic ID.
   *
   * Versions 0-1.
   */
  topicId: Uuid;
  /**
   * The topic name.
   *
   * Versions 0-1.
   */
  topicName: string;
  /**
   * The partitions.
   *
   * Versions 0-1.
   */
  partitions: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeConsumerGroupDescribeRequest(w: Writer, o: ConsumerGroupDescribeRequest, v: number): void {
  const _groupIds = o.groupIds;
  if (_groupIds == null) throw missingField('ConsumerGroupDescribeRequest', v, 'ConsumerGroupDescribeRequest.GroupIds');
  w.compactArrayLength(_groupIds.length);
  for (let i = 0; i < _groupIds.length; i++) w.compactString(_groupIds[i]);
  const _includeAuthorizedOperations = o.includeAuthorizedOperations;
  if (_includeAuthorizedOperations == null) throw missingField('ConsumerGroupDescribeRequest', v, 'ConsumerGroupDescribeRequest.IncludeAuthorizedOperations');
  w.bool(_includeAuthorizedOperations);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeConsumerGroupDescribeRequest(r: Reader, v: number): ConsumerGroupDescribeRequest {
  let _groupIds: string[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('ConsumerGroupDescribeRequest', v, 'ConsumerGroupDescribeRequest.GroupIds');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _groupIds = a;
    }
  }
  const _includeAuthorizedOperations = r.bool();
  const unknownTags = r.taggedFields();
  const o: ConsumerGroupDescribeRequest = {
    groupIds: _groupIds,
    includeAuthorizedOperations: _includeAuthorizedOperations,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeConsumerGroupDescribeResponse(w: Writer, o: ConsumerGroupDescribeResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('ConsumerGroupDescribeResponse', v, 'ConsumerGroupDescribeResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _groups = o.groups;
  if (_groups == null) throw missingField('ConsumerGroupDescribeResponse', v, 'ConsumerGroupDescribeResponse.Groups');
  w.compactArrayLength(_groups.length);
  for (let i = 0; i < _groups.length; i++) encodeConsumerGroupDescribeResponseDescribedGroup(w, _groups[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeConsumerGroupDescribeResponse(r: Reader, v: number): ConsumerGroupDescribeResponse {
  const _throttleTimeMs = r.int32();
  let _groups: ConsumerGroupDescribeResponseDescribedGroup[];
  {
    const n = r.compactArrayLength(20);
    if (n < 0) {
      throw nullOnWire('ConsumerGroupDescribeResponse', v, 'ConsumerGroupDescribeResponse.Groups');
    } else {
      const a: ConsumerGroupDescribeResponseDescribedGroup[] = [];
      for (let i = 0; i < n; i++) a.push(decodeConsumerGroupDescribeResponseDescribedGroup(r, v));
      _groups = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ConsumerGroupDescribeResponse = {
    throttleTimeMs: _throttleTimeMs,
    groups: _groups,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeConsumerGroupDescribeResponseDescribedGroup(w: Writer, o: ConsumerGroupDescribeResponseDescribedGroup, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ConsumerGroupDescribeResponse', v, 'DescribedGroup.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('ConsumerGroupDescribeResponse', v, 'DescribedGroup.GroupId');
  w.compactString(_groupId);
  const _groupState = o.groupState;
  if (_groupState == null) throw missingField('ConsumerGroupDescribeResponse', v, 'DescribedGroup.GroupState');
  w.compactString(_groupState);
  const _groupEpoch = o.groupEpoch;
  if (_groupEpoch == null) throw missingField('ConsumerGroupDescribeResponse', v, 'DescribedGroup.GroupEpoch');
  w.int32(_groupEpoch);
  const _assignmentEpoch = o.assignmentEpoch;
  if (_assignmentEpoch == null) throw missingField('ConsumerGroupDescribeResponse', v, 'DescribedGroup.AssignmentEpoch');
  w.int32(_assignmentEpoch);
  const _assignorName = o.assignorName;
  if (_assignorName == null) throw missingField('ConsumerGroupDescribeResponse', v, 'DescribedGroup.AssignorName');
  w.compactString(_assignorName);
  const _members = o.members;
  if (_members == null) throw missingField('ConsumerGroupDescribeResponse', v, 'DescribedGroup.Members');
  w.compactArrayLength(_members.length);
  for (let i = 0; i < _members.length; i++) encodeConsumerGroupDescribeResponseMember(w, _members[i], v);
  const _authorizedOperations = o.authorizedOperations === undefined ? -2147483648 : o.authorizedOperations;
  if (_authorizedOperations == null) throw missingField('ConsumerGroupDescribeResponse', v, 'DescribedGroup.AuthorizedOperations');
  w.int32(_authorizedOperations);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeConsumerGroupDescribeResponseDescribedGroup(r: Reader, v: number): ConsumerGroupDescribeResponseDescribedGroup {
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const _groupId = r.compactString();
  const _groupState = r.compactString();
  const _groupEpoch = r.int32();
  const _assignmentEpoch = r.int32();
  const _assignorName = r.compactString();
  let _members: ConsumerGroupDescribeResponseMember[];
  {
    const n = r.compactArrayLength(16);
    if (n < 0) {
      throw nullOnWire('ConsumerGroupDescribeResponse', v, 'DescribedGroup.Members');
    } else {
      const a: ConsumerGroupDescribeResponseMember[] = [];
      for (let i = 0; i < n; i++) a.push(decodeConsumerGroupDescribeResponseMember(r, v));
      _members = a;
    }
  }
  const _authorizedOperations = r.int32();
  const unknownTags = r.taggedFields();
  const o: ConsumerGroupDescribeResponseDescribedGroup = {
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    groupId: _groupId,
    groupState: _groupState,
    groupEpoch: _groupEpoch,
    assignmentEpoch: _assignmentEpoch,
    assignorName: _assignorName,
    members: _members,
    authorizedOperations: _authorizedOperations,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeConsumerGroupDescribeResponseMember(w: Writer, o: ConsumerGroupDescribeResponseMember, v: number): void {
  const _memberId = o.memberId;
  if (_memberId == null) throw missingField('ConsumerGroupDescribeResponse', v, 'Member.MemberId');
  w.compactString(_memberId);
  const _instanceId = o.instanceId === undefined ? null : o.instanceId;
  w.compactNullableString(_instanceId);
  const _rackId = o.rackId === undefined ? null : o.rackId;
  w.compactNullableString(_rackId);
  const _memberEpoch = o.memberEpoch;
  if (_memberEpoch == null) throw missingField('ConsumerGroupDescribeResponse', v, 'Member.MemberEpoch');
  w.int32(_memberEpoch);
  const _clientId = o.clientId;
  if (_clientId == null) throw missingField('ConsumerGroupDescribeResponse', v, 'Member.ClientId');
  w.compactString(_clientId);
  const _clientHost = o.clientHost;
  if (_clientHost == null) throw missingField('ConsumerGroupDescribeResponse', v, 'Member.ClientHost');
  w.compactString(_clientHost);
  const _subscribedTopicNames = o.subscribedTopicNames;
  if (_subscribedTopicNames == null) throw missingField('ConsumerGroupDescribeResponse', v, 'Member.SubscribedTopicNames');
  w.compactArrayLength(_subscribedTopicNames.length);
  for (let i = 0; i < _subscribedTopicNames.length; i++) w.compactString(_subscribedTopicNames[i]);
  const _subscribedTopicRegex = o.subscribedTopicRegex === undefined ? null : o.subscribedTopicRegex;
  w.compactNullableString(_subscribedTopicRegex);
  const _assignment = o.assignment;
  if (_assignment == null) throw missingField('ConsumerGroupDescribeResponse', v, 'Member.Assignment');
  encodeConsumerGroupDescribeResponseAssignment(w, _assignment, v);
  const _targetAssignment = o.targetAssignment;
  if (_targetAssignment == null) throw missingField('ConsumerGroupDescribeResponse', v, 'Member.TargetAssignment');
  encodeConsumerGroupDescribeResponseAssignment(w, _targetAssignment, v);
  if (v >= 1) {
    const _memberType = o.memberType === undefined ? -1 : o.memberType;
    if (_memberType == null) throw missingField('ConsumerGroupDescribeResponse', v, 'Member.MemberType');
    w.int8(_memberType);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeConsumerGroupDescribeResponseMember(r: Reader, v: number): ConsumerGroupDescribeResponseMember {
  const _memberId = r.compactString();
  const _instanceId = r.compactNullableString();
  const _rackId = r.compactNullableString();
  const _memberEpoch = r.int32();
  const _clientId = r.compactString();
  const _clientHost = r.compactString();
  let _subscribedTopicNames: string[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('ConsumerGroupDescribeResponse', v, 'Member.SubscribedTopicNames');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _subscribedTopicNames = a;
    }
  }
  const _subscribedTopicRegex = r.compactNullableString();
  const _assignment = decodeConsumerGroupDescribeResponseAssignment(r, v);
  const _targetAssignment = decodeConsumerGroupDescribeResponseAssignment(r, v);
  const _memberType: number = (v >= 1 ? r.int8() : -1);
  const unknownTags = r.taggedFields();
  const o: ConsumerGroupDescribeResponseMember = {
    memberId: _memberId,
    instanceId: _instanceId,
    rackId: _rackId,
    memberEpoch: _memberEpoch,
    clientId: _clientId,
    clientHost: _clientHost,
    subscribedTopicNames: _subscribedTopicNames,
    subscribedTopicRegex: _subscribedTopicRegex,
    assignment: _assignment,
    targetAssignment: _targetAssignment,
    memberType: _memberType,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeConsumerGroupDescribeResponseAssignment(w: Writer, o: ConsumerGroupDescribeResponseAssignment, v: number): void {
  const _topicPartitions = o.topicPartitions;
  if (_topicPartitions == null) throw missingField('ConsumerGroupDescribeResponse', v, 'Assignment.TopicPartitions');
  w.compactArrayLength(_topicPartitions.length);
  for (let i = 0; i < _topicPartitions.length; i++) encodeConsumerGroupDescribeResponseTopicPartitions(w, _topicPartitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeConsumerGroupDescribeResponseAssignment(r: Reader, v: number): ConsumerGroupDescribeResponseAssignment {
  let _topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[];
  {
    const n = r.compactArrayLength(19);
    if (n < 0) {
      throw nullOnWire('ConsumerGroupDescribeResponse', v, 'Assignment.TopicPartitions');
    } else {
      const a: ConsumerGroupDescribeResponseTopicPartitions[] = [];
      for (let i = 0; i < n; i++) a.push(decodeConsumerGroupDescribeResponseTopicPartitions(r, v));
      _topicPartitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ConsumerGroupDescribeResponseAssignment = {
    topicPartitions: _topicPartitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeConsumerGroupDescribeResponseTopicPartitions(w: Writer, o: ConsumerGroupDescribeResponseTopicPartitions, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('ConsumerGroupDescribeResponse', v, 'TopicPartitions.TopicId');
  w.uuid(_topicId);
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('ConsumerGroupDescribeResponse', v, 'TopicPartitions.TopicName');
  w.compactString(_topicName);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ConsumerGroupDescribeResponse', v, 'TopicPartitions.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) w.int32(_partitions[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeConsumerGroupDescribeResponseTopicPartitions(r: Reader, v: number): ConsumerGroupDescribeResponseTopicPartitions {
  const _topicId = r.uuid();
  const _topicName = r.compactString();
  let _partitions: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('ConsumerGroupDescribeResponse', v, 'TopicPartitions.Partitions');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ConsumerGroupDescribeResponseTopicPartitions = {
    topicId: _topicId,
    topicName: _topicName,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function isDefaultConsumerGroupDescribeResponseAssignment(o: ConsumerGroupDescribeResponseAssignment): boolean {
  return (
    (o.topicPartitions === undefined || o.topicPartitions.length === 0) &&
    !o._unknownTaggedFields?.length
  );
}

/** The ConsumerGroupDescribe API (key 69): versions 0-1, flexible from 0. Served by: broker. */
export const ConsumerGroupDescribeApi: ApiCodec<ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse> = {
  apiKey: 69,
  name: 'ConsumerGroupDescribe',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: ConsumerGroupDescribeRequest, v: number): void {
    checkVersion('ConsumerGroupDescribe', v, 0, 1);
    try {
      encodeConsumerGroupDescribeRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ConsumerGroupDescribeRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ConsumerGroupDescribeRequest {
    checkVersion('ConsumerGroupDescribe', v, 0, 1);
    try {
      return decodeConsumerGroupDescribeRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ConsumerGroupDescribeRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ConsumerGroupDescribeResponse, v: number): void {
    checkVersion('ConsumerGroupDescribe', v, 0, 1);
    try {
      encodeConsumerGroupDescribeResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ConsumerGroupDescribeResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ConsumerGroupDescribeResponse {
    checkVersion('ConsumerGroupDescribe', v, 0, 1);
    try {
      return decodeConsumerGroupDescribeResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ConsumerGroupDescribeResponse v${v}`, e);
    }
  },
};
