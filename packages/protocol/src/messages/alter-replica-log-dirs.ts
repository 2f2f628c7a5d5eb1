// Generated from AlterReplicaLogDirsRequest.json, AlterReplicaLogDirsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A AlterReplicaLogDirs request (API key 34): versions 1-2, flexible from 2. */
export interface AlterReplicaLogDirsRequest {
  /**
   * The alterations to make for each directory.
   *
   * Versions 1-2.
   */
  dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The alterations to make for each directory. */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDir {
  /**
   * The absolute directory path.
   *
   * Versions 1-2.
   */
  path: string;
  /**
   * The topics to add to the directory.
   *
   * Versions 1-2.
   */
  topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to add to the directory. */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  /**
   * The topic name.
   *
   * Versions 1-2.
   */
  name: string;
  /**
   * The partition indexes.
   *
   * Versions 1-2.
   */
  partitions: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A AlterReplicaLogDirs response (API key 34): versions 1-2, flexible from 2. */
export interface AlterReplicaLogDirsResponse {
  /**
   * Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-2.
   */
  throttleTimeMs: number;
  /**
   * The results for each topic.
   *
   * Versions 1-2.
   */
  results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each topic. */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  /**
   * The name of the topic.
   *
   * Versions 1-2.
   */
  topicName: string;
  /**
   * The results for each partition.
   *
   * Versions 1-2.
   */
  partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each partition. */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  /**
   * The partition index.
   *
   * Versions 1-2.
   */
  partitionIndex: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 1-2.
   */
  errorCode: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeAlterReplicaLogDirsRequest(w: Writer, o: AlterReplicaLogDirsRequest, v: number): void {
  const _dirs = o.dirs;
  if (_dirs == null) throw missingField('AlterReplicaLogDirsRequest', v, 'AlterReplicaLogDirsRequest.Dirs');
  if (v >= 2) w.compactArrayLength(_dirs.length);
  else w.arrayLength(_dirs.length);
  for (let i = 0; i < _dirs.length; i++) encodeAlterReplicaLogDirsRequestAlterReplicaLogDir(w, _dirs[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterReplicaLogDirsRequest(r: Reader, v: number): AlterReplicaLogDirsRequest {
  let _dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[];
  {
    const n = (v >= 2 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('AlterReplicaLogDirsRequest', v, 'AlterReplicaLogDirsRequest.Dirs');
    } else {
      const a: AlterReplicaLogDirsRequestAlterReplicaLogDir[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterReplicaLogDirsRequestAlterReplicaLogDir(r, v));
      _dirs = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: AlterReplicaLogDirsRequest = {
    dirs: _dirs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterReplicaLogDirsRequestAlterReplicaLogDir(w: Writer, o: AlterReplicaLogDirsRequestAlterReplicaLogDir, v: number): void {
  const _path = o.path;
  if (_path == null) throw missingField('AlterReplicaLogDirsRequest', v, 'AlterReplicaLogDir.Path');
  if (v >= 2) w.compactString(_path);
  else w.string(_path);
  const _topics = o.topics;
  if (_topics == null) throw missingField('AlterReplicaLogDirsRequest', v, 'AlterReplicaLogDir.Topics');
  if (v >= 2) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w, _topics[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterReplicaLogDirsRequestAlterReplicaLogDir(r: Reader, v: number): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  const _path = (v >= 2 ? r.compactString() : r.string());
  let _topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
  {
    const n = (v >= 2 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('AlterReplicaLogDirsRequest', v, 'AlterReplicaLogDir.Topics');
    } else {
      const a: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r, v));
      _topics = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: AlterReplicaLogDirsRequestAlterReplicaLogDir = {
    path: _path,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w: Writer, o: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('AlterReplicaLogDirsRequest', v, 'AlterReplicaLogDirTopic.Name');
  if (v >= 2) w.compactString(_name);
  else w.string(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('AlterReplicaLogDirsRequest', v, 'AlterReplicaLogDirTopic.Partitions');
  if (v >= 2) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) w.int32(_partitions[i]);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r: Reader, v: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  const _name = (v >= 2 ? r.compactString() : r.string());
  let _partitions: number[];
  {
    const n = (v >= 2 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('AlterReplicaLogDirsRequest', v, 'AlterReplicaLogDirTopic.Partitions');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitions = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterReplicaLogDirsResponse(w: Writer, o: AlterReplicaLogDirsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('AlterReplicaLogDirsResponse', v, 'AlterReplicaLogDirsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _results = o.results;
  if (_results == null) throw missingField('AlterReplicaLogDirsResponse', v, 'AlterReplicaLogDirsResponse.Results');
  if (v >= 2) w.compactArrayLength(_results.length);
  else w.arrayLength(_results.length);
  for (let i = 0; i < _results.length; i++) encodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w, _results[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterReplicaLogDirsResponse(r: Reader, v: number): AlterReplicaLogDirsResponse {
  const _throttleTimeMs = r.int32();
  let _results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
  {
    const n = (v >= 2 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('AlterReplicaLogDirsResponse', v, 'AlterReplicaLogDirsResponse.Results');
    } else {
      const a: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r, v));
      _results = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: AlterReplicaLogDirsResponse = {
    throttleTimeMs: _throttleTimeMs,
    results: _results,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w: Writer, o: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('AlterReplicaLogDirsResponse', v, 'AlterReplicaLogDirTopicResult.TopicName');
  if (v >= 2) w.compactString(_topicName);
  else w.string(_topicName);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('AlterReplicaLogDirsResponse', v, 'AlterReplicaLogDirTopicResult.Partitions');
  if (v >= 2) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w, _partitions[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r: Reader, v: number): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  const _topicName = (v >= 2 ? r.compactString() : r.string());
  let _partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
  {
    const n = (v >= 2 ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n < 0) {
      throw nullOnWire('AlterReplicaLogDirsResponse', v, 'AlterReplicaLogDirTopicResult.Partitions');
    } else {
      const a: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult = {
    topicName: _topicName,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w: Writer, o: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('AlterReplicaLogDirsResponse', v, 'AlterReplicaLogDirPartitionResult.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AlterReplicaLogDirsResponse', v, 'AlterReplicaLogDirPartitionResult.ErrorCode');
  w.int16(_errorCode);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r: Reader, v: number): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The AlterReplicaLogDirs API (key 34): versions 1-2, flexible from 2. Served by: broker. */
export const AlterReplicaLogDirsApi: ApiCodec<AlterReplicaLogDirsRequest, AlterReplicaLogDirsResponse> = {
  apiKey: 34,
  name: 'AlterReplicaLogDirs',
  minVersion: 1,
  maxVersion: 2,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: AlterReplicaLogDirsRequest, v: number): void {
    checkVersion('AlterReplicaLogDirs', v, 1, 2);
    try {
      encodeAlterReplicaLogDirsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AlterReplicaLogDirsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): AlterReplicaLogDirsRequest {
    checkVersion('AlterReplicaLogDirs', v, 1, 2);
    try {
      return decodeAlterReplicaLogDirsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AlterReplicaLogDirsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: AlterReplicaLogDirsResponse, v: number): void {
    checkVersion('AlterReplicaLogDirs', v, 1, 2);
    try {
      encodeAlterReplicaLogDirsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AlterReplicaLogDirsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): AlterReplicaLogDirsResponse {
    checkVersion('AlterReplicaLogDirs', v, 1, 2);
    try {
      return decodeAlterReplicaLogDirsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AlterReplicaLogDirsResponse v${v}`, e);
    }
  },
};
