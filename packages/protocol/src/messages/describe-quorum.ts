// Generated from DescribeQuorumRequest.json, DescribeQuorumResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import { type Uuid, ZERO_UUID } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A DescribeQuorum request (API key 55): versions 0-2, flexible from 0. */
export interface DescribeQuorumRequest {
  /**
   * The topics to describe.
   *
   * Versions 0-2.
   */
  topics: DescribeQuorumRequestTopicData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to describe. */
export interface DescribeQuorumRequestTopicData {
  /**
   * The topic name.
   *
   * Versions 0-2.
   */
  topicName: string;
  /**
   * The partitions to describe.
   *
   * Versions 0-2.
   */
  partitions: DescribeQuorumRequestPartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions to describe. */
export interface DescribeQuorumRequestPartitionData {
  /**
   * The partition index.
   *
   * Versions 0-2.
   */
  partitionIndex: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DescribeQuorum response (API key 55): versions 0-2, flexible from 0. */
export interface DescribeQuorumResponse {
  /**
   * The top level error code.
   *
   * Versions 0-2.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 2; nullable 2; ignorable.
   */
  errorMessage?: string | null;
  /**
   * The response from the describe quorum API.
   *
   * Versions 0-2.
   */
  topics: DescribeQuorumResponseTopicData[];
  /**
   * The nodes in the quorum.
   *
   * Versions 2.
   */
  nodes?: DescribeQuorumResponseNode[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The response from the describe quorum API. */
export interface DescribeQuorumResponseTopicData {
  /**
   * The topic name.
   *
   * Versions 0-2.
   */
  topicName: string;
  /**
   * The partition data.
   *
   * Versions 0-2.
   */
  partitions: DescribeQuorumResponsePartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partition data. */
export interface DescribeQuorumResponsePartitionData {
  /**
   * The partition index.
   *
   * Versions 0-2.
   */
  partitionIndex: number;
  /**
   * The partition error code.
   *
   * Versions 0-2.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 2; nullable 2; ignorable.
   */
  errorMessage?: string | null;
  /**
   * The ID of the current leader or -1 if the leader is unknown.
   *
   * Versions 0-2.
   */
  leaderId: number;
  /**
   * The latest known leader epoch.
   *
   * Versions 0-2.
   */
  leaderEpoch: number;
  /**
   * The high water mark.
   *
   * Versions 0-2.
   */
  highWatermark: bigint;
  /**
   * The current voters of the partition.
   *
   * Versions 0-2.
   */
  currentVoters: DescribeQuorumResponseReplicaState[];
  /**
   * The observers of the partition.
   *
   * Versions 0-2.
   */
  observers: DescribeQuorumResponseReplicaState[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The current voters of the partition. */
export interface DescribeQuorumResponseReplicaState {
  /**
   * The ID of the replica.
   *
   * Versions 0-2.
   */
  replicaId: number;
  /**
   * The replica directory ID of the replica.
   *
   * Versions 2.
   */
  replicaDirectoryId?: Uuid;
  /**
   * The last known log end offset of the follower or -1 if it is unknown.
   *
   * Versions 0-2.
   */
  logEndOffset: bigint;
  /**
   * The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter.
   *
   * Versions 1-2; default -1; ignorable.
   */
  lastFetchTimestamp?: bigint;
  /**
   * The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter.
   *
   * Versions 1-2; default -1; ignorable.
   */
  lastCaughtUpTimestamp?: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The nodes in the quorum. */
export interface DescribeQuorumResponseNode {
  /**
   * The ID of the associated node.
   *
   * Versions 2.
   */
  nodeId: number;
  /**
   * The listeners of this controller.
   *
   * Versions 2.
   */
  listeners: DescribeQuorumResponseListener[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The listeners of this controller. */
export interface DescribeQuorumResponseListener {
  /**
   * The name of the endpoint.
   *
   * Versions 2.
   */
  name: string;
  /**
   * The hostname.
   *
   * Versions 2.
   */
  host: string;
  /**
   * The port.
   *
   * Versions 2.
   */
  port: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDescribeQuorumRequest(w: Writer, o: DescribeQuorumRequest, v: number): void {
  const _topics = o.topics;
  if (_topics == null) throw missingField('DescribeQuorumRequest', v, 'DescribeQuorumRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeDescribeQuorumRequestTopicData(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeQuorumRequest(r: Reader, v: number): DescribeQuorumRequest {
  let _topics: DescribeQuorumRequestTopicData[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('DescribeQuorumRequest', v, 'DescribeQuorumRequest.Topics');
    } else {
      const a: DescribeQuorumRequestTopicData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeQuorumRequestTopicData(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeQuorumRequest = {
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeQuorumRequestTopicData(w: Writer, o: DescribeQuorumRequestTopicData, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('DescribeQuorumRequest', v, 'TopicData.TopicName');
  w.compactString(_topicName);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('DescribeQuorumRequest', v, 'TopicData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeDescribeQuorumRequestPartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeQuorumRequestTopicData(r: Reader, v: number): DescribeQuorumRequestTopicData {
  const _topicName = r.compactString();
  let _partitions: DescribeQuorumRequestPartitionData[];
  {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('DescribeQuorumRequest', v, 'TopicData.Partitions');
    } else {
      const a: DescribeQuorumRequestPartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeQuorumRequestPartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeQuorumRequestTopicData = {
    topicName: _topicName,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeQuorumRequestPartitionData(w: Writer, o: DescribeQuorumRequestPartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('DescribeQuorumRequest', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeQuorumRequestPartitionData(r: Reader, v: number): DescribeQuorumRequestPartitionData {
  const _partitionIndex = r.int32();
  const unknownTags = r.taggedFields();
  const o: DescribeQuorumRequestPartitionData = {
    partitionIndex: _partitionIndex,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeQuorumResponse(w: Writer, o: DescribeQuorumResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeQuorumResponse', v, 'DescribeQuorumResponse.ErrorCode');
  w.int16(_errorCode);
  if (v >= 2) {
    const _errorMessage = o.errorMessage === undefined ? '' : o.errorMessage;
    w.compactNullableString(_errorMessage);
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('DescribeQuorumResponse', v, 'DescribeQuorumResponse.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeDescribeQuorumResponseTopicData(w, _topics[i], v);
  if (v >= 2) {
    const _nodes = o.nodes === undefined ? [] : o.nodes;
    if (_nodes == null) throw missingField('DescribeQuorumResponse', v, 'DescribeQuorumResponse.Nodes');
    w.compactArrayLength(_nodes.length);
    for (let i = 0; i < _nodes.length; i++) encodeDescribeQuorumResponseNode(w, _nodes[i], v);
  }
  if (v < 2) {
    const x = o.nodes;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('DescribeQuorumResponse', v, 'DescribeQuorumResponse.Nodes');
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeQuorumResponse(r: Reader, v: number): DescribeQuorumResponse {
  const _errorCode = r.int16();
  const _errorMessage: string | null = (v >= 2 ? r.compactNullableString() : '');
  let _topics: DescribeQuorumResponseTopicData[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('DescribeQuorumResponse', v, 'DescribeQuorumResponse.Topics');
    } else {
      const a: DescribeQuorumResponseTopicData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeQuorumResponseTopicData(r, v));
      _topics = a;
    }
  }
  let _nodes: DescribeQuorumResponseNode[] = [];
  if (v >= 2) {
    const n = r.compactArrayLength(6);
    if (n < 0) {
      throw nullOnWire('DescribeQuorumResponse', v, 'DescribeQuorumResponse.Nodes');
    } else {
      const a: DescribeQuorumResponseNode[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeQuorumResponseNode(r, v));
      _nodes = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeQuorumResponse = {
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    topics: _topics,
    nodes: _nodes,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeQuorumResponseTopicData(w: Writer, o: DescribeQuorumResponseTopicData, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('DescribeQuorumResponse', v, 'TopicData.TopicName');
  w.compactString(_topicName);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('DescribeQuorumResponse', v, 'TopicData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeDescribeQuorumResponsePartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeQuorumResponseTopicData(r: Reader, v: number): DescribeQuorumResponseTopicData {
  const _topicName = r.compactString();
  let _partitions: DescribeQuorumResponsePartitionData[];
  {
    const n = r.compactArrayLength(25);
    if (n < 0) {
      throw nullOnWire('DescribeQuorumResponse', v, 'TopicData.Partitions');
    } else {
      const a: DescribeQuorumResponsePartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeQuorumResponsePartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeQuorumResponseTopicData = {
    topicName: _topicName,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeQuorumResponsePartitionData(w: Writer, o: DescribeQuorumResponsePartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('DescribeQuorumResponse', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeQuorumResponse', v, 'PartitionData.ErrorCode');
  w.int16(_errorCode);
  if (v >= 2) {
    const _errorMessage = o.errorMessage === undefined ? '' : o.errorMessage;
    w.compactNullableString(_errorMessage);
  }
  const _leaderId = o.leaderId;
  if (_leaderId == null) throw missingField('DescribeQuorumResponse', v, 'PartitionData.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('DescribeQuorumResponse', v, 'PartitionData.LeaderEpoch');
  w.int32(_leaderEpoch);
  const _highWatermark = o.highWatermark;
  if (_highWatermark == null) throw missingField('DescribeQuorumResponse', v, 'PartitionData.HighWatermark');
  w.int64(_highWatermark);
  const _currentVoters = o.currentVoters;
  if (_currentVoters == null) throw missingField('DescribeQuorumResponse', v, 'PartitionData.CurrentVoters');
  w.compactArrayLength(_currentVoters.length);
  for (let i = 0; i < _currentVoters.length; i++) encodeDescribeQuorumResponseReplicaState(w, _currentVoters[i], v);
  const _observers = o.observers;
  if (_observers == null) throw missingField('DescribeQuorumResponse', v, 'PartitionData.Observers');
  w.compactArrayLength(_observers.length);
  for (let i = 0; i < _observers.length; i++) encodeDescribeQuorumResponseReplicaState(w, _observers[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeQuorumResponsePartitionData(r: Reader, v: number): DescribeQuorumResponsePartitionData {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const _errorMessage: string | null = (v >= 2 ? r.compactNullableString() : '');
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  const _highWatermark = r.int64();
  let _currentVoters: DescribeQuorumResponseReplicaState[];
  {
    const n = r.compactArrayLength(13);
    if (n < 0) {
      throw nullOnWire('DescribeQuorumResponse', v, 'PartitionData.CurrentVoters');
    } else {
      const a: DescribeQuorumResponseReplicaState[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeQuorumResponseReplicaState(r, v));
      _currentVoters = a;
    }
  }
  let _observers: DescribeQuorumResponseReplicaState[];
  {
    const n = r.compactArrayLength(13);
    if (n < 0) {
      throw nullOnWire('DescribeQuorumResponse', v, 'PartitionData.Observers');
    } else {
      const a: DescribeQuorumResponseReplicaState[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeQuorumResponseReplicaState(r, v));
      _observers = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeQuorumResponsePartitionData = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
    highWatermark: _highWatermark,
    currentVoters: _currentVoters,
    observers: _observers,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeQuorumResponseReplicaState(w: Writer, o: DescribeQuorumResponseReplicaState, v: number): void {
  const _replicaId = o.replicaId;
  if (_replicaId == null) throw missingField('DescribeQuorumResponse', v, 'ReplicaState.ReplicaId');
  w.int32(_replicaId);
  if (v >= 2) {
    const _replicaDirectoryId = o.replicaDirectoryId === undefined ? ZERO_UUID : o.replicaDirectoryId;
    if (_replicaDirectoryId == null) throw missingField('DescribeQuorumResponse', v, 'ReplicaState.ReplicaDirectoryId');
    w.uuid(_replicaDirectoryId);
  }
  if (v < 2) {
    const x = o.replicaDirectoryId;
    if (x !== undefined && !(x === ZERO_UUID)) throw unsupportedField('DescribeQuorumResponse', v, 'ReplicaState.ReplicaDirectoryId');
  }
  const _logEndOffset = o.logEndOffset;
  if (_logEndOffset == null) throw missingField('DescribeQuorumResponse', v, 'ReplicaState.LogEndOffset');
  w.int64(_logEndOffset);
  if (v >= 1) {
    const _lastFetchTimestamp = o.lastFetchTimestamp === undefined ? -1n : o.lastFetchTimestamp;
    if (_lastFetchTimestamp == null) throw missingField('DescribeQuorumResponse', v, 'ReplicaState.LastFetchTimestamp');
    w.int64(_lastFetchTimestamp);
  }
  if (v >= 1) {
    const _lastCaughtUpTimestamp = o.lastCaughtUpTimestamp === undefined ? -1n : o.lastCaughtUpTimestamp;
    if (_lastCaughtUpTimestamp == null) throw missingField('DescribeQuorumResponse', v, 'ReplicaState.LastCaughtUpTimestamp');
    w.int64(_lastCaughtUpTimestamp);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeQuorumResponseReplicaState(r: Reader, v: number): DescribeQuorumResponseReplicaState {
  const _replicaId = r.int32();
  const _replicaDirectoryId: Uuid = (v >= 2 ? r.uuid() : ZERO_UUID);
  const _logEndOffset = r.int64();
  const _lastFetchTimestamp: bigint = (v >= 1 ? r.int64() : -1n);
  const _lastCaughtUpTimestamp: bigint = (v >= 1 ? r.int64() : -1n);
  const unknownTags = r.taggedFields();
  const o: DescribeQuorumResponseReplicaState = {
    replicaId: _replicaId,
    replicaDirectoryId: _replicaDirectoryId,
    logEndOffset: _logEndOffset,
    lastFetchTimestamp: _lastFetchTimestamp,
    lastCaughtUpTimestamp: _lastCaughtUpTimestamp,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeQuorumResponseNode(w: Writer, o: DescribeQuorumResponseNode, v: number): void {
  const _nodeId = o.nodeId;
  if (_nodeId == null) throw missingField('DescribeQuorumResponse', v, 'Node.NodeId');
  w.int32(_nodeId);
  const _listeners = o.listeners;
  if (_listeners == null) throw missingField('DescribeQuorumResponse', v, 'Node.Listeners');
  w.compactArrayLength(_listeners.length);
  for (let i = 0; i < _listeners.length; i++) encodeDescribeQuorumResponseListener(w, _listeners[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeQuorumResponseNode(r: Reader, v: number): DescribeQuorumResponseNode {
  const _nodeId = r.int32();
  let _listeners: DescribeQuorumResponseListener[];
  {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('DescribeQuorumResponse', v, 'Node.Listeners');
    } else {
      const a: DescribeQuorumResponseListener[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeQuorumResponseListener(r, v));
      _listeners = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeQuorumResponseNode = {
    nodeId: _nodeId,
    listeners: _listeners,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeQuorumResponseListener(w: Writer, o: DescribeQuorumResponseListener, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('DescribeQuorumResponse', v, 'Listener.Name');
  w.compactString(_name);
  const _host = o.host;
  if (_host == null) throw missingField('DescribeQuorumResponse', v, 'Listener.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('DescribeQuorumResponse', v, 'Listener.Port');
  w.uint16(_port);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeQuorumResponseListener(r: Reader, v: number): DescribeQuorumResponseListener {
  const _name = r.compactString();
  const _host = r.compactString();
  const _port = r.uint16();
  const unknownTags = r.taggedFields();
  const o: DescribeQuorumResponseListener = {
    name: _name,
    host: _host,
    port: _port,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The DescribeQuorum API (key 55): versions 0-2, flexible from 0. Served by: broker, controller.
 */
export const DescribeQuorumApi: ApiCodec<DescribeQuorumRequest, DescribeQuorumResponse> = {
  apiKey: 55,
  name: 'DescribeQuorum',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: DescribeQuorumRequest, v: number): void {
    checkVersion('DescribeQuorum', v, 0, 2);
    try {
      encodeDescribeQuorumRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeQuorumRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DescribeQuorumRequest {
    checkVersion('DescribeQuorum', v, 0, 2);
    try {
      return decodeDescribeQuorumRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeQuorumRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DescribeQuorumResponse, v: number): void {
    checkVersion('DescribeQuorum', v, 0, 2);
    try {
      encodeDescribeQuorumResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeQuorumResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DescribeQuorumResponse {
    checkVersion('DescribeQuorum', v, 0, 2);
    try {
      return decodeDescribeQuorumResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeQuorumResponse v${v}`, e);
    }
  },
};
