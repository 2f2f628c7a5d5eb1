// Generated from VoteRequest.json, VoteResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import { type Uuid, ZERO_UUID } from '../primitives/uuid.js';
import { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A Vote request (API key 52): versions 0-2, flexible from 0. */
export interface VoteRequest {
  /**
   * The cluster id.
   *
   * Versions 0-2; nullable 0-2; default "null".
   */
  clusterId?: string | null;
  /**
   * The replica id of the voter receiving the request.
   *
   * Versions 1-2; default "-1"; ignorable.
   */
  voterId?: number;
  /**
   * The topic data.
   *
   * Versions 0-2.
   */
  topics: VoteRequestTopicData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topic data. */
export interface VoteRequestTopicData {
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
  partitions: VoteRequestPartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partition data. */
export interface VoteRequestPartitionData {
  /**
   * The partition index.
   *
   * Versions 0-2.
   */
  partitionIndex: number;
  /**
   * The epoch of the voter sending the request
   *
   * Versions 0-2.
   */
  replicaEpoch: number;
  /**
   * The replica id of the voter sending the request
   *
   * Versions 0-2.
   */
  replicaId: number;
  /**
   * The directory id of the voter sending the request
   *
   * Versions 1-2; ignorable.
   */
  replicaDirectoryId?: Uuid;
  /**
   * The directory id of the voter receiving the request
   *
   * Versions 1-2; ignorable.
   */
  voterDirectoryId?: Uuid;
  /**
   * The epoch of the last record written to the metadata log.
   *
   * Versions 0-2.
   */
  lastOffsetEpoch: number;
  /**
   * The log end offset of the metadata log of the voter sending the request.
   *
   * Versions 0-2.
   */
  lastOffset: bigint;
  /**
   * Whether the request is a PreVote request (not persisted) or not.
   *
   * Versions 2.
   */
  preVote?: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A Vote response (API key 52): versions 0-2, flexible from 0. */
export interface VoteResponse {
  /**
   * The top level error code.
   *
   * Versions 0-2.
   */
  errorCode: number;
  /**
   * The results for each topic.
   *
   * Versions 0-2.
   */
  topics: VoteResponseTopicData[];
  /**
   * Endpoints for all current-leaders enumerated in PartitionData.
   *
   * Versions 1-2; tagged (tag 0) 1-2.
   */
  nodeEndpoints?: VoteResponseNodeEndpoint[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each topic. */
export interface VoteResponseTopicData {
  /**
   * The topic name.
   *
   * Versions 0-2.
   */
  topicName: string;
  /**
   * The results for each partition.
   *
   * Versions 0-2.
   */
  partitions: VoteResponsePartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each partition. */
export interface VoteResponsePartitionData {
  /**
   * The partition index.
   *
   * Versions 0-2.
   */
  partitionIndex: number;
  /**
   * The partition level error code.
   *
   * Versions 0-2.
   */
  errorCode: number;
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
   * True if the vote was granted and false otherwise.
   *
   * Versions 0-2.
   */
  voteGranted: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Endpoints for all current-leaders enumerated in PartitionData. */
export interface VoteResponseNodeEndpoint {
  /**
   * The ID of the associated node.
   *
   * Versions 1-2.
   */
  nodeId: number;
  /**
   * The node's hostname.
   *
   * Versions 1-2.
   */
  host: string;
  /**
   * The node's port.
   *
   * Versions 1-2.
   */
  port: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeVoteRequest(w: Writer, o: VoteRequest, v: number): void {
  const _clusterId = o.clusterId === undefined ? null : o.clusterId;
  w.compactNullableString(_clusterId);
  if (v >= 1) {
    const _voterId = o.voterId === undefined ? -1 : o.voterId;
    if (_voterId == null) throw missingField('VoteRequest', v, 'VoteRequest.VoterId');
    w.int32(_voterId);
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('VoteRequest', v, 'VoteRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeVoteRequestTopicData(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeVoteRequest(r: Reader, v: number): VoteRequest {
  const _clusterId = r.compactNullableString();
  const _voterId: number = (v >= 1 ? r.int32() : -1);
  let _topics: VoteRequestTopicData[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('VoteRequest', v, 'VoteRequest.Topics');
    } else {
      const a: VoteRequestTopicData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeVoteRequestTopicData(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: VoteRequest = {
    clusterId: _clusterId,
    voterId: _voterId,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeVoteRequestTopicData(w: Writer, o: VoteRequestTopicData, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('VoteRequest', v, 'TopicData.TopicName');
  w.compactString(_topicName);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('VoteRequest', v, 'TopicData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeVoteRequestPartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeVoteRequestTopicData(r: Reader, v: number): VoteRequestTopicData {
  const _topicName = r.compactString();
  let _partitions: VoteRequestPartitionData[];
  {
    const n = r.compactArrayLength(25);
    if (n < 0) {
      throw nullOnWire('VoteRequest', v, 'TopicData.Partitions');
    } else {
      const a: VoteRequestPartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeVoteRequestPartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: VoteRequestTopicData = {
    topicName: _topicName,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeVoteRequestPartitionData(w: Writer, o: VoteRequestPartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('VoteRequest', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  const _replicaEpoch = o.replicaEpoch;
  if (_replicaEpoch == null) throw missingField('VoteRequest', v, 'PartitionData.ReplicaEpoch');
  w.int32(_replicaEpoch);
  const _replicaId = o.replicaId;
  if (_replicaId == null) throw missingField('VoteRequest', v, 'PartitionData.ReplicaId');
  w.int32(_replicaId);
  if (v >= 1) {
    const _replicaDirectoryId = o.replicaDirectoryId === undefined ? ZERO_UUID : o.replicaDirectoryId;
    if (_replicaDirectoryId == null) throw missingField('VoteRequest', v, 'PartitionData.ReplicaDirectoryId');
    w.uuid(_replicaDirectoryId);
  }
  if (v >= 1) {
    const _voterDirectoryId = o.voterDirectoryId === undefined ? ZERO_UUID : o.voterDirectoryId;
    if (_voterDirectoryId == null) throw missingField('VoteRequest', v, 'PartitionData.VoterDirectoryId');
    w.uuid(_voterDirectoryId);
  }
  const _lastOffsetEpoch = o.lastOffsetEpoch;
  if (_lastOffsetEpoch == null) throw missingField('VoteRequest', v, 'PartitionData.LastOffsetEpoch');
  w.int32(_lastOffsetEpoch);
  const _lastOffset = o.lastOffset;
  if (_lastOffset == null) throw missingField('VoteRequest', v, 'PartitionData.LastOffset');
  w.int64(_lastOffset);
  if (v >= 2) {
    const _preVote = o.preVote === undefined ? false : o.preVote;
    if (_preVote == null) throw missingField('VoteRequest', v, 'PartitionData.PreVote');
    w.bool(_preVote);
  }
  if (v < 2) {
    const x = o.preVote;
    if (x !== undefined && !(x === false)) throw unsupportedField('VoteRequest', v, 'PartitionData.PreVote');
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeVoteRequestPartitionData(r: Reader, v: number): VoteRequestPartitionData {
  const _partitionIndex = r.int32();
  const _replicaEpoch = r.int32();
  const _replicaId = r.int32();
  const _replicaDirectoryId: Uuid = (v >= 1 ? r.uuid() : ZERO_UUID);
  const _voterDirectoryId: Uuid = (v >= 1 ? r.uuid() : ZERO_UUID);
  const _lastOffsetEpoch = r.int32();
  const _lastOffset = r.int64();
  const _preVote: boolean = (v >= 2 ? r.bool() : false);
  const unknownTags = r.taggedFields();
  const o: VoteRequestPartitionData = {
    partitionIndex: _partitionIndex,
    replicaEpoch: _replicaEpoch,
    replicaId: _replicaId,
    replicaDirectoryId: _replicaDirectoryId,
    voterDirectoryId: _voterDirectoryId,
    lastOffsetEpoch: _lastOffsetEpoch,
    lastOffset: _lastOffset,
    preVote: _preVote,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeVoteResponse(w: Writer, o: VoteResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('VoteResponse', v, 'VoteResponse.ErrorCode');
  w.int16(_errorCode);
  const _topics = o.topics;
  if (_topics == null) throw missingField('VoteResponse', v, 'VoteResponse.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeVoteResponseTopicData(w, _topics[i], v);
  if (v < 1) {
    const x = o.nodeEndpoints;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('VoteResponse', v, 'VoteResponse.NodeEndpoints');
  }
  let tags: TaggedField[] | undefined;
  if (v >= 1) {
    const _nodeEndpoints = o.nodeEndpoints;
    if (_nodeEndpoints === null) throw missingField('VoteResponse', v, 'VoteResponse.NodeEndpoints');
    if (_nodeEndpoints !== undefined && !(_nodeEndpoints.length === 0)) {
      const tw = new Writer(64);
      tw.compactArrayLength(_nodeEndpoints.length);
      for (let i = 0; i < _nodeEndpoints.length; i++) encodeVoteResponseNodeEndpoint(tw, _nodeEndpoints[i], v);
      (tags ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(tags, o._unknownTaggedFields);
}

function decodeVoteResponse(r: Reader, v: number): VoteResponse {
  const _errorCode = r.int16();
  let _topics: VoteResponseTopicData[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('VoteResponse', v, 'VoteResponse.Topics');
    } else {
      const a: VoteResponseTopicData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeVoteResponseTopicData(r, v));
      _topics = a;
    }
  }
  let _nodeEndpoints: VoteResponseNodeEndpoint[] = [];
  let unknownTags: TaggedField[] | undefined;
  unknownTags = r.taggedFields((tag, tr) => {
    switch (tag) {
      case 0: {
        if (v >= 1) {
          const n = tr.compactArrayLength(8);
          if (n < 0) {
            throw nullOnWire('VoteResponse', v, 'VoteResponse.NodeEndpoints');
          } else {
            const a: VoteResponseNodeEndpoint[] = [];
            for (let i = 0; i < n; i++) a.push(decodeVoteResponseNodeEndpoint(tr, v));
            _nodeEndpoints = a;
          }
          return true;
        }
        return false;
      }
    }
    return false;
  });
  const o: VoteResponse = {
    errorCode: _errorCode,
    topics: _topics,
    nodeEndpoints: _nodeEndpoints,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeVoteResponseTopicData(w: Writer, o: VoteResponseTopicData, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('VoteResponse', v, 'TopicData.TopicName');
  w.compactString(_topicName);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('VoteResponse', v, 'TopicData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeVoteResponsePartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeVoteResponseTopicData(r: Reader, v: number): VoteResponseTopicData {
  const _topicName = r.compactString();
  let _partitions: VoteResponsePartitionData[];
  {
    const n = r.compactArrayLength(16);
    if (n < 0) {
      throw nullOnWire('VoteResponse', v, 'TopicData.Partitions');
    } else {
      const a: VoteResponsePartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeVoteResponsePartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: VoteResponseTopicData = {
    topicName: _topicName,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeVoteResponsePartitionData(w: Writer, o: VoteResponsePartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('VoteResponse', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('VoteResponse', v, 'PartitionData.ErrorCode');
  w.int16(_errorCode);
  const _leaderId = o.leaderId;
  if (_leaderId == null) throw missingField('VoteResponse', v, 'PartitionData.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('VoteResponse', v, 'PartitionData.LeaderEpoch');
  w.int32(_leaderEpoch);
  const _voteGranted = o.voteGranted;
  if (_voteGranted == null) throw missingField('VoteResponse', v, 'PartitionData.VoteGranted');
  w.bool(_voteGranted);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeVoteResponsePartitionData(r: Reader, v: number): VoteResponsePartitionData {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  const _voteGranted = r.bool();
  const unknownTags = r.taggedFields();
  const o: VoteResponsePartitionData = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
    voteGranted: _voteGranted,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeVoteResponseNodeEndpoint(w: Writer, o: VoteResponseNodeEndpoint, v: number): void {
  const _nodeId = o.nodeId;
  if (_nodeId == null) throw missingField('VoteResponse', v, 'NodeEndpoint.NodeId');
  w.int32(_nodeId);
  const _host = o.host;
  if (_host == null) throw missingField('VoteResponse', v, 'NodeEndpoint.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('VoteResponse', v, 'NodeEndpoint.Port');
  w.uint16(_port);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeVoteResponseNodeEndpoint(r: Reader, v: number): VoteResponseNodeEndpoint {
  const _nodeId = r.int32();
  const _host = r.compactString();
  const _port = r.uint16();
  const unknownTags = r.taggedFields();
  const o: VoteResponseNodeEndpoint = {
    nodeId: _nodeId,
    host: _host,
    port: _port,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The Vote API (key 52): versions 0-2, flexible from 0. Served by: controller. */
export const VoteApi: ApiCodec<VoteRequest, VoteResponse> = {
  apiKey: 52,
  name: 'Vote',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: VoteRequest, v: number): void {
    checkVersion('Vote', v, 0, 2);
    try {
      encodeVoteRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode VoteRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): VoteRequest {
    checkVersion('Vote', v, 0, 2);
    try {
      return decodeVoteRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode VoteRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: VoteResponse, v: number): void {
    checkVersion('Vote', v, 0, 2);
    try {
      encodeVoteResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode VoteResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): VoteResponse {
    checkVersion('Vote', v, 0, 2);
    try {
      return decodeVoteResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode VoteResponse v${v}`, e);
    }
  },
};
