// Generated from AlterPartitionRequest.json, AlterPartitionResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A AlterPartition request (API key 56): versions 2-3, flexible from 0. */
export interface AlterPartitionRequest {
  /**
   * The ID of the requesting broker.
   *
   * Versions 2-3.
   */
  brokerId: number;
  /**
   * The epoch of the requesting broker.
   *
   * Versions 2-3; default "-1".
   */
  brokerEpoch?: bigint;
  /**
   * The topics to alter ISRs for.
   *
   * Versions 2-3.
   */
  topics: AlterPartitionRequestTopicData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to alter ISRs for. */
export interface AlterPartitionRequestTopicData {
  /**
   * The ID of the topic to alter ISRs for.
   *
   * Versions 2-3; ignorable.
   */
  topicId: Uuid;
  /**
   * The partitions to alter ISRs for.
   *
   * Versions 2-3.
   */
  partitions: AlterPartitionRequestPartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions to alter ISRs for. */
export interface AlterPartitionRequestPartitionData {
  /**
   * The partition index.
   *
   * Versions 2-3.
   */
  partitionIndex: number;
  /**
   * The leader epoch of this partition.
   *
   * Versions 2-3.
   */
  leaderEpoch: number;
  /**
   * The ISR for this partition. Deprecated since version 3.
   *
   * Versions 2.
   */
  newIsr?: number[];
  /**
   * The ISR for this partition.
   *
   * Versions 3.
   */
  newIsrWithEpochs?: AlterPartitionRequestBrokerState[];
  /**
   * 1 if the partition is recovering from an unclean leader election; 0 otherwise.
   *
   * Versions 2-3; default "0".
   */
  leaderRecoveryState?: number;
  /**
   * The expected epoch of the partition which is being updated.
   *
   * Versions 2-3.
   */
  partitionEpoch: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The ISR for this partition. */
export interface AlterPartitionRequestBrokerState {
  /**
   * The ID of the broker.
   *
   * Versions 3.
   */
  brokerId: number;
  /**
   * The epoch of the broker. It will be -1 if the epoch check is not supported.
   *
   * Versions 3; default "-1".
   */
  brokerEpoch?: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A AlterPartition response (API key 56): versions 2-3, flexible from 0. */
export interface AlterPartitionResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 2-3.
   */
  throttleTimeMs: number;
  /**
   * The top level response error code.
   *
   * Versions 2-3.
   */
  errorCode: number;
  /**
   * The responses for each topic.
   *
   * Versions 2-3.
   */
  topics: AlterPartitionResponseTopicData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses for each topic. */
export interface AlterPartitionResponseTopicData {
  /**
   * The ID of the topic.
   *
   * Versions 2-3; ignorable.
   */
  topicId: Uuid;
  /**
   * The responses for each partition.
   *
   * Versions 2-3.
   */
  partitions: AlterPartitionResponsePartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses for each partition. */
export interface AlterPartitionResponsePartitionData {
  /**
   * The partition index.
   *
   * Versions 2-3.
   */
  partitionIndex: number;
  /**
   * The partition level error code.
   *
   * Versions 2-3.
   */
  errorCode: number;
  /**
   * The broker ID of the leader.
   *
   * Versions 2-3.
   */
  leaderId: number;
  /**
   * The leader epoch.
   *
   * Versions 2-3.
   */
  leaderEpoch: number;
  /**
   * The in-sync replica IDs.
   *
   * Versions 2-3.
   */
  isr: number[];
  /**
   * 1 if the partition is recovering from an unclean leader election; 0 otherwise.
   *
   * Versions 2-3; default "0"; ignorable.
   */
  leaderRecoveryState?: number;
  /**
   * The current epoch for the partition for KRaft controllers.
   *
   * Versions 2-3.
   */
  partitionEpoch: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeAlterPartitionRequest(w: Writer, o: AlterPartitionRequest, v: number): void {
  const _brokerId = o.brokerId;
  if (_brokerId == null) throw missingField('AlterPartitionRequest', v, 'AlterPartitionRequest.BrokerId');
  w.int32(_brokerId);
  const _brokerEpoch = o.brokerEpoch === undefined ? -1n : o.brokerEpoch;
  if (_brokerEpoch == null) throw missingField('AlterPartitionRequest', v, 'AlterPartitionRequest.BrokerEpoch');
  w.int64(_brokerEpoch);
  const _topics = o.topics;
  if (_topics == null) throw missingField('AlterPartitionRequest', v, 'AlterPartitionRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeAlterPartitionRequestTopicData(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterPartitionRequest(r: Reader, v: number): AlterPartitionRequest {
  const _brokerId = r.int32();
  const _brokerEpoch = r.int64();
  let _topics: AlterPartitionRequestTopicData[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('AlterPartitionRequest', v, 'AlterPartitionRequest.Topics');
    } else {
      const a: AlterPartitionRequestTopicData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterPartitionRequestTopicData(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AlterPartitionRequest = {
    brokerId: _brokerId,
    brokerEpoch: _brokerEpoch,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterPartitionRequestTopicData(w: Writer, o: AlterPartitionRequestTopicData, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('AlterPartitionRequest', v, 'TopicData.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('AlterPartitionRequest', v, 'TopicData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeAlterPartitionRequestPartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterPartitionRequestTopicData(r: Reader, v: number): AlterPartitionRequestTopicData {
  const _topicId = r.uuid();
  let _partitions: AlterPartitionRequestPartitionData[];
  {
    const n = r.compactArrayLength(15);
    if (n < 0) {
      throw nullOnWire('AlterPartitionRequest', v, 'TopicData.Partitions');
    } else {
      const a: AlterPartitionRequestPartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterPartitionRequestPartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AlterPartitionRequestTopicData = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterPartitionRequestPartitionData(w: Writer, o: AlterPartitionRequestPartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('AlterPartitionRequest', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('AlterPartitionRequest', v, 'PartitionData.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (v <= 2) {
    const _newIsr = o.newIsr === undefined ? [] : o.newIsr;
    if (_newIsr == null) throw missingField('AlterPartitionRequest', v, 'PartitionData.NewIsr');
    w.compactArrayLength(_newIsr.length);
    for (let i = 0; i < _newIsr.length; i++) w.int32(_newIsr[i]);
  }
  if (v > 2) {
    const x = o.newIsr;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('AlterPartitionRequest', v, 'PartitionData.NewIsr');
  }
  if (v >= 3) {
    const _newIsrWithEpochs = o.newIsrWithEpochs === undefined ? [] : o.newIsrWithEpochs;
    if (_newIsrWithEpochs == null) throw missingField('AlterPartitionRequest', v, 'PartitionData.NewIsrWithEpochs');
    w.compactArrayLength(_newIsrWithEpochs.length);
    for (let i = 0; i < _newIsrWithEpochs.length; i++) encodeAlterPartitionRequestBrokerState(w, _newIsrWithEpochs[i], v);
  }
  if (v < 3) {
    const x = o.newIsrWithEpochs;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('AlterPartitionRequest', v, 'PartitionData.NewIsrWithEpochs');
  }
  const _leaderRecoveryState = o.leaderRecoveryState === undefined ? 0 : o.leaderRecoveryState;
  if (_leaderRecoveryState == null) throw missingField('AlterPartitionRequest', v, 'PartitionData.LeaderRecoveryState');
  w.int8(_leaderRecoveryState);
  const _partitionEpoch = o.partitionEpoch;
  if (_partitionEpoch == null) throw missingField('AlterPartitionRequest', v, 'PartitionData.PartitionEpoch');
  w.int32(_partitionEpoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterPartitionRequestPartitionData(r: Reader, v: number): AlterPartitionRequestPartitionData {
  const _partitionIndex = r.int32();
  const _leaderEpoch = r.int32();
  let _newIsr: number[] = [];
  if (v <= 2) {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('AlterPartitionRequest', v, 'PartitionData.NewIsr');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _newIsr = a;
    }
  }
  let _newIsrWithEpochs: AlterPartitionRequestBrokerState[] = [];
  if (v >= 3) {
    const n = r.compactArrayLength(13);
    if (n < 0) {
      throw nullOnWire('AlterPartitionRequest', v, 'PartitionData.NewIsrWithEpochs');
    } else {
      const a: AlterPartitionRequestBrokerState[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterPartitionRequestBrokerState(r, v));
      _newIsrWithEpochs = a;
    }
  }
  const _leaderRecoveryState = r.int8();
  const _partitionEpoch = r.int32();
  const unknownTags = r.taggedFields();
  const o: AlterPartitionRequestPartitionData = {
    partitionIndex: _partitionIndex,
    leaderEpoch: _leaderEpoch,
    newIsr: _newIsr,
    newIsrWithEpochs: _newIsrWithEpochs,
    leaderRecoveryState: _leaderRecoveryState,
    partitionEpoch: _partitionEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterPartitionRequestBrokerState(w: Writer, o: AlterPartitionRequestBrokerState, v: number): void {
  const _brokerId = o.brokerId;
  if (_brokerId == null) throw missingField('AlterPartitionRequest', v, 'BrokerState.BrokerId');
  w.int32(_brokerId);
  const _brokerEpoch = o.brokerEpoch === undefined ? -1n : o.brokerEpoch;
  if (_brokerEpoch == null) throw missingField('AlterPartitionRequest', v, 'BrokerState.BrokerEpoch');
  w.int64(_brokerEpoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterPartitionRequestBrokerState(r: Reader, v: number): AlterPartitionRequestBrokerState {
  const _brokerId = r.int32();
  const _brokerEpoch = r.int64();
  const unknownTags = r.taggedFields();
  const o: AlterPartitionRequestBrokerState = {
    brokerId: _brokerId,
    brokerEpoch: _brokerEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterPartitionResponse(w: Writer, o: AlterPartitionResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('AlterPartitionResponse', v, 'AlterPartitionResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AlterPartitionResponse', v, 'AlterPartitionResponse.ErrorCode');
  w.int16(_errorCode);
  const _topics = o.topics;
  if (_topics == null) throw missingField('AlterPartitionResponse', v, 'AlterPartitionResponse.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeAlterPartitionResponseTopicData(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterPartitionResponse(r: Reader, v: number): AlterPartitionResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  let _topics: AlterPartitionResponseTopicData[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('AlterPartitionResponse', v, 'AlterPartitionResponse.Topics');
    } else {
      const a: AlterPartitionResponseTopicData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterPartitionResponseTopicData(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AlterPartitionResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterPartitionResponseTopicData(w: Writer, o: AlterPartitionResponseTopicData, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('AlterPartitionResponse', v, 'TopicData.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('AlterPartitionResponse', v, 'TopicData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeAlterPartitionResponsePartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterPartitionResponseTopicData(r: Reader, v: number): AlterPartitionResponseTopicData {
  const _topicId = r.uuid();
  let _partitions: AlterPartitionResponsePartitionData[];
  {
    const n = r.compactArrayLength(21);
    if (n < 0) {
      throw nullOnWire('AlterPartitionResponse', v, 'TopicData.Partitions');
    } else {
      const a: AlterPartitionResponsePartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterPartitionResponsePartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AlterPartitionResponseTopicData = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterPartitionResponsePartitionData(w: Writer, o: AlterPartitionResponsePartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('AlterPartitionResponse', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AlterPartitionResponse', v, 'PartitionData.ErrorCode');
  w.int16(_errorCode);
  const _leaderId = o.leaderId;
  if (_leaderId == null) throw missingField('AlterPartitionResponse', v, 'PartitionData.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('AlterPartitionResponse', v, 'PartitionData.LeaderEpoch');
  w.int32(_leaderEpoch);
  const _isr = o.isr;
  if (_isr == null) throw missingField('AlterPartitionResponse', v, 'PartitionData.Isr');
  w.compactArrayLength(_isr.length);
  for (let i = 0; i < _isr.length; i++) w.int32(_isr[i]);
  const _leaderRecoveryState = o.leaderRecoveryState === undefined ? 0 : o.leaderRecoveryState;
  if (_leaderRecoveryState == null) throw missingField('AlterPartitionResponse', v, 'PartitionData.LeaderRecoveryState');
  w.int8(_leaderRecoveryState);
  const _partitionEpoch = o.partitionEpoch;
  if (_partitionEpoch == null) throw missingField('AlterPartitionResponse', v, 'PartitionData.PartitionEpoch');
  w.int32(_partitionEpoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterPartitionResponsePartitionData(r: Reader, v: number): AlterPartitionResponsePartitionData {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  let _isr: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('AlterPartitionResponse', v, 'PartitionData.Isr');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _isr = a;
    }
  }
  const _leaderRecoveryState = r.int8();
  const _partitionEpoch = r.int32();
  const unknownTags = r.taggedFields();
  const o: AlterPartitionResponsePartitionData = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
    isr: _isr,
    leaderRecoveryState: _leaderRecoveryState,
    partitionEpoch: _partitionEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The AlterPartition API (key 56): versions 2-3, flexible from 0. Served by: controller. */
export const AlterPartitionApi: ApiCodec<AlterPartitionRequest, AlterPartitionResponse> = {
  apiKey: 56,
  name: 'AlterPartition',
  minVersion: 2,
  maxVersion: 3,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: AlterPartitionRequest, v: number): void {
    checkVersion('AlterPartition', v, 2, 3);
    try {
      encodeAlterPartitionRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AlterPartitionRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): AlterPartitionRequest {
    checkVersion('AlterPartition', v, 2, 3);
    try {
      return decodeAlterPartitionRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AlterPartitionRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: AlterPartitionResponse, v: number): void {
    checkVersion('AlterPartition', v, 2, 3);
    try {
      encodeAlterPartitionResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AlterPartitionResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): AlterPartitionResponse {
    checkVersion('AlterPartition', v, 2, 3);
    try {
      return decodeAlterPartitionResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AlterPartitionResponse v${v}`, e);
    }
  },
};
