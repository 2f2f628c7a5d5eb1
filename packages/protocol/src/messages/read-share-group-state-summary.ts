// Generated from ReadShareGroupStateSummaryRequest.json, ReadShareGroupStateSummaryResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A ReadShareGroupStateSummary request (API key 87): versions 0-1, flexible from 0. */
export interface ReadShareGroupStateSummaryRequest {
  /**
   * The group identifier.
   *
   * Versions 0-1.
   */
  groupId: string;
  /**
   * The data for the topics.
   *
   * Versions 0-1.
   */
  topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The data for the topics. */
export interface ReadShareGroupStateSummaryRequestReadStateSummaryData {
  /**
   * The topic identifier.
   *
   * Versions 0-1.
   */
  topicId: Uuid;
  /**
   * The data for the partitions.
   *
   * Versions 0-1.
   */
  partitions: ReadShareGroupStateSummaryRequestPartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The data for the partitions. */
export interface ReadShareGroupStateSummaryRequestPartitionData {
  /**
   * The partition index.
   *
   * Versions 0-1.
   */
  partition: number;
  /**
   * The leader epoch of the share-partition.
   *
   * Versions 0-1.
   */
  leaderEpoch: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ReadShareGroupStateSummary response (API key 87): versions 0-1, flexible from 0. */
export interface ReadShareGroupStateSummaryResponse {
  /**
   * The read results.
   *
   * Versions 0-1.
   */
  results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The read results. */
export interface ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  /**
   * The topic identifier.
   *
   * Versions 0-1.
   */
  topicId: Uuid;
  /**
   * The results for the partitions.
   *
   * Versions 0-1.
   */
  partitions: ReadShareGroupStateSummaryResponsePartitionResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for the partitions. */
export interface ReadShareGroupStateSummaryResponsePartitionResult {
  /**
   * The partition index.
   *
   * Versions 0-1.
   */
  partition: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 0-1; nullable 0-1; default "null".
   */
  errorMessage?: string | null;
  /**
   * The state epoch of the share-partition.
   *
   * Versions 0-1.
   */
  stateEpoch: number;
  /**
   * The leader epoch of the share-partition.
   *
   * Versions 0-1.
   */
  leaderEpoch: number;
  /**
   * The share-partition start offset.
   *
   * Versions 0-1.
   */
  startOffset: bigint;
  /**
   * The number of offsets greater than or equal to share-partition start offset for which delivery has been completed.
   *
   * Versions 1; default "-1"; ignorable.
   */
  deliveryCompleteCount?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeReadShareGroupStateSummaryRequest(w: Writer, o: ReadShareGroupStateSummaryRequest, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('ReadShareGroupStateSummaryRequest', v, 'ReadShareGroupStateSummaryRequest.GroupId');
  w.compactString(_groupId);
  const _topics = o.topics;
  if (_topics == null) throw missingField('ReadShareGroupStateSummaryRequest', v, 'ReadShareGroupStateSummaryRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeReadShareGroupStateSummaryRequestReadStateSummaryData(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeReadShareGroupStateSummaryRequest(r: Reader, v: number): ReadShareGroupStateSummaryRequest {
  const _groupId = r.compactString();
  let _topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('ReadShareGroupStateSummaryRequest', v, 'ReadShareGroupStateSummaryRequest.Topics');
    } else {
      const a: ReadShareGroupStateSummaryRequestReadStateSummaryData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeReadShareGroupStateSummaryRequestReadStateSummaryData(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ReadShareGroupStateSummaryRequest = {
    groupId: _groupId,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeReadShareGroupStateSummaryRequestReadStateSummaryData(w: Writer, o: ReadShareGroupStateSummaryRequestReadStateSummaryData, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('ReadShareGroupStateSummaryRequest', v, 'ReadStateSummaryData.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ReadShareGroupStateSummaryRequest', v, 'ReadStateSummaryData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeReadShareGroupStateSummaryRequestPartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeReadShareGroupStateSummaryRequestReadStateSummaryData(r: Reader, v: number): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  const _topicId = r.uuid();
  let _partitions: ReadShareGroupStateSummaryRequestPartitionData[];
  {
    const n = r.compactArrayLength(9);
    if (n < 0) {
      throw nullOnWire('ReadShareGroupStateSummaryRequest', v, 'ReadStateSummaryData.Partitions');
    } else {
      const a: ReadShareGroupStateSummaryRequestPartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeReadShareGroupStateSummaryRequestPartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ReadShareGroupStateSummaryRequestReadStateSummaryData = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeReadShareGroupStateSummaryRequestPartitionData(w: Writer, o: ReadShareGroupStateSummaryRequestPartitionData, v: number): void {
  const _partition = o.partition;
  if (_partition == null) throw missingField('ReadShareGroupStateSummaryRequest', v, 'PartitionData.Partition');
  w.int32(_partition);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('ReadShareGroupStateSummaryRequest', v, 'PartitionData.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeReadShareGroupStateSummaryRequestPartitionData(r: Reader, v: number): ReadShareGroupStateSummaryRequestPartitionData {
  const _partition = r.int32();
  const _leaderEpoch = r.int32();
  const unknownTags = r.taggedFields();
  const o: ReadShareGroupStateSummaryRequestPartitionData = {
    partition: _partition,
    leaderEpoch: _leaderEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeReadShareGroupStateSummaryResponse(w: Writer, o: ReadShareGroupStateSummaryResponse, v: number): void {
  const _results = o.results;
  if (_results == null) throw missingField('ReadShareGroupStateSummaryResponse', v, 'ReadShareGroupStateSummaryResponse.Results');
  w.compactArrayLength(_results.length);
  for (let i = 0; i < _results.length; i++) encodeReadShareGroupStateSummaryResponseReadStateSummaryResult(w, _results[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeReadShareGroupStateSummaryResponse(r: Reader, v: number): ReadShareGroupStateSummaryResponse {
  let _results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('ReadShareGroupStateSummaryResponse', v, 'ReadShareGroupStateSummaryResponse.Results');
    } else {
      const a: ReadShareGroupStateSummaryResponseReadStateSummaryResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeReadShareGroupStateSummaryResponseReadStateSummaryResult(r, v));
      _results = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ReadShareGroupStateSummaryResponse = {
    results: _results,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeReadShareGroupStateSummaryResponseReadStateSummaryResult(w: Writer, o: ReadShareGroupStateSummaryResponseReadStateSummaryResult, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('ReadShareGroupStateSummaryResponse', v, 'ReadStateSummaryResult.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ReadShareGroupStateSummaryResponse', v, 'ReadStateSummaryResult.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeReadShareGroupStateSummaryResponsePartitionResult(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeReadShareGroupStateSummaryResponseReadStateSummaryResult(r: Reader, v: number): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  const _topicId = r.uuid();
  let _partitions: ReadShareGroupStateSummaryResponsePartitionResult[];
  {
    const n = r.compactArrayLength(24);
    if (n < 0) {
      throw nullOnWire('ReadShareGroupStateSummaryResponse', v, 'ReadStateSummaryResult.Partitions');
    } else {
      const a: ReadShareGroupStateSummaryResponsePartitionResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeReadShareGroupStateSummaryResponsePartitionResult(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ReadShareGroupStateSummaryResponseReadStateSummaryResult = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeReadShareGroupStateSummaryResponsePartitionResult(w: Writer, o: ReadShareGroupStateSummaryResponsePartitionResult, v: number): void {
  const _partition = o.partition;
  if (_partition == null) throw missingField('ReadShareGroupStateSummaryResponse', v, 'PartitionResult.Partition');
  w.int32(_partition);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ReadShareGroupStateSummaryResponse', v, 'PartitionResult.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _stateEpoch = o.stateEpoch;
  if (_stateEpoch == null) throw missingField('ReadShareGroupStateSummaryResponse', v, 'PartitionResult.StateEpoch');
  w.int32(_stateEpoch);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('ReadShareGroupStateSummaryResponse', v, 'PartitionResult.LeaderEpoch');
  w.int32(_leaderEpoch);
  const _startOffset = o.startOffset;
  if (_startOffset == null) throw missingField('ReadShareGroupStateSummaryResponse', v, 'PartitionResult.StartOffset');
  w.int64(_startOffset);
  if (v >= 1) {
    const _deliveryCompleteCount = o.deliveryCompleteCount === undefined ? -1 : o.deliveryCompleteCount;
    if (_deliveryCompleteCount == null) throw missingField('ReadShareGroupStateSummaryResponse', v, 'PartitionResult.DeliveryCompleteCount');
    w.int32(_deliveryCompleteCount);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeReadShareGroupStateSummaryResponsePartitionResult(r: Reader, v: number): ReadShareGroupStateSummaryResponsePartitionResult {
  const _partition = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const _stateEpoch = r.int32();
  const _leaderEpoch = r.int32();
  const _startOffset = r.int64();
  const _deliveryCompleteCount: number = (v >= 1 ? r.int32() : -1);
  const unknownTags = r.taggedFields();
  const o: ReadShareGroupStateSummaryResponsePartitionResult = {
    partition: _partition,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    stateEpoch: _stateEpoch,
    leaderEpoch: _leaderEpoch,
    startOffset: _startOffset,
    deliveryCompleteCount: _deliveryCompleteCount,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The ReadShareGroupStateSummary API (key 87): versions 0-1, flexible from 0. Served by: broker.
 */
export const ReadShareGroupStateSummaryApi: ApiCodec<ReadShareGroupStateSummaryRequest, ReadShareGroupStateSummaryResponse> = {
  apiKey: 87,
  name: 'ReadShareGroupStateSummary',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: ReadShareGroupStateSummaryRequest, v: number): void {
    checkVersion('ReadShareGroupStateSummary', v, 0, 1);
    try {
      encodeReadShareGroupStateSummaryRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ReadShareGroupStateSummaryRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ReadShareGroupStateSummaryRequest {
    checkVersion('ReadShareGroupStateSummary', v, 0, 1);
    try {
      return decodeReadShareGroupStateSummaryRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ReadShareGroupStateSummaryRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ReadShareGroupStateSummaryResponse, v: number): void {
    checkVersion('ReadShareGroupStateSummary', v, 0, 1);
    try {
      encodeReadShareGroupStateSummaryResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ReadShareGroupStateSummaryResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ReadShareGroupStateSummaryResponse {
    checkVersion('ReadShareGroupStateSummary', v, 0, 1);
    try {
      return decodeReadShareGroupStateSummaryResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ReadShareGroupStateSummaryResponse v${v}`, e);
    }
  },
};
