// Generated from DescribeLogDirsRequest.json, DescribeLogDirsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A DescribeLogDirs request (API key 35): versions 1-5, flexible from 2. */
export interface DescribeLogDirsRequest {
  /**
   * Each topic that we want to describe log directories for, or null for all topics.
   *
   * Versions 1-5; nullable 1-5.
   */
  topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic that we want to describe log directories for, or null for all topics. */
export interface DescribeLogDirsRequestDescribableLogDirTopic {
  /**
   * The topic name.
   *
   * Versions 1-5.
   */
  topic: string;
  /**
   * The partition indexes.
   *
   * Versions 1-5.
   */
  partitions: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DescribeLogDirs response (API key 35): versions 1-5, flexible from 2. */
export interface DescribeLogDirsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-5.
   */
  throttleTimeMs: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 3-5; ignorable.
   */
  errorCode?: number;
  /**
   * The log directories.
   *
   * Versions 1-5.
   */
  results: DescribeLogDirsResponseDescribeLogDirsResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The log directories. */
export interface DescribeLogDirsResponseDescribeLogDirsResult {
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 1-5.
   */
  errorCode: number;
  /**
   * The absolute log directory path.
   *
   * Versions 1-5.
   */
  logDir: string;
  /**
   * The topics.
   *
   * Versions 1-5.
   */
  topics: DescribeLogDirsResponseDescribeLogDirsTopic[];
  /**
   * The total size in bytes of the volume the log directory is in. This value does not include the size of data stored in remote storage.
   *
   * Versions 4-5; default "-1"; ignorable.
   */
  totalBytes?: bigint;
  /**
   * The usable size in bytes of the volume the log directory is in. This value does not include the size of data stored in remote storage.
   *
   * Versions 4-5; default "-1"; ignorable.
   */
  usableBytes?: bigint;
  /**
   * True if this log directory is cordoned.
   *
   * Versions 5; default false; ignorable.
   */
  isCordoned?: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics. */
export interface DescribeLogDirsResponseDescribeLogDirsTopic {
  /**
   * The topic name.
   *
   * Versions 1-5.
   */
  name: string;
  /**
   * The partitions.
   *
   * Versions 1-5.
   */
  partitions: DescribeLogDirsResponseDescribeLogDirsPartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions. */
export interface DescribeLogDirsResponseDescribeLogDirsPartition {
  /**
   * The partition index.
   *
   * Versions 1-5.
   */
  partitionIndex: number;
  /**
   * The size of the log segments in this partition in bytes.
   *
   * Versions 1-5.
   */
  partitionSize: bigint;
  /**
   * The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition).
   *
   * Versions 1-5.
   */
  offsetLag: bigint;
  /**
   * True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future.
   *
   * Versions 1-5.
   */
  isFutureKey: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDescribeLogDirsRequest(w: Writer, o: DescribeLogDirsRequest, v: number): void {
  const _topics = o.topics;
  if (_topics == null) {
    if (v >= 2) w.compactArrayLength(null);
    else w.arrayLength(null);
  } else {
    if (v >= 2) w.compactArrayLength(_topics.length);
    else w.arrayLength(_topics.length);
    for (let i = 0; i < _topics.length; i++) encodeDescribeLogDirsRequestDescribableLogDirTopic(w, _topics[i], v);
  }
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeLogDirsRequest(r: Reader, v: number): DescribeLogDirsRequest {
  let _topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null;
  {
    const n = (v >= 2 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      _topics = null;
    } else {
      const a: DescribeLogDirsRequestDescribableLogDirTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeLogDirsRequestDescribableLogDirTopic(r, v));
      _topics = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeLogDirsRequest = {
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeLogDirsRequestDescribableLogDirTopic(w: Writer, o: DescribeLogDirsRequestDescribableLogDirTopic, v: number): void {
  const _topic = o.topic;
  if (_topic == null) throw missingField('DescribeLogDirsRequest', v, 'DescribableLogDirTopic.Topic');
  if (v >= 2) w.compactString(_topic);
  else w.string(_topic);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('DescribeLogDirsRequest', v, 'DescribableLogDirTopic.Partitions');
  if (v >= 2) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) w.int32(_partitions[i]);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeLogDirsRequestDescribableLogDirTopic(r: Reader, v: number): DescribeLogDirsRequestDescribableLogDirTopic {
  const _topic = (v >= 2 ? r.compactString() : r.string());
  let _partitions: number[];
  {
    const n = (v >= 2 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('DescribeLogDirsRequest', v, 'DescribableLogDirTopic.Partitions');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitions = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeLogDirsRequestDescribableLogDirTopic = {
    topic: _topic,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeLogDirsResponse(w: Writer, o: DescribeLogDirsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  if (v >= 3) {
    const _errorCode = o.errorCode === undefined ? 0 : o.errorCode;
    if (_errorCode == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsResponse.ErrorCode');
    w.int16(_errorCode);
  }
  const _results = o.results;
  if (_results == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsResponse.Results');
  if (v >= 2) w.compactArrayLength(_results.length);
  else w.arrayLength(_results.length);
  for (let i = 0; i < _results.length; i++) encodeDescribeLogDirsResponseDescribeLogDirsResult(w, _results[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeLogDirsResponse(r: Reader, v: number): DescribeLogDirsResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode: number = (v >= 3 ? r.int16() : 0);
  let _results: DescribeLogDirsResponseDescribeLogDirsResult[];
  {
    const n = (v >= 2 ? r.compactArrayLength(5) : r.arrayLength(5));
    if (n < 0) {
      throw nullOnWire('DescribeLogDirsResponse', v, 'DescribeLogDirsResponse.Results');
    } else {
      const a: DescribeLogDirsResponseDescribeLogDirsResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeLogDirsResponseDescribeLogDirsResult(r, v));
      _results = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeLogDirsResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    results: _results,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeLogDirsResponseDescribeLogDirsResult(w: Writer, o: DescribeLogDirsResponseDescribeLogDirsResult, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsResult.ErrorCode');
  w.int16(_errorCode);
  const _logDir = o.logDir;
  if (_logDir == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsResult.LogDir');
  if (v >= 2) w.compactString(_logDir);
  else w.string(_logDir);
  const _topics = o.topics;
  if (_topics == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsResult.Topics');
  if (v >= 2) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeDescribeLogDirsResponseDescribeLogDirsTopic(w, _topics[i], v);
  if (v >= 4) {
    const _totalBytes = o.totalBytes === undefined ? -1n : o.totalBytes;
    if (_totalBytes == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsResult.TotalBytes');
    w.int64(_totalBytes);
  }
  if (v >= 4) {
    const _usableBytes = o.usableBytes === undefined ? -1n : o.usableBytes;
    if (_usableBytes == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsResult.UsableBytes');
    w.int64(_usableBytes);
  }
  if (v >= 5) {
    const _isCordoned = o.isCordoned === undefined ? false : o.isCordoned;
    if (_isCordoned == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsResult.IsCordoned');
    w.bool(_isCordoned);
  }
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeLogDirsResponseDescribeLogDirsResult(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsResult {
  const _errorCode = r.int16();
  const _logDir = (v >= 2 ? r.compactString() : r.string());
  let _topics: DescribeLogDirsResponseDescribeLogDirsTopic[];
  {
    const n = (v >= 2 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('DescribeLogDirsResponse', v, 'DescribeLogDirsResult.Topics');
    } else {
      const a: DescribeLogDirsResponseDescribeLogDirsTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeLogDirsResponseDescribeLogDirsTopic(r, v));
      _topics = a;
    }
  }
  const _totalBytes: bigint = (v >= 4 ? r.int64() : -1n);
  const _usableBytes: bigint = (v >= 4 ? r.int64() : -1n);
  const _isCordoned: boolean = (v >= 5 ? r.bool() : false);
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeLogDirsResponseDescribeLogDirsResult = {
    errorCode: _errorCode,
    logDir: _logDir,
    topics: _topics,
    totalBytes: _totalBytes,
    usableBytes: _usableBytes,
    isCordoned: _isCordoned,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeLogDirsResponseDescribeLogDirsTopic(w: Writer, o: DescribeLogDirsResponseDescribeLogDirsTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsTopic.Name');
  if (v >= 2) w.compactString(_name);
  else w.string(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsTopic.Partitions');
  if (v >= 2) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeDescribeLogDirsResponseDescribeLogDirsPartition(w, _partitions[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeLogDirsResponseDescribeLogDirsTopic(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsTopic {
  const _name = (v >= 2 ? r.compactString() : r.string());
  let _partitions: DescribeLogDirsResponseDescribeLogDirsPartition[];
  {
    const n = (v >= 2 ? r.compactArrayLength(21) : r.arrayLength(21));
    if (n < 0) {
      throw nullOnWire('DescribeLogDirsResponse', v, 'DescribeLogDirsTopic.Partitions');
    } else {
      const a: DescribeLogDirsResponseDescribeLogDirsPartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeLogDirsResponseDescribeLogDirsPartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeLogDirsResponseDescribeLogDirsTopic = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeLogDirsResponseDescribeLogDirsPartition(w: Writer, o: DescribeLogDirsResponseDescribeLogDirsPartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsPartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _partitionSize = o.partitionSize;
  if (_partitionSize == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsPartition.PartitionSize');
  w.int64(_partitionSize);
  const _offsetLag = o.offsetLag;
  if (_offsetLag == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsPartition.OffsetLag');
  w.int64(_offsetLag);
  const _isFutureKey = o.isFutureKey;
  if (_isFutureKey == null) throw missingField('DescribeLogDirsResponse', v, 'DescribeLogDirsPartition.IsFutureKey');
  w.bool(_isFutureKey);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeLogDirsResponseDescribeLogDirsPartition(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsPartition {
  const _partitionIndex = r.int32();
  const _partitionSize = r.int64();
  const _offsetLag = r.int64();
  const _isFutureKey = r.bool();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeLogDirsResponseDescribeLogDirsPartition = {
    partitionIndex: _partitionIndex,
    partitionSize: _partitionSize,
    offsetLag: _offsetLag,
    isFutureKey: _isFutureKey,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The DescribeLogDirs API (key 35): versions 1-5, flexible from 2. Served by: broker. */
export const DescribeLogDirsApi: ApiCodec<DescribeLogDirsRequest, DescribeLogDirsResponse> = {
  apiKey: 35,
  name: 'DescribeLogDirs',
  minVersion: 1,
  maxVersion: 5,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: DescribeLogDirsRequest, v: number): void {
    checkVersion('DescribeLogDirs', v, 1, 5);
    try {
      encodeDescribeLogDirsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeLogDirsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DescribeLogDirsRequest {
    checkVersion('DescribeLogDirs', v, 1, 5);
    try {
      return decodeDescribeLogDirsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeLogDirsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DescribeLogDirsResponse, v: number): void {
    checkVersion('DescribeLogDirs', v, 1, 5);
    try {
      encodeDescribeLogDirsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeLogDirsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DescribeLogDirsResponse {
    checkVersion('DescribeLogDirs', v, 1, 5);
    try {
      return decodeDescribeLogDirsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeLogDirsResponse v${v}`, e);
    }
  },
};
