// Generated from TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A TxnOffsetCommit request (API key 28): versions 0-5, flexible from 3. */
export interface TxnOffsetCommitRequest {
  /**
   * The ID of the transaction.
   *
   * Versions 0-5.
   */
  transactionalId: string;
  /**
   * The ID of the group.
   *
   * Versions 0-5.
   */
  groupId: string;
  /**
   * The current producer ID in use by the transactional ID.
   *
   * Versions 0-5.
   */
  producerId: bigint;
  /**
   * The current epoch associated with the producer ID.
   *
   * Versions 0-5.
   */
  producerEpoch: number;
  /**
   * The generation of the consumer.
   *
   * Versions 3-5; default "-1".
   */
  generationId?: number;
  /**
   * The member ID assigned by the group coordinator.
   *
   * Versions 3-5; default "".
   */
  memberId?: string;
  /**
   * The unique identifier of the consumer instance provided by end user.
   *
   * Versions 3-5; nullable 3-5; default "null".
   */
  groupInstanceId?: string | null;
  /**
   * Each topic that we want to commit offsets for.
   *
   * Versions 0-5.
   */
  topics: TxnOffsetCommitRequestTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic that we want to commit offsets for. */
export interface TxnOffsetCommitRequestTopic {
  /**
   * The topic name.
   *
   * Versions 0-5.
   */
  name: string;
  /**
   * The partitions inside the topic that we want to commit offsets for.
   *
   * Versions 0-5.
   */
  partitions: TxnOffsetCommitRequestPartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions inside the topic that we want to commit offsets for. */
export interface TxnOffsetCommitRequestPartition {
  /**
   * The index of the partition within the topic.
   *
   * Versions 0-5.
   */
  partitionIndex: number;
  /**
   * The message offset to be committed.
   *
   * Versions 0-5.
   */
  committedOffset: bigint;
  /**
   * The leader epoch of the last consumed record.
   *
   * Versions 2-5; default "-1"; ignorable.
   */
  committedLeaderEpoch?: number;
  /**
   * Any associated metadata the client wants to keep.
   *
   * Versions 0-5; nullable 0-5.
   */
  committedMetadata: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A TxnOffsetCommit response (API key 28): versions 0-5, flexible from 3. */
export interface TxnOffsetCommitResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-5.
   */
  throttleTimeMs: number;
  /**
   * The responses for each topic.
   *
   * Versions 0-5.
   */
  topics: TxnOffsetCommitResponseTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses for each topic. */
export interface TxnOffsetCommitResponseTopic {
  /**
   * The topic name.
   *
   * Versions 0-5.
   */
  name: string;
  /**
   * The responses for each partition in the topic.
   *
   * Versions 0-5.
   */
  partitions: TxnOffsetCommitResponsePartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses for each partition in the topic. */
export interface TxnOffsetCommitResponsePartition {
  /**
   * The partition index.
   *
   * Versions 0-5.
   */
  partitionIndex: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-5.
   */
  errorCode: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeTxnOffsetCommitRequest(w: Writer, o: TxnOffsetCommitRequest, v: number): void {
  const _transactionalId = o.transactionalId;
  if (_transactionalId == null) throw missingField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequest.TransactionalId');
  if (v >= 3) w.compactString(_transactionalId);
  else w.string(_transactionalId);
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequest.GroupId');
  if (v >= 3) w.compactString(_groupId);
  else w.string(_groupId);
  const _producerId = o.producerId;
  if (_producerId == null) throw missingField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequest.ProducerId');
  w.int64(_producerId);
  const _producerEpoch = o.producerEpoch;
  if (_producerEpoch == null) throw missingField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequest.ProducerEpoch');
  w.int16(_producerEpoch);
  if (v >= 3) {
    const _generationId = o.generationId === undefined ? -1 : o.generationId;
    if (_generationId == null) throw missingField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequest.GenerationId');
    w.int32(_generationId);
  }
  if (v < 3) {
    const x = o.generationId;
    if (x !== undefined && !(x === -1)) throw unsupportedField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequest.GenerationId');
  }
  if (v >= 3) {
    const _memberId = o.memberId === undefined ? '' : o.memberId;
    if (_memberId == null) throw missingField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequest.MemberId');
    w.compactString(_memberId);
  }
  if (v < 3) {
    const x = o.memberId;
    if (x !== undefined && !(x === '')) throw unsupportedField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequest.MemberId');
  }
  if (v >= 3) {
    const _groupInstanceId = o.groupInstanceId === undefined ? null : o.groupInstanceId;
    w.compactNullableString(_groupInstanceId);
  }
  if (v < 3) {
    const x = o.groupInstanceId;
    if (x !== undefined && !(x === null)) throw unsupportedField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequest.GroupInstanceId');
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequest.Topics');
  if (v >= 3) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeTxnOffsetCommitRequestTopic(w, _topics[i], v);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeTxnOffsetCommitRequest(r: Reader, v: number): TxnOffsetCommitRequest {
  const _transactionalId = (v >= 3 ? r.compactString() : r.string());
  const _groupId = (v >= 3 ? r.compactString() : r.string());
  const _producerId = r.int64();
  const _producerEpoch = r.int16();
  const _generationId: number = (v >= 3 ? r.int32() : -1);
  const _memberId: string = (v >= 3 ? r.compactString() : '');
  const _groupInstanceId: string | null = (v >= 3 ? r.compactNullableString() : null);
  let _topics: TxnOffsetCommitRequestTopic[];
  {
    const n = (v >= 3 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequest.Topics');
    } else {
      const a: TxnOffsetCommitRequestTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeTxnOffsetCommitRequestTopic(r, v));
      _topics = a;
    }
  }
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: TxnOffsetCommitRequest = {
    transactionalId: _transactionalId,
    groupId: _groupId,
    producerId: _producerId,
    producerEpoch: _producerEpoch,
    generationId: _generationId,
    memberId: _memberId,
    groupInstanceId: _groupInstanceId,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeTxnOffsetCommitRequestTopic(w: Writer, o: TxnOffsetCommitRequestTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequestTopic.Name');
  if (v >= 3) w.compactString(_name);
  else w.string(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequestTopic.Partitions');
  if (v >= 3) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeTxnOffsetCommitRequestPartition(w, _partitions[i], v);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeTxnOffsetCommitRequestTopic(r: Reader, v: number): TxnOffsetCommitRequestTopic {
  const _name = (v >= 3 ? r.compactString() : r.string());
  let _partitions: TxnOffsetCommitRequestPartition[];
  {
    const n = (v >= 3 ? r.compactArrayLength(14) : r.arrayLength(14));
    if (n < 0) {
      throw nullOnWire('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequestTopic.Partitions');
    } else {
      const a: TxnOffsetCommitRequestPartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeTxnOffsetCommitRequestPartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: TxnOffsetCommitRequestTopic = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeTxnOffsetCommitRequestPartition(w: Writer, o: TxnOffsetCommitRequestPartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequestPartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _committedOffset = o.committedOffset;
  if (_committedOffset == null) throw missingField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequestPartition.CommittedOffset');
  w.int64(_committedOffset);
  if (v >= 2) {
    const _committedLeaderEpoch = o.committedLeaderEpoch === undefined ? -1 : o.committedLeaderEpoch;
    if (_committedLeaderEpoch == null) throw missingField('TxnOffsetCommitRequest', v, 'TxnOffsetCommitRequestPartition.CommittedLeaderEpoch');
    w.int32(_committedLeaderEpoch);
  }
  const _committedMetadata = o.committedMetadata;
  if (v >= 3) w.compactNullableString(_committedMetadata);
  else w.nullableString(_committedMetadata);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeTxnOffsetCommitRequestPartition(r: Reader, v: number): TxnOffsetCommitRequestPartition {
  const _partitionIndex = r.int32();
  const _committedOffset = r.int64();
  const _committedLeaderEpoch: number = (v >= 2 ? r.int32() : -1);
  const _committedMetadata = (v >= 3 ? r.compactNullableString() : r.nullableString());
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: TxnOffsetCommitRequestPartition = {
    partitionIndex: _partitionIndex,
    committedOffset: _committedOffset,
    committedLeaderEpoch: _committedLeaderEpoch,
    committedMetadata: _committedMetadata,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeTxnOffsetCommitResponse(w: Writer, o: TxnOffsetCommitResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('TxnOffsetCommitResponse', v, 'TxnOffsetCommitResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _topics = o.topics;
  if (_topics == null) throw missingField('TxnOffsetCommitResponse', v, 'TxnOffsetCommitResponse.Topics');
  if (v >= 3) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeTxnOffsetCommitResponseTopic(w, _topics[i], v);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeTxnOffsetCommitResponse(r: Reader, v: number): TxnOffsetCommitResponse {
  const _throttleTimeMs = r.int32();
  let _topics: TxnOffsetCommitResponseTopic[];
  {
    const n = (v >= 3 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('TxnOffsetCommitResponse', v, 'TxnOffsetCommitResponse.Topics');
    } else {
      const a: TxnOffsetCommitResponseTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeTxnOffsetCommitResponseTopic(r, v));
      _topics = a;
    }
  }
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: TxnOffsetCommitResponse = {
    throttleTimeMs: _throttleTimeMs,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeTxnOffsetCommitResponseTopic(w: Writer, o: TxnOffsetCommitResponseTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('TxnOffsetCommitResponse', v, 'TxnOffsetCommitResponseTopic.Name');
  if (v >= 3) w.compactString(_name);
  else w.string(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('TxnOffsetCommitResponse', v, 'TxnOffsetCommitResponseTopic.Partitions');
  if (v >= 3) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeTxnOffsetCommitResponsePartition(w, _partitions[i], v);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeTxnOffsetCommitResponseTopic(r: Reader, v: number): TxnOffsetCommitResponseTopic {
  const _name = (v >= 3 ? r.compactString() : r.string());
  let _partitions: TxnOffsetCommitResponsePartition[];
  {
    const n = (v >= 3 ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n < 0) {
      throw nullOnWire('TxnOffsetCommitResponse', v, 'TxnOffsetCommitResponseTopic.Partitions');
    } else {
      const a: TxnOffsetCommitResponsePartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeTxnOffsetCommitResponsePartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: TxnOffsetCommitResponseTopic = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeTxnOffsetCommitResponsePartition(w: Writer, o: TxnOffsetCommitResponsePartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('TxnOffsetCommitResponse', v, 'TxnOffsetCommitResponsePartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('TxnOffsetCommitResponse', v, 'TxnOffsetCommitResponsePartition.ErrorCode');
  w.int16(_errorCode);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeTxnOffsetCommitResponsePartition(r: Reader, v: number): TxnOffsetCommitResponsePartition {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: TxnOffsetCommitResponsePartition = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The TxnOffsetCommit API (key 28): versions 0-5, flexible from 3. Served by: broker. */
export const TxnOffsetCommitApi: ApiCodec<TxnOffsetCommitRequest, TxnOffsetCommitResponse> = {
  apiKey: 28,
  name: 'TxnOffsetCommit',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 3 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 3 ? 1 : 0),
  encodeRequest(w: Writer, body: TxnOffsetCommitRequest, v: number): void {
    checkVersion('TxnOffsetCommit', v, 0, 5);
    try {
      encodeTxnOffsetCommitRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode TxnOffsetCommitRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): TxnOffsetCommitRequest {
    checkVersion('TxnOffsetCommit', v, 0, 5);
    try {
      return decodeTxnOffsetCommitRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode TxnOffsetCommitRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: TxnOffsetCommitResponse, v: number): void {
    checkVersion('TxnOffsetCommit', v, 0, 5);
    try {
      encodeTxnOffsetCommitResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode TxnOffsetCommitResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): TxnOffsetCommitResponse {
    checkVersion('TxnOffsetCommit', v, 0, 5);
    try {
      return decodeTxnOffsetCommitResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode TxnOffsetCommitResponse v${v}`, e);
    }
  },
};
