// Generated from OffsetCommitRequest.json, OffsetCommitResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import { type Uuid, ZERO_UUID } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A OffsetCommit request (API key 8): versions 2-10, flexible from 8. */
export interface OffsetCommitRequest {
  /**
   * The unique group identifier.
   *
   * Versions 2-10.
   */
  groupId: string;
  /**
   * The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol.
   *
   * Versions 2-10; default "-1"; ignorable.
   */
  generationIdOrMemberEpoch?: number;
  /**
   * The member ID assigned by the group coordinator.
   *
   * Versions 2-10; ignorable.
   */
  memberId: string;
  /**
   * The unique identifier of the consumer instance provided by end user.
   *
   * Versions 7-10; nullable 7-10; default "null".
   */
  groupInstanceId?: string | null;
  /**
   * The time period in ms to retain the offset.
   *
   * Versions 2-4; default "-1"; ignorable.
   */
  retentionTimeMs?: bigint;
  /**
   * The topics to commit offsets for.
   *
   * Versions 2-10.
   */
  topics: OffsetCommitRequestTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to commit offsets for. */
export interface OffsetCommitRequestTopic {
  /**
   * The topic name.
   *
   * Versions 2-9; ignorable.
   */
  name?: string;
  /**
   * The topic ID.
   *
   * Versions 10; ignorable.
   */
  topicId?: Uuid;
  /**
   * Each partition to commit offsets for.
   *
   * Versions 2-10.
   */
  partitions: OffsetCommitRequestPartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each partition to commit offsets for. */
export interface OffsetCommitRequestPartition {
  /**
   * The partition index.
   *
   * Versions 2-10.
   */
  partitionIndex: number;
  /**
   * The message offset to be committed.
   *
   * Versions 2-10.
   */
  committedOffset: bigint;
  /**
   * The leader epoch of this partition.
   *
   * Versions 6-10; default "-1"; ignorable.
   */
  committedLeaderEpoch?: number;
  /**
   * Any associated metadata the client wants to keep.
   *
   * Versions 2-10; nullable 2-10.
   */
  committedMetadata: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A OffsetCommit response (API key 8): versions 2-10, flexible from 8. */
export interface OffsetCommitResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 3-10; ignorable.
   */
  throttleTimeMs?: number;
  /**
   * The responses for each topic.
   *
   * Versions 2-10.
   */
  topics: OffsetCommitResponseTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses for each topic. */
export interface OffsetCommitResponseTopic {
  /**
   * The topic name.
   *
   * Versions 2-9; ignorable.
   */
  name?: string;
  /**
   * The topic ID.
   *
   * Versions 10; ignorable.
   */
  topicId?: Uuid;
  /**
   * The responses for each partition in the topic.
   *
   * Versions 2-10.
   */
  partitions: OffsetCommitResponsePartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses for each partition in the topic. */
export interface OffsetCommitResponsePartition {
  /**
   * The partition index.
   *
   * Versions 2-10.
   */
  partitionIndex: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 2-10.
   */
  errorCode: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeOffsetCommitRequest(w: Writer, o: OffsetCommitRequest, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('OffsetCommitRequest', v, 'OffsetCommitRequest.GroupId');
  if (v >= 8) w.compactString(_groupId);
  else w.string(_groupId);
  const _generationIdOrMemberEpoch = o.generationIdOrMemberEpoch === undefined ? -1 : o.generationIdOrMemberEpoch;
  if (_generationIdOrMemberEpoch == null) throw missingField('OffsetCommitRequest', v, 'OffsetCommitRequest.GenerationIdOrMemberEpoch');
  w.int32(_generationIdOrMemberEpoch);
  const _memberId = o.memberId;
  if (_memberId == null) throw missingField('OffsetCommitRequest', v, 'OffsetCommitRequest.MemberId');
  if (v >= 8) w.compactString(_memberId);
  else w.string(_memberId);
  if (v >= 7) {
    const _groupInstanceId = o.groupInstanceId === undefined ? null : o.groupInstanceId;
    if (v >= 8) w.compactNullableString(_groupInstanceId);
    else w.nullableString(_groupInstanceId);
  }
  if (v < 7) {
    const x = o.groupInstanceId;
    if (x !== undefined && !(x === null)) throw unsupportedField('OffsetCommitRequest', v, 'OffsetCommitRequest.GroupInstanceId');
  }
  if (v <= 4) {
    const _retentionTimeMs = o.retentionTimeMs === undefined ? -1n : o.retentionTimeMs;
    if (_retentionTimeMs == null) throw missingField('OffsetCommitRequest', v, 'OffsetCommitRequest.RetentionTimeMs');
    w.int64(_retentionTimeMs);
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('OffsetCommitRequest', v, 'OffsetCommitRequest.Topics');
  if (v >= 8) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeOffsetCommitRequestTopic(w, _topics[i], v);
  if (v >= 8) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetCommitRequest(r: Reader, v: number): OffsetCommitRequest {
  const _groupId = (v >= 8 ? r.compactString() : r.string());
  const _generationIdOrMemberEpoch = r.int32();
  const _memberId = (v >= 8 ? r.compactString() : r.string());
  const _groupInstanceId: string | null = (v >= 7 ? (v >= 8 ? r.compactNullableString() : r.nullableString()) : null);
  const _retentionTimeMs: bigint = (v <= 4 ? r.int64() : -1n);
  let _topics: OffsetCommitRequestTopic[];
  {
    const n = (v >= 8 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('OffsetCommitRequest', v, 'OffsetCommitRequest.Topics');
    } else {
      const a: OffsetCommitRequestTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetCommitRequestTopic(r, v));
      _topics = a;
    }
  }
  const unknownTags = (v >= 8 ? r.taggedFields() : undefined);
  const o: OffsetCommitRequest = {
    groupId: _groupId,
    generationIdOrMemberEpoch: _generationIdOrMemberEpoch,
    memberId: _memberId,
    groupInstanceId: _groupInstanceId,
    retentionTimeMs: _retentionTimeMs,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetCommitRequestTopic(w: Writer, o: OffsetCommitRequestTopic, v: number): void {
  if (v <= 9) {
    const _name = o.name === undefined ? '' : o.name;
    if (_name == null) throw missingField('OffsetCommitRequest', v, 'OffsetCommitRequestTopic.Name');
    if (v >= 8) w.compactString(_name);
    else w.string(_name);
  }
  if (v >= 10) {
    const _topicId = o.topicId === undefined ? ZERO_UUID : o.topicId;
    if (_topicId == null) throw missingField('OffsetCommitRequest', v, 'OffsetCommitRequestTopic.TopicId');
    w.uuid(_topicId);
  }
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('OffsetCommitRequest', v, 'OffsetCommitRequestTopic.Partitions');
  if (v >= 8) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeOffsetCommitRequestPartition(w, _partitions[i], v);
  if (v >= 8) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetCommitRequestTopic(r: Reader, v: number): OffsetCommitRequestTopic {
  const _name: string = (v <= 9 ? (v >= 8 ? r.compactString() : r.string()) : '');
  const _topicId: Uuid = (v >= 10 ? r.uuid() : ZERO_UUID);
  let _partitions: OffsetCommitRequestPartition[];
  {
    const n = (v >= 8 ? r.compactArrayLength(14) : r.arrayLength(14));
    if (n < 0) {
      throw nullOnWire('OffsetCommitRequest', v, 'OffsetCommitRequestTopic.Partitions');
    } else {
      const a: OffsetCommitRequestPartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetCommitRequestPartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 8 ? r.taggedFields() : undefined);
  const o: OffsetCommitRequestTopic = {
    name: _name,
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetCommitRequestPartition(w: Writer, o: OffsetCommitRequestPartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('OffsetCommitRequest', v, 'OffsetCommitRequestPartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _committedOffset = o.committedOffset;
  if (_committedOffset == null) throw missingField('OffsetCommitRequest', v, 'OffsetCommitRequestPartition.CommittedOffset');
  w.int64(_committedOffset);
  if (v >= 6) {
    const _committedLeaderEpoch = o.committedLeaderEpoch === undefined ? -1 : o.committedLeaderEpoch;
    if (_committedLeaderEpoch == null) throw missingField('OffsetCommitRequest', v, 'OffsetCommitRequestPartition.CommittedLeaderEpoch');
    w.int32(_committedLeaderEpoch);
  }
  const _committedMetadata = o.committedMetadata;
  if (v >= 8) w.compactNullableString(_committedMetadata);
  else w.nullableString(_committedMetadata);
  if (v >= 8) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetCommitRequestPartition(r: Reader, v: number): OffsetCommitRequestPartition {
  const _partitionIndex = r.int32();
  const _committedOffset = r.int64();
  const _committedLeaderEpoch: number = (v >= 6 ? r.int32() : -1);
  const _committedMetadata = (v >= 8 ? r.compactNullableString() : r.nullableString());
  const unknownTags = (v >= 8 ? r.taggedFields() : undefined);
  const o: OffsetCommitRequestPartition = {
    partitionIndex: _partitionIndex,
    committedOffset: _committedOffset,
    committedLeaderEpoch: _committedLeaderEpoch,
    committedMetadata: _committedMetadata,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetCommitResponse(w: Writer, o: OffsetCommitResponse, v: number): void {
  if (v >= 3) {
    const _throttleTimeMs = o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs;
    if (_throttleTimeMs == null) throw missingField('OffsetCommitResponse', v, 'OffsetCommitResponse.ThrottleTimeMs');
    w.int32(_throttleTimeMs);
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('OffsetCommitResponse', v, 'OffsetCommitResponse.Topics');
  if (v >= 8) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeOffsetCommitResponseTopic(w, _topics[i], v);
  if (v >= 8) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetCommitResponse(r: Reader, v: number): OffsetCommitResponse {
  const _throttleTimeMs: number = (v >= 3 ? r.int32() : 0);
  let _topics: OffsetCommitResponseTopic[];
  {
    const n = (v >= 8 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('OffsetCommitResponse', v, 'OffsetCommitResponse.Topics');
    } else {
      const a: OffsetCommitResponseTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetCommitResponseTopic(r, v));
      _topics = a;
    }
  }
  const unknownTags = (v >= 8 ? r.taggedFields() : undefined);
  const o: OffsetCommitResponse = {
    throttleTimeMs: _throttleTimeMs,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetCommitResponseTopic(w: Writer, o: OffsetCommitResponseTopic, v: number): void {
  if (v <= 9) {
    const _name = o.name === undefined ? '' : o.name;
    if (_name == null) throw missingField('OffsetCommitResponse', v, 'OffsetCommitResponseTopic.Name');
    if (v >= 8) w.compactString(_name);
    else w.string(_name);
  }
  if (v >= 10) {
    const _topicId = o.topicId === undefined ? ZERO_UUID : o.topicId;
    if (_topicId == null) throw missingField('OffsetCommitResponse', v, 'OffsetCommitResponseTopic.TopicId');
    w.uuid(_topicId);
  }
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('OffsetCommitResponse', v, 'OffsetCommitResponseTopic.Partitions');
  if (v >= 8) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeOffsetCommitResponsePartition(w, _partitions[i], v);
  if (v >= 8) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetCommitResponseTopic(r: Reader, v: number): OffsetCommitResponseTopic {
  const _name: string = (v <= 9 ? (v >= 8 ? r.compactString() : r.string()) : '');
  const _topicId: Uuid = (v >= 10 ? r.uuid() : ZERO_UUID);
  let _partitions: OffsetCommitResponsePartition[];
  {
    const n = (v >= 8 ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n < 0) {
      throw nullOnWire('OffsetCommitResponse', v, 'OffsetCommitResponseTopic.Partitions');
    } else {
      const a: OffsetCommitResponsePartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetCommitResponsePartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 8 ? r.taggedFields() : undefined);
  const o: OffsetCommitResponseTopic = {
    name: _name,
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetCommitResponsePartition(w: Writer, o: OffsetCommitResponsePartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('OffsetCommitResponse', v, 'OffsetCommitResponsePartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('OffsetCommitResponse', v, 'OffsetCommitResponsePartition.ErrorCode');
  w.int16(_errorCode);
  if (v >= 8) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetCommitResponsePartition(r: Reader, v: number): OffsetCommitResponsePartition {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const unknownTags = (v >= 8 ? r.taggedFields() : undefined);
  const o: OffsetCommitResponsePartition = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The OffsetCommit API (key 8): versions 2-10, flexible from 8. Served by: broker. */
export const OffsetCommitApi: ApiCodec<OffsetCommitRequest, OffsetCommitResponse> = {
  apiKey: 8,
  name: 'OffsetCommit',
  minVersion: 2,
  maxVersion: 10,
  flexibleFrom: 8,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 8 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 8 ? 1 : 0),
  encodeRequest(w: Writer, body: OffsetCommitRequest, v: number): void {
    checkVersion('OffsetCommit', v, 2, 10);
    try {
      encodeOffsetCommitRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode OffsetCommitRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): OffsetCommitRequest {
    checkVersion('OffsetCommit', v, 2, 10);
    try {
      return decodeOffsetCommitRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode OffsetCommitRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: OffsetCommitResponse, v: number): void {
    checkVersion('OffsetCommit', v, 2, 10);
    try {
      encodeOffsetCommitResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode OffsetCommitResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): OffsetCommitResponse {
    checkVersion('OffsetCommit', v, 2, 10);
    try {
      return decodeOffsetCommitResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode OffsetCommitResponse v${v}`, e);
    }
  },
};
