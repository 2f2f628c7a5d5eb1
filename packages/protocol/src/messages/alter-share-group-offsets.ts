// Generated from AlterShareGroupOffsetsRequest.json, AlterShareGroupOffsetsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A AlterShareGroupOffsets request (API key 91): versions 0, flexible from 0. */
export interface AlterShareGroupOffsetsRequest {
  /**
   * The group identifier.
   *
   * Versions 0.
   */
  groupId: string;
  /**
   * The topics to alter offsets for.
   *
   * Versions 0.
   */
  topics: AlterShareGroupOffsetsRequestTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to alter offsets for. */
export interface AlterShareGroupOffsetsRequestTopic {
  /**
   * The topic name.
   *
   * Versions 0.
   */
  topicName: string;
  /**
   * Each partition to alter offsets for.
   *
   * Versions 0.
   */
  partitions: AlterShareGroupOffsetsRequestPartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each partition to alter offsets for. */
export interface AlterShareGroupOffsetsRequestPartition {
  /**
   * The partition index.
   *
   * Versions 0.
   */
  partitionIndex: number;
  /**
   * The share-partition start offset.
   *
   * Versions 0.
   */
  startOffset: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A AlterShareGroupOffsets response (API key 91): versions 0, flexible from 0. */
export interface AlterShareGroupOffsetsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0.
   */
  throttleTimeMs: number;
  /**
   * The top-level error code, or 0 if there was no error.
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
   * The results for each topic.
   *
   * Versions 0.
   */
  responses: AlterShareGroupOffsetsResponseTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each topic. */
export interface AlterShareGroupOffsetsResponseTopic {
  /**
   * The topic name.
   *
   * Versions 0.
   */
  topicName: string;
  /**
   * The unique topic ID.
   *
   * Versions 0.
   */
  topicId: Uuid;
  /** Versions 0. */
  partitions: AlterShareGroupOffsetsResponsePartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterShareGroupOffsetsResponsePartition {
  /**
   * The partition index.
   *
   * Versions 0.
   */
  partitionIndex: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 0; nullable 0; default "null".
   */
  errorMessage?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeAlterShareGroupOffsetsRequest(w: Writer, o: AlterShareGroupOffsetsRequest, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('AlterShareGroupOffsetsRequest', v, 'AlterShareGroupOffsetsRequest.GroupId');
  w.compactString(_groupId);
  const _topics = o.topics;
  if (_topics == null) throw missingField('AlterShareGroupOffsetsRequest', v, 'AlterShareGroupOffsetsRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeAlterShareGroupOffsetsRequestTopic(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterShareGroupOffsetsRequest(r: Reader, v: number): AlterShareGroupOffsetsRequest {
  const _groupId = r.compactString();
  let _topics: AlterShareGroupOffsetsRequestTopic[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('AlterShareGroupOffsetsRequest', v, 'AlterShareGroupOffsetsRequest.Topics');
    } else {
      const a: AlterShareGroupOffsetsRequestTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterShareGroupOffsetsRequestTopic(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AlterShareGroupOffsetsRequest = {
    groupId: _groupId,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterShareGroupOffsetsRequestTopic(w: Writer, o: AlterShareGroupOffsetsRequestTopic, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('AlterShareGroupOffsetsRequest', v, 'AlterShareGroupOffsetsRequestTopic.TopicName');
  w.compactString(_topicName);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('AlterShareGroupOffsetsRequest', v, 'AlterShareGroupOffsetsRequestTopic.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeAlterShareGroupOffsetsRequestPartition(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterShareGroupOffsetsRequestTopic(r: Reader, v: number): AlterShareGroupOffsetsRequestTopic {
  const _topicName = r.compactString();
  let _partitions: AlterShareGroupOffsetsRequestPartition[];
  {
    const n = r.compactArrayLength(13);
    if (n < 0) {
      throw nullOnWire('AlterShareGroupOffsetsRequest', v, 'AlterShareGroupOffsetsRequestTopic.Partitions');
    } else {
      const a: AlterShareGroupOffsetsRequestPartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterShareGroupOffsetsRequestPartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AlterShareGroupOffsetsRequestTopic = {
    topicName: _topicName,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterShareGroupOffsetsRequestPartition(w: Writer, o: AlterShareGroupOffsetsRequestPartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('AlterShareGroupOffsetsRequest', v, 'AlterShareGroupOffsetsRequestPartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _startOffset = o.startOffset;
  if (_startOffset == null) throw missingField('AlterShareGroupOffsetsRequest', v, 'AlterShareGroupOffsetsRequestPartition.StartOffset');
  w.int64(_startOffset);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterShareGroupOffsetsRequestPartition(r: Reader, v: number): AlterShareGroupOffsetsRequestPartition {
  const _partitionIndex = r.int32();
  const _startOffset = r.int64();
  const unknownTags = r.taggedFields();
  const o: AlterShareGroupOffsetsRequestPartition = {
    partitionIndex: _partitionIndex,
    startOffset: _startOffset,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterShareGroupOffsetsResponse(w: Writer, o: AlterShareGroupOffsetsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('AlterShareGroupOffsetsResponse', v, 'AlterShareGroupOffsetsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AlterShareGroupOffsetsResponse', v, 'AlterShareGroupOffsetsResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _responses = o.responses;
  if (_responses == null) throw missingField('AlterShareGroupOffsetsResponse', v, 'AlterShareGroupOffsetsResponse.Responses');
  w.compactArrayLength(_responses.length);
  for (let i = 0; i < _responses.length; i++) encodeAlterShareGroupOffsetsResponseTopic(w, _responses[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterShareGroupOffsetsResponse(r: Reader, v: number): AlterShareGroupOffsetsResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  let _responses: AlterShareGroupOffsetsResponseTopic[];
  {
    const n = r.compactArrayLength(19);
    if (n < 0) {
      throw nullOnWire('AlterShareGroupOffsetsResponse', v, 'AlterShareGroupOffsetsResponse.Responses');
    } else {
      const a: AlterShareGroupOffsetsResponseTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterShareGroupOffsetsResponseTopic(r, v));
      _responses = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AlterShareGroupOffsetsResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    responses: _responses,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterShareGroupOffsetsResponseTopic(w: Writer, o: AlterShareGroupOffsetsResponseTopic, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('AlterShareGroupOffsetsResponse', v, 'AlterShareGroupOffsetsResponseTopic.TopicName');
  w.compactString(_topicName);
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('AlterShareGroupOffsetsResponse', v, 'AlterShareGroupOffsetsResponseTopic.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('AlterShareGroupOffsetsResponse', v, 'AlterShareGroupOffsetsResponseTopic.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeAlterShareGroupOffsetsResponsePartition(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterShareGroupOffsetsResponseTopic(r: Reader, v: number): AlterShareGroupOffsetsResponseTopic {
  const _topicName = r.compactString();
  const _topicId = r.uuid();
  let _partitions: AlterShareGroupOffsetsResponsePartition[];
  {
    const n = r.compactArrayLength(8);
    if (n < 0) {
      throw nullOnWire('AlterShareGroupOffsetsResponse', v, 'AlterShareGroupOffsetsResponseTopic.Partitions');
    } else {
      const a: AlterShareGroupOffsetsResponsePartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterShareGroupOffsetsResponsePartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AlterShareGroupOffsetsResponseTopic = {
    topicName: _topicName,
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterShareGroupOffsetsResponsePartition(w: Writer, o: AlterShareGroupOffsetsResponsePartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('AlterShareGroupOffsetsResponse', v, 'AlterShareGroupOffsetsResponsePartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AlterShareGroupOffsetsResponse', v, 'AlterShareGroupOffsetsResponsePartition.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterShareGroupOffsetsResponsePartition(r: Reader, v: number): AlterShareGroupOffsetsResponsePartition {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: AlterShareGroupOffsetsResponsePartition = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The AlterShareGroupOffsets API (key 91): versions 0, flexible from 0. Served by: broker. */
export const AlterShareGroupOffsetsApi: ApiCodec<AlterShareGroupOffsetsRequest, AlterShareGroupOffsetsResponse> = {
  apiKey: 91,
  name: 'AlterShareGroupOffsets',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: AlterShareGroupOffsetsRequest, v: number): void {
    checkVersion('AlterShareGroupOffsets', v, 0, 0);
    try {
      encodeAlterShareGroupOffsetsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AlterShareGroupOffsetsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): AlterShareGroupOffsetsRequest {
    checkVersion('AlterShareGroupOffsets', v, 0, 0);
    try {
      return decodeAlterShareGroupOffsetsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AlterShareGroupOffsetsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: AlterShareGroupOffsetsResponse, v: number): void {
    checkVersion('AlterShareGroupOffsets', v, 0, 0);
    try {
      encodeAlterShareGroupOffsetsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AlterShareGroupOffsetsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): AlterShareGroupOffsetsResponse {
    checkVersion('AlterShareGroupOffsets', v, 0, 0);
    try {
      return decodeAlterShareGroupOffsetsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AlterShareGroupOffsetsResponse v${v}`, e);
    }
  },
};
