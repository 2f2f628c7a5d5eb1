// Generated from BeginQuorumEpochRequest.json, BeginQuorumEpochResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import { type Uuid, ZERO_UUID } from '../primitives/uuid.js';
import { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A BeginQuorumEpoch request (API key 53): versions 0-1, flexible from 1. */
export interface BeginQuorumEpochRequest {
  /**
   * The cluster id.
   *
   * Versions 0-1; nullable 0-1; default "null".
   */
  clusterId?: string | null;
  /**
   * The replica id of the voter receiving the request.
   *
   * Versions 1; default "-1"; ignorable.
   */
  voterId?: number;
  /**
   * The topics.
   *
   * Versions 0-1.
   */
  topics: BeginQuorumEpochRequestTopicData[];
  /**
   * Endpoints for the leader.
   *
   * Versions 1; ignorable.
   */
  leaderEndpoints?: BeginQuorumEpochRequestLeaderEndpoint[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics. */
export interface BeginQuorumEpochRequestTopicData {
  /**
   * The topic name.
   *
   * Versions 0-1.
   */
  topicName: string;
  /**
   * The partitions.
   *
   * Versions 0-1.
   */
  partitions: BeginQuorumEpochRequestPartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions. */
export interface BeginQuorumEpochRequestPartitionData {
  /**
   * The partition index.
   *
   * Versions 0-1.
   */
  partitionIndex: number;
  /**
   * The directory id of the receiving replica.
   *
   * Versions 1; ignorable.
   */
  voterDirectoryId?: Uuid;
  /**
   * The ID of the newly elected leader.
   *
   * Versions 0-1.
   */
  leaderId: number;
  /**
   * The epoch of the newly elected leader.
   *
   * Versions 0-1.
   */
  leaderEpoch: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Endpoints for the leader. */
export interface BeginQuorumEpochRequestLeaderEndpoint {
  /**
   * The name of the endpoint.
   *
   * Versions 1.
   */
  name: string;
  /**
   * The node's hostname.
   *
   * Versions 1.
   */
  host: string;
  /**
   * The node's port.
   *
   * Versions 1.
   */
  port: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A BeginQuorumEpoch response (API key 53): versions 0-1, flexible from 1. */
export interface BeginQuorumEpochResponse {
  /**
   * The top level error code.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The topic data.
   *
   * Versions 0-1.
   */
  topics: BeginQuorumEpochResponseTopicData[];
  /**
   * Endpoints for all leaders enumerated in PartitionData.
   *
   * Versions 1; tagged (tag 0) 1.
   */
  nodeEndpoints?: BeginQuorumEpochResponseNodeEndpoint[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topic data. */
export interface BeginQuorumEpochResponseTopicData {
  /**
   * The topic name.
   *
   * Versions 0-1.
   */
  topicName: string;
  /**
   * The partition data.
   *
   * Versions 0-1.
   */
  partitions: BeginQuorumEpochResponsePartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partition data. */
export interface BeginQuorumEpochResponsePartitionData {
  /**
   * The partition index.
   *
   * Versions 0-1.
   */
  partitionIndex: number;
  /**
   * The error code for this partition.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The ID of the current leader or -1 if the leader is unknown.
   *
   * Versions 0-1.
   */
  leaderId: number;
  /**
   * The latest known leader epoch.
   *
   * Versions 0-1.
   */
  leaderEpoch: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Endpoints for all leaders enumerated in PartitionData. */
export interface BeginQuorumEpochResponseNodeEndpoint {
  /**
   * The ID of the associated node.
   *
   * Versions 1.
   */
  nodeId: number;
  /**
   * The node's hostname.
   *
   * Versions 1.
   */
  host: string;
  /**
   * The node's port.
   *
   * Versions 1.
   */
  port: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeBeginQuorumEpochRequest(w: Writer, o: BeginQuorumEpochRequest, v: number): void {
  const _clusterId = o.clusterId === undefined ? null : o.clusterId;
  if (v >= 1) w.compactNullableString(_clusterId);
  else w.nullableString(_clusterId);
  if (v >= 1) {
    const _voterId = o.voterId === undefined ? -1 : o.voterId;
    if (_voterId == null) throw missingField('BeginQuorumEpochRequest', v, 'BeginQuorumEpochRequest.VoterId');
    w.int32(_voterId);
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('BeginQuorumEpochRequest', v, 'BeginQuorumEpochRequest.Topics');
  if (v >= 1) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeBeginQuorumEpochRequestTopicData(w, _topics[i], v);
  if (v >= 1) {
    const _leaderEndpoints = o.leaderEndpoints === undefined ? [] : o.leaderEndpoints;
    if (_leaderEndpoints == null) throw missingField('BeginQuorumEpochRequest', v, 'BeginQuorumEpochRequest.LeaderEndpoints');
    w.compactArrayLength(_leaderEndpoints.length);
    for (let i = 0; i < _leaderEndpoints.length; i++) encodeBeginQuorumEpochRequestLeaderEndpoint(w, _leaderEndpoints[i], v);
  }
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeBeginQuorumEpochRequest(r: Reader, v: number): BeginQuorumEpochRequest {
  const _clusterId = (v >= 1 ? r.compactNullableString() : r.nullableString());
  const _voterId: number = (v >= 1 ? r.int32() : -1);
  let _topics: BeginQuorumEpochRequestTopicData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('BeginQuorumEpochRequest', v, 'BeginQuorumEpochRequest.Topics');
    } else {
      const a: BeginQuorumEpochRequestTopicData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeBeginQuorumEpochRequestTopicData(r, v));
      _topics = a;
    }
  }
  let _leaderEndpoints: BeginQuorumEpochRequestLeaderEndpoint[] = [];
  if (v >= 1) {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('BeginQuorumEpochRequest', v, 'BeginQuorumEpochRequest.LeaderEndpoints');
    } else {
      const a: BeginQuorumEpochRequestLeaderEndpoint[] = [];
      for (let i = 0; i < n; i++) a.push(decodeBeginQuorumEpochRequestLeaderEndpoint(r, v));
      _leaderEndpoints = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: BeginQuorumEpochRequest = {
    clusterId: _clusterId,
    voterId: _voterId,
    topics: _topics,
    leaderEndpoints: _leaderEndpoints,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeBeginQuorumEpochRequestTopicData(w: Writer, o: BeginQuorumEpochRequestTopicData, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('BeginQuorumEpochRequest', v, 'TopicData.TopicName');
  if (v >= 1) w.compactString(_topicName);
  else w.string(_topicName);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('BeginQuorumEpochRequest', v, 'TopicData.Partitions');
  if (v >= 1) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeBeginQuorumEpochRequestPartitionData(w, _partitions[i], v);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeBeginQuorumEpochRequestTopicData(r: Reader, v: number): BeginQuorumEpochRequestTopicData {
  const _topicName = (v >= 1 ? r.compactString() : r.string());
  let _partitions: BeginQuorumEpochRequestPartitionData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(12) : r.arrayLength(12));
    if (n < 0) {
      throw nullOnWire('BeginQuorumEpochRequest', v, 'TopicData.Partitions');
    } else {
      const a: BeginQuorumEpochRequestPartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeBeginQuorumEpochRequestPartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: BeginQuorumEpochRequestTopicData = {
    topicName: _topicName,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeBeginQuorumEpochRequestPartitionData(w: Writer, o: BeginQuorumEpochRequestPartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('BeginQuorumEpochRequest', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  if (v >= 1) {
    const _voterDirectoryId = o.voterDirectoryId === undefined ? ZERO_UUID : o.voterDirectoryId;
    if (_voterDirectoryId == null) throw missingField('BeginQuorumEpochRequest', v, 'PartitionData.VoterDirectoryId');
    w.uuid(_voterDirectoryId);
  }
  const _leaderId = o.leaderId;
  if (_leaderId == null) throw missingField('BeginQuorumEpochRequest', v, 'PartitionData.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('BeginQuorumEpochRequest', v, 'PartitionData.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeBeginQuorumEpochRequestPartitionData(r: Reader, v: number): BeginQuorumEpochRequestPartitionData {
  const _partitionIndex = r.int32();
  const _voterDirectoryId: Uuid = (v >= 1 ? r.uuid() : ZERO_UUID);
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: BeginQuorumEpochRequestPartitionData = {
    partitionIndex: _partitionIndex,
    voterDirectoryId: _voterDirectoryId,
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeBeginQuorumEpochRequestLeaderEndpoint(w: Writer, o: BeginQuorumEpochRequestLeaderEndpoint, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('BeginQuorumEpochRequest', v, 'LeaderEndpoint.Name');
  w.compactString(_name);
  const _host = o.host;
  if (_host == null) throw missingField('BeginQuorumEpochRequest', v, 'LeaderEndpoint.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('BeginQuorumEpochRequest', v, 'LeaderEndpoint.Port');
  w.uint16(_port);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeBeginQuorumEpochRequestLeaderEndpoint(r: Reader, v: number): BeginQuorumEpochRequestLeaderEndpoint {
  const _name = r.compactString();
  const _host = r.compactString();
  const _port = r.uint16();
  const unknownTags = r.taggedFields();
  const o: BeginQuorumEpochRequestLeaderEndpoint = {
    name: _name,
    host: _host,
    port: _port,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeBeginQuorumEpochResponse(w: Writer, o: BeginQuorumEpochResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('BeginQuorumEpochResponse', v, 'BeginQuorumEpochResponse.ErrorCode');
  w.int16(_errorCode);
  const _topics = o.topics;
  if (_topics == null) throw missingField('BeginQuorumEpochResponse', v, 'BeginQuorumEpochResponse.Topics');
  if (v >= 1) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeBeginQuorumEpochResponseTopicData(w, _topics[i], v);
  if (v < 1) {
    const x = o.nodeEndpoints;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('BeginQuorumEpochResponse', v, 'BeginQuorumEpochResponse.NodeEndpoints');
  }
  if (v >= 1) {
    let tags: TaggedField[] | undefined;
    {
      const _nodeEndpoints = o.nodeEndpoints;
      if (_nodeEndpoints === null) throw missingField('BeginQuorumEpochResponse', v, 'BeginQuorumEpochResponse.NodeEndpoints');
      if (_nodeEndpoints !== undefined && !(_nodeEndpoints.length === 0)) {
        const tw = new Writer(64);
        tw.compactArrayLength(_nodeEndpoints.length);
        for (let i = 0; i < _nodeEndpoints.length; i++) encodeBeginQuorumEpochResponseNodeEndpoint(tw, _nodeEndpoints[i], v);
        (tags ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(tags, o._unknownTaggedFields);
  }
}

function decodeBeginQuorumEpochResponse(r: Reader, v: number): BeginQuorumEpochResponse {
  const _errorCode = r.int16();
  let _topics: BeginQuorumEpochResponseTopicData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('BeginQuorumEpochResponse', v, 'BeginQuorumEpochResponse.Topics');
    } else {
      const a: BeginQuorumEpochResponseTopicData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeBeginQuorumEpochResponseTopicData(r, v));
      _topics = a;
    }
  }
  let _nodeEndpoints: BeginQuorumEpochResponseNodeEndpoint[] = [];
  let unknownTags: TaggedField[] | undefined;
  if (v >= 1) {
    unknownTags = r.taggedFields((tag, tr) => {
      switch (tag) {
        case 0: {
          const n = tr.compactArrayLength(8);
          if (n < 0) {
            throw nullOnWire('BeginQuorumEpochResponse', v, 'BeginQuorumEpochResponse.NodeEndpoints');
          } else {
            const a: BeginQuorumEpochResponseNodeEndpoint[] = [];
            for (let i = 0; i < n; i++) a.push(decodeBeginQuorumEpochResponseNodeEndpoint(tr, v));
            _nodeEndpoints = a;
          }
          return true;
        }
      }
      return false;
    });
  }
  const o: BeginQuorumEpochResponse = {
    errorCode: _errorCode,
    topics: _topics,
    nodeEndpoints: _nodeEndpoints,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeBeginQuorumEpochResponseTopicData(w: Writer, o: BeginQuorumEpochResponseTopicData, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('BeginQuorumEpochResponse', v, 'TopicData.TopicName');
  if (v >= 1) w.compactString(_topicName);
  else w.string(_topicName);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('BeginQuorumEpochResponse', v, 'TopicData.Partitions');
  if (v >= 1) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeBeginQuorumEpochResponsePartitionData(w, _partitions[i], v);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeBeginQuorumEpochResponseTopicData(r: Reader, v: number): BeginQuorumEpochResponseTopicData {
  const _topicName = (v >= 1 ? r.compactString() : r.string());
  let _partitions: BeginQuorumEpochResponsePartitionData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(14) : r.arrayLength(14));
    if (n < 0) {
      throw nullOnWire('BeginQuorumEpochResponse', v, 'TopicData.Partitions');
    } else {
      const a: BeginQuorumEpochResponsePartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeBeginQuorumEpochResponsePartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: BeginQuorumEpochResponseTopicData = {
    topicName: _topicName,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeBeginQuorumEpochResponsePartitionData(w: Writer, o: BeginQuorumEpochResponsePartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('BeginQuorumEpochResponse', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('BeginQuorumEpochResponse', v, 'PartitionData.ErrorCode');
  w.int16(_errorCode);
  const _leaderId = o.leaderId;
  if (_leaderId == null) throw missingField('BeginQuorumEpochResponse', v, 'PartitionData.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('BeginQuorumEpochResponse', v, 'PartitionData.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeBeginQuorumEpochResponsePartitionData(r: Reader, v: number): BeginQuorumEpochResponsePartitionData {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: BeginQuorumEpochResponsePartitionData = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeBeginQuorumEpochResponseNodeEndpoint(w: Writer, o: BeginQuorumEpochResponseNodeEndpoint, v: number): void {
  const _nodeId = o.nodeId;
  if (_nodeId == null) throw missingField('BeginQuorumEpochResponse', v, 'NodeEndpoint.NodeId');
  w.int32(_nodeId);
  const _host = o.host;
  if (_host == null) throw missingField('BeginQuorumEpochResponse', v, 'NodeEndpoint.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('BeginQuorumEpochResponse', v, 'NodeEndpoint.Port');
  w.uint16(_port);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeBeginQuorumEpochResponseNodeEndpoint(r: Reader, v: number): BeginQuorumEpochResponseNodeEndpoint {
  const _nodeId = r.int32();
  const _host = r.compactString();
  const _port = r.uint16();
  const unknownTags = r.taggedFields();
  const o: BeginQuorumEpochResponseNodeEndpoint = {
    nodeId: _nodeId,
    host: _host,
    port: _port,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The BeginQuorumEpoch API (key 53): versions 0-1, flexible from 1. Served by: controller. */
export const BeginQuorumEpochApi: ApiCodec<BeginQuorumEpochRequest, BeginQuorumEpochResponse> = {
  apiKey: 53,
  name: 'BeginQuorumEpoch',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  latestVersionUnstable: false,
  listeners: ['controller'],
  requestHeaderVersion: (v: number): number => (v >= 1 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 1 ? 1 : 0),
  encodeRequest(w: Writer, body: BeginQuorumEpochRequest, v: number): void {
    checkVersion('BeginQuorumEpoch', v, 0, 1);
    try {
      encodeBeginQuorumEpochRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode BeginQuorumEpochRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): BeginQuorumEpochRequest {
    checkVersion('BeginQuorumEpoch', v, 0, 1);
    try {
      return decodeBeginQuorumEpochRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode BeginQuorumEpochRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: BeginQuorumEpochResponse, v: number): void {
    checkVersion('BeginQuorumEpoch', v, 0, 1);
    try {
      encodeBeginQuorumEpochResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode BeginQuorumEpochResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): BeginQuorumEpochResponse {
    checkVersion('BeginQuorumEpoch', v, 0, 1);
    try {
      return decodeBeginQuorumEpochResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode BeginQuorumEpochResponse v${v}`, e);
    }
  },
};
