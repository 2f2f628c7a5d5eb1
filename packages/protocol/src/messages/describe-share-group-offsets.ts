// Generated from DescribeShareGroupOffsetsRequest.json, DescribeShareGroupOffsetsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A DescribeShareGroupOffsets request (API key 90): versions 0-1, flexible from 0. */
export interface DescribeShareGroupOffsetsRequest {
  /**
   * The groups to describe offsets for.
   *
   * Versions 0-1.
   */
  groups: DescribeShareGroupOffsetsRequestGroup[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The groups to describe offsets for. */
export interface DescribeShareGroupOffsetsRequestGroup {
  /**
   * The group identifier.
   *
   * Versions 0-1.
   */
  groupId: string;
  /**
   * The topics to describe offsets for, or null for all topic-partitions.
   *
   * Versions 0-1; nullable 0-1.
   */
  topics: DescribeShareGroupOffsetsRequestTopic[] | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to describe offsets for, or null for all topic-partitions. */
export interface DescribeShareGroupOffsetsRequestTopic {
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

/** A DescribeShareGroupOffsets response (API key 90): versions 0-1, flexible from 0. */
export interface DescribeShareGroupOffsetsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-1.
   */
  throttleTimeMs: number;
  /**
   * The results for each group.
   *
   * Versions 0-1.
   */
  groups: DescribeShareGroupOffsetsResponseGroup[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each group. */
export interface DescribeShareGroupOffsetsResponseGroup {
  /**
   * The group identifier.
   *
   * Versions 0-1.
   */
  groupId: string;
  /**
   * The results for each topic.
   *
   * Versions 0-1.
   */
  topics: DescribeShareGroupOffsetsResponseTopic[];
  /**
   * The group-level error code, or 0 if there was no error.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The group-level error message, or null if there was no error.
   *
   * Versions 0-1; nullable 0-1; default "null".
   */
  errorMessage?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each topic. */
export interface DescribeShareGroupOffsetsResponseTopic {
  /**
   * The topic name.
   *
   * Versions 0-1.
   */
  topicName: string;
  /**
   * The unique topic ID.
   *
   * Versions 0-1.
   */
  topicId: Uuid;
  /** Versions 0-1. */
  partitions: DescribeShareGroupOffsetsResponsePartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeShareGroupOffsetsResponsePartition {
  /**
   * The partition index.
   *
   * Versions 0-1.
   */
  partitionIndex: number;
  /**
   * The share-partition start offset.
   *
   * Versions 0-1.
   */
  startOffset: bigint;
  /**
   * The leader epoch of the partition.
   *
   * Versions 0-1.
   */
  leaderEpoch: number;
  /**
   * The share-partition lag.
   *
   * Versions 1; default -1; ignorable.
   */
  lag?: bigint;
  /**
   * The partition-level error code, or 0 if there was no error.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The partition-level error message, or null if there was no error.
   *
   * Versions 0-1; nullable 0-1; default "null".
   */
  errorMessage?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDescribeShareGroupOffsetsRequest(w: Writer, o: DescribeShareGroupOffsetsRequest, v: number): void {
  const _groups = o.groups;
  if (_groups == null) throw missingField('DescribeShareGroupOffsetsRequest', v, 'DescribeShareGroupOffsetsRequest.Groups');
  w.compactArrayLength(_groups.length);
  for (let i = 0; i < _groups.length; i++) encodeDescribeShareGroupOffsetsRequestGroup(w, _groups[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeShareGroupOffsetsRequest(r: Reader, v: number): DescribeShareGroupOffsetsRequest {
  let _groups: DescribeShareGroupOffsetsRequestGroup[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('DescribeShareGroupOffsetsRequest', v, 'DescribeShareGroupOffsetsRequest.Groups');
    } else {
      const a: DescribeShareGroupOffsetsRequestGroup[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeShareGroupOffsetsRequestGroup(r, v));
      _groups = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeShareGroupOffsetsRequest = {
    groups: _groups,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeShareGroupOffsetsRequestGroup(w: Writer, o: DescribeShareGroupOffsetsRequestGroup, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('DescribeShareGroupOffsetsRequest', v, 'DescribeShareGroupOffsetsRequestGroup.GroupId');
  w.compactString(_groupId);
  const _topics = o.topics;
  if (_topics == null) {
    w.compactArrayLength(null);
  } else {
    w.compactArrayLength(_topics.length);
    for (let i = 0; i < _topics.length; i++) encodeDescribeShareGroupOffsetsRequestTopic(w, _topics[i], v);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeShareGroupOffsetsRequestGroup(r: Reader, v: number): DescribeShareGroupOffsetsRequestGroup {
  const _groupId = r.compactString();
  let _topics: DescribeShareGroupOffsetsRequestTopic[] | null;
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      _topics = null;
    } else {
      const a: DescribeShareGroupOffsetsRequestTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeShareGroupOffsetsRequestTopic(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeShareGroupOffsetsRequestGroup = {
    groupId: _groupId,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeShareGroupOffsetsRequestTopic(w: Writer, o: DescribeShareGroupOffsetsRequestTopic, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('DescribeShareGroupOffsetsRequest', v, 'DescribeShareGroupOffsetsRequestTopic.TopicName');
  w.compactString(_topicName);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('DescribeShareGroupOffsetsRequest', v, 'DescribeShareGroupOffsetsRequestTopic.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) w.int32(_partitions[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeShareGroupOffsetsRequestTopic(r: Reader, v: number): DescribeShareGroupOffsetsRequestTopic {
  const _topicName = r.compactString();
  let _partitions: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('DescribeShareGroupOffsetsRequest', v, 'DescribeShareGroupOffsetsRequestTopic.Partitions');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeShareGroupOffsetsRequestTopic = {
    topicName: _topicName,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeShareGroupOffsetsResponse(w: Writer, o: DescribeShareGroupOffsetsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _groups = o.groups;
  if (_groups == null) throw missingField('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponse.Groups');
  w.compactArrayLength(_groups.length);
  for (let i = 0; i < _groups.length; i++) encodeDescribeShareGroupOffsetsResponseGroup(w, _groups[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeShareGroupOffsetsResponse(r: Reader, v: number): DescribeShareGroupOffsetsResponse {
  const _throttleTimeMs = r.int32();
  let _groups: DescribeShareGroupOffsetsResponseGroup[];
  {
    const n = r.compactArrayLength(6);
    if (n < 0) {
      throw nullOnWire('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponse.Groups');
    } else {
      const a: DescribeShareGroupOffsetsResponseGroup[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeShareGroupOffsetsResponseGroup(r, v));
      _groups = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeShareGroupOffsetsResponse = {
    throttleTimeMs: _throttleTimeMs,
    groups: _groups,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeShareGroupOffsetsResponseGroup(w: Writer, o: DescribeShareGroupOffsetsResponseGroup, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponseGroup.GroupId');
  w.compactString(_groupId);
  const _topics = o.topics;
  if (_topics == null) throw missingField('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponseGroup.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeDescribeShareGroupOffsetsResponseTopic(w, _topics[i], v);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponseGroup.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeShareGroupOffsetsResponseGroup(r: Reader, v: number): DescribeShareGroupOffsetsResponseGroup {
  const _groupId = r.compactString();
  let _topics: DescribeShareGroupOffsetsResponseTopic[];
  {
    const n = r.compactArrayLength(19);
    if (n < 0) {
      throw nullOnWire('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponseGroup.Topics');
    } else {
      const a: DescribeShareGroupOffsetsResponseTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeShareGroupOffsetsResponseTopic(r, v));
      _topics = a;
    }
  }
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: DescribeShareGroupOffsetsResponseGroup = {
    groupId: _groupId,
    topics: _topics,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeShareGroupOffsetsResponseTopic(w: Writer, o: DescribeShareGroupOffsetsResponseTopic, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponseTopic.TopicName');
  w.compactString(_topicName);
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponseTopic.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponseTopic.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeDescribeShareGroupOffsetsResponsePartition(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeShareGroupOffsetsResponseTopic(r: Reader, v: number): DescribeShareGroupOffsetsResponseTopic {
  const _topicName = r.compactString();
  const _topicId = r.uuid();
  let _partitions: DescribeShareGroupOffsetsResponsePartition[];
  {
    const n = r.compactArrayLength(20);
    if (n < 0) {
      throw nullOnWire('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponseTopic.Partitions');
    } else {
      const a: DescribeShareGroupOffsetsResponsePartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeShareGroupOffsetsResponsePartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeShareGroupOffsetsResponseTopic = {
    topicName: _topicName,
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeShareGroupOffsetsResponsePartition(w: Writer, o: DescribeShareGroupOffsetsResponsePartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponsePartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _startOffset = o.startOffset;
  if (_startOffset == null) throw missingField('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponsePartition.StartOffset');
  w.int64(_startOffset);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponsePartition.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (v >= 1) {
    const _lag = o.lag === undefined ? -1n : o.lag;
    if (_lag == null) throw missingField('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponsePartition.Lag');
    w.int64(_lag);
  }
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeShareGroupOffsetsResponse', v, 'DescribeShareGroupOffsetsResponsePartition.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeShareGroupOffsetsResponsePartition(r: Reader, v: number): DescribeShareGroupOffsetsResponsePartition {
  const _partitionIndex = r.int32();
  const _startOffset = r.int64();
  const _leaderEpoch = r.int32();
  const _lag: bigint = (v >= 1 ? r.int64() : -1n);
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: DescribeShareGroupOffsetsResponsePartition = {
    partitionIndex: _partitionIndex,
    startOffset: _startOffset,
    leaderEpoch: _leaderEpoch,
    lag: _lag,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The DescribeShareGroupOffsets API (key 90): versions 0-1, flexible from 0. Served by: broker.
 */
export const DescribeShareGroupOffsetsApi: ApiCodec<DescribeShareGroupOffsetsRequest, DescribeShareGroupOffsetsResponse> = {
  apiKey: 90,
  name: 'DescribeShareGroupOffsets',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: DescribeShareGroupOffsetsRequest, v: number): void {
    checkVersion('DescribeShareGroupOffsets', v, 0, 1);
    try {
      encodeDescribeShareGroupOffsetsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeShareGroupOffsetsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DescribeShareGroupOffsetsRequest {
    checkVersion('DescribeShareGroupOffsets', v, 0, 1);
    try {
      return decodeDescribeShareGroupOffsetsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeShareGroupOffsetsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DescribeShareGroupOffsetsResponse, v: number): void {
    checkVersion('DescribeShareGroupOffsets', v, 0, 1);
    try {
      encodeDescribeShareGroupOffsetsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeShareGroupOffsetsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DescribeShareGroupOffsetsResponse {
    checkVersion('DescribeShareGroupOffsets', v, 0, 1);
    try {
      return decodeDescribeShareGroupOffsetsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeShareGroupOffsetsResponse v${v}`, e);
    }
  },
};
