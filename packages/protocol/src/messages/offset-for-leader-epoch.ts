// Generated from OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A OffsetForLeaderEpoch request (API key 23): versions 2-4, flexible from 4. */
export interface OffsetForLeaderEpochRequest {
  /**
   * The broker ID of the follower, of -1 if this request is from a consumer.
   *
   * Versions 3-4; default -2; ignorable.
   */
  replicaId?: number;
  /**
   * Each topic to get offsets for.
   *
   * Versions 2-4.
   */
  topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic to get offsets for. */
export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  /**
   * The topic name.
   *
   * Versions 2-4.
   */
  topic: string;
  /**
   * Each partition to get offsets for.
   *
   * Versions 2-4.
   */
  partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each partition to get offsets for. */
export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  /**
   * The partition index.
   *
   * Versions 2-4.
   */
  partition: number;
  /**
   * An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned.
   *
   * Versions 2-4; default "-1"; ignorable.
   */
  currentLeaderEpoch?: number;
  /**
   * The epoch to look up an offset for.
   *
   * Versions 2-4.
   */
  leaderEpoch: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A OffsetForLeaderEpoch response (API key 23): versions 2-4, flexible from 4. */
export interface OffsetForLeaderEpochResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 2-4; ignorable.
   */
  throttleTimeMs: number;
  /**
   * Each topic we fetched offsets for.
   *
   * Versions 2-4.
   */
  topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic we fetched offsets for. */
export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  /**
   * The topic name.
   *
   * Versions 2-4.
   */
  topic: string;
  /**
   * Each partition in the topic we fetched offsets for.
   *
   * Versions 2-4.
   */
  partitions: OffsetForLeaderEpochResponseEpochEndOffset[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each partition in the topic we fetched offsets for. */
export interface OffsetForLeaderEpochResponseEpochEndOffset {
  /**
   * The error code 0, or if there was no error.
   *
   * Versions 2-4.
   */
  errorCode: number;
  /**
   * The partition index.
   *
   * Versions 2-4.
   */
  partition: number;
  /**
   * The leader epoch of the partition.
   *
   * Versions 2-4; default "-1"; ignorable.
   */
  leaderEpoch?: number;
  /**
   * The end offset of the epoch.
   *
   * Versions 2-4; default "-1".
   */
  endOffset?: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeOffsetForLeaderEpochRequest(w: Writer, o: OffsetForLeaderEpochRequest, v: number): void {
  if (v >= 3) {
    const _replicaId = o.replicaId === undefined ? -2 : o.replicaId;
    if (_replicaId == null) throw missingField('OffsetForLeaderEpochRequest', v, 'OffsetForLeaderEpochRequest.ReplicaId');
    w.int32(_replicaId);
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('OffsetForLeaderEpochRequest', v, 'OffsetForLeaderEpochRequest.Topics');
  if (v >= 4) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w, _topics[i], v);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetForLeaderEpochRequest(r: Reader, v: number): OffsetForLeaderEpochRequest {
  const _replicaId: number = (v >= 3 ? r.int32() : -2);
  let _topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
  {
    const n = (v >= 4 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('OffsetForLeaderEpochRequest', v, 'OffsetForLeaderEpochRequest.Topics');
    } else {
      const a: OffsetForLeaderEpochRequestOffsetForLeaderTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(r, v));
      _topics = a;
    }
  }
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: OffsetForLeaderEpochRequest = {
    replicaId: _replicaId,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w: Writer, o: OffsetForLeaderEpochRequestOffsetForLeaderTopic, v: number): void {
  const _topic = o.topic;
  if (_topic == null) throw missingField('OffsetForLeaderEpochRequest', v, 'OffsetForLeaderTopic.Topic');
  if (v >= 4) w.compactString(_topic);
  else w.string(_topic);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('OffsetForLeaderEpochRequest', v, 'OffsetForLeaderTopic.Partitions');
  if (v >= 4) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w, _partitions[i], v);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(r: Reader, v: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  const _topic = (v >= 4 ? r.compactString() : r.string());
  let _partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
  {
    const n = (v >= 4 ? r.compactArrayLength(12) : r.arrayLength(12));
    if (n < 0) {
      throw nullOnWire('OffsetForLeaderEpochRequest', v, 'OffsetForLeaderTopic.Partitions');
    } else {
      const a: OffsetForLeaderEpochRequestOffsetForLeaderPartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: OffsetForLeaderEpochRequestOffsetForLeaderTopic = {
    topic: _topic,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w: Writer, o: OffsetForLeaderEpochRequestOffsetForLeaderPartition, v: number): void {
  const _partition = o.partition;
  if (_partition == null) throw missingField('OffsetForLeaderEpochRequest', v, 'OffsetForLeaderPartition.Partition');
  w.int32(_partition);
  const _currentLeaderEpoch = o.currentLeaderEpoch === undefined ? -1 : o.currentLeaderEpoch;
  if (_currentLeaderEpoch == null) throw missingField('OffsetForLeaderEpochRequest', v, 'OffsetForLeaderPartition.CurrentLeaderEpoch');
  w.int32(_currentLeaderEpoch);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('OffsetForLeaderEpochRequest', v, 'OffsetForLeaderPartition.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(r: Reader, v: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  const _partition = r.int32();
  const _currentLeaderEpoch = r.int32();
  const _leaderEpoch = r.int32();
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: OffsetForLeaderEpochRequestOffsetForLeaderPartition = {
    partition: _partition,
    currentLeaderEpoch: _currentLeaderEpoch,
    leaderEpoch: _leaderEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetForLeaderEpochResponse(w: Writer, o: OffsetForLeaderEpochResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('OffsetForLeaderEpochResponse', v, 'OffsetForLeaderEpochResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _topics = o.topics;
  if (_topics == null) throw missingField('OffsetForLeaderEpochResponse', v, 'OffsetForLeaderEpochResponse.Topics');
  if (v >= 4) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w, _topics[i], v);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetForLeaderEpochResponse(r: Reader, v: number): OffsetForLeaderEpochResponse {
  const _throttleTimeMs = r.int32();
  let _topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
  {
    const n = (v >= 4 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('OffsetForLeaderEpochResponse', v, 'OffsetForLeaderEpochResponse.Topics');
    } else {
      const a: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r, v));
      _topics = a;
    }
  }
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: OffsetForLeaderEpochResponse = {
    throttleTimeMs: _throttleTimeMs,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w: Writer, o: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult, v: number): void {
  const _topic = o.topic;
  if (_topic == null) throw missingField('OffsetForLeaderEpochResponse', v, 'OffsetForLeaderTopicResult.Topic');
  if (v >= 4) w.compactString(_topic);
  else w.string(_topic);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('OffsetForLeaderEpochResponse', v, 'OffsetForLeaderTopicResult.Partitions');
  if (v >= 4) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeOffsetForLeaderEpochResponseEpochEndOffset(w, _partitions[i], v);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r: Reader, v: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  const _topic = (v >= 4 ? r.compactString() : r.string());
  let _partitions: OffsetForLeaderEpochResponseEpochEndOffset[];
  {
    const n = (v >= 4 ? r.compactArrayLength(18) : r.arrayLength(18));
    if (n < 0) {
      throw nullOnWire('OffsetForLeaderEpochResponse', v, 'OffsetForLeaderTopicResult.Partitions');
    } else {
      const a: OffsetForLeaderEpochResponseEpochEndOffset[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetForLeaderEpochResponseEpochEndOffset(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult = {
    topic: _topic,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeOffsetForLeaderEpochResponseEpochEndOffset(w: Writer, o: OffsetForLeaderEpochResponseEpochEndOffset, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('OffsetForLeaderEpochResponse', v, 'EpochEndOffset.ErrorCode');
  w.int16(_errorCode);
  const _partition = o.partition;
  if (_partition == null) throw missingField('OffsetForLeaderEpochResponse', v, 'EpochEndOffset.Partition');
  w.int32(_partition);
  const _leaderEpoch = o.leaderEpoch === undefined ? -1 : o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('OffsetForLeaderEpochResponse', v, 'EpochEndOffset.LeaderEpoch');
  w.int32(_leaderEpoch);
  const _endOffset = o.endOffset === undefined ? -1n : o.endOffset;
  if (_endOffset == null) throw missingField('OffsetForLeaderEpochResponse', v, 'EpochEndOffset.EndOffset');
  w.int64(_endOffset);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeOffsetForLeaderEpochResponseEpochEndOffset(r: Reader, v: number): OffsetForLeaderEpochResponseEpochEndOffset {
  const _errorCode = r.int16();
  const _partition = r.int32();
  const _leaderEpoch = r.int32();
  const _endOffset = r.int64();
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: OffsetForLeaderEpochResponseEpochEndOffset = {
    errorCode: _errorCode,
    partition: _partition,
    leaderEpoch: _leaderEpoch,
    endOffset: _endOffset,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The OffsetForLeaderEpoch API (key 23): versions 2-4, flexible from 4. Served by: broker. */
export const OffsetForLeaderEpochApi: ApiCodec<OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse> = {
  apiKey: 23,
  name: 'OffsetForLeaderEpoch',
  minVersion: 2,
  maxVersion: 4,
  flexibleFrom: 4,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 4 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 4 ? 1 : 0),
  encodeRequest(w: Writer, body: OffsetForLeaderEpochRequest, v: number): void {
    checkVersion('OffsetForLeaderEpoch', v, 2, 4);
    try {
      encodeOffsetForLeaderEpochRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode OffsetForLeaderEpochRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): OffsetForLeaderEpochRequest {
    checkVersion('OffsetForLeaderEpoch', v, 2, 4);
    try {
      return decodeOffsetForLeaderEpochRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode OffsetForLeaderEpochRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: OffsetForLeaderEpochResponse, v: number): void {
    checkVersion('OffsetForLeaderEpoch', v, 2, 4);
    try {
      encodeOffsetForLeaderEpochResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode OffsetForLeaderEpochResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): OffsetForLeaderEpochResponse {
    checkVersion('OffsetForLeaderEpoch', v, 2, 4);
    try {
      return decodeOffsetForLeaderEpochResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode OffsetForLeaderEpochResponse v${v}`, e);
    }
  },
};
