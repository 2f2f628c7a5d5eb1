// Generated from OffsetDeleteRequest.json, OffsetDeleteResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A OffsetDelete request (API key 47): versions 0, never flexible. */
export interface OffsetDeleteRequest {
  /**
   * The unique group identifier.
   *
   * Versions 0.
   */
  groupId: string;
  /**
   * The topics to delete offsets for.
   *
   * Versions 0.
   */
  topics: OffsetDeleteRequestTopic[];
}

/** The topics to delete offsets for. */
export interface OffsetDeleteRequestTopic {
  /**
   * The topic name.
   *
   * Versions 0.
   */
  name: string;
  /**
   * Each partition to delete offsets for.
   *
   * Versions 0.
   */
  partitions: OffsetDeleteRequestPartition[];
}

/** Each partition to delete offsets for. */
export interface OffsetDeleteRequestPartition {
  /**
   * The partition index.
   *
   * Versions 0.
   */
  partitionIndex: number;
}

/** A OffsetDelete response (API key 47): versions 0, never flexible. */
export interface OffsetDeleteResponse {
  /**
   * The top-level error code, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0; ignorable.
   */
  throttleTimeMs: number;
  /**
   * The responses for each topic.
   *
   * Versions 0.
   */
  topics: OffsetDeleteResponseTopic[];
}

/** The responses for each topic. */
export interface OffsetDeleteResponseTopic {
  /**
   * The topic name.
   *
   * Versions 0.
   */
  name: string;
  /**
   * The responses for each partition in the topic.
   *
   * Versions 0.
   */
  partitions: OffsetDeleteResponsePartition[];
}

/** The responses for each partition in the topic. */
export interface OffsetDeleteResponsePartition {
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
}

function encodeOffsetDeleteRequest(w: Writer, o: OffsetDeleteRequest, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('OffsetDeleteRequest', v, 'OffsetDeleteRequest.GroupId');
  w.string(_groupId);
  const _topics = o.topics;
  if (_topics == null) throw missingField('OffsetDeleteRequest', v, 'OffsetDeleteRequest.Topics');
  w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeOffsetDeleteRequestTopic(w, _topics[i], v);
}

function decodeOffsetDeleteRequest(r: Reader, v: number): OffsetDeleteRequest {
  const _groupId = r.string();
  let _topics: OffsetDeleteRequestTopic[];
  {
    const n = r.arrayLength(6);
    if (n < 0) {
      throw nullOnWire('OffsetDeleteRequest', v, 'OffsetDeleteRequest.Topics');
    } else {
      const a: OffsetDeleteRequestTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetDeleteRequestTopic(r, v));
      _topics = a;
    }
  }
  return {
    groupId: _groupId,
    topics: _topics,
  };
}

function encodeOffsetDeleteRequestTopic(w: Writer, o: OffsetDeleteRequestTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('OffsetDeleteRequest', v, 'OffsetDeleteRequestTopic.Name');
  w.string(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('OffsetDeleteRequest', v, 'OffsetDeleteRequestTopic.Partitions');
  w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeOffsetDeleteRequestPartition(w, _partitions[i], v);
}

function decodeOffsetDeleteRequestTopic(r: Reader, v: number): OffsetDeleteRequestTopic {
  const _name = r.string();
  let _partitions: OffsetDeleteRequestPartition[];
  {
    const n = r.arrayLength(4);
    if (n < 0) {
      throw nullOnWire('OffsetDeleteRequest', v, 'OffsetDeleteRequestTopic.Partitions');
    } else {
      const a: OffsetDeleteRequestPartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetDeleteRequestPartition(r, v));
      _partitions = a;
    }
  }
  return {
    name: _name,
    partitions: _partitions,
  };
}

function encodeOffsetDeleteRequestPartition(w: Writer, o: OffsetDeleteRequestPartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('OffsetDeleteRequest', v, 'OffsetDeleteRequestPartition.PartitionIndex');
  w.int32(_partitionIndex);
}

