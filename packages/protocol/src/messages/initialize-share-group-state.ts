// Generated from InitializeShareGroupStateRequest.json, InitializeShareGroupStateResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A InitializeShareGroupState request (API key 83): versions 0, flexible from 0. */
export interface InitializeShareGroupStateRequest {
  /**
   * The group identifier.
   *
   * Versions 0.
   */
  groupId: string;
  /**
   * The data for the topics.
   *
   * Versions 0.
   */
  topics: InitializeShareGroupStateRequestInitializeStateData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The data for the topics. */
export interface InitializeShareGroupStateRequestInitializeStateData {
  /**
   * The topic identifier.
   *
   * Versions 0.
   */
  topicId: Uuid;
  /**
   * The data for the partitions.
   *
   * Versions 0.
   */
  partitions: InitializeShareGroupStateRequestPartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The data for the partitions. */
export interface InitializeShareGroupStateRequestPartitionData {
  /**
   * The partition index.
   *
   * Versions 0.
   */
  partition: number;
  /**
   * The state epoch for this share-partition.
   *
   * Versions 0.
   */
  stateEpoch: number;
  /**
   * The share-partition start offset, or -1 if the start offset is not being initialized.
   *
   * Versions 0.
   */
  startOffset: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A InitializeShareGroupState response (API key 83): versions 0, flexible from 0. */
export interface InitializeShareGroupStateResponse {
  /**
   * The initialization results.
   *
   * Versions 0.
   */
  results: InitializeShareGroupStateResponseInitializeStateResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The initialization results. */
export interface InitializeShareGroupStateResponseInitializeStateResult {
  /**
   * The topic identifier.
   *
   * Versions 0.
   */
  topicId: Uuid;
  /**
   * The results for the partitions.
   *
   * Versions 0.
   */
  partitions: InitializeShareGroupStateResponsePartitionResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for the partitions. */
export interface InitializeShareGroupStateResponsePartitionResult {
  /**
   * The partition index.
   *
   * Versions 0.
   */
  partition: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 0; nullable 0; default "null".
   */
  errorMessage?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeInitializeShareGroupStateRequest(w: Writer, o: InitializeShareGroupStateRequest, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('InitializeShareGroupStateRequest', v, 'InitializeShareGroupStateRequest.GroupId');
  w.compactString(_groupId);
  const _topics = o.topics;
  if (_topics == null) throw missingField('InitializeShareGroupStateRequest', v, 'InitializeShareGroupStateRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeInitializeShareGroupStateRequestInitializeStateData(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeInitializeShareGroupStateRequest(r: Reader, v: number): InitializeShareGroupStateRequest {
  const _groupId = r.compactString();
  let _topics: InitializeShareGroupStateRequestInitializeStateData[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('InitializeShareGroupStateRequest', v, 'InitializeShareGroupStateRequest.Topics');
    } else {
      const a: InitializeShareGroupStateRequestInitializeStateData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeInitializeShareGroupStateRequestInitializeStateData(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: InitializeShareGroupStateRequest = {
    groupId: _groupId,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeInitializeShareGroupStateRequestInitializeStateData(w: Writer, o: InitializeShareGroupStateRequestInitializeStateData, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('InitializeShareGroupStateRequest', v, 'InitializeStateData.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('InitializeShareGroupStateRequest', v, 'InitializeStateData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeInitializeShareGroupStateRequestPartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeInitializeShareGroupStateRequestInitializeStateData(r: Reader, v: number): InitializeShareGroupStateRequestInitializeStateData {
  const _topicId = r.uuid();
  let _partitions: InitializeShareGroupStateRequestPartitionData[];
  {
    const n = r.compactArrayLength(17);
    if (n < 0) {
      throw nullOnWire('InitializeShareGroupStateRequest', v, 'InitializeStateData.Partitions');
    } else {
      const a: InitializeShareGroupStateRequestPartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeInitializeShareGroupStateRequestPartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: InitializeShareGroupStateRequestInitializeStateData = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeInitializeShareGroupStateRequestPartitionData(w: Writer, o: InitializeShareGroupStateRequestPartitionData, v: number): void {
  const _partition = o.partition;
  if (_partition == null) throw missingField('InitializeShareGroupStateRequest', v, 'PartitionData.Partition');
  w.int32(_partition);
  const _stateEpoch = o.stateEpoch;
  if (_stateEpoch == null) throw missingField('InitializeShareGroupStateRequest', v, 'PartitionData.StateEpoch');
  w.int32(_stateEpoch);
  const _startOffset = o.startOffset;
  if (_startOffset == null) throw missingField('InitializeShareGroupStateRequest', v, 'PartitionData.StartOffset');
  w.int64(_startOffset);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeInitializeShareGroupStateRequestPartitionData(r: Reader, v: number): InitializeShareGroupStateRequestPartitionData {
  const _partition = r.int32();
  const _stateEpoch = r.int32();
  const _startOffset = r.int64();
  const unknownTags = r.taggedFields();
  const o: InitializeShareGroupStateRequestPartitionData = {
    partition: _partition,
    stateEpoch: _stateEpoch,
    startOffset: _startOffset,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeInitializeShareGroupStateResponse(w: Writer, o: InitializeShareGroupStateResponse, v: number): void {
  const _results = o.results;
  if (_results == null) throw missingField('InitializeShareGroupStateResponse', v, 'InitializeShareGroupStateResponse.Results');
  w.compactArrayLength(_results.length);
  for (let i = 0; i < _results.length; i++) encodeInitializeShareGroupStateResponseInitializeStateResult(w, _results[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeInitializeShareGroupStateResponse(r: Reader, v: number): InitializeShareGroupStateResponse {
  let _results: InitializeShareGroupStateResponseInitializeStateResult[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('InitializeShareGroupStateResponse', v, 'InitializeShareGroupStateResponse.Results');
    } else {
      const a: InitializeShareGroupStateResponseInitializeStateResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeInitializeShareGroupStateResponseInitializeStateResult(r, v));
      _results = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: InitializeShareGroupStateResponse = {
    results: _results,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeInitializeShareGroupStateResponseInitializeStateResult(w: Writer, o: InitializeShareGroupStateResponseInitializeStateResult, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('InitializeShareGroupStateResponse', v, 'InitializeStateResult.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('InitializeShareGroupStateResponse', v, 'InitializeStateResult.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeInitializeShareGroupStateResponsePartitionResult(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeInitializeShareGroupStateResponseInitializeStateResult(r: Reader, v: number): InitializeShareGroupStateResponseInitializeStateResult {
  const _topicId = r.uuid();
  let _partitions: InitializeShareGroupStateResponsePartitionResult[];
  {
    const n = r.compactArrayLength(8);
    if (n < 0) {
      throw nullOnWire('InitializeShareGroupStateResponse', v, 'InitializeStateResult.Partitions');
    } else {
      const a: InitializeShareGroupStateResponsePartitionResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeInitializeShareGroupStateResponsePartitionResult(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: InitializeShareGroupStateResponseInitializeStateResult = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeInitializeShareGroupStateResponsePartitionResult(w: Writer, o: InitializeShareGroupStateResponsePartitionResult, v: number): void {
  const _partition = o.partition;
  if (_partition == null) throw missingField('InitializeShareGroupStateResponse', v, 'PartitionResult.Partition');
  w.int32(_partition);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('InitializeShareGroupStateResponse', v, 'PartitionResult.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeInitializeShareGroupStateResponsePartitionResult(r: Reader, v: number): InitializeShareGroupStateResponsePartitionResult {
  const _partition = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: InitializeShareGroupStateResponsePartitionResult = {
    partition: _partition,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The InitializeShareGroupState API (key 83): versions 0, flexible from 0. Served by: broker.
 */
export const InitializeShareGroupStateApi: ApiCodec<InitializeShareGroupStateRequest, InitializeShareGroupStateResponse> = {
  apiKey: 83,
  name: 'InitializeShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: InitializeShareGroupStateRequest, v: number): void {
    checkVersion('InitializeShareGroupState', v, 0, 0);
    try {
      encodeInitializeShareGroupStateRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode InitializeShareGroupStateRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): InitializeShareGroupStateRequest {
    checkVersion('InitializeShareGroupState', v, 0, 0);
    try {
      return decodeInitializeShareGroupStateRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode InitializeShareGroupStateRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: InitializeShareGroupStateResponse, v: number): void {
    checkVersion('InitializeShareGroupState', v, 0, 0);
    try {
      encodeInitializeShareGroupStateResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode InitializeShareGroupStateResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): InitializeShareGroupStateResponse {
    checkVersion('InitializeShareGroupState', v, 0, 0);
    try {
      return decodeInitializeShareGroupStateResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode InitializeShareGroupStateResponse v${v}`, e);
    }
  },
};
