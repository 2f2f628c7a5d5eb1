// Generated from FetchSnapshotRequest.json, FetchSnapshotResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import { type Uuid, ZERO_UUID } from '../primitives/uuid.js';
import { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A FetchSnapshot request (API key 59): versions 0-1, flexible from 0. */
export interface FetchSnapshotRequest {
  /**
   * The clusterId if known, this is used to validate metadata fetches prior to broker registration.
   *
   * Versions 0-1; nullable 0-1; tagged (tag 0) 0-1; default "null".
   */
  clusterId?: string | null;
  /**
   * The broker ID of the follower.
   *
   * Versions 0-1; default "-1".
   */
  replicaId?: number;
  /**
   * The maximum bytes to fetch from all of the snapshots.
   *
   * Versions 0-1; default "0x7fffffff".
   */
  maxBytes?: number;
  /**
   * The topics to fetch.
   *
   * Versions 0-1.
   */
  topics: FetchSnapshotRequestTopicSnapshot[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to fetch. */
export interface FetchSnapshotRequestTopicSnapshot {
  /**
   * The name of the topic to fetch.
   *
   * Versions 0-1.
   */
  name: string;
  /**
   * The partitions to fetch.
   *
   * Versions 0-1.
   */
  partitions: FetchSnapshotRequestPartitionSnapshot[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions to fetch. */
export interface FetchSnapshotRequestPartitionSnapshot {
  /**
   * The partition index.
   *
   * Versions 0-1.
   */
  partition: number;
  /**
   * The current leader epoch of the partition, -1 for unknown leader epoch.
   *
   * Versions 0-1.
   */
  currentLeaderEpoch: number;
  /**
   * The snapshot endOffset and epoch to fetch.
   *
   * Versions 0-1.
   */
  snapshotId: FetchSnapshotRequestSnapshotId;
  /**
   * The byte position within the snapshot to start fetching from.
   *
   * Versions 0-1.
   */
  position: bigint;
  /**
   * The directory id of the follower fetching.
   *
   * Versions 1; tagged (tag 0) 1; ignorable.
   */
  replicaDirectoryId?: Uuid;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The snapshot endOffset and epoch to fetch. */
export interface FetchSnapshotRequestSnapshotId {
  /**
   * The end offset of the snapshot.
   *
   * Versions 0-1.
   */
  endOffset: bigint;
  /**
   * The epoch of the snapshot.
   *
   * Versions 0-1.
   */
  epoch: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A FetchSnapshot response (API key 59): versions 0-1, flexible from 0. */
export interface FetchSnapshotResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-1; ignorable.
   */
  throttleTimeMs: number;
  /**
   * The top level response error code.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The topics to fetch.
   *
   * Versions 0-1.
   */
  topics: FetchSnapshotResponseTopicSnapshot[];
  /**
   * Endpoints for all current-leaders enumerated in PartitionSnapshot.
   *
   * Versions 1; tagged (tag 0) 1.
   */
  nodeEndpoints?: FetchSnapshotResponseNodeEndpoint[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to fetch. */
export interface FetchSnapshotResponseTopicSnapshot {
  /**
   * The name of the topic to fetch.
   *
   * Versions 0-1.
   */
  name: string;
  /**
   * The partitions to fetch.
   *
   * Versions 0-1.
   */
  partitions: FetchSnapshotResponsePartitionSnapshot[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions to fetch. */
export interface FetchSnapshotResponsePartitionSnapshot {
  /**
   * The partition index.
   *
   * Versions 0-1.
   */
  index: number;
  /**
   * The error code, or 0 if there was no fetch error.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The snapshot endOffset and epoch fetched.
   *
   * Versions 0-1.
   */
  snapshotId: FetchSnapshotResponseSnapshotId;
  /**
   * The leader of the partition at the time of the snapshot.
   *
   * Versions 0-1; tagged (tag 0) 0-1.
   */
  currentLeader?: FetchSnapshotResponseLeaderIdAndEpoch;
  /**
   * The total size of the snapshot.
   *
   * Versions 0-1.
   */
  size: bigint;
  /**
   * The starting byte position within the snapshot included in the Bytes field.
   *
   * Versions 0-1.
   */
  position: bigint;
  /**
   * Snapshot data in records format which may not be aligned on an offset boundary.
   *
   * Versions 0-1.
   */
  unalignedRecords: Buffer;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The snapshot endOffset and epoch fetched. */
export interface FetchSnapshotResponseSnapshotId {
  /**
   * The snapshot end offset.
   *
   * Versions 0-1.
   */
  endOffset: bigint;
  /**
   * The snapshot epoch.
   *
   * Versions 0-1.
   */
  epoch: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The leader of the partition at the time of the snapshot. */
export interface FetchSnapshotResponseLeaderIdAndEpoch {
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

/** Endpoints for all current-leaders enumerated in PartitionSnapshot. */
export interface FetchSnapshotResponseNodeEndpoint {
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

function encodeFetchSnapshotRequest(w: Writer, o: FetchSnapshotRequest, v: number): void {
  const _replicaId = o.replicaId === undefined ? -1 : o.replicaId;
  if (_replicaId == null) throw missingField('FetchSnapshotRequest', v, 'FetchSnapshotRequest.ReplicaId');
  w.int32(_replicaId);
  const _maxBytes = o.maxBytes === undefined ? 2147483647 : o.maxBytes;
  if (_maxBytes == null) throw missingField('FetchSnapshotRequest', v, 'FetchSnapshotRequest.MaxBytes');
  w.int32(_maxBytes);
  const _topics = o.topics;
  if (_topics == null) throw missingField('FetchSnapshotRequest', v, 'FetchSnapshotRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeFetchSnapshotRequestTopicSnapshot(w, _topics[i], v);
  let tags: TaggedField[] | undefined;
  {
    const _clusterId = o.clusterId;
    if (_clusterId !== undefined && !(_clusterId === null)) {
      const tw = new Writer(64);
      tw.compactNullableString(_clusterId);
      (tags ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(tags, o._unknownTaggedFields);
}

function decodeFetchSnapshotRequest(r: Reader, v: number): FetchSnapshotRequest {
  let _clusterId: string | null = null;
  const _replicaId = r.int32();
  const _maxBytes = r.int32();
  let _topics: FetchSnapshotRequestTopicSnapshot[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('FetchSnapshotRequest', v, 'FetchSnapshotRequest.Topics');
    } else {
      const a: FetchSnapshotRequestTopicSnapshot[] = [];
      for (let i = 0; i < n; i++) a.push(decodeFetchSnapshotRequestTopicSnapshot(r, v));
      _topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = r.taggedFields((tag, tr) => {
    switch (tag) {
      case 0: {
        _clusterId = tr.compactNullableString();
        return true;
      }
    }
    return false;
  });
  const o: FetchSnapshotRequest = {
    clusterId: _clusterId,
    replicaId: _replicaId,
    maxBytes: _maxBytes,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchSnapshotRequestTopicSnapshot(w: Writer, o: FetchSnapshotRequestTopicSnapshot, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('FetchSnapshotRequest', v, 'TopicSnapshot.Name');
  w.compactString(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('FetchSnapshotRequest', v, 'TopicSnapshot.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeFetchSnapshotRequestPartitionSnapshot(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeFetchSnapshotRequestTopicSnapshot(r: Reader, v: number): FetchSnapshotRequestTopicSnapshot {
  const _name = r.compactString();
  let _partitions: FetchSnapshotRequestPartitionSnapshot[];
  {
    const n = r.compactArrayLength(30);
    if (n < 0) {
      throw nullOnWire('FetchSnapshotRequest', v, 'TopicSnapshot.Partitions');
    } else {
      const a: FetchSnapshotRequestPartitionSnapshot[] = [];
      for (let i = 0; i < n; i++) a.push(decodeFetchSnapshotRequestPartitionSnapshot(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: FetchSnapshotRequestTopicSnapshot = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchSnapshotRequestPartitionSnapshot(w: Writer, o: FetchSnapshotRequestPartitionSnapshot, v: number): void {
  const _partition = o.partition;
  if (_partition == null) throw missingField('FetchSnapshotRequest', v, 'PartitionSnapshot.Partition');
  w.int32(_partition);
  const _currentLeaderEpoch = o.currentLeaderEpoch;
  if (_currentLeaderEpoch == null) throw missingField('FetchSnapshotRequest', v, 'PartitionSnapshot.CurrentLeaderEpoch');
  w.int32(_currentLeaderEpoch);
  const _snapshotId = o.snapshotId;
  if (_snapshotId == null) throw missingField('FetchSnapshotRequest', v, 'PartitionSnapshot.SnapshotId');
  encodeFetchSnapshotRequestSnapshotId(w, _snapshotId, v);
  const _position = o.position;
  if (_position == null) throw missingField('FetchSnapshotRequest', v, 'PartitionSnapshot.Position');
  w.int64(_position);
  let tags: TaggedField[] | undefined;
  if (v >= 1) {
    const _replicaDirectoryId = o.replicaDirectoryId;
    if (_replicaDirectoryId === null) throw missingField('FetchSnapshotRequest', v, 'PartitionSnapshot.ReplicaDirectoryId');
    if (_replicaDirectoryId !== undefined && !(_replicaDirectoryId === ZERO_UUID)) {
      const tw = new Writer(64);
      tw.uuid(_replicaDirectoryId);
      (tags ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(tags, o._unknownTaggedFields);
}

function decodeFetchSnapshotRequestPartitionSnapshot(r: Reader, v: number): FetchSnapshotRequestPartitionSnapshot {
  const _partition = r.int32();
  const _currentLeaderEpoch = r.int32();
  const _snapshotId = decodeFetchSnapshotRequestSnapshotId(r, v);
  const _position = r.int64();
  let _replicaDirectoryId: Uuid = ZERO_UUID;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = r.taggedFields((tag, tr) => {
    switch (tag) {
      case 0: {
        if (v >= 1) {
          _replicaDirectoryId = tr.uuid();
          return true;
        }
        return false;
      }
    }
    return false;
  });
  const o: FetchSnapshotRequestPartitionSnapshot = {
    partition: _partition,
    currentLeaderEpoch: _currentLeaderEpoch,
    snapshotId: _snapshotId,
    position: _position,
    replicaDirectoryId: _replicaDirectoryId,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchSnapshotRequestSnapshotId(w: Writer, o: FetchSnapshotRequestSnapshotId, v: number): void {
  const _endOffset = o.endOffset;
  if (_endOffset == null) throw missingField('FetchSnapshotRequest', v, 'SnapshotId.EndOffset');
  w.int64(_endOffset);
  const _epoch = o.epoch;
  if (_epoch == null) throw missingField('FetchSnapshotRequest', v, 'SnapshotId.Epoch');
  w.int32(_epoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeFetchSnapshotRequestSnapshotId(r: Reader, v: number): FetchSnapshotRequestSnapshotId {
  const _endOffset = r.int64();
  const _epoch = r.int32();
  const unknownTags = r.taggedFields();
  const o: FetchSnapshotRequestSnapshotId = {
    endOffset: _endOffset,
    epoch: _epoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function isDefaultFetchSnapshotRequestSnapshotId(o: FetchSnapshotRequestSnapshotId): boolean {
  return (
    (o.endOffset === undefined || o.endOffset === 0n) &&
    (o.epoch === undefined || o.epoch === 0) &&
    !o._unknownTaggedFields?.length
  );
}

function encodeFetchSnapshotResponse(w: Writer, o: FetchSnapshotResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('FetchSnapshotResponse', v, 'FetchSnapshotResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('FetchSnapshotResponse', v, 'FetchSnapshotResponse.ErrorCode');
  w.int16(_errorCode);
  const _topics = o.topics;
  if (_topics == null) throw missingField('FetchSnapshotResponse', v, 'FetchSnapshotResponse.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeFetchSnapshotResponseTopicSnapshot(w, _topics[i], v);
  if (v < 1) {
    const x = o.nodeEndpoints;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('FetchSnapshotResponse', v, 'FetchSnapshotResponse.NodeEndpoints');
  }
  let tags: TaggedField[] | undefined;
  if (v >= 1) {
    const _nodeEndpoints = o.nodeEndpoints;
    if (_nodeEndpoints === null) throw missingField('FetchSnapshotResponse', v, 'FetchSnapshotResponse.NodeEndpoints');
    if (_nodeEndpoints !== undefined && !(_nodeEndpoints.length === 0)) {
      const tw = new Writer(64);
      tw.compactArrayLength(_nodeEndpoints.length);
      for (let i = 0; i < _nodeEndpoints.length; i++) encodeFetchSnapshotResponseNodeEndpoint(tw, _nodeEndpoints[i], v);
      (tags ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(tags, o._unknownTaggedFields);
}

function decodeFetchSnapshotResponse(r: Reader, v: number): FetchSnapshotResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  let _topics: FetchSnapshotResponseTopicSnapshot[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('FetchSnapshotResponse', v, 'FetchSnapshotResponse.Topics');
    } else {
      const a: FetchSnapshotResponseTopicSnapshot[] = [];
      for (let i = 0; i < n; i++) a.push(decodeFetchSnapshotResponseTopicSnapshot(r, v));
      _topics = a;
    }
  }
  let _nodeEndpoints: FetchSnapshotResponseNodeEndpoint[] = [];
  let unknownTags: TaggedField[] | undefined;
  unknownTags = r.taggedFields((tag, tr) => {
    switch (tag) {
      case 0: {
        if (v >= 1) {
          const n = tr.compactArrayLength(8);
          if (n < 0) {
            throw nullOnWire('FetchSnapshotResponse', v, 'FetchSnapshotResponse.NodeEndpoints');
          } else {
            const a: FetchSnapshotResponseNodeEndpoint[] = [];
            for (let i = 0; i < n; i++) a.push(decodeFetchSnapshotResponseNodeEndpoint(tr, v));
            _nodeEndpoints = a;
          }
          return true;
        }
        return false;
      }
    }
    return false;
  });
  const o: FetchSnapshotResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    topics: _topics,
    nodeEndpoints: _nodeEndpoints,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchSnapshotResponseTopicSnapshot(w: Writer, o: FetchSnapshotResponseTopicSnapshot, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('FetchSnapshotResponse', v, 'TopicSnapshot.Name');
  w.compactString(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('FetchSnapshotResponse', v, 'TopicSnapshot.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeFetchSnapshotResponsePartitionSnapshot(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeFetchSnapshotResponseTopicSnapshot(r: Reader, v: number): FetchSnapshotResponseTopicSnapshot {
  const _name = r.compactString();
  let _partitions: FetchSnapshotResponsePartitionSnapshot[];
  {
    const n = r.compactArrayLength(37);
    if (n < 0) {
      throw nullOnWire('FetchSnapshotResponse', v, 'TopicSnapshot.Partitions');
    } else {
      const a: FetchSnapshotResponsePartitionSnapshot[] = [];
      for (let i = 0; i < n; i++) a.push(decodeFetchSnapshotResponsePartitionSnapshot(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: FetchSnapshotResponseTopicSnapshot = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchSnapshotResponsePartitionSnapshot(w: Writer, o: FetchSnapshotResponsePartitionSnapshot, v: number): void {
  const _index = o.index;
  if (_index == null) throw missingField('FetchSnapshotResponse', v, 'PartitionSnapshot.Index');
  w.int32(_index);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('FetchSnapshotResponse', v, 'PartitionSnapshot.ErrorCode');
  w.int16(_errorCode);
  const _snapshotId = o.snapshotId;
  if (_snapshotId == null) throw missingField('FetchSnapshotResponse', v, 'PartitionSnapshot.SnapshotId');
  encodeFetchSnapshotResponseSnapshotId(w, _snapshotId, v);
  const _size = o.size;
  if (_size == null) throw missingField('FetchSnapshotResponse', v, 'PartitionSnapshot.Size');
  w.int64(_size);
  const _position = o.position;
  if (_position == null) throw missingField('FetchSnapshotResponse', v, 'PartitionSnapshot.Position');
  w.int64(_position);
  const _unalignedRecords = o.unalignedRecords;
  if (_unalignedRecords == null) throw missingField('FetchSnapshotResponse', v, 'PartitionSnapshot.UnalignedRecords');
  w.compactBytes(_unalignedRecords);
  let tags: TaggedField[] | undefined;
  {
    const _currentLeader = o.currentLeader;
    if (_currentLeader === null) throw missingField('FetchSnapshotResponse', v, 'PartitionSnapshot.CurrentLeader');
    if (_currentLeader !== undefined && !(isDefaultFetchSnapshotResponseLeaderIdAndEpoch(_currentLeader))) {
      const tw = new Writer(64);
      encodeFetchSnapshotResponseLeaderIdAndEpoch(tw, _currentLeader, v);
      (tags ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(tags, o._unknownTaggedFields);
}

function decodeFetchSnapshotResponsePartitionSnapshot(r: Reader, v: number): FetchSnapshotResponsePartitionSnapshot {
  const _index = r.int32();
  const _errorCode = r.int16();
  const _snapshotId = decodeFetchSnapshotResponseSnapshotId(r, v);
  let _currentLeader: FetchSnapshotResponseLeaderIdAndEpoch = defaultFetchSnapshotResponseLeaderIdAndEpoch();
  const _size = r.int64();
  const _position = r.int64();
  const _unalignedRecords = r.compactBytes();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = r.taggedFields((tag, tr) => {
    switch (tag) {
      case 0: {
        _currentLeader = decodeFetchSnapshotResponseLeaderIdAndEpoch(tr, v);
        return true;
      }
    }
    return false;
  });
  const o: FetchSnapshotResponsePartitionSnapshot = {
    index: _index,
    errorCode: _errorCode,
    snapshotId: _snapshotId,
    currentLeader: _currentLeader,
    size: _size,
    position: _position,
    unalignedRecords: _unalignedRecords,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchSnapshotResponseSnapshotId(w: Writer, o: FetchSnapshotResponseSnapshotId, v: number): void {
  const _endOffset = o.endOffset;
  if (_endOffset == null) throw missingField('FetchSnapshotResponse', v, 'SnapshotId.EndOffset');
  w.int64(_endOffset);
  const _epoch = o.epoch;
  if (_epoch == null) throw missingField('FetchSnapshotResponse', v, 'SnapshotId.Epoch');
  w.int32(_epoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeFetchSnapshotResponseSnapshotId(r: Reader, v: number): FetchSnapshotResponseSnapshotId {
  const _endOffset = r.int64();
  const _epoch = r.int32();
  const unknownTags = r.taggedFields();
  const o: FetchSnapshotResponseSnapshotId = {
    endOffset: _endOffset,
    epoch: _epoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchSnapshotResponseLeaderIdAndEpoch(w: Writer, o: FetchSnapshotResponseLeaderIdAndEpoch, v: number): void {
  const _leaderId = o.leaderId;
  if (_leaderId == null) throw missingField('FetchSnapshotResponse', v, 'LeaderIdAndEpoch.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('FetchSnapshotResponse', v, 'LeaderIdAndEpoch.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeFetchSnapshotResponseLeaderIdAndEpoch(r: Reader, v: number): FetchSnapshotResponseLeaderIdAndEpoch {
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  const unknownTags = r.taggedFields();
  const o: FetchSnapshotResponseLeaderIdAndEpoch = {
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchSnapshotResponseNodeEndpoint(w: Writer, o: FetchSnapshotResponseNodeEndpoint, v: number): void {
  const _nodeId = o.nodeId;
  if (_nodeId == null) throw missingField('FetchSnapshotResponse', v, 'NodeEndpoint.NodeId');
  w.int32(_nodeId);
  const _host = o.host;
  if (_host == null) throw missingField('FetchSnapshotResponse', v, 'NodeEndpoint.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('FetchSnapshotResponse', v, 'NodeEndpoint.Port');
  w.uint16(_port);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeFetchSnapshotResponseNodeEndpoint(r: Reader, v: number): FetchSnapshotResponseNodeEndpoint {
  const _nodeId = r.int32();
  const _host = r.compactString();
  const _port = r.uint16();
  const unknownTags = r.taggedFields();
  const o: FetchSnapshotResponseNodeEndpoint = {
    nodeId: _nodeId,
    host: _host,
    port: _port,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function isDefaultFetchSnapshotResponseSnapshotId(o: FetchSnapshotResponseSnapshotId): boolean {
  return (
    (o.endOffset === undefined || o.endOffset === 0n) &&
    (o.epoch === undefined || o.epoch === 0) &&
    !o._unknownTaggedFields?.length
  );
}

function defaultFetchSnapshotResponseLeaderIdAndEpoch(): FetchSnapshotResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
  };
}

function isDefaultFetchSnapshotResponseLeaderIdAndEpoch(o: FetchSnapshotResponseLeaderIdAndEpoch): boolean {
  return (
    (o.leaderId === undefined || o.leaderId === 0) &&
    (o.leaderEpoch === undefined || o.leaderEpoch === 0) &&
    !o._unknownTaggedFields?.length
  );
}

/** The FetchSnapshot API (key 59): versions 0-1, flexible from 0. Served by: controller. */
export const FetchSnapshotApi: ApiCodec<FetchSnapshotRequest, FetchSnapshotResponse> = {
  apiKey: 59,
  name: 'FetchSnapshot',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: FetchSnapshotRequest, v: number): void {
    checkVersion('FetchSnapshot', v, 0, 1);
    try {
      encodeFetchSnapshotRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode FetchSnapshotRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): FetchSnapshotRequest {
    checkVersion('FetchSnapshot', v, 0, 1);
    try {
      return decodeFetchSnapshotRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode FetchSnapshotRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: FetchSnapshotResponse, v: number): void {
    checkVersion('FetchSnapshot', v, 0, 1);
    try {
      encodeFetchSnapshotResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode FetchSnapshotResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): FetchSnapshotResponse {
    checkVersion('FetchSnapshot', v, 0, 1);
    try {
      return decodeFetchSnapshotResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode FetchSnapshotResponse v${v}`, e);
    }
  },
};
