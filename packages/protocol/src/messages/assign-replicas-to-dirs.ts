// Generated from AssignReplicasToDirsRequest.json, AssignReplicasToDirsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A AssignReplicasToDirs request (API key 73): versions 0, flexible from 0. */
export interface AssignReplicasToDirsRequest {
  /**
   * The ID of the requesting broker.
   *
   * Versions 0.
   */
  brokerId: number;
  /**
   * The epoch of the requesting broker.
   *
   * Versions 0; default "-1".
   */
  brokerEpoch?: bigint;
  /**
   * The directories to which replicas should be assigned.
   *
   * Versions 0.
   */
  directories: AssignReplicasToDirsRequestDirectoryData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The directories to which replicas should be assigned. */
export interface AssignReplicasToDirsRequestDirectoryData {
  /**
   * The ID of the directory.
   *
   * Versions 0.
   */
  id: Uuid;
  /**
   * The topics assigned to the directory.
   *
   * Versions 0.
   */
  topics: AssignReplicasToDirsRequestTopicData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics assigned to the directory. */
export interface AssignReplicasToDirsRequestTopicData {
  /**
   * The ID of the assigned topic.
   *
   * Versions 0.
   */
  topicId: Uuid;
  /**
   * The partitions assigned to the directory.
   *
   * Versions 0.
   */
  partitions: AssignReplicasToDirsRequestPartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions assigned to the directory. */
export interface AssignReplicasToDirsRequestPartitionData {
  /**
   * The partition index.
   *
   * Versions 0.
   */
  partitionIndex: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A AssignReplicasToDirs response (API key 73): versions 0, flexible from 0. */
export interface AssignReplicasToDirsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0.
   */
  throttleTimeMs: number;
  /**
   * The top level response error code.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The list of directories and their assigned partitions.
   *
   * Versions 0.
   */
  directories: AssignReplicasToDirsResponseDirectoryData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The list of directories and their assigned partitions. */
export interface AssignReplicasToDirsResponseDirectoryData {
  /**
   * The ID of the directory.
   *
   * Versions 0.
   */
  id: Uuid;
  /**
   * The list of topics and their assigned partitions.
   *
   * Versions 0.
   */
  topics: AssignReplicasToDirsResponseTopicData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The list of topics and their assigned partitions. */
export interface AssignReplicasToDirsResponseTopicData {
  /**
   * The ID of the assigned topic.
   *
   * Versions 0.
   */
  topicId: Uuid;
  /**
   * The list of assigned partitions.
   *
   * Versions 0.
   */
  partitions: AssignReplicasToDirsResponsePartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The list of assigned partitions. */
export interface AssignReplicasToDirsResponsePartitionData {
  /**
   * The partition index.
   *
   * Versions 0.
   */
  partitionIndex: number;
  /**
   * The partition level error code.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeAssignReplicasToDirsRequest(w: Writer, o: AssignReplicasToDirsRequest, v: number): void {
  const _brokerId = o.brokerId;
  if (_brokerId == null) throw missingField('AssignReplicasToDirsRequest', v, 'AssignReplicasToDirsRequest.BrokerId');
  w.int32(_brokerId);
  const _brokerEpoch = o.brokerEpoch === undefined ? -1n : o.brokerEpoch;
  if (_brokerEpoch == null) throw missingField('AssignReplicasToDirsRequest', v, 'AssignReplicasToDirsRequest.BrokerEpoch');
  w.int64(_brokerEpoch);
  const _directories = o.directories;
  if (_directories == null) throw missingField('AssignReplicasToDirsRequest', v, 'AssignReplicasToDirsRequest.Directories');
  w.compactArrayLength(_directories.length);
  for (let i = 0; i < _directories.length; i++) encodeAssignReplicasToDirsRequestDirectoryData(w, _directories[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAssignReplicasToDirsRequest(r: Reader, v: number): AssignReplicasToDirsRequest {
  const _brokerId = r.int32();
  const _brokerEpoch = r.int64();
  let _directories: AssignReplicasToDirsRequestDirectoryData[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('AssignReplicasToDirsRequest', v, 'AssignReplicasToDirsRequest.Directories');
    } else {
      const a: AssignReplicasToDirsRequestDirectoryData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAssignReplicasToDirsRequestDirectoryData(r, v));
      _directories = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AssignReplicasToDirsRequest = {
    brokerId: _brokerId,
    brokerEpoch: _brokerEpoch,
    directories: _directories,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAssignReplicasToDirsRequestDirectoryData(w: Writer, o: AssignReplicasToDirsRequestDirectoryData, v: number): void {
  const _id = o.id;
  if (_id == null) throw missingField('AssignReplicasToDirsRequest', v, 'DirectoryData.Id');
  w.uuid(_id);
  const _topics = o.topics;
  if (_topics == null) throw missingField('AssignReplicasToDirsRequest', v, 'DirectoryData.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeAssignReplicasToDirsRequestTopicData(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAssignReplicasToDirsRequestDirectoryData(r: Reader, v: number): AssignReplicasToDirsRequestDirectoryData {
  const _id = r.uuid();
  let _topics: AssignReplicasToDirsRequestTopicData[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('AssignReplicasToDirsRequest', v, 'DirectoryData.Topics');
    } else {
      const a: AssignReplicasToDirsRequestTopicData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAssignReplicasToDirsRequestTopicData(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AssignReplicasToDirsRequestDirectoryData = {
    id: _id,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAssignReplicasToDirsRequestTopicData(w: Writer, o: AssignReplicasToDirsRequestTopicData, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('AssignReplicasToDirsRequest', v, 'TopicData.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('AssignReplicasToDirsRequest', v, 'TopicData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeAssignReplicasToDirsRequestPartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAssignReplicasToDirsRequestTopicData(r: Reader, v: number): AssignReplicasToDirsRequestTopicData {
  const _topicId = r.uuid();
  let _partitions: AssignReplicasToDirsRequestPartitionData[];
  {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('AssignReplicasToDirsRequest', v, 'TopicData.Partitions');
    } else {
      const a: AssignReplicasToDirsRequestPartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAssignReplicasToDirsRequestPartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AssignReplicasToDirsRequestTopicData = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAssignReplicasToDirsRequestPartitionData(w: Writer, o: AssignReplicasToDirsRequestPartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('AssignReplicasToDirsRequest', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAssignReplicasToDirsRequestPartitionData(r: Reader, v: number): AssignReplicasToDirsRequestPartitionData {
  const _partitionIndex = r.int32();
  const unknownTags = r.taggedFields();
  const o: AssignReplicasToDirsRequestPartitionData = {
    partitionIndex: _partitionIndex,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAssignReplicasToDirsResponse(w: Writer, o: AssignReplicasToDirsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('AssignReplicasToDirsResponse', v, 'AssignReplicasToDirsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AssignReplicasToDirsResponse', v, 'AssignReplicasToDirsResponse.ErrorCode');
  w.int16(_errorCode);
  const _directories = o.directories;
  if (_directories == null) throw missingField('AssignReplicasToDirsResponse', v, 'AssignReplicasToDirsResponse.Directories');
  w.compactArrayLength(_directories.length);
  for (let i = 0; i < _directories.length; i++) encodeAssignReplicasToDirsResponseDirectoryData(w, _directories[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAssignReplicasToDirsResponse(r: Reader, v: number): AssignReplicasToDirsResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  let _directories: AssignReplicasToDirsResponseDirectoryData[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('AssignReplicasToDirsResponse', v, 'AssignReplicasToDirsResponse.Directories');
    } else {
      const a: AssignReplicasToDirsResponseDirectoryData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAssignReplicasToDirsResponseDirectoryData(r, v));
      _directories = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AssignReplicasToDirsResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    directories: _directories,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAssignReplicasToDirsResponseDirectoryData(w: Writer, o: AssignReplicasToDirsResponseDirectoryData, v: number): void {
  const _id = o.id;
  if (_id == null) throw missingField('AssignReplicasToDirsResponse', v, 'DirectoryData.Id');
  w.uuid(_id);
  const _topics = o.topics;
  if (_topics == null) throw missingField('AssignReplicasToDirsResponse', v, 'DirectoryData.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeAssignReplicasToDirsResponseTopicData(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAssignReplicasToDirsResponseDirectoryData(r: Reader, v: number): AssignReplicasToDirsResponseDirectoryData {
  const _id = r.uuid();
  let _topics: AssignReplicasToDirsResponseTopicData[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('AssignReplicasToDirsResponse', v, 'DirectoryData.Topics');
    } else {
      const a: AssignReplicasToDirsResponseTopicData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAssignReplicasToDirsResponseTopicData(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AssignReplicasToDirsResponseDirectoryData = {
    id: _id,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAssignReplicasToDirsResponseTopicData(w: Writer, o: AssignReplicasToDirsResponseTopicData, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('AssignReplicasToDirsResponse', v, 'TopicData.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('AssignReplicasToDirsResponse', v, 'TopicData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeAssignReplicasToDirsResponsePartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAssignReplicasToDirsResponseTopicData(r: Reader, v: number): AssignReplicasToDirsResponseTopicData {
  const _topicId = r.uuid();
  let _partitions: AssignReplicasToDirsResponsePartitionData[];
  {
    const n = r.compactArrayLength(7);
    if (n < 0) {
      throw nullOnWire('AssignReplicasToDirsResponse', v, 'TopicData.Partitions');
    } else {
      const a: AssignReplicasToDirsResponsePartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAssignReplicasToDirsResponsePartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AssignReplicasToDirsResponseTopicData = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAssignReplicasToDirsResponsePartitionData(w: Writer, o: AssignReplicasToDirsResponsePartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('AssignReplicasToDirsResponse', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AssignReplicasToDirsResponse', v, 'PartitionData.ErrorCode');
  w.int16(_errorCode);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAssignReplicasToDirsResponsePartitionData(r: Reader, v: number): AssignReplicasToDirsResponsePartitionData {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const unknownTags = r.taggedFields();
  const o: AssignReplicasToDirsResponsePartitionData = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The AssignReplicasToDirs API (key 73): versions 0, flexible from 0. Served by: controller.
 */
export const AssignReplicasToDirsApi: ApiCodec<AssignReplicasToDirsRequest, AssignReplicasToDirsResponse> = {
  apiKey: 73,
  name: 'AssignReplicasToDirs',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: AssignReplicasToDirsRequest, v: number): void {
    checkVersion('AssignReplicasToDirs', v, 0, 0);
    try {
      encodeAssignReplicasToDirsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AssignReplicasToDirsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): AssignReplicasToDirsRequest {
    checkVersion('AssignReplicasToDirs', v, 0, 0);
    try {
      return decodeAssignReplicasToDirsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AssignReplicasToDirsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: AssignReplicasToDirsResponse, v: number): void {
    checkVersion('AssignReplicasToDirs', v, 0, 0);
    try {
      encodeAssignReplicasToDirsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AssignReplicasToDirsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): AssignReplicasToDirsResponse {
    checkVersion('AssignReplicasToDirs', v, 0, 0);
    try {
      return decodeAssignReplicasToDirsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AssignReplicasToDirsResponse v${v}`, e);
    }
  },
};
