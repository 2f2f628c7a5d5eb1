// Generated from DeleteRecordsRequest.json, DeleteRecordsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A DeleteRecords request (API key 21): versions 0-2, flexible from 2. */
export interface DeleteRecordsRequest {
  /**
   * Each topic that we want to delete records from.
   *
   * Versions 0-2.
   */
  topics: DeleteRecordsRequestDeleteRecordsTopic[];
  /**
   * How long to wait for the deletion to complete, in milliseconds.
   *
   * Versions 0-2.
   */
  timeoutMs: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic that we want to delete records from. */
export interface DeleteRecordsRequestDeleteRecordsTopic {
  /**
   * The topic name.
   *
   * Versions 0-2.
   */
  name: string;
  /**
   * Each partition that we want to delete records from.
   *
   * Versions 0-2.
   */
  partitions: DeleteRecordsRequestDeleteRecordsPartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each partition that we want to delete records from. */
export interface DeleteRecordsRequestDeleteRecordsPartition {
  /**
   * The partition index.
   *
   * Versions 0-2.
   */
  partitionIndex: number;
  /**
   * The deletion offset. -1 means that records should be truncated to the high watermark.
   *
   * Versions 0-2.
   */
  offset: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DeleteRecords response (API key 21): versions 0-2, flexible from 2. */
export interface DeleteRecordsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-2.
   */
  throttleTimeMs: number;
  /**
   * Each topic that we wanted to delete records from.
   *
   * Versions 0-2.
   */
  topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic that we wanted to delete records from. */
export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  /**
   * The topic name.
   *
   * Versions 0-2.
   */
  name: string;
  /**
   * Each partition that we wanted to delete records from.
   *
   * Versions 0-2.
   */
  partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each partition that we wanted to delete records from. */
export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  /**
   * The partition index.
   *
   * Versions 0-2.
   */
  partitionIndex: number;
  /**
   * The partition low water mark.
   *
   * Versions 0-2.
   */
  lowWatermark: bigint;
  /**
   * The deletion error code, or 0 if the deletion succeeded.
   *
   * Versions 0-2.
   */
  errorCode: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDeleteRecordsRequest(w: Writer, o: DeleteRecordsRequest, v: number): void {
  const _topics = o.topics;
  if (_topics == null) throw missingField('DeleteRecordsRequest', v, 'DeleteRecordsRequest.Topics');
  if (v >= 2) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeDeleteRecordsRequestDeleteRecordsTopic(w, _topics[i], v);
  const _timeoutMs = o.timeoutMs;
  if (_timeoutMs == null) throw missingField('DeleteRecordsRequest', v, 'DeleteRecordsRequest.TimeoutMs');
  w.int32(_timeoutMs);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteRecordsRequest(r: Reader, v: number): DeleteRecordsRequest {
  let _topics: DeleteRecordsRequestDeleteRecordsTopic[];
  {
    const n = (v >= 2 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('DeleteRecordsRequest', v, 'DeleteRecordsRequest.Topics');
    } else {
      const a: DeleteRecordsRequestDeleteRecordsTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteRecordsRequestDeleteRecordsTopic(r, v));
      _topics = a;
    }
  }
  const _timeoutMs = r.int32();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteRecordsRequest = {
    topics: _topics,
    timeoutMs: _timeoutMs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteRecordsRequestDeleteRecordsTopic(w: Writer, o: DeleteRecordsRequestDeleteRecordsTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('DeleteRecordsRequest', v, 'DeleteRecordsTopic.Name');
  if (v >= 2) w.compactString(_name);
  else w.string(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('DeleteRecordsRequest', v, 'DeleteRecordsTopic.Partitions');
  if (v >= 2) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeDeleteRecordsRequestDeleteRecordsPartition(w, _partitions[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteRecordsRequestDeleteRecordsTopic(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsTopic {
  const _name = (v >= 2 ? r.compactString() : r.string());
  let _partitions: DeleteRecordsRequestDeleteRecordsPartition[];
  {
    const n = (v >= 2 ? r.compactArrayLength(12) : r.arrayLength(12));
    if (n < 0) {
      throw nullOnWire('DeleteRecordsRequest', v, 'DeleteRecordsTopic.Partitions');
    } else {
      const a: DeleteRecordsRequestDeleteRecordsPartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteRecordsRequestDeleteRecordsPartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteRecordsRequestDeleteRecordsTopic = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteRecordsRequestDeleteRecordsPartition(w: Writer, o: DeleteRecordsRequestDeleteRecordsPartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('DeleteRecordsRequest', v, 'DeleteRecordsPartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _offset = o.offset;
  if (_offset == null) throw missingField('DeleteRecordsRequest', v, 'DeleteRecordsPartition.Offset');
  w.int64(_offset);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteRecordsRequestDeleteRecordsPartition(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsPartition {
  const _partitionIndex = r.int32();
  const _offset = r.int64();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteRecordsRequestDeleteRecordsPartition = {
    partitionIndex: _partitionIndex,
    offset: _offset,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteRecordsResponse(w: Writer, o: DeleteRecordsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DeleteRecordsResponse', v, 'DeleteRecordsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _topics = o.topics;
  if (_topics == null) throw missingField('DeleteRecordsResponse', v, 'DeleteRecordsResponse.Topics');
  if (v >= 2) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeDeleteRecordsResponseDeleteRecordsTopicResult(w, _topics[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteRecordsResponse(r: Reader, v: number): DeleteRecordsResponse {
  const _throttleTimeMs = r.int32();
  let _topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
  {
    const n = (v >= 2 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('DeleteRecordsResponse', v, 'DeleteRecordsResponse.Topics');
    } else {
      const a: DeleteRecordsResponseDeleteRecordsTopicResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteRecordsResponseDeleteRecordsTopicResult(r, v));
      _topics = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteRecordsResponse = {
    throttleTimeMs: _throttleTimeMs,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteRecordsResponseDeleteRecordsTopicResult(w: Writer, o: DeleteRecordsResponseDeleteRecordsTopicResult, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('DeleteRecordsResponse', v, 'DeleteRecordsTopicResult.Name');
  if (v >= 2) w.compactString(_name);
  else w.string(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('DeleteRecordsResponse', v, 'DeleteRecordsTopicResult.Partitions');
  if (v >= 2) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeDeleteRecordsResponseDeleteRecordsPartitionResult(w, _partitions[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteRecordsResponseDeleteRecordsTopicResult(r: Reader, v: number): DeleteRecordsResponseDeleteRecordsTopicResult {
  const _name = (v >= 2 ? r.compactString() : r.string());
  let _partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
  {
    const n = (v >= 2 ? r.compactArrayLength(14) : r.arrayLength(14));
    if (n < 0) {
      throw nullOnWire('DeleteRecordsResponse', v, 'DeleteRecordsTopicResult.Partitions');
    } else {
      const a: DeleteRecordsResponseDeleteRecordsPartitionResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteRecordsResponseDeleteRecordsPartitionResult(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteRecordsResponseDeleteRecordsTopicResult = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteRecordsResponseDeleteRecordsPartitionResult(w: Writer, o: DeleteRecordsResponseDeleteRecordsPartitionResult, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('DeleteRecordsResponse', v, 'DeleteRecordsPartitionResult.PartitionIndex');
  w.int32(_partitionIndex);
  const _lowWatermark = o.lowWatermark;
  if (_lowWatermark == null) throw missingField('DeleteRecordsResponse', v, 'DeleteRecordsPartitionResult.LowWatermark');
  w.int64(_lowWatermark);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DeleteRecordsResponse', v, 'DeleteRecordsPartitionResult.ErrorCode');
  w.int16(_errorCode);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteRecordsResponseDeleteRecordsPartitionResult(r: Reader, v: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const _partitionIndex = r.int32();
  const _lowWatermark = r.int64();
  const _errorCode = r.int16();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteRecordsResponseDeleteRecordsPartitionResult = {
    partitionIndex: _partitionIndex,
    lowWatermark: _lowWatermark,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The DeleteRecords API (key 21): versions 0-2, flexible from 2. Served by: broker. */
export const DeleteRecordsApi: ApiCodec<DeleteRecordsRequest, DeleteRecordsResponse> = {
  apiKey: 21,
  name: 'DeleteRecords',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: DeleteRecordsRequest, v: number): void {
    checkVersion('DeleteRecords', v, 0, 2);
    try {
      encodeDeleteRecordsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DeleteRecordsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DeleteRecordsRequest {
    checkVersion('DeleteRecords', v, 0, 2);
    try {
      return decodeDeleteRecordsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DeleteRecordsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DeleteRecordsResponse, v: number): void {
    checkVersion('DeleteRecords', v, 0, 2);
    try {
      encodeDeleteRecordsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DeleteRecordsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DeleteRecordsResponse {
    checkVersion('DeleteRecords', v, 0, 2);
    try {
      return decodeDeleteRecordsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DeleteRecordsResponse v${v}`, e);
    }
  },
};
