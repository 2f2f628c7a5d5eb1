// Generated from DeleteShareGroupStateRequest.json, DeleteShareGroupStateResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A DeleteShareGroupState request (API key 86): versions 0, flexible from 0. */
export interface DeleteShareGroupStateRequest {
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
  topics: DeleteShareGroupStateRequestDeleteStateData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The data for the topics. */
export interface DeleteShareGroupStateRequestDeleteStateData {
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
  partitions: DeleteShareGroupStateRequestPartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The data for the partitions. */
export interface DeleteShareGroupStateRequestPartitionData {
  /**
   * The partition index.
   *
   * Versions 0.
   */
  partition: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DeleteShareGroupState response (API key 86): versions 0, flexible from 0. */
export interface DeleteShareGroupStateResponse {
  /**
   * The delete results.
   *
   * Versions 0.
   */
  results: DeleteShareGroupStateResponseDeleteStateResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The delete results. */
export interface DeleteShareGroupStateResponseDeleteStateResult {
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
  partitions: DeleteShareGroupStateResponsePartitionResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for the partitions. */
export interface DeleteShareGroupStateResponsePartitionResult {
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

function encodeDeleteShareGroupStateRequest(w: Writer, o: DeleteShareGroupStateRequest, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('DeleteShareGroupStateRequest', v, 'DeleteShareGroupStateRequest.GroupId');
  w.compactString(_groupId);
  const _topics = o.topics;
  if (_topics == null) throw missingField('DeleteShareGroupStateRequest', v, 'DeleteShareGroupStateRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeDeleteShareGroupStateRequestDeleteStateData(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDeleteShareGroupStateRequest(r: Reader, v: number): DeleteShareGroupStateRequest {
  const _groupId = r.compactString();
  let _topics: DeleteShareGroupStateRequestDeleteStateData[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('DeleteShareGroupStateRequest', v, 'DeleteShareGroupStateRequest.Topics');
    } else {
      const a: DeleteShareGroupStateRequestDeleteStateData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteShareGroupStateRequestDeleteStateData(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DeleteShareGroupStateRequest = {
    groupId: _groupId,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteShareGroupStateRequestDeleteStateData(w: Writer, o: DeleteShareGroupStateRequestDeleteStateData, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('DeleteShareGroupStateRequest', v, 'DeleteStateData.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('DeleteShareGroupStateRequest', v, 'DeleteStateData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeDeleteShareGroupStateRequestPartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDeleteShareGroupStateRequestDeleteStateData(r: Reader, v: number): DeleteShareGroupStateRequestDeleteStateData {
  const _topicId = r.uuid();
  let _partitions: DeleteShareGroupStateRequestPartitionData[];
  {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('DeleteShareGroupStateRequest', v, 'DeleteStateData.Partitions');
    } else {
      const a: DeleteShareGroupStateRequestPartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteShareGroupStateRequestPartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DeleteShareGroupStateRequestDeleteStateData = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteShareGroupStateRequestPartitionData(w: Writer, o: DeleteShareGroupStateRequestPartitionData, v: number): void {
  const _partition = o.partition;
  if (_partition == null) throw missingField('DeleteShareGroupStateRequest', v, 'PartitionData.Partition');
  w.int32(_partition);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDeleteShareGroupStateRequestPartitionData(r: Reader, v: number): DeleteShareGroupStateRequestPartitionData {
  const _partition = r.int32();
  const unknownTags = r.taggedFields();
  const o: DeleteShareGroupStateRequestPartitionData = {
    partition: _partition,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteShareGroupStateResponse(w: Writer, o: DeleteShareGroupStateResponse, v: number): void {
  const _results = o.results;
  if (_results == null) throw missingField('DeleteShareGroupStateResponse', v, 'DeleteShareGroupStateResponse.Results');
  w.compactArrayLength(_results.length);
  for (let i = 0; i < _results.length; i++) encodeDeleteShareGroupStateResponseDeleteStateResult(w, _results[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDeleteShareGroupStateResponse(r: Reader, v: number): DeleteShareGroupStateResponse {
  let _results: DeleteShareGroupStateResponseDeleteStateResult[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('DeleteShareGroupStateResponse', v, 'DeleteShareGroupStateResponse.Results');
    } else {
      const a: DeleteShareGroupStateResponseDeleteStateResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteShareGroupStateResponseDeleteStateResult(r, v));
      _results = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DeleteShareGroupStateResponse = {
    results: _results,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteShareGroupStateResponseDeleteStateResult(w: Writer, o: DeleteShareGroupStateResponseDeleteStateResult, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('DeleteShareGroupStateResponse', v, 'DeleteStateResult.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('DeleteShareGroupStateResponse', v, 'DeleteStateResult.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeDeleteShareGroupStateResponsePartitionResult(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDeleteShareGroupStateResponseDeleteStateResult(r: Reader, v: number): DeleteShareGroupStateResponseDeleteStateResult {
  const _topicId = r.uuid();
  let _partitions: DeleteShareGroupStateResponsePartitionResult[];
  {
    const n = r.compactArrayLength(8);
    if (n < 0) {
      throw nullOnWire('DeleteShareGroupStateResponse', v, 'DeleteStateResult.Partitions');
    } else {
      const a: DeleteShareGroupStateResponsePartitionResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteShareGroupStateResponsePartitionResult(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DeleteShareGroupStateResponseDeleteStateResult = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteShareGroupStateResponsePartitionResult(w: Writer, o: DeleteShareGroupStateResponsePartitionResult, v: number): void {
  const _partition = o.partition;
  if (_partition == null) throw missingField('DeleteShareGroupStateResponse', v, 'PartitionResult.Partition');
  w.int32(_partition);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DeleteShareGroupStateResponse', v, 'PartitionResult.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDeleteShareGroupStateResponsePartitionResult(r: Reader, v: number): DeleteShareGroupStateResponsePartitionResult {
  const _partition = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: DeleteShareGroupStateResponsePartitionResult = {
    partition: _partition,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The DeleteShareGroupState API (key 86): versions 0, flexible from 0. Served by: broker. */
export const DeleteShareGroupStateApi: ApiCodec<DeleteShareGroupStateRequest, DeleteShareGroupStateResponse> = {
  apiKey: 86,
  name: 'DeleteShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: DeleteShareGroupStateRequest, v: number): void {
    checkVersion('DeleteShareGroupState', v, 0, 0);
    try {
      encodeDeleteShareGroupStateRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DeleteShareGroupStateRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DeleteShareGroupStateRequest {
    checkVersion('DeleteShareGroupState', v, 0, 0);
    try {
      return decodeDeleteShareGroupStateRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DeleteShareGroupStateRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DeleteShareGroupStateResponse, v: number): void {
    checkVersion('DeleteShareGroupState', v, 0, 0);
    try {
      encodeDeleteShareGroupStateResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DeleteShareGroupStateResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DeleteShareGroupStateResponse {
    checkVersion('DeleteShareGroupState', v, 0, 0);
    try {
      return decodeDeleteShareGroupStateResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DeleteShareGroupStateResponse v${v}`, e);
    }
  },
};
