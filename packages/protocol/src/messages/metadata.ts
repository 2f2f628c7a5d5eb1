// Generated from MetadataRequest.json, MetadataResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import { type Uuid, ZERO_UUID } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A Metadata request (API key 3): versions 0-13, flexible from 9. */
export interface MetadataRequest {
  /**
   * The topics to fetch metadata for.
   *
   * Versions 0-13; nullable 1-13.
   */
  topics: MetadataRequestTopic[] | null;
  /**
   * If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so.
   *
   * Versions 4-13; default "true".
   */
  allowAutoTopicCreation?: boolean;
  /**
   * Whether to include cluster authorized operations.
   *
   * Versions 8-10.
   */
  includeClusterAuthorizedOperations?: boolean;
  /**
   * Whether to include topic authorized operations.
   *
   * Versions 8-13.
   */
  includeTopicAuthorizedOperations?: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to fetch metadata for. */
export interface MetadataRequestTopic {
  /**
   * The topic id.
   *
   * Versions 10-13; ignorable.
   */
  topicId?: Uuid;
  /**
   * The topic name.
   *
   * Versions 0-13; nullable 10-13.
   */
  name: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A Metadata response (API key 3): versions 0-13, flexible from 9. */
export interface MetadataResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 3-13; ignorable.
   */
  throttleTimeMs?: number;
  /**
   * A list of brokers present in the cluster.
   *
   * Versions 0-13.
   */
  brokers: MetadataResponseBroker[];
  /**
   * The cluster ID that responding broker belongs to.
   *
   * Versions 2-13; nullable 2-13; default "null"; ignorable.
   */
  clusterId?: string | null;
  /**
   * The ID of the controller broker.
   *
   * Versions 1-13; default "-1"; ignorable.
   */
  controllerId?: number;
  /**
   * Each topic in the response.
   *
   * Versions 0-13.
   */
  topics: MetadataResponseTopic[];
  /**
   * 32-bit bitfield to represent authorized operations for this cluster.
   *
   * Versions 8-10; default "-2147483648".
   */
  clusterAuthorizedOperations?: number;
  /**
   * The top-level error code, or 0 if there was no error.
   *
   * Versions 13; ignorable.
   */
  errorCode?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A list of brokers present in the cluster. */
export interface MetadataResponseBroker {
  /**
   * The broker ID.
   *
   * Versions 0-13.
   */
  nodeId: number;
  /**
   * The broker hostname.
   *
   * Versions 0-13.
   */
  host: string;
  /**
   * The broker port.
   *
   * Versions 0-13.
   */
  port: number;
  /**
   * The rack of the broker, or null if it has not been assigned to a rack.
   *
   * Versions 1-13; nullable 1-13; default "null"; ignorable.
   */
  rack?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic in the response. */
export interface MetadataResponseTopic {
  /**
   * The topic error, or 0 if there was no error.
   *
   * Versions 0-13.
   */
  errorCode: number;
  /**
   * The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated.
   *
   * Versions 0-13; nullable 12-13.
   */
  name: string | null;
  /**
   * The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated.
   *
   * Versions 10-13; ignorable.
   */
  topicId?: Uuid;
  /**
   * True if the topic is internal.
   *
   * Versions 1-13; default "false"; ignorable.
   */
  isInternal?: boolean;
  /**
   * Each partition in the topic.
   *
   * Versions 0-13.
   */
  partitions: MetadataResponsePartition[];
  /**
   * 32-bit bitfield to represent authorized operations for this topic.
   *
   * Versions 8-13; default "-2147483648".
   */
  topicAuthorizedOperations?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each partition in the topic. */
export interface MetadataResponsePartition {
  /**
   * The partition error, or 0 if there was no error.
   *
   * Versions 0-13.
   */
  errorCode: number;
  /**
   * The partition index.
   *
   * Versions 0-13.
   */
  partitionIndex: number;
  /**
   * The ID of the leader broker.
   *
   * Versions 0-13.
   */
  leaderId: number;
  /**
   * The leader epoch of this partition.
   *
   * Versions 7-13; default "-1"; ignorable.
   */
  leaderEpoch?: number;
  /**
   * The set of all nodes that host this partition.
   *
   * Versions 0-13.
   */
  replicaNodes: number[];
  /**
   * The set of nodes that are in sync with the leader for this partition.
   *
   * Versions 0-13.
   */
  isrNodes: number[];
  /**
   * The set of offline replicas of this partition.
   *
   * Versions 5-13; ignorable.
   */
  offlineReplicas?: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeMetadataRequest(w: Writer, o: MetadataRequest, v: number): void {
  const _topics = o.topics;
  if (_topics == null && v < 1) throw missingField('MetadataRequest', v, 'MetadataRequest.Topics');
  if (_topics == null) {
    if (v >= 9) w.compactArrayLength(null);
    else w.arrayLength(null);
  } else {
    if (v >= 9) w.compactArrayLength(_topics.length);
    else w.arrayLength(_topics.length);
    for (let i = 0; i < _topics.length; i++) encodeMetadataRequestTopic(w, _topics[i], v);
  }
  if (v >= 4) {
    const _allowAutoTopicCreation = o.allowAutoTopicCreation === undefined ? true : o.allowAutoTopicCreation;
    if (_allowAutoTopicCreation == null) throw missingField('MetadataRequest', v, 'MetadataRequest.AllowAutoTopicCreation');
    w.bool(_allowAutoTopicCreation);
  }
  if (v < 4) {
    const x = o.allowAutoTopicCreation;
    if (x !== undefined && !(x === true)) throw unsupportedField('MetadataRequest', v, 'MetadataRequest.AllowAutoTopicCreation');
  }
  if (v >= 8 && v <= 10) {
    const _includeClusterAuthorizedOperations = o.includeClusterAuthorizedOperations === undefined ? false : o.includeClusterAuthorizedOperations;
    if (_includeClusterAuthorizedOperations == null) throw missingField('MetadataRequest', v, 'MetadataRequest.IncludeClusterAuthorizedOperations');
    w.bool(_includeClusterAuthorizedOperations);
  }
  if (v < 8 || v > 10) {
    const x = o.includeClusterAuthorizedOperations;
    if (x !== undefined && !(x === false)) throw unsupportedField('MetadataRequest', v, 'MetadataRequest.IncludeClusterAuthorizedOperations');
  }
  if (v >= 8) {
    const _includeTopicAuthorizedOperations = o.includeTopicAuthorizedOperations === undefined ? false : o.includeTopicAuthorizedOperations;
    if (_includeTopicAuthorizedOperations == null) throw missingField('MetadataRequest', v, 'MetadataRequest.IncludeTopicAuthorizedOperations');
    w.bool(_includeTopicAuthorizedOperations);
  }
  if (v < 8) {
    const x = o.includeTopicAuthorizedOperations;
    if (x !== undefined && !(x === false)) throw unsupportedField('MetadataRequest', v, 'MetadataRequest.IncludeTopicAuthorizedOperations');
  }
  if (v >= 9) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeMetadataRequest(r: Reader, v: number): MetadataRequest {
  let _topics: MetadataRequestTopic[] | null;
  {
    const n = (v >= 9 ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n < 0) {
      if (!(v >= 1)) throw nullOnWire('MetadataRequest', v, 'MetadataRequest.Topics');
      _topics = null;
    } else {
      const a: MetadataRequestTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeMetadataRequestTopic(r, v));
      _topics = a;
    }
  }
  const _allowAutoTopicCreation: boolean = (v >= 4 ? r.bool() : true);
  const _includeClusterAuthorizedOperations: boolean = (v >= 8 && v <= 10 ? r.bool() : false);
  const _includeTopicAuthorizedOperations: boolean = (v >= 8 ? r.bool() : false);
  const unknownTags = (v >= 9 ? r.taggedFields() : undefined);
  const o: MetadataRequest = {
    topics: _topics,
    allowAutoTopicCreation: _allowAutoTopicCreation,
    includeClusterAuthorizedOperations: _includeClusterAuthorizedOperations,
    includeTopicAuthorizedOperations: _includeTopicAuthorizedOperations,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeMetadataRequestTopic(w: Writer, o: MetadataRequestTopic, v: number): void {
  if (v >= 10) {
    const _topicId = o.topicId === undefined ? ZERO_UUID : o.topicId;
    if (_topicId == null) throw missingField('MetadataRequest', v, 'MetadataRequestTopic.TopicId');
    w.uuid(_topicId);
  }
  const _name = o.name;
  if (_name == null && v < 10) throw missingField('MetadataRequest', v, 'MetadataRequestTopic.Name');
  if (v >= 9) w.compactNullableString(_name);
  else w.nullableString(_name);
  if (v >= 9) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeMetadataRequestTopic(r: Reader, v: number): MetadataRequestTopic {
  const _topicId: Uuid = (v >= 10 ? r.uuid() : ZERO_UUID);
  const _name = (v >= 9 ? (v >= 10 ? r.compactNullableString() : r.compactString()) : (v >= 10 ? r.nullableString() : r.string()));
  const unknownTags = (v >= 9 ? r.taggedFields() : undefined);
  const o: MetadataRequestTopic = {
    topicId: _topicId,
    name: _name,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeMetadataResponse(w: Writer, o: MetadataResponse, v: number): void {
  if (v >= 3) {
    const _throttleTimeMs = o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs;
    if (_throttleTimeMs == null) throw missingField('MetadataResponse', v, 'MetadataResponse.ThrottleTimeMs');
    w.int32(_throttleTimeMs);
  }
  const _brokers = o.brokers;
  if (_brokers == null) throw missingField('MetadataResponse', v, 'MetadataResponse.Brokers');
  if (v >= 9) w.compactArrayLength(_brokers.length);
  else w.arrayLength(_brokers.length);
  for (let i = 0; i < _brokers.length; i++) encodeMetadataResponseBroker(w, _brokers[i], v);
  if (v >= 2) {
    const _clusterId = o.clusterId === undefined ? null : o.clusterId;
    if (v >= 9) w.compactNullableString(_clusterId);
    else w.nullableString(_clusterId);
  }
  if (v >= 1) {
    const _controllerId = o.controllerId === undefined ? -1 : o.controllerId;
    if (_controllerId == null) throw missingField('MetadataResponse', v, 'MetadataResponse.ControllerId');
    w.int32(_controllerId);
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('MetadataResponse', v, 'MetadataResponse.Topics');
  if (v >= 9) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeMetadataResponseTopic(w, _topics[i], v);
  if (v >= 8 && v <= 10) {
    const _clusterAuthorizedOperations = o.clusterAuthorizedOperations === undefined ? -2147483648 : o.clusterAuthorizedOperations;
    if (_clusterAuthorizedOperations == null) throw missingField('MetadataResponse', v, 'MetadataResponse.ClusterAuthorizedOperations');
    w.int32(_clusterAuthorizedOperations);
  }
  if (v < 8 || v > 10) {
    const x = o.clusterAuthorizedOperations;
    if (x !== undefined && !(x === -2147483648)) throw unsupportedField('MetadataResponse', v, 'MetadataResponse.ClusterAuthorizedOperations');
  }
  if (v >= 13) {
    const _errorCode = o.errorCode === undefined ? 0 : o.errorCode;
    if (_errorCode == null) throw missingField('MetadataResponse', v, 'MetadataResponse.ErrorCode');
    w.int16(_errorCode);
  }
  if (v >= 9) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeMetadataResponse(r: Reader, v: number): MetadataResponse {
  const _throttleTimeMs: number = (v >= 3 ? r.int32() : 0);
  let _brokers: MetadataResponseBroker[];
  {
    const n = (v >= 9 ? r.compactArrayLength(10) : r.arrayLength(10));
    if (n < 0) {
      throw nullOnWire('MetadataResponse', v, 'MetadataResponse.Brokers');
    } else {
      const a: MetadataResponseBroker[] = [];
      for (let i = 0; i < n; i++) a.push(decodeMetadataResponseBroker(r, v));
      _brokers = a;
    }
  }
  const _clusterId: string | null = (v >= 2 ? (v >= 9 ? r.compactNullableString() : r.nullableString()) : null);
  const _controllerId: number = (v >= 1 ? r.int32() : -1);
  let _topics: MetadataResponseTopic[];
  {
    const n = (v >= 9 ? r.compactArrayLength(8) : r.arrayLength(8));
    if (n < 0) {
      throw nullOnWire('MetadataResponse', v, 'MetadataResponse.Topics');
    } else {
      const a: MetadataResponseTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeMetadataResponseTopic(r, v));
      _topics = a;
    }
  }
  const _clusterAuthorizedOperations: number = (v >= 8 && v <= 10 ? r.int32() : -2147483648);
  const _errorCode: number = (v >= 13 ? r.int16() : 0);
  const unknownTags = (v >= 9 ? r.taggedFields() : undefined);
  const o: MetadataResponse = {
    throttleTimeMs: _throttleTimeMs,
    brokers: _brokers,
    clusterId: _clusterId,
    controllerId: _controllerId,
    topics: _topics,
    clusterAuthorizedOperations: _clusterAuthorizedOperations,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeMetadataResponseBroker(w: Writer, o: MetadataResponseBroker, v: number): void {
  const _nodeId = o.nodeId;
  if (_nodeId == null) throw missingField('MetadataResponse', v, 'MetadataResponseBroker.NodeId');
  w.int32(_nodeId);
  const _host = o.host;
  if (_host == null) throw missingField('MetadataResponse', v, 'MetadataResponseBroker.Host');
  if (v >= 9) w.compactString(_host);
  else w.string(_host);
  const _port = o.port;
  if (_port == null) throw missingField('MetadataResponse', v, 'MetadataResponseBroker.Port');
  w.int32(_port);
  if (v >= 1) {
    const _rack = o.rack === undefined ? null : o.rack;
    if (v >= 9) w.compactNullableString(_rack);
    else w.nullableString(_rack);
  }
  if (v >= 9) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeMetadataResponseBroker(r: Reader, v: number): MetadataResponseBroker {
  const _nodeId = r.int32();
  const _host = (v >= 9 ? r.compactString() : r.string());
  const _port = r.int32();
  const _rack: string | null = (v >= 1 ? (v >= 9 ? r.compactNullableString() : r.nullableString()) : null);
  const unknownTags = (v >= 9 ? r.taggedFields() : undefined);
  const o: MetadataResponseBroker = {
    nodeId: _nodeId,
    host: _host,
    port: _port,
    rack: _rack,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeMetadataResponseTopic(w: Writer, o: MetadataResponseTopic, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('MetadataResponse', v, 'MetadataResponseTopic.ErrorCode');
  w.int16(_errorCode);
  const _name = o.name;
  if (_name == null && v < 12) throw missingField('MetadataResponse', v, 'MetadataResponseTopic.Name');
  if (v >= 9) w.compactNullableString(_name);
  else w.nullableString(_name);
  if (v >= 10) {
    const _topicId = o.topicId === undefined ? ZERO_UUID : o.topicId;
    if (_topicId == null) throw missingField('MetadataResponse', v, 'MetadataResponseTopic.TopicId');
    w.uuid(_topicId);
  }
  if (v >= 1) {
    const _isInternal = o.isInternal === undefined ? false : o.isInternal;
    if (_isInternal == null) throw missingField('MetadataResponse', v, 'MetadataResponseTopic.IsInternal');
    w.bool(_isInternal);
  }
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('MetadataResponse', v, 'MetadataResponseTopic.Partitions');
  if (v >= 9) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeMetadataResponsePartition(w, _partitions[i], v);
  if (v >= 8) {
    const _topicAuthorizedOperations = o.topicAuthorizedOperations === undefined ? -2147483648 : o.topicAuthorizedOperations;
    if (_topicAuthorizedOperations == null) throw missingField('MetadataResponse', v, 'MetadataResponseTopic.TopicAuthorizedOperations');
    w.int32(_topicAuthorizedOperations);
  }
  if (v < 8) {
    const x = o.topicAuthorizedOperations;
    if (x !== undefined && !(x === -2147483648)) throw unsupportedField('MetadataResponse', v, 'MetadataResponseTopic.TopicAuthorizedOperations');
  }
  if (v >= 9) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeMetadataResponseTopic(r: Reader, v: number): MetadataResponseTopic {
  const _errorCode = r.int16();
  const _name = (v >= 9 ? (v >= 12 ? r.compactNullableString() : r.compactString()) : (v >= 12 ? r.nullableString() : r.string()));
  const _topicId: Uuid = (v >= 10 ? r.uuid() : ZERO_UUID);
  const _isInternal: boolean = (v >= 1 ? r.bool() : false);
  let _partitions: MetadataResponsePartition[];
  {
    const n = (v >= 9 ? r.compactArrayLength(18) : r.arrayLength(18));
    if (n < 0) {
      throw nullOnWire('MetadataResponse', v, 'MetadataResponseTopic.Partitions');
    } else {
      const a: MetadataResponsePartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeMetadataResponsePartition(r, v));
      _partitions = a;
    }
  }
  const _topicAuthorizedOperations: number = (v >= 8 ? r.int32() : -2147483648);
  const unknownTags = (v >= 9 ? r.taggedFields() : undefined);
  const o: MetadataResponseTopic = {
    errorCode: _errorCode,
    name: _name,
    topicId: _topicId,
    isInternal: _isInternal,
    partitions: _partitions,
    topicAuthorizedOperations: _topicAuthorizedOperations,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeMetadataResponsePartition(w: Writer, o: MetadataResponsePartition, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('MetadataResponse', v, 'MetadataResponsePartition.ErrorCode');
  w.int16(_errorCode);
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('MetadataResponse', v, 'MetadataResponsePartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _leaderId = o.leaderId;
  if (_leaderId == null) throw missingField('MetadataResponse', v, 'MetadataResponsePartition.LeaderId');
  w.int32(_leaderId);
  if (v >= 7) {
    const _leaderEpoch = o.leaderEpoch === undefined ? -1 : o.leaderEpoch;
    if (_leaderEpoch == null) throw missingField('MetadataResponse', v, 'MetadataResponsePartition.LeaderEpoch');
    w.int32(_leaderEpoch);
  }
  const _replicaNodes = o.replicaNodes;
  if (_replicaNodes == null) throw missingField('MetadataResponse', v, 'MetadataResponsePartition.ReplicaNodes');
  if (v >= 9) w.compactArrayLength(_replicaNodes.length);
  else w.arrayLength(_replicaNodes.length);
  for (let i = 0; i < _replicaNodes.length; i++) w.int32(_replicaNodes[i]);
  const _isrNodes = o.isrNodes;
  if (_isrNodes == null) throw missingField('MetadataResponse', v, 'MetadataResponsePartition.IsrNodes');
  if (v >= 9) w.compactArrayLength(_isrNodes.length);
  else w.arrayLength(_isrNodes.length);
  for (let i = 0; i < _isrNodes.length; i++) w.int32(_isrNodes[i]);
  if (v >= 5) {
    const _offlineReplicas = o.offlineReplicas === undefined ? [] : o.offlineReplicas;
    if (_offlineReplicas == null) throw missingField('MetadataResponse', v, 'MetadataResponsePartition.OfflineReplicas');
    if (v >= 9) w.compactArrayLength(_offlineReplicas.length);
    else w.arrayLength(_offlineReplicas.length);
    for (let i = 0; i < _offlineReplicas.length; i++) w.int32(_offlineReplicas[i]);
  }
  if (v >= 9) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeMetadataResponsePartition(r: Reader, v: number): MetadataResponsePartition {
  const _errorCode = r.int16();
  const _partitionIndex = r.int32();
  const _leaderId = r.int32();
  const _leaderEpoch: number = (v >= 7 ? r.int32() : -1);
  let _replicaNodes: number[];
  {
    const n = (v >= 9 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('MetadataResponse', v, 'MetadataResponsePartition.ReplicaNodes');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _replicaNodes = a;
    }
  }
  let _isrNodes: number[];
  {
    const n = (v >= 9 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('MetadataResponse', v, 'MetadataResponsePartition.IsrNodes');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _isrNodes = a;
    }
  }
  let _offlineReplicas: number[] = [];
  if (v >= 5) {
    const n = (v >= 9 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('MetadataResponse', v, 'MetadataResponsePartition.OfflineReplicas');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _offlineReplicas = a;
    }
  }
  const unknownTags = (v >= 9 ? r.taggedFields() : undefined);
  const o: MetadataResponsePartition = {
    errorCode: _errorCode,
    partitionIndex: _partitionIndex,
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
    replicaNodes: _replicaNodes,
    isrNodes: _isrNodes,
    offlineReplicas: _offlineReplicas,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The Metadata API (key 3): versions 0-13, flexible from 9. Served by: broker. */
export const MetadataApi: ApiCodec<MetadataRequest, MetadataResponse> = {
  apiKey: 3,
  name: 'Metadata',
  minVersion: 0,
  maxVersion: 13,
  flexibleFrom: 9,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 9 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 9 ? 1 : 0),
  encodeRequest(w: Writer, body: MetadataRequest, v: number): void {
    checkVersion('Metadata', v, 0, 13);
    try {
      encodeMetadataRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode MetadataRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): MetadataRequest {
    checkVersion('Metadata', v, 0, 13);
    try {
      return decodeMetadataRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode MetadataRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: MetadataResponse, v: number): void {
    checkVersion('Metadata', v, 0, 13);
    try {
      encodeMetadataResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode MetadataResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): MetadataResponse {
    checkVersion('Metadata', v, 0, 13);
    try {
      return decodeMetadataResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode MetadataResponse v${v}`, e);
    }
  },
};
