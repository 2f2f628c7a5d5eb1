// Generated from ListOffsetsRequest.json, ListOffsetsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A ListOffsets request (API key 2): versions 1-11, flexible from 6. */
export interface ListOffsetsRequest {
  /**
   * The broker ID of the requester, or -1 if this request is being made by a normal consumer.
   *
   * Versions 1-11.
   */
  replicaId: number;
  /**
   * This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records.
   *
   * Versions 2-11.
   */
  isolationLevel?: number;
  /**
   * Each topic in the request.
   *
   * Versions 1-11.
   */
  topics: ListOffsetsRequestListOffsetsTopic[];
  /**
   * The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage.
   *
   * Versions 10-11; ignorable.
   */
  timeoutMs?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic in the request. */
export interface ListOffsetsRequestListOffsetsTopic {
  /**
   * The topic name.
   *
   * Versions 1-11.
   */
  name: string;
  /**
   * Each partition in the request.
   *
   * Versions 1-11.
   */
  partitions: ListOffsetsRequestListOffsetsPartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each partition in the request. */
export interface ListOffsetsRequestListOffsetsPartition {
  /**
   * The partition index.
   *
   * Versions 1-11.
   */
  partitionIndex: number;
  /**
   * The current leader epoch.
   *
   * Versions 4-11; default "-1"; ignorable.
   */
  currentLeaderEpoch?: number;
  /**
   * The current timestamp.
   *
   * Versions 1-11.
   */
  timestamp: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ListOffsets response (API key 2): versions 1-11, flexible from 6. */
export interface ListOffsetsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 2-11; ignorable.
   */
  throttleTimeMs?: number;
  /**
   * Each topic in the response.
   *
   * Versions 1-11.
   */
  topics: ListOffsetsResponseListOffsetsTopicResponse[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic in the response. */
export interface ListOffsetsResponseListOffsetsTopicResponse {
  /**
   * The topic name.
   *
   * Versions 1-11.
   */
  name: string;
  /**
   * Each partition in the response.
   *
   * Versions 1-11.
   */
  partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each partition in the response. */
export interface ListOffsetsResponseListOffsetsPartitionResponse {
  /**
   * The partition index.
   *
   * Versions 1-11.
   */
  partitionIndex: number;
  /**
   * The partition error code, or 0 if there was no error.
   *
   * Versions 1-11.
   */
  errorCode: number;
  /**
   * The timestamp associated with the returned offset.
   *
   * Versions 1-11; default "-1".
   */
  timestamp?: bigint;
  /**
   * The returned offset.
   *
   * Versions 1-11; default "-1".
   */
  offset?: bigint;
  /**
   * The leader epoch associated with the returned offset.
   *
   * Versions 4-11; default "-1".
   */
  leaderEpoch?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeListOffsetsRequest(w: Writer, o: ListOffsetsRequest, v: number): void {
  const _replicaId = o.replicaId;
  if (_replicaId == null) throw missingField('ListOffsetsRequest', v, 'ListOffsetsRequest.ReplicaId');
  w.int32(_replicaId);
  if (v >= 2) {
    const _isolationLevel = o.isolationLevel === undefined ? 0 : o.isolationLevel;
    if (_isolationLevel == null) throw missingField('ListOffsetsRequest', v, 'ListOffsetsRequest.IsolationLevel');
    w.int8(_isolationLevel);
  }
  if (v < 2) {
    const x = o.isolationLevel;
    if (x !== undefined && !(x === 0)) throw unsupportedField('ListOffsetsRequest', v, 'ListOffsetsRequest.IsolationLevel');
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('ListOffsetsRequest', v, 'ListOffsetsRequest.Topics');
  if (v >= 6) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeListOffsetsRequestListOffsetsTopic(w, _topics[i], v);
  if (v >= 10) {
    const _timeoutMs = o.timeoutMs === undefined ? 0 : o.timeoutMs;
    if (_timeoutMs == null) throw missingField('ListOffsetsRequest', v, 'ListOffsetsRequest.TimeoutMs');
    w.int32(_timeoutMs);
  }
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeListOffsetsRequest(r: Reader, v: number): ListOffsetsRequest {
  const _replicaId = r.int32();
  const _isolationLevel: number = (v >= 2 ? r.int8() : 0);
  let _topics: ListOffsetsRequestListOffsetsTopic[];
  {
    const n = (v >= 6 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('ListOffsetsRequest', v, 'ListOffsetsRequest.Topics');
    } else {
      const a: ListOffsetsRequestListOffsetsTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeListOffsetsRequestListOffsetsTopic(r, v));
      _topics = a;
    }
  }
  const _timeoutMs: number = (v >= 10 ? r.int32() : 0);
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: ListOffsetsRequest = {
    replicaId: _replicaId,
    isolationLevel: _isolationLevel,
    topics: _topics,
    timeoutMs: _timeoutMs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListOffsetsRequestListOffsetsTopic(w: Writer, o: ListOffsetsRequestListOffsetsTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('ListOffsetsRequest', v, 'ListOffsetsTopic.Name');
  if (v >= 6) w.compactString(_name);
  else w.string(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ListOffsetsRequest', v, 'ListOffsetsTopic.Partitions');
  if (v >= 6) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeListOffsetsRequestListOffsetsPartition(w, _partitions[i], v);
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeListOffsetsRequestListOffsetsTopic(r: Reader, v: number): ListOffsetsRequestListOffsetsTopic {
  const _name = (v >= 6 ? r.compactString() : r.string());
  let _partitions: ListOffsetsRequestListOffsetsPartition[];
  {
    const n = (v >= 6 ? r.compactArrayLength(12) : r.arrayLength(12));
    if (n < 0) {
      throw nullOnWire('ListOffsetsRequest', v, 'ListOffsetsTopic.Partitions');
    } else {
      const a: ListOffsetsRequestListOffsetsPartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeListOffsetsRequestListOffsetsPartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: ListOffsetsRequestListOffsetsTopic = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListOffsetsRequestListOffsetsPartition(w: Writer, o: ListOffsetsRequestListOffsetsPartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('ListOffsetsRequest', v, 'ListOffsetsPartition.PartitionIndex');
  w.int32(_partitionIndex);
  if (v >= 4) {
    const _currentLeaderEpoch = o.currentLeaderEpoch === undefined ? -1 : o.currentLeaderEpoch;
    if (_currentLeaderEpoch == null) throw missingField('ListOffsetsRequest', v, 'ListOffsetsPartition.CurrentLeaderEpoch');
    w.int32(_currentLeaderEpoch);
  }
  const _timestamp = o.timestamp;
  if (_timestamp == null) throw missingField('ListOffsetsRequest', v, 'ListOffsetsPartition.Timestamp');
  w.int64(_timestamp);
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeListOffsetsRequestListOffsetsPartition(r: Reader, v: number): ListOffsetsRequestListOffsetsPartition {
  const _partitionIndex = r.int32();
  const _currentLeaderEpoch: number = (v >= 4 ? r.int32() : -1);
  const _timestamp = r.int64();
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: ListOffsetsRequestListOffsetsPartition = {
    partitionIndex: _partitionIndex,
    currentLeaderEpoch: _currentLeaderEpoch,
    timestamp: _timestamp,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListOffsetsResponse(w: Writer, o: ListOffsetsResponse, v: number): void {
  if (v >= 2) {
    const _throttleTimeMs = o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs;
    if (_throttleTimeMs == null) throw missingField('ListOffsetsResponse', v, 'ListOffsetsResponse.ThrottleTimeMs');
    w.int32(_throttleTimeMs);
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('ListOffsetsResponse', v, 'ListOffsetsResponse.Topics');
  if (v >= 6) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeListOffsetsResponseListOffsetsTopicResponse(w, _topics[i], v);
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeListOffsetsResponse(r: Reader, v: number): ListOffsetsResponse {
  const _throttleTimeMs: number = (v >= 2 ? r.int32() : 0);
  let _topics: ListOffsetsResponseListOffsetsTopicResponse[];
  {
    const n = (v >= 6 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('ListOffsetsResponse', v, 'ListOffsetsResponse.Topics');
    } else {
      const a: ListOffsetsResponseListOffsetsTopicResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeListOffsetsResponseListOffsetsTopicResponse(r, v));
      _topics = a;
    }
  }
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: ListOffsetsResponse = {
    throttleTimeMs: _throttleTimeMs,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListOffsetsResponseListOffsetsTopicResponse(w: Writer, o: ListOffsetsResponseListOffsetsTopicResponse, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('ListOffsetsResponse', v, 'ListOffsetsTopicResponse.Name');
  if (v >= 6) w.compactString(_name);
  else w.string(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ListOffsetsResponse', v, 'ListOffsetsTopicResponse.Partitions');
  if (v >= 6) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeListOffsetsResponseListOffsetsPartitionResponse(w, _partitions[i], v);
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeListOffsetsResponseListOffsetsTopicResponse(r: Reader, v: number): ListOffsetsResponseListOffsetsTopicResponse {
  const _name = (v >= 6 ? r.compactString() : r.string());
  let _partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
  {
    const n = (v >= 6 ? r.compactArrayLength(22) : r.arrayLength(22));
    if (n < 0) {
      throw nullOnWire('ListOffsetsResponse', v, 'ListOffsetsTopicResponse.Partitions');
    } else {
      const a: ListOffsetsResponseListOffsetsPartitionResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeListOffsetsResponseListOffsetsPartitionResponse(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: ListOffsetsResponseListOffsetsTopicResponse = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListOffsetsResponseListOffsetsPartitionResponse(w: Writer, o: ListOffsetsResponseListOffsetsPartitionResponse, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('ListOffsetsResponse', v, 'ListOffsetsPartitionResponse.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ListOffsetsResponse', v, 'ListOffsetsPartitionResponse.ErrorCode');
  w.int16(_errorCode);
  const _timestamp = o.timestamp === undefined ? -1n : o.timestamp;
  if (_timestamp == null) throw missingField('ListOffsetsResponse', v, 'ListOffsetsPartitionResponse.Timestamp');
  w.int64(_timestamp);
  const _offset = o.offset === undefined ? -1n : o.offset;
  if (_offset == null) throw missingField('ListOffsetsResponse', v, 'ListOffsetsPartitionResponse.Offset');
  w.int64(_offset);
  if (v >= 4) {
    const _leaderEpoch = o.leaderEpoch === undefined ? -1 : o.leaderEpoch;
    if (_leaderEpoch == null) throw missingField('ListOffsetsResponse', v, 'ListOffsetsPartitionResponse.LeaderEpoch');
    w.int32(_leaderEpoch);
  }
  if (v < 4) {
    const x = o.leaderEpoch;
    if (x !== undefined && !(x === -1)) throw unsupportedField('ListOffsetsResponse', v, 'ListOffsetsPartitionResponse.LeaderEpoch');
  }
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeListOffsetsResponseListOffsetsPartitionResponse(r: Reader, v: number): ListOffsetsResponseListOffsetsPartitionResponse {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const _timestamp = r.int64();
  const _offset = r.int64();
  const _leaderEpoch: number = (v >= 4 ? r.int32() : -1);
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: ListOffsetsResponseListOffsetsPartitionResponse = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
    timestamp: _timestamp,
    offset: _offset,
    leaderEpoch: _leaderEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The ListOffsets API (key 2): versions 1-11, flexible from 6. Served by: broker. */
export const ListOffsetsApi: ApiCodec<ListOffsetsRequest, ListOffsetsResponse> = {
  apiKey: 2,
  name: 'ListOffsets',
  minVersion: 1,
  maxVersion: 11,
  flexibleFrom: 6,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 6 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 6 ? 1 : 0),
  encodeRequest(w: Writer, body: ListOffsetsRequest, v: number): void {
    checkVersion('ListOffsets', v, 1, 11);
    try {
      encodeListOffsetsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ListOffsetsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ListOffsetsRequest {
    checkVersion('ListOffsets', v, 1, 11);
    try {
      return decodeListOffsetsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ListOffsetsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ListOffsetsResponse, v: number): void {
    checkVersion('ListOffsets', v, 1, 11);
    try {
      encodeListOffsetsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ListOffsetsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ListOffsetsResponse {
    checkVersion('ListOffsets', v, 1, 11);
    try {
      return decodeListOffsetsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ListOffsetsResponse v${v}`, e);
    }
  },
};
