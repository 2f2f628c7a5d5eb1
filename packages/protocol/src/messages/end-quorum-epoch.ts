// Generated from EndQuorumEpochRequest.json, EndQuorumEpochResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A EndQuorumEpoch request (API key 54): versions 0-1, flexible from 1. */
export interface EndQuorumEpochRequest {
  /**
   * The cluster id.
   *
   * Versions 0-1; nullable 0-1; default "null".
   */
  clusterId?: string | null;
  /**
   * The topics.
   *
   * Versions 0-1.
   */
  topics: EndQuorumEpochRequestTopicData[];
  /**
   * Endpoints for the leader.
   *
   * Versions 1; ignorable.
   */
  leaderEndpoints?: EndQuorumEpochRequestLeaderEndpoint[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics. */
export interface EndQuorumEpochRequestTopicData {
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
  partitions: EndQuorumEpochRequestPartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions. */
export interface EndQuorumEpochRequestPartitionData {
  /**
   * The partition index.
   *
   * Versions 0-1.
   */
  partitionIndex: number;
  /**
   * The current leader ID that is resigning.
   *
   * Versions 0-1.
   */
  leaderId: number;
  /**
   * The current epoch.
   *
   * Versions 0-1.
   */
  leaderEpoch: number;
  /**
   * A sorted list of preferred successors to start the election.
   *
   * Versions 0; ignorable.
   */
  preferredSuccessors?: number[];
  /**
   * A sorted list of preferred candidates to start the election.
   *
   * Versions 1; ignorable.
   */
  preferredCandidates?: EndQuorumEpochRequestReplicaInfo[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A sorted list of preferred candidates to start the election. */
export interface EndQuorumEpochRequestReplicaInfo {
  /**
   * The ID of the candidate replica.
   *
   * Versions 1.
   */
  candidateId: number;
  /**
   * The directory ID of the candidate replica.
   *
   * Versions 1.
   */
  candidateDirectoryId: Uuid;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Endpoints for the leader. */
export interface EndQuorumEpochRequestLeaderEndpoint {
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

/** A EndQuorumEpoch response (API key 54): versions 0-1, flexible from 1. */
export interface EndQuorumEpochResponse {
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
  topics: EndQuorumEpochResponseTopicData[];
  /**
   * Endpoints for all leaders enumerated in PartitionData.
   *
   * Versions 1; tagged (tag 0) 1.
   */
  nodeEndpoints?: EndQuorumEpochResponseNodeEndpoint[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topic data. */
export interface EndQuorumEpochResponseTopicData {
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
  partitions: EndQuorumEpochResponsePartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partition data. */
export interface EndQuorumEpochResponsePartitionData {
  /**
   * The partition index.
   *
   * Versions 0-1.
   */
  partitionIndex: number;
  /**
   * The partition level error code.
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
export interface EndQuorumEpochResponseNodeEndpoint {
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

function encodeEndQuorumEpochRequest(w: Writer, o: EndQuorumEpochRequest, v: number): void {
  const _clusterId = o.clusterId === undefined ? null : o.clusterId;
  if (v >= 1) w.compactNullableString(_clusterId);
  else w.nullableString(_clusterId);
  const _topics = o.topics;
  if (_topics == null) throw missingField('EndQuorumEpochRequest', v, 'EndQuorumEpochRequest.Topics');
  if (v >= 1) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeEndQuorumEpochRequestTopicData(w, _topics[i], v);
  if (v >= 1) {
    const _leaderEndpoints = o.leaderEndpoints === undefined ? [] : o.leaderEndpoints;
    if (_leaderEndpoints == null) throw missingField('EndQuorumEpochRequest', v, 'EndQuorumEpochRequest.LeaderEndpoints');
    w.compactArrayLength(_leaderEndpoints.length);
    for (let i = 0; i < _leaderEndpoints.length; i++) encodeEndQuorumEpochRequestLeaderEndpoint(w, _leaderEndpoints[i], v);
  }
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeEndQuorumEpochRequest(r: Reader, v: number): EndQuorumEpochRequest {
  const _clusterId = (v >= 1 ? r.compactNullableString() : r.nullableString());
  let _topics: EndQuorumEpochRequestTopicData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('EndQuorumEpochRequest', v, 'EndQuorumEpochRequest.Topics');
    } else {
      const a: EndQuorumEpochRequestTopicData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeEndQuorumEpochRequestTopicData(r, v));
      _topics = a;
    }
  }
  let _leaderEndpoints: EndQuorumEpochRequestLeaderEndpoint[] = [];
  if (v >= 1) {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('EndQuorumEpochRequest', v, 'EndQuorumEpochRequest.LeaderEndpoints');
    } else {
      const a: EndQuorumEpochRequestLeaderEndpoint[] = [];
      for (let i = 0; i < n; i++) a.push(decodeEndQuorumEpochRequestLeaderEndpoint(r, v));
      _leaderEndpoints = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: EndQuorumEpochRequest = {
    clusterId: _clusterId,
    topics: _topics,
    leaderEndpoints: _leaderEndpoints,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeEndQuorumEpochRequestTopicData(w: Writer, o: EndQuorumEpochRequestTopicData, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('EndQuorumEpochRequest', v, 'TopicData.TopicName');
  if (v >= 1) w.compactString(_topicName);
  else w.string(_topicName);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('EndQuorumEpochRequest', v, 'TopicData.Partitions');
  if (v >= 1) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeEndQuorumEpochRequestPartitionData(w, _partitions[i], v);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeEndQuorumEpochRequestTopicData(r: Reader, v: number): EndQuorumEpochRequestTopicData {
  const _topicName = (v >= 1 ? r.compactString() : r.string());
  let _partitions: EndQuorumEpochRequestPartitionData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(14) : r.arrayLength(14));
    if (n < 0) {
      throw nullOnWire('EndQuorumEpochRequest', v, 'TopicData.Partitions');
    } else {
      const a: EndQuorumEpochRequestPartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeEndQuorumEpochRequestPartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: EndQuorumEpochRequestTopicData = {
    topicName: _topicName,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeEndQuorumEpochRequestPartitionData(w: Writer, o: EndQuorumEpochRequestPartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('EndQuorumEpochRequest', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  const _leaderId = o.leaderId;
  if (_leaderId == null) throw missingField('EndQuorumEpochRequest', v, 'PartitionData.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('EndQuorumEpochRequest', v, 'PartitionData.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (v <= 0) {
    const _preferredSuccessors = o.preferredSuccessors === undefined ? [] : o.preferredSuccessors;
    if (_preferredSuccessors == null) throw missingField('EndQuorumEpochRequest', v, 'PartitionData.PreferredSuccessors');
    w.arrayLength(_preferredSuccessors.length);
    for (let i = 0; i < _preferredSuccessors.length; i++) w.int32(_preferredSuccessors[i]);
  }
  if (v >= 1) {
    const _preferredCandidates = o.preferredCandidates === undefined ? [] : o.preferredCandidates;
    if (_preferredCandidates == null) throw missingField('EndQuorumEpochRequest', v, 'PartitionData.PreferredCandidates');
    w.compactArrayLength(_preferredCandidates.length);
    for (let i = 0; i < _preferredCandidates.length; i++) encodeEndQuorumEpochRequestReplicaInfo(w, _preferredCandidates[i], v);
  }
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeEndQuorumEpochRequestPartitionData(r: Reader, v: number): EndQuorumEpochRequestPartitionData {
  const _partitionIndex = r.int32();
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  let _preferredSuccessors: number[] = [];
  if (v <= 0) {
    const n = r.arrayLength(4);
    if (n < 0) {
      throw nullOnWire('EndQuorumEpochRequest', v, 'PartitionData.PreferredSuccessors');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _preferredSuccessors = a;
    }
  }
  let _preferredCandidates: EndQuorumEpochRequestReplicaInfo[] = [];
  if (v >= 1) {
    const n = r.compactArrayLength(21);
    if (n < 0) {
      throw nullOnWire('EndQuorumEpochRequest', v, 'PartitionData.PreferredCandidates');
    } else {
      const a: EndQuorumEpochRequestReplicaInfo[] = [];
      for (let i = 0; i < n; i++) a.push(decodeEndQuorumEpochRequestReplicaInfo(r, v));
      _preferredCandidates = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: EndQuorumEpochRequestPartitionData = {
    partitionIndex: _partitionIndex,
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
    preferredSuccessors: _preferredSuccessors,
    preferredCandidates: _preferredCandidates,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeEndQuorumEpochRequestReplicaInfo(w: Writer, o: EndQuorumEpochRequestReplicaInfo, v: number): void {
  const _candidateId = o.candidateId;
  if (_candidateId == null) throw missingField('EndQuorumEpochRequest', v, 'ReplicaInfo.CandidateId');
  w.int32(_candidateId);
  const _candidateDirectoryId = o.candidateDirectoryId;
  if (_candidateDirectoryId == null) throw missingField('EndQuorumEpochRequest', v, 'ReplicaInfo.CandidateDirectoryId');
  w.uuid(_candidateDirectoryId);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeEndQuorumEpochRequestReplicaInfo(r: Reader, v: number): EndQuorumEpochRequestReplicaInfo {
  const _candidateId = r.int32();
  const _candidateDirectoryId = r.uuid();
  const unknownTags = r.taggedFields();
  const o: EndQuorumEpochRequestReplicaInfo = {
    candidateId: _candidateId,
    candidateDirectoryId: _candidateDirectoryId,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeEndQuorumEpochRequestLeaderEndpoint(w: Writer, o: EndQuorumEpochRequestLeaderEndpoint, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('EndQuorumEpochRequest', v, 'LeaderEndpoint.Name');
  w.compactString(_name);
  const _host = o.host;
  if (_host == null) throw missingField('EndQuorumEpochRequest', v, 'LeaderEndpoint.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('EndQuorumEpochRequest', v, 'LeaderEndpoint.Port');
  w.uint16(_port);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeEndQuorumEpochRequestLeaderEndpoint(r: Reader, v: number): EndQuorumEpochRequestLeaderEndpoint {
  const _name = r.compactString();
  const _host = r.compactString();
  const _port = r.uint16();
  const unknownTags = r.taggedFields();
  const o: EndQuorumEpochRequestLeaderEndpoint = {
    name: _name,
    host: _host,
    port: _port,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeEndQuorumEpochResponse(w: Writer, o: EndQuorumEpochResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('EndQuorumEpochResponse', v, 'EndQuorumEpochResponse.ErrorCode');
  w.int16(_errorCode);
  const _topics = o.topics;
  if (_topics == null) throw missingField('EndQuorumEpochResponse', v, 'EndQuorumEpochResponse.Topics');
  if (v >= 1) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeEndQuorumEpochResponseTopicData(w, _topics[i], v);
  if (v < 1) {
    const x = o.nodeEndpoints;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('EndQuorumEpochResponse', v, 'EndQuorumEpochResponse.NodeEndpoints');
  }
  if (v >= 1) {
    let tags: TaggedField[] | undefined;
    {
      const _nodeEndpoints = o.nodeEndpoints;
      if (_nodeEndpoints === null) throw missingField('EndQuorumEpochResponse', v, 'EndQuorumEpochResponse.NodeEndpoints');
      if (_nodeEndpoints !== undefined && !(_nodeEndpoints.length === 0)) {
        const tw = new Writer(64);
        tw.compactArrayLength(_nodeEndpoints.length);
        for (let i = 0; i < _nodeEndpoints.length; i++) encodeEndQuorumEpochResponseNodeEndpoint(tw, _nodeEndpoints[i], v);
        (tags ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(tags, o._unknownTaggedFields);
  }
}

function decodeEndQuorumEpochResponse(r: Reader, v: number): EndQuorumEpochResponse {
  const _errorCode = r.int16();
  let _topics: EndQuorumEpochResponseTopicData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('EndQuorumEpochResponse', v, 'EndQuorumEpochResponse.Topics');
    } else {
      const a: EndQuorumEpochResponseTopicData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeEndQuorumEpochResponseTopicData(r, v));
      _topics = a;
    }
  }
  let _nodeEndpoints: EndQuorumEpochResponseNodeEndpoint[] = [];
  let unknownTags: TaggedField[] | undefined;
  if (v >= 1) {
    unknownTags = r.taggedFields((tag, tr) => {
      switch (tag) {
        case 0: {
          const n = tr.compactArrayLength(8);
          if (n < 0) {
            throw nullOnWire('EndQuorumEpochResponse', v, 'EndQuorumEpochResponse.NodeEndpoints');
          } else {
            const a: EndQuorumEpochResponseNodeEndpoint[] = [];
            for (let i = 0; i < n; i++) a.push(decodeEndQuorumEpochResponseNodeEndpoint(tr, v));
            _nodeEndpoints = a;
          }
          return true;
        }
      }
      return false;
    });
  }
  const o: EndQuorumEpochResponse = {
    errorCode: _errorCode,
    topics: _topics,
    nodeEndpoints: _nodeEndpoints,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeEndQuorumEpochResponseTopicData(w: Writer, o: EndQuorumEpochResponseTopicData, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('EndQuorumEpochResponse', v, 'TopicData.TopicName');
  if (v >= 1) w.compactString(_topicName);
  else w.string(_topicName);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('EndQuorumEpochResponse', v, 'TopicData.Partitions');
  if (v >= 1) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeEndQuorumEpochResponsePartitionData(w, _partitions[i], v);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeEndQuorumEpochResponseTopicData(r: Reader, v: number): EndQuorumEpochResponseTopicData {
  const _topicName = (v >= 1 ? r.compactString() : r.string());
  let _partitions: EndQuorumEpochResponsePartitionData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(14) : r.arrayLength(14));
    if (n < 0) {
      throw nullOnWire('EndQuorumEpochResponse', v, 'TopicData.Partitions');
    } else {
      const a: EndQuorumEpochResponsePartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeEndQuorumEpochResponsePartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: EndQuorumEpochResponseTopicData = {
    topicName: _topicName,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeEndQuorumEpochResponsePartitionData(w: Writer, o: EndQuorumEpochResponsePartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('EndQuorumEpochResponse', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('EndQuorumEpochResponse', v, 'PartitionData.ErrorCode');
  w.int16(_errorCode);
  const _leaderId = o.leaderId;
  if (_leaderId == null) throw missingField('EndQuorumEpochResponse', v, 'PartitionData.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('EndQuorumEpochResponse', v, 'PartitionData.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeEndQuorumEpochResponsePartitionData(r: Reader, v: number): EndQuorumEpochResponsePartitionData {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: EndQuorumEpochResponsePartitionData = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeEndQuorumEpochResponseNodeEndpoint(w: Writer, o: EndQuorumEpochResponseNodeEndpoint, v: number): void {
  const _nodeId = o.nodeId;
  if (_nodeId == null) throw missingField('EndQuorumEpochResponse', v, 'NodeEndpoint.NodeId');
  w.int32(_nodeId);
  const _host = o.host;
  if (_host == null) throw missingField('EndQuorumEpochResponse', v, 'NodeEndpoint.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('EndQuorumEpochResponse', v, 'NodeEndpoint.Port');
  w.uint16(_port);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeEndQuorumEpochResponseNodeEndpoint(r: Reader, v: number): EndQuorumEpochResponseNodeEndpoint {
  const _nodeId = r.int32();
  const _host = r.compactString();
  const _port = r.uint16();
  const unknownTags = r.taggedFields();
  const o: EndQuorumEpochResponseNodeEndpoint = {
    nodeId: _nodeId,
    host: _host,
    port: _port,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The EndQuorumEpoch API (key 54): versions 0-1, flexible from 1. Served by: controller. */
export const EndQuorumEpochApi: ApiCodec<EndQuorumEpochRequest, EndQuorumEpochResponse> = {
  apiKey: 54,
  name: 'EndQuorumEpoch',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  latestVersionUnstable: false,
  listeners: ['controller'],
  requestHeaderVersion: (v: number): number => (v >= 1 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 1 ? 1 : 0),
  encodeRequest(w: Writer, body: EndQuorumEpochRequest, v: number): void {
    checkVersion('EndQuorumEpoch', v, 0, 1);
    try {
      encodeEndQuorumEpochRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode EndQuorumEpochRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): EndQuorumEpochRequest {
    checkVersion('EndQuorumEpoch', v, 0, 1);
    try {
      return decodeEndQuorumEpochRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode EndQuorumEpochRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: EndQuorumEpochResponse, v: number): void {
    checkVersion('EndQuorumEpoch', v, 0, 1);
    try {
      encodeEndQuorumEpochResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode EndQuorumEpochResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): EndQuorumEpochResponse {
    checkVersion('EndQuorumEpoch', v, 0, 1);
    try {
      return decodeEndQuorumEpochResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode EndQuorumEpochResponse v${v}`, e);
    }
  },
};
