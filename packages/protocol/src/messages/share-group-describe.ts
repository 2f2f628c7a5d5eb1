// Generated from ShareGroupDescribeRequest.json, ShareGroupDescribeResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A ShareGroupDescribe request (API key 77): versions 1, flexible from 0. */
export interface ShareGroupDescribeRequest {
  /**
   * The ids of the groups to describe.
   *
   * Versions 1.
   */
  groupIds: string[];
  /**
   * Whether to include authorized operations.
   *
   * Versions 1.
   */
  includeAuthorizedOperations: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ShareGroupDescribe response (API key 77): versions 1, flexible from 0. */
export interface ShareGroupDescribeResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1.
   */
  throttleTimeMs: number;
  /**
   * Each described group.
   *
   * Versions 1.
   */
  groups: ShareGroupDescribeResponseDescribedGroup[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each described group. */
export interface ShareGroupDescribeResponseDescribedGroup {
  /**
   * The describe error, or 0 if there was no error.
   *
   * Versions 1.
   */
  errorCode: number;
  /**
   * The top-level error message, or null if there was no error.
   *
   * Versions 1; nullable 1; default "null".
   */
  errorMessage?: string | null;
  /**
   * The group ID string.
   *
   * Versions 1.
   */
  groupId: string;
  /**
   * The group state string, or the empty string.
   *
   * Versions 1.
   */
  groupState: string;
  /**
   * The group epoch.
   *
   * Versions 1.
   */
  groupEpoch: number;
  /**
   * The assignment epoch.
   *
   * Versions 1.
   */
  assignmentEpoch: number;
  /**
   * The selected assignor.
   *
   * Versions 1.
   */
  assignorName: string;
  /**
   * The members.
   *
   * Versions 1.
   */
  members: ShareGroupDescribeResponseMember[];
  /**
   * 32-bit bitfield to represent authorized operations for this group.
   *
   * Versions 1; default "-2147483648".
   */
  authorizedOperations?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The members. */
export interface ShareGroupDescribeResponseMember {
  /**
   * The member ID.
   *
   * Versions 1.
   */
  memberId: string;
  /**
   * The member rack ID.
   *
   * Versions 1; nullable 1; default "null".
   */
  rackId?: string | null;
  /**
   * The current member epoch.
   *
   * Versions 1.
   */
  memberEpoch: number;
  /**
   * The client ID.
   *
   * Versions 1.
   */
  clientId: string;
  /**
   * The client host.
   *
   * Versions 1.
   */
  clientHost: string;
  /**
   * The subscribed topic names.
   *
   * Versions 1.
   */
  subscribedTopicNames: string[];
  /**
   * The current assignment.
   *
   * Versions 1.
   */
  assignment: ShareGroupDescribeResponseAssignment;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The current assignment. */
export interface ShareGroupDescribeResponseAssignment {
  /**
   * The assigned topic-partitions to the member.
   *
   * Versions 1.
   */
  topicPartitions: ShareGroupDescribeResponseTopicPartitions[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The assigned topic-partitions to the member. */
export interface ShareGroupDescribeResponseTopicPartitions {
  /**
   * The topic ID.
   *
   * Versions 1.
   */
  topicId: Uuid;
  /**
   * The topic name.
   *
   * Versions 1.
   */
  topicName: string;
  /**
   * The partitions.
   *
   * Versions 1.
   */
  partitions: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeShareGroupDescribeRequest(w: Writer, o: ShareGroupDescribeRequest, v: number): void {
  const _groupIds = o.groupIds;
  if (_groupIds == null) throw missingField('ShareGroupDescribeRequest', v, 'ShareGroupDescribeRequest.GroupIds');
  w.compactArrayLength(_groupIds.length);
  for (let i = 0; i < _groupIds.length; i++) w.compactString(_groupIds[i]);
  const _includeAuthorizedOperations = o.includeAuthorizedOperations;
  if (_includeAuthorizedOperations == null) throw missingField('ShareGroupDescribeRequest', v, 'ShareGroupDescribeRequest.IncludeAuthorizedOperations');
  w.bool(_includeAuthorizedOperations);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareGroupDescribeRequest(r: Reader, v: number): ShareGroupDescribeRequest {
  let _groupIds: string[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('ShareGroupDescribeRequest', v, 'ShareGroupDescribeRequest.GroupIds');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _groupIds = a;
    }
  }
  const _includeAuthorizedOperations = r.bool();
  const unknownTags = r.taggedFields();
  const o: ShareGroupDescribeRequest = {
    groupIds: _groupIds,
    includeAuthorizedOperations: _includeAuthorizedOperations,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareGroupDescribeResponse(w: Writer, o: ShareGroupDescribeResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('ShareGroupDescribeResponse', v, 'ShareGroupDescribeResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _groups = o.groups;
  if (_groups == null) throw missingField('ShareGroupDescribeResponse', v, 'ShareGroupDescribeResponse.Groups');
  w.compactArrayLength(_groups.length);
  for (let i = 0; i < _groups.length; i++) encodeShareGroupDescribeResponseDescribedGroup(w, _groups[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareGroupDescribeResponse(r: Reader, v: number): ShareGroupDescribeResponse {
  const _throttleTimeMs = r.int32();
  let _groups: ShareGroupDescribeResponseDescribedGroup[];
  {
    const n = r.compactArrayLength(20);
    if (n < 0) {
      throw nullOnWire('ShareGroupDescribeResponse', v, 'ShareGroupDescribeResponse.Groups');
    } else {
      const a: ShareGroupDescribeResponseDescribedGroup[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareGroupDescribeResponseDescribedGroup(r, v));
      _groups = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareGroupDescribeResponse = {
    throttleTimeMs: _throttleTimeMs,
    groups: _groups,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareGroupDescribeResponseDescribedGroup(w: Writer, o: ShareGroupDescribeResponseDescribedGroup, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ShareGroupDescribeResponse', v, 'DescribedGroup.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('ShareGroupDescribeResponse', v, 'DescribedGroup.GroupId');
  w.compactString(_groupId);
  const _groupState = o.groupState;
  if (_groupState == null) throw missingField('ShareGroupDescribeResponse', v, 'DescribedGroup.GroupState');
  w.compactString(_groupState);
  const _groupEpoch = o.groupEpoch;
  if (_groupEpoch == null) throw missingField('ShareGroupDescribeResponse', v, 'DescribedGroup.GroupEpoch');
  w.int32(_groupEpoch);
  const _assignmentEpoch = o.assignmentEpoch;
  if (_assignmentEpoch == null) throw missingField('ShareGroupDescribeResponse', v, 'DescribedGroup.AssignmentEpoch');
  w.int32(_assignmentEpoch);
  const _assignorName = o.assignorName;
  if (_assignorName == null) throw missingField('ShareGroupDescribeResponse', v, 'DescribedGroup.AssignorName');
  w.compactString(_assignorName);
  const _members = o.members;
  if (_members == null) throw missingField('ShareGroupDescribeResponse', v, 'DescribedGroup.Members');
  w.compactArrayLength(_members.length);
  for (let i = 0; i < _members.length; i++) encodeShareGroupDescribeResponseMember(w, _members[i], v);
  const _authorizedOperations = o.authorizedOperations === undefined ? -2147483648 : o.authorizedOperations;
  if (_authorizedOperations == null) throw missingField('ShareGroupDescribeResponse', v, 'DescribedGroup.AuthorizedOperations');
  w.int32(_authorizedOperations);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareGroupDescribeResponseDescribedGroup(r: Reader, v: number): ShareGroupDescribeResponseDescribedGroup {
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const _groupId = r.compactString();
  const _groupState = r.compactString();
  const _groupEpoch = r.int32();
  const _assignmentEpoch = r.int32();
  const _assignorName = r.compactString();
  let _members: ShareGroupDescribeResponseMember[];
  {
    const n = r.compactArrayLength(12);
    if (n < 0) {
      throw nullOnWire('ShareGroupDescribeResponse', v, 'DescribedGroup.Members');
    } else {
      const a: ShareGroupDescribeResponseMember[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareGroupDescribeResponseMember(r, v));
      _members = a;
    }
  }
  const _authorizedOperations = r.int32();
  const unknownTags = r.taggedFields();
  const o: ShareGroupDescribeResponseDescribedGroup = {
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

function encodeShareGroupDescribeResponseMember(w: Writer, o: ShareGroupDescribeResponseMember, v: number): void {
  const _memberId = o.memberId;
  if (_memberId == null) throw missingField('ShareGroupDescribeResponse', v, 'Member.MemberId');
  w.compactString(_memberId);
  const _rackId = o.rackId === undefined ? null : o.rackId;
  w.compactNullableString(_rackId);
  const _memberEpoch = o.memberEpoch;
  if (_memberEpoch == null) throw missingField('ShareGroupDescribeResponse', v, 'Member.MemberEpoch');
  w.int32(_memberEpoch);
  const _clientId = o.clientId;
  if (_clientId == null) throw missingField('ShareGroupDescribeResponse', v, 'Member.ClientId');
  w.compactString(_clientId);
  const _clientHost = o.clientHost;
  if (_clientHost == null) throw missingField('ShareGroupDescribeResponse', v, 'Member.ClientHost');
  w.compactString(_clientHost);
  const _subscribedTopicNames = o.subscribedTopicNames;
  if (_subscribedTopicNames == null) throw missingField('ShareGroupDescribeResponse', v, 'Member.SubscribedTopicNames');
  w.compactArrayLength(_subscribedTopicNames.length);
  for (let i = 0; i < _subscribedTopicNames.length; i++) w.compactString(_subscribedTopicNames[i]);
  const _assignment = o.assignment;
  if (_assignment == null) throw missingField('ShareGroupDescribeResponse', v, 'Member.Assignment');
  encodeShareGroupDescribeResponseAssignment(w, _assignment, v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareGroupDescribeResponseMember(r: Reader, v: number): ShareGroupDescribeResponseMember {
  const _memberId = r.compactString();
  const _rackId = r.compactNullableString();
  const _memberEpoch = r.int32();
  const _clientId = r.compactString();
  const _clientHost = r.compactString();
  let _subscribedTopicNames: string[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('ShareGroupDescribeResponse', v, 'Member.SubscribedTopicNames');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _subscribedTopicNames = a;
    }
  }
  const _assignment = decodeShareGroupDescribeResponseAssignment(r, v);
  const unknownTags = r.taggedFields();
  const o: ShareGroupDescribeResponseMember = {
    memberId: _memberId,
    rackId: _rackId,
    memberEpoch: _memberEpoch,
    clientId: _clientId,
    clientHost: _clientHost,
    subscribedTopicNames: _subscribedTopicNames,
    assignment: _assignment,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareGroupDescribeResponseAssignment(w: Writer, o: ShareGroupDescribeResponseAssignment, v: number): void {
  const _topicPartitions = o.topicPartitions;
  if (_topicPartitions == null) throw missingField('ShareGroupDescribeResponse', v, 'Assignment.TopicPartitions');
  w.compactArrayLength(_topicPartitions.length);
  for (let i = 0; i < _topicPartitions.length; i++) encodeShareGroupDescribeResponseTopicPartitions(w, _topicPartitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareGroupDescribeResponseAssignment(r: Reader, v: number): ShareGroupDescribeResponseAssignment {
  let _topicPartitions: ShareGroupDescribeResponseTopicPartitions[];
  {
    const n = r.compactArrayLength(19);
    if (n < 0) {
      throw nullOnWire('ShareGroupDescribeResponse', v, 'Assignment.TopicPartitions');
    } else {
      const a: ShareGroupDescribeResponseTopicPartitions[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareGroupDescribeResponseTopicPartitions(r, v));
      _topicPartitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareGroupDescribeResponseAssignment = {
    topicPartitions: _topicPartitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareGroupDescribeResponseTopicPartitions(w: Writer, o: ShareGroupDescribeResponseTopicPartitions, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('ShareGroupDescribeResponse', v, 'TopicPartitions.TopicId');
  w.uuid(_topicId);
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('ShareGroupDescribeResponse', v, 'TopicPartitions.TopicName');
  w.compactString(_topicName);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ShareGroupDescribeResponse', v, 'TopicPartitions.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) w.int32(_partitions[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareGroupDescribeResponseTopicPartitions(r: Reader, v: number): ShareGroupDescribeResponseTopicPartitions {
  const _topicId = r.uuid();
  const _topicName = r.compactString();
  let _partitions: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('ShareGroupDescribeResponse', v, 'TopicPartitions.Partitions');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareGroupDescribeResponseTopicPartitions = {
    topicId: _topicId,
    topicName: _topicName,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function isDefaultShareGroupDescribeResponseAssignment(o: ShareGroupDescribeResponseAssignment): boolean {
  return (
    (o.topicPartitions === undefined || o.topicPartitions.length === 0) &&
    !o._unknownTaggedFields?.length
  );
}

/** The ShareGroupDescribe API (key 77): versions 1, flexible from 0. Served by: broker. */
export const ShareGroupDescribeApi: ApiCodec<ShareGroupDescribeRequest, ShareGroupDescribeResponse> = {
  apiKey: 77,
  name: 'ShareGroupDescribe',
  minVersion: 1,
  maxVersion: 1,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: ShareGroupDescribeRequest, v: number): void {
    checkVersion('ShareGroupDescribe', v, 1, 1);
    try {
      encodeShareGroupDescribeRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ShareGroupDescribeRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ShareGroupDescribeRequest {
    checkVersion('ShareGroupDescribe', v, 1, 1);
    try {
      return decodeShareGroupDescribeRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ShareGroupDescribeRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ShareGroupDescribeResponse, v: number): void {
    checkVersion('ShareGroupDescribe', v, 1, 1);
    try {
      encodeShareGroupDescribeResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ShareGroupDescribeResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ShareGroupDescribeResponse {
    checkVersion('ShareGroupDescribe', v, 1, 1);
    try {
      return decodeShareGroupDescribeResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ShareGroupDescribeResponse v${v}`, e);
    }
  },
};
