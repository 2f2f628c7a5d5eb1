// Generated from OffsetFetchRequest.json, OffsetFetchResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import { type Uuid, ZERO_UUID } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A OffsetFetch request (API key 9): versions 1-10, flexible from 6. */
export interface OffsetFetchRequest {
  /**
   * The group to fetch offsets for.
   *
   * Versions 1-7.
   */
  groupId?: string;
  /**
   * Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
   *
   * Versions 1-7; nullable 2-7.
   */
  topics?: OffsetFetchRequestTopic[] | null;
  /**
   * Each group we would like to fetch offsets for.
   *
   * Versions 8-10.
   */
  groups?: OffsetFetchRequestGroup[];
  /**
   * Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions.
   *
   * Versions 7-10; default "false".
   */
  requireStable?: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. */
export interface OffsetFetchRequestTopic {
  /**
   * The topic name.
   *
   * Versions 1-7.
   */
  name: string;
  /**
   * The partition indexes we would like to fetch offsets for.
   *
   * Versions 1-7.
   */
  partitionIndexes: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each group we would like to fetch offsets for. */
export interface OffsetFetchRequestGroup {
  /**
   * The group ID.
   *
   * Versions 8-10.
   */
  groupId: string;
  /**
   * The member id.
   *
   * Versions 9-10; nullable 9-10; default "null"; ignorable.
   */
  memberId?: string | null;
  /**
   * The member epoch if using the new consumer protocol (KIP-848).
   *
   * Versions 9-10; default "-1"; ignorable.
   */
  memberEpoch?: number;
  /**
   * Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
   *
   * Versions 8-10; nullable 8-10.
   */
  topics: OffsetFetchRequestTopics[] | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. */
export interface OffsetFetchRequestTopics {
  /**
   * The topic name.
   *
   * Versions 8-9; ignorable.
   */
  name?: string;
  /**
   * The topic ID.
   *
   * Versions 10; ignorable.
   */
  topicId?: Uuid;
  /**
   * The partition indexes we would like to fetch offsets for.
   *
   * Versions 8-10.
   */
  partitionIndexes: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A OffsetFetch response (API key 9): versions 1-10, flexible from 6. */
export interface OffsetFetchResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 3-10; ignorable.
   */
  throttleTimeMs?: number;
  /**
   * The responses per topic.
   *
   * Versions 1-7.
   */
  topics?: OffsetFetchResponseTopic[];
  /**
   * The top-level error code, or 0 if there was no error.
   *
   * Versions 2-7; default "0"; ignorable.
   */
  errorCode?: number;
  /**
   * The responses per group id.
   *
   * Versions 8-10.
   */
  groups?: OffsetFetchResponseGroup[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses per topic. */
export interface OffsetFetchResponseTopic {
  /**
   * The topic name.
   *
   * Versions 1-7.
   */
  name: string;
  /**
   * The responses per partition.
   *
   * Versions 1-7.
   */
  partitions: OffsetFetchResponsePartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses per partition. */
export interface OffsetFetchResponsePartition {
  /**
   * The partition index.
   *
   * Versions 1-7.
   */
  partitionIndex: number;
  /**
   * The committed message offset.
   *
   * Versions 1-7.
   */
  committedOffset: bigint;
  /**
   * The leader epoch.
   *
   * Versions 5-7; default "-1"; ignorable.
   */
  committedLeaderEpoch?: number;
  /**
   * The partition metadata.
   *
   * Versions 1-7; nullable 1-7.
   */
  metadata: string | null;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 1-7.
   */
  errorCode: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses per group id. */
export interface OffsetFetchResponseGroup {
  /**
   * The group ID.
   *
   * Versions 8-10.
   */
  groupId: string;
  /**
   * The responses per topic.
   *
   * Versions 8-10.
   */
  topics: OffsetFetchResponseTopics[];
  /**
   * The group-level error code, or 0 if there was no error.
   *
   * Versions 8-10; default "0".
   */
  errorCode?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses per topic. */
export interface OffsetFetchResponseTopics {
  /**
   * The topic name.
   *
   * Versions 8-9; ignorable.
   */
  name?: string;
  /**
   * The topic ID.
   *
   * Versions 10; ignorable.
   */
  topicId?: Uuid;
  /**
   * The responses per partition.
   *
   * Versions 8-10.
   */
  partitions: OffsetFetchResponsePartitions[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses per partition. */
export interface OffsetFetchResponsePartitions {
  /**
   * The partition index.
   *
   * Versions 8-10.
   */
  partitionIndex: number;
  /**
   * The committed message offset.
   *
   * Versions 8-10.
   */
  committedOffset: bigint;
  /**
   * The leader epoch.
   *
   * Versions 8-10; default "-1"; ignorable.
   */
  committedLeaderEpoch?: number;
  /**
   * The partition metadata.
   *
   * Versions 8-10; nullable 8-10.
   */
  metadata: string | null;
  /**
   * The partition-level error code, or 0 if there was no error.
   *
   * Versions 8-10.
   */
  errorCode: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeOffsetFetchRequest(w: Writer, o: OffsetFetchRequest, v: number): void {
  if (v <= 7) {
    const _groupId = o.groupId === undefined ? '' : o.groupId;
    if (_groupId == null) throw missingField('OffsetFetchRequest', v, 'OffsetFetchRequest.GroupId');
    if (v >= 6) w.compactString(_groupId);
    else w.string(_groupId);
  }
  if (v > 7) {
    const x = o.groupId;
    if (x !== undefined && !(x === '')) throw unsupportedField('OffsetFetchRequest', v, 'OffsetFetchRequest.GroupId');
  }
  if (v <= 7) {
    const _topics = o.topics === undefined ? [] : o.topics;
    if (_topics == null && v < 2) throw missingField('OffsetFetchRequest', v, 'OffsetFetchRequest.Topics');
    if (_topics == null) {
      if (v >= 6) w.compactArrayLength(null);
      else w.arrayLength(null);
    } else {
      if (v >= 6) w.compactArrayLength(_topics.length);
      else w.arrayLength(_topics.length);
      for (let i = 0; i < _topics.length; i++) encodeOffsetFetchRequestTopic(w, _topics[i], v);
    }
  }
  if (v > 7) {
    const x = o.topics;
    if (x !== undefined && !(x !== null && x.length === 0)) throw unsupportedField('OffsetFetchRequest', v, 'OffsetFetchRequest.Topics');
  }
  if (v >= 8) {
    const _groups = o.groups === undefined ? [] : o.groups;
    if (_groups == null) throw missingField('OffsetFetchRequest', v, 'OffsetFetchRequest.Groups');
    w.compactArrayLength(_groups.length);
    for (let i = 0; i < _groups.length; i++) encodeOffsetFetchRequestGroup(w, _groups[i], v);
  }
  if (v < 8) {
    const x = o.groups;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('OffsetFetchRequest', v, 'OffsetFetchRequest.Groups');
  }
  if (v >= 7) {
    const _requireStable = o.requireStable === undefined ? false : o.requireStable;
    if (_requireStable == null) throw missingField('OffsetFetchRequest', v, 'OffsetFetchRequest.RequireStable');
    w.bool(_requireStable);
  }
  if (v < 7) {
    const x = o.requireStable;
    if (x !== undefined && !(x === false)) throw unsupportedField('OffsetFetchRequest', v, 'OffsetFetchRequest.RequireStable');
  }
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetFetchRequest(r: Reader, v: number): OffsetFetchRequest {
  const _groupId: string = (v <= 7 ? (v >= 6 ? r.compactString() : r.string()) : '');
  let _topics: OffsetFetchRequestTopic[] | null = [];
  if (v <= 7) {
    const n = (v >= 6 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      if (!(v >= 2)) throw nullOnWire('OffsetFetchRequest', v, 'OffsetFetchRequest.Topics');
      _topics = null;
    } else {
      const a: OffsetFetchRequestTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetFetchRequestTopic(r, v));
      _topics = a;
    }
  }
  let _groups: OffsetFetchRequestGroup[] = [];
  if (v >= 8) {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('OffsetFetchRequest', v, 'OffsetFetchRequest.Groups');
    } else {
      const a: OffsetFetchRequestGroup[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetFetchRequestGroup(r, v));
      _groups = a;
    }
  }
  const _requireStable: boolean = (v >= 7 ? r.bool() : false);
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: OffsetFetchRequest = {
    groupId: _groupId,
    topics: _topics,
    groups: _groups,
    requireStable: _requireStable,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetFetchRequestTopic(w: Writer, o: OffsetFetchRequestTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('OffsetFetchRequest', v, 'OffsetFetchRequestTopic.Name');
  if (v >= 6) w.compactString(_name);
  else w.string(_name);
  const _partitionIndexes = o.partitionIndexes;
  if (_partitionIndexes == null) throw missingField('OffsetFetchRequest', v, 'OffsetFetchRequestTopic.PartitionIndexes');
  if (v >= 6) w.compactArrayLength(_partitionIndexes.length);
  else w.arrayLength(_partitionIndexes.length);
  for (let i = 0; i < _partitionIndexes.length; i++) w.int32(_partitionIndexes[i]);
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetFetchRequestTopic(r: Reader, v: number): OffsetFetchRequestTopic {
  const _name = (v >= 6 ? r.compactString() : r.string());
  let _partitionIndexes: number[];
  {
    const n = (v >= 6 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('OffsetFetchRequest', v, 'OffsetFetchRequestTopic.PartitionIndexes');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitionIndexes = a;
    }
  }
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: OffsetFetchRequestTopic = {
    name: _name,
    partitionIndexes: _partitionIndexes,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetFetchRequestGroup(w: Writer, o: OffsetFetchRequestGroup, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('OffsetFetchRequest', v, 'OffsetFetchRequestGroup.GroupId');
  w.compactString(_groupId);
  if (v >= 9) {
    const _memberId = o.memberId === undefined ? null : o.memberId;
    w.compactNullableString(_memberId);
  }
  if (v >= 9) {
    const _memberEpoch = o.memberEpoch === undefined ? -1 : o.memberEpoch;
    if (_memberEpoch == null) throw missingField('OffsetFetchRequest', v, 'OffsetFetchRequestGroup.MemberEpoch');
    w.int32(_memberEpoch);
  }
  const _topics = o.topics;
  if (_topics == null) {
    w.compactArrayLength(null);
  } else {
    w.compactArrayLength(_topics.length);
    for (let i = 0; i < _topics.length; i++) encodeOffsetFetchRequestTopics(w, _topics[i], v);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeOffsetFetchRequestGroup(r: Reader, v: number): OffsetFetchRequestGroup {
  const _groupId = r.compactString();
  const _memberId: string | null = (v >= 9 ? r.compactNullableString() : null);
  const _memberEpoch: number = (v >= 9 ? r.int32() : -1);
  let _topics: OffsetFetchRequestTopics[] | null;
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      _topics = null;
    } else {
      const a: OffsetFetchRequestTopics[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetFetchRequestTopics(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: OffsetFetchRequestGroup = {
    groupId: _groupId,
    memberId: _memberId,
    memberEpoch: _memberEpoch,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetFetchRequestTopics(w: Writer, o: OffsetFetchRequestTopics, v: number): void {
  if (v <= 9) {
    const _name = o.name === undefined ? '' : o.name;
    if (_name == null) throw missingField('OffsetFetchRequest', v, 'OffsetFetchRequestTopics.Name');
    w.compactString(_name);
  }
  if (v >= 10) {
    const _topicId = o.topicId === undefined ? ZERO_UUID : o.topicId;
    if (_topicId == null) throw missingField('OffsetFetchRequest', v, 'OffsetFetchRequestTopics.TopicId');
    w.uuid(_topicId);
  }
  const _partitionIndexes = o.partitionIndexes;
  if (_partitionIndexes == null) throw missingField('OffsetFetchRequest', v, 'OffsetFetchRequestTopics.PartitionIndexes');
  w.compactArrayLength(_partitionIndexes.length);
  for (let i = 0; i < _partitionIndexes.length; i++) w.int32(_partitionIndexes[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeOffsetFetchRequestTopics(r: Reader, v: number): OffsetFetchRequestTopics {
  const _name: string = (v <= 9 ? r.compactString() : '');
  const _topicId: Uuid = (v >= 10 ? r.uuid() : ZERO_UUID);
  let _partitionIndexes: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('OffsetFetchRequest', v, 'OffsetFetchRequestTopics.PartitionIndexes');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitionIndexes = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: OffsetFetchRequestTopics = {
    name: _name,
    topicId: _topicId,
    partitionIndexes: _partitionIndexes,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetFetchResponse(w: Writer, o: OffsetFetchResponse, v: number): void {
  if (v >= 3) {
    const _throttleTimeMs = o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs;
    if (_throttleTimeMs == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponse.ThrottleTimeMs');
    w.int32(_throttleTimeMs);
  }
  if (v <= 7) {
    const _topics = o.topics === undefined ? [] : o.topics;
    if (_topics == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponse.Topics');
    if (v >= 6) w.compactArrayLength(_topics.length);
    else w.arrayLength(_topics.length);
    for (let i = 0; i < _topics.length; i++) encodeOffsetFetchResponseTopic(w, _topics[i], v);
  }
  if (v > 7) {
    const x = o.topics;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('OffsetFetchResponse', v, 'OffsetFetchResponse.Topics');
  }
  if (v >= 2 && v <= 7) {
    const _errorCode = o.errorCode === undefined ? 0 : o.errorCode;
    if (_errorCode == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponse.ErrorCode');
    w.int16(_errorCode);
  }
  if (v >= 8) {
    const _groups = o.groups === undefined ? [] : o.groups;
    if (_groups == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponse.Groups');
    w.compactArrayLength(_groups.length);
    for (let i = 0; i < _groups.length; i++) encodeOffsetFetchResponseGroup(w, _groups[i], v);
  }
  if (v < 8) {
    const x = o.groups;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('OffsetFetchResponse', v, 'OffsetFetchResponse.Groups');
  }
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetFetchResponse(r: Reader, v: number): OffsetFetchResponse {
  const _throttleTimeMs: number = (v >= 3 ? r.int32() : 0);
  let _topics: OffsetFetchResponseTopic[] = [];
  if (v <= 7) {
    const n = (v >= 6 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('OffsetFetchResponse', v, 'OffsetFetchResponse.Topics');
    } else {
      const a: OffsetFetchResponseTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetFetchResponseTopic(r, v));
      _topics = a;
    }
  }
  const _errorCode: number = (v >= 2 && v <= 7 ? r.int16() : 0);
  let _groups: OffsetFetchResponseGroup[] = [];
  if (v >= 8) {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('OffsetFetchResponse', v, 'OffsetFetchResponse.Groups');
    } else {
      const a: OffsetFetchResponseGroup[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetFetchResponseGroup(r, v));
      _groups = a;
    }
  }
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: OffsetFetchResponse = {
    throttleTimeMs: _throttleTimeMs,
    topics: _topics,
    errorCode: _errorCode,
    groups: _groups,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetFetchResponseTopic(w: Writer, o: OffsetFetchResponseTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponseTopic.Name');
  if (v >= 6) w.compactString(_name);
  else w.string(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponseTopic.Partitions');
  if (v >= 6) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeOffsetFetchResponsePartition(w, _partitions[i], v);
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetFetchResponseTopic(r: Reader, v: number): OffsetFetchResponseTopic {
  const _name = (v >= 6 ? r.compactString() : r.string());
  let _partitions: OffsetFetchResponsePartition[];
  {
    const n = (v >= 6 ? r.compactArrayLength(16) : r.arrayLength(16));
    if (n < 0) {
      throw nullOnWire('OffsetFetchResponse', v, 'OffsetFetchResponseTopic.Partitions');
    } else {
      const a: OffsetFetchResponsePartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetFetchResponsePartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: OffsetFetchResponseTopic = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetFetchResponsePartition(w: Writer, o: OffsetFetchResponsePartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponsePartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _committedOffset = o.committedOffset;
  if (_committedOffset == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponsePartition.CommittedOffset');
  w.int64(_committedOffset);
  if (v >= 5) {
    const _committedLeaderEpoch = o.committedLeaderEpoch === undefined ? -1 : o.committedLeaderEpoch;
    if (_committedLeaderEpoch == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponsePartition.CommittedLeaderEpoch');
    w.int32(_committedLeaderEpoch);
  }
  const _metadata = o.metadata;
  if (v >= 6) w.compactNullableString(_metadata);
  else w.nullableString(_metadata);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponsePartition.ErrorCode');
  w.int16(_errorCode);
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetFetchResponsePartition(r: Reader, v: number): OffsetFetchResponsePartition {
  const _partitionIndex = r.int32();
  const _committedOffset = r.int64();
  const _committedLeaderEpoch: number = (v >= 5 ? r.int32() : -1);
  const _metadata = (v >= 6 ? r.compactNullableString() : r.nullableString());
  const _errorCode = r.int16();
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: OffsetFetchResponsePartition = {
    partitionIndex: _partitionIndex,
    committedOffset: _committedOffset,
    committedLeaderEpoch: _committedLeaderEpoch,
    metadata: _metadata,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetFetchResponseGroup(w: Writer, o: OffsetFetchResponseGroup, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponseGroup.GroupId');
  w.compactString(_groupId);
  const _topics = o.topics;
  if (_topics == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponseGroup.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeOffsetFetchResponseTopics(w, _topics[i], v);
  const _errorCode = o.errorCode === undefined ? 0 : o.errorCode;
  if (_errorCode == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponseGroup.ErrorCode');
  w.int16(_errorCode);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeOffsetFetchResponseGroup(r: Reader, v: number): OffsetFetchResponseGroup {
  const _groupId = r.compactString();
  let _topics: OffsetFetchResponseTopics[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('OffsetFetchResponse', v, 'OffsetFetchResponseGroup.Topics');
    } else {
      const a: OffsetFetchResponseTopics[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetFetchResponseTopics(r, v));
      _topics = a;
    }
  }
  const _errorCode = r.int16();
  const unknownTags = r.taggedFields();
  const o: OffsetFetchResponseGroup = {
    groupId: _groupId,
    topics: _topics,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetFetchResponseTopics(w: Writer, o: OffsetFetchResponseTopics, v: number): void {
  if (v <= 9) {
    const _name = o.name === undefined ? '' : o.name;
    if (_name == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponseTopics.Name');
    w.compactString(_name);
  }
  if (v >= 10) {
    const _topicId = o.topicId === undefined ? ZERO_UUID : o.topicId;
    if (_topicId == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponseTopics.TopicId');
    w.uuid(_topicId);
  }
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponseTopics.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeOffsetFetchResponsePartitions(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeOffsetFetchResponseTopics(r: Reader, v: number): OffsetFetchResponseTopics {
  const _name: string = (v <= 9 ? r.compactString() : '');
  const _topicId: Uuid = (v >= 10 ? r.uuid() : ZERO_UUID);
  let _partitions: OffsetFetchResponsePartitions[];
  {
    const n = r.compactArrayLength(20);
    if (n < 0) {
      throw nullOnWire('OffsetFetchResponse', v, 'OffsetFetchResponseTopics.Partitions');
    } else {
      const a: OffsetFetchResponsePartitions[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetFetchResponsePartitions(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: OffsetFetchResponseTopics = {
    name: _name,
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetFetchResponsePartitions(w: Writer, o: OffsetFetchResponsePartitions, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponsePartitions.PartitionIndex');
  w.int32(_partitionIndex);
  const _committedOffset = o.committedOffset;
  if (_committedOffset == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponsePartitions.CommittedOffset');
  w.int64(_committedOffset);
  const _committedLeaderEpoch = o.committedLeaderEpoch === undefined ? -1 : o.committedLeaderEpoch;
  if (_committedLeaderEpoch == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponsePartitions.CommittedLeaderEpoch');
  w.int32(_committedLeaderEpoch);
  const _metadata = o.metadata;
  w.compactNullableString(_metadata);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('OffsetFetchResponse', v, 'OffsetFetchResponsePartitions.ErrorCode');
  w.int16(_errorCode);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeOffsetFetchResponsePartitions(r: Reader, v: number): OffsetFetchResponsePartitions {
  const _partitionIndex = r.int32();
  const _committedOffset = r.int64();
  const _committedLeaderEpoch = r.int32();
  const _metadata = r.compactNullableString();
  const _errorCode = r.int16();
  const unknownTags = r.taggedFields();
  const o: OffsetFetchResponsePartitions = {
    partitionIndex: _partitionIndex,
    committedOffset: _committedOffset,
    committedLeaderEpoch: _committedLeaderEpoch,
    metadata: _metadata,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The OffsetFetch API (key 9): versions 1-10, flexible from 6. Served by: broker. */
export const OffsetFetchApi: ApiCodec<OffsetFetchRequest, OffsetFetchResponse> = {
  apiKey: 9,
  name: 'OffsetFetch',
  minVersion: 1,
  maxVersion: 10,
  flexibleFrom: 6,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 6 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 6 ? 1 : 0),
  encodeRequest(w: Writer, body: OffsetFetchRequest, v: number): void {
    checkVersion('OffsetFetch', v, 1, 10);
    try {
      encodeOffsetFetchRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode OffsetFetchRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): OffsetFetchRequest {
    checkVersion('OffsetFetch', v, 1, 10);
    try {
      return decodeOffsetFetchRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode OffsetFetchRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: OffsetFetchResponse, v: number): void {
    checkVersion('OffsetFetch', v, 1, 10);
    try {
      encodeOffsetFetchResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode OffsetFetchResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): OffsetFetchResponse {
    checkVersion('OffsetFetch', v, 1, 10);
    try {
      return decodeOffsetFetchResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode OffsetFetchResponse v${v}`, e);
    }
  },
};