function decodeOffsetDeleteRequestPartition(r: Reader, v: number): OffsetDeleteRequestPartition {
  const _partitionIndex = r.int32();
  return {
    partitionIndex: _partitionIndex,
  };
}

function encodeOffsetDeleteResponse(w: Writer, o: OffsetDeleteResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('OffsetDeleteResponse', v, 'OffsetDeleteResponse.ErrorCode');
  w.int16(_errorCode);
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('OffsetDeleteResponse', v, 'OffsetDeleteResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _topics = o.topics;
  if (_topics == null) throw missingField('OffsetDeleteResponse', v, 'OffsetDeleteResponse.Topics');
  w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeOffsetDeleteResponseTopic(w, _topics[i], v);
}

function decodeOffsetDeleteResponse(r: Reader, v: number): OffsetDeleteResponse {
  const _errorCode = r.int16();
  const _throttleTimeMs = r.int32();
  let _topics: OffsetDeleteResponseTopic[];
  {
    const n = r.arrayLength(6);
    if (n < 0) {
      throw nullOnWire('OffsetDeleteResponse', v, 'OffsetDeleteResponse.Topics');
    } else {
      const a: OffsetDeleteResponseTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetDeleteResponseTopic(r, v));
      _topics = a;
    }
  }
  return {
    errorCode: _errorCode,
    throttleTimeMs: _throttleTimeMs,
    topics: _topics,
  };
}

function encodeOffsetDeleteResponseTopic(w: Writer, o: OffsetDeleteResponseTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('OffsetDeleteResponse', v, 'OffsetDeleteResponseTopic.Name');
  w.string(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('OffsetDeleteResponse', v, 'OffsetDeleteResponseTopic.Partitions');
  w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeOffsetDeleteResponsePartition(w, _partitions[i], v);
}

function decodeOffsetDeleteResponseTopic(r: Reader, v: number): OffsetDeleteResponseTopic {
  const _name = r.string();
  let _partitions: OffsetDeleteResponsePartition[];
  {
    const n = r.arrayLength(6);
    if (n < 0) {
      throw nullOnWire('OffsetDeleteResponse', v, 'OffsetDeleteResponseTopic.Partitions');
    } else {
      const a: OffsetDeleteResponsePartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeOffsetDeleteResponsePartition(r, v));
      _partitions = a;
    }
  }
  return {
    name: _name,
    partitions: _partitions,
  };
}

function encodeOffsetDeleteResponsePartition(w: Writer, o: OffsetDeleteResponsePartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('OffsetDeleteResponse', v, 'OffsetDeleteResponsePartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('OffsetDeleteResponse', v, 'OffsetDeleteResponsePartition.ErrorCode');
  w.int16(_errorCode);
}

function decodeOffsetDeleteResponsePartition(r: Reader, v: number): OffsetDeleteResponsePartition {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  return {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
  };
}

/** The OffsetDelete API (key 47): versions 0, never flexible. Served by: broker. */
export const OffsetDeleteApi: ApiCodec<OffsetDeleteRequest, OffsetDeleteResponse> = {
  apiKey: 47,
  name: 'OffsetDelete',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: -1,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 1,
  responseHeaderVersion: (_v: number): number => 0,
  encodeRequest(w: Writer, body: OffsetDeleteRequest, v: number): void {
    checkVersion('OffsetDelete', v, 0, 0);
    try {
      encodeOffsetDeleteRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode OffsetDeleteRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): OffsetDeleteRequest {
    checkVersion('OffsetDelete', v, 0, 0);
    try {
      return decodeOffsetDeleteRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode OffsetDeleteRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: OffsetDeleteResponse, v: number): void {
    checkVersion('OffsetDelete', v, 0, 0);
    try {
      encodeOffsetDeleteResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode OffsetDeleteResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): OffsetDeleteResponse {
    checkVersion('OffsetDelete', v, 0, 0);
    try {
      return decodeOffsetDeleteResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode OffsetDeleteResponse v${v}`, e);
    }
  },
};
