// Generated from CreateTopicsRequest.json, CreateTopicsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import { type Uuid, ZERO_UUID } from '../primitives/uuid.js';
import { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A CreateTopics request (API key 19): versions 2-7, flexible from 5. */
export interface CreateTopicsRequest {
  /**
   * The topics to create.
   *
   * Versions 2-7.
   */
  topics: CreateTopicsRequestCreatableTopic[];
  /**
   * How long to wait in milliseconds before timing out the request.
   *
   * Versions 2-7; default "60000".
   */
  timeoutMs?: number;
  /**
   * If true, check that the topics can be created as specified, but don't create anything.
   *
   * Versions 2-7; default "false".
   */
  validateOnly?: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to create. */
export interface CreateTopicsRequestCreatableTopic {
  /**
   * The topic name.
   *
   * Versions 2-7.
   */
  name: string;
  /**
   * The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions.
   *
   * Versions 2-7.
   */
  numPartitions: number;
  /**
   * The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor.
   *
   * Versions 2-7.
   */
  replicationFactor: number;
  /**
   * The manual partition assignment, or the empty array if we are using automatic assignment.
   *
   * Versions 2-7.
   */
  assignments: CreateTopicsRequestCreatableReplicaAssignment[];
  /**
   * The custom topic configurations to set.
   *
   * Versions 2-7.
   */
  configs: CreateTopicsRequestCreatableTopicConfig[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The manual partition assignment, or the empty array if we are using automatic assignment. */
export interface CreateTopicsRequestCreatableReplicaAssignment {
  /**
   * The partition index.
   *
   * Versions 2-7.
   */
  partitionIndex: number;
  /**
   * The brokers to place the partition on.
   *
   * Versions 2-7.
   */
  brokerIds: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The custom topic configurations to set. */
export interface CreateTopicsRequestCreatableTopicConfig {
  /**
   * The configuration name.
   *
   * Versions 2-7.
   */
  name: string;
  /**
   * The configuration value.
   *
   * Versions 2-7; nullable 2-7.
   */
  value: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A CreateTopics response (API key 19): versions 2-7, flexible from 5. */
export interface CreateTopicsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 2-7; ignorable.
   */
  throttleTimeMs: number;
  /**
   * Results for each topic we tried to create.
   *
   * Versions 2-7.
   */
  topics: CreateTopicsResponseCreatableTopicResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Results for each topic we tried to create. */
export interface CreateTopicsResponseCreatableTopicResult {
  /**
   * The topic name.
   *
   * Versions 2-7.
   */
  name: string;
  /**
   * The unique topic ID.
   *
   * Versions 7; ignorable.
   */
  topicId?: Uuid;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 2-7.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 2-7; nullable 2-7; ignorable.
   */
  errorMessage: string | null;
  /**
   * Optional topic config error returned if configs are not returned in the response.
   *
   * Versions 5-7; tagged (tag 0) 5-7; ignorable.
   */
  topicConfigErrorCode?: number;
  /**
   * Number of partitions of the topic.
   *
   * Versions 5-7; default "-1"; ignorable.
   */
  numPartitions?: number;
  /**
   * Replication factor of the topic.
   *
   * Versions 5-7; default "-1"; ignorable.
   */
  replicationFactor?: number;
  /**
   * Configuration of the topic.
   *
   * Versions 5-7; nullable 5-7; ignorable.
   */
  configs?: CreateTopicsResponseCreatableTopicConfigs[] | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Configuration of the topic. */
export interface CreateTopicsResponseCreatableTopicConfigs {
  /**
   * The configuration name.
   *
   * Versions 5-7.
   */
  name: string;
  /**
   * The configuration value.
   *
   * Versions 5-7; nullable 5-7.
   */
  value: string | null;
  /**
   * True if the configuration is read-only.
   *
   * Versions 5-7.
   */
  readOnly: boolean;
  /**
   * The configuration source.
   *
   * Versions 5-7; default "-1"; ignorable.
   */
  configSource?: number;
  /**
   * True if this configuration is sensitive.
   *
   * Versions 5-7.
   */
  isSensitive: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeCreateTopicsRequest(w: Writer, o: CreateTopicsRequest, v: number): void {
  const _topics = o.topics;
  if (_topics == null) throw missingField('CreateTopicsRequest', v, 'CreateTopicsRequest.Topics');
  if (v >= 5) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeCreateTopicsRequestCreatableTopic(w, _topics[i], v);
  const _timeoutMs = o.timeoutMs === undefined ? 60000 : o.timeoutMs;
  if (_timeoutMs == null) throw missingField('CreateTopicsRequest', v, 'CreateTopicsRequest.timeoutMs');
  w.int32(_timeoutMs);
  const _validateOnly = o.validateOnly === undefined ? false : o.validateOnly;
  if (_validateOnly == null) throw missingField('CreateTopicsRequest', v, 'CreateTopicsRequest.validateOnly');
  w.bool(_validateOnly);
  if (v >= 5) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreateTopicsRequest(r: Reader, v: number): CreateTopicsRequest {
  let _topics: CreateTopicsRequestCreatableTopic[];
  {
    const n = (v >= 5 ? r.compactArrayLength(10) : r.arrayLength(10));
    if (n < 0) {
      throw nullOnWire('CreateTopicsRequest', v, 'CreateTopicsRequest.Topics');
    } else {
      const a: CreateTopicsRequestCreatableTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeCreateTopicsRequestCreatableTopic(r, v));
      _topics = a;
    }
  }
  const _timeoutMs = r.int32();
  const _validateOnly = r.bool();
  const unknownTags = (v >= 5 ? r.taggedFields() : undefined);
  const o: CreateTopicsRequest = {
    topics: _topics,
    timeoutMs: _timeoutMs,
    validateOnly: _validateOnly,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreateTopicsRequestCreatableTopic(w: Writer, o: CreateTopicsRequestCreatableTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('CreateTopicsRequest', v, 'CreatableTopic.Name');
  if (v >= 5) w.compactString(_name);
  else w.string(_name);
  const _numPartitions = o.numPartitions;
  if (_numPartitions == null) throw missingField('CreateTopicsRequest', v, 'CreatableTopic.NumPartitions');
  w.int32(_numPartitions);
  const _replicationFactor = o.replicationFactor;
  if (_replicationFactor == null) throw missingField('CreateTopicsRequest', v, 'CreatableTopic.ReplicationFactor');
  w.int16(_replicationFactor);
  const _assignments = o.assignments;
  if (_assignments == null) throw missingField('CreateTopicsRequest', v, 'CreatableTopic.Assignments');
  if (v >= 5) w.compactArrayLength(_assignments.length);
  else w.arrayLength(_assignments.length);
  for (let i = 0; i < _assignments.length; i++) encodeCreateTopicsRequestCreatableReplicaAssignment(w, _assignments[i], v);
  const _configs = o.configs;
  if (_configs == null) throw missingField('CreateTopicsRequest', v, 'CreatableTopic.Configs');
  if (v >= 5) w.compactArrayLength(_configs.length);
  else w.arrayLength(_configs.length);
  for (let i = 0; i < _configs.length; i++) encodeCreateTopicsRequestCreatableTopicConfig(w, _configs[i], v);
  if (v >= 5) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreateTopicsRequestCreatableTopic(r: Reader, v: number): CreateTopicsRequestCreatableTopic {
  const _name = (v >= 5 ? r.compactString() : r.string());
  const _numPartitions = r.int32();
  const _replicationFactor = r.int16();
  let _assignments: CreateTopicsRequestCreatableReplicaAssignment[];
  {
    const n = (v >= 5 ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n < 0) {
      throw nullOnWire('CreateTopicsRequest', v, 'CreatableTopic.Assignments');
    } else {
      const a: CreateTopicsRequestCreatableReplicaAssignment[] = [];
      for (let i = 0; i < n; i++) a.push(decodeCreateTopicsRequestCreatableReplicaAssignment(r, v));
      _assignments = a;
    }
  }
  let _configs: CreateTopicsRequestCreatableTopicConfig[];
  {
    const n = (v >= 5 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('CreateTopicsRequest', v, 'CreatableTopic.Configs');
    } else {
      const a: CreateTopicsRequestCreatableTopicConfig[] = [];
      for (let i = 0; i < n; i++) a.push(decodeCreateTopicsRequestCreatableTopicConfig(r, v));
      _configs = a;
    }
  }
  const unknownTags = (v >= 5 ? r.taggedFields() : undefined);
  const o: CreateTopicsRequestCreatableTopic = {
    name: _name,
    numPartitions: _numPartitions,
    replicationFactor: _replicationFactor,
    assignments: _assignments,
    configs: _configs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreateTopicsRequestCreatableReplicaAssignment(w: Writer, o: CreateTopicsRequestCreatableReplicaAssignment, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('CreateTopicsRequest', v, 'CreatableReplicaAssignment.PartitionIndex');
  w.int32(_partitionIndex);
  const _brokerIds = o.brokerIds;
  if (_brokerIds == null) throw missingField('CreateTopicsRequest', v, 'CreatableReplicaAssignment.BrokerIds');
  if (v >= 5) w.compactArrayLength(_brokerIds.length);
  else w.arrayLength(_brokerIds.length);
  for (let i = 0; i < _brokerIds.length; i++) w.int32(_brokerIds[i]);
  if (v >= 5) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreateTopicsRequestCreatableReplicaAssignment(r: Reader, v: number): CreateTopicsRequestCreatableReplicaAssignment {
  const _partitionIndex = r.int32();
  let _brokerIds: number[];
  {
    const n = (v >= 5 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('CreateTopicsRequest', v, 'CreatableReplicaAssignment.BrokerIds');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _brokerIds = a;
    }
  }
  const unknownTags = (v >= 5 ? r.taggedFields() : undefined);
  const o: CreateTopicsRequestCreatableReplicaAssignment = {
    partitionIndex: _partitionIndex,
    brokerIds: _brokerIds,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreateTopicsRequestCreatableTopicConfig(w: Writer, o: CreateTopicsRequestCreatableTopicConfig, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('CreateTopicsRequest', v, 'CreatableTopicConfig.Name');
  if (v >= 5) w.compactString(_name);
  else w.string(_name);
  const _value = o.value;
  if (v >= 5) w.compactNullableString(_value);
  else w.nullableString(_value);
  if (v >= 5) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreateTopicsRequestCreatableTopicConfig(r: Reader, v: number): CreateTopicsRequestCreatableTopicConfig {
  const _name = (v >= 5 ? r.compactString() : r.string());
  const _value = (v >= 5 ? r.compactNullableString() : r.nullableString());
  const unknownTags = (v >= 5 ? r.taggedFields() : undefined);
  const o: CreateTopicsRequestCreatableTopicConfig = {
    name: _name,
    value: _value,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreateTopicsResponse(w: Writer, o: CreateTopicsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('CreateTopicsResponse', v, 'CreateTopicsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _topics = o.topics;
  if (_topics == null) throw missingField('CreateTopicsResponse', v, 'CreateTopicsResponse.Topics');
  if (v >= 5) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeCreateTopicsResponseCreatableTopicResult(w, _topics[i], v);
  if (v >= 5) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreateTopicsResponse(r: Reader, v: number): CreateTopicsResponse {
  const _throttleTimeMs = r.int32();
  let _topics: CreateTopicsResponseCreatableTopicResult[];
  {
    const n = (v >= 5 ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n < 0) {
      throw nullOnWire('CreateTopicsResponse', v, 'CreateTopicsResponse.Topics');
    } else {
      const a: CreateTopicsResponseCreatableTopicResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeCreateTopicsResponseCreatableTopicResult(r, v));
      _topics = a;
    }
  }
  const unknownTags = (v >= 5 ? r.taggedFields() : undefined);
  const o: CreateTopicsResponse = {
    throttleTimeMs: _throttleTimeMs,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreateTopicsResponseCreatableTopicResult(w: Writer, o: CreateTopicsResponseCreatableTopicResult, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('CreateTopicsResponse', v, 'CreatableTopicResult.Name');
  if (v >= 5) w.compactString(_name);
  else w.string(_name);
  if (v >= 7) {
    const _topicId = o.topicId === undefined ? ZERO_UUID : o.topicId;
    if (_topicId == null) throw missingField('CreateTopicsResponse', v, 'CreatableTopicResult.TopicId');
    w.uuid(_topicId);
  }
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('CreateTopicsResponse', v, 'CreatableTopicResult.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  if (v >= 5) w.compactNullableString(_errorMessage);
  else w.nullableString(_errorMessage);
  if (v >= 5) {
    const _numPartitions = o.numPartitions === undefined ? -1 : o.numPartitions;
    if (_numPartitions == null) throw missingField('CreateTopicsResponse', v, 'CreatableTopicResult.NumPartitions');
    w.int32(_numPartitions);
  }
  if (v >= 5) {
    const _replicationFactor = o.replicationFactor === undefined ? -1 : o.replicationFactor;
    if (_replicationFactor == null) throw missingField('CreateTopicsResponse', v, 'CreatableTopicResult.ReplicationFactor');
    w.int16(_replicationFactor);
  }
  if (v >= 5) {
    const _configs = o.configs === undefined ? [] : o.configs;
    if (_configs == null) {
      w.compactArrayLength(null);
    } else {
      w.compactArrayLength(_configs.length);
      for (let i = 0; i < _configs.length; i++) encodeCreateTopicsResponseCreatableTopicConfigs(w, _configs[i], v);
    }
  }
  if (v >= 5) {
    let tags: TaggedField[] | undefined;
    {
      const _topicConfigErrorCode = o.topicConfigErrorCode;
      if (_topicConfigErrorCode === null) throw missingField('CreateTopicsResponse', v, 'CreatableTopicResult.TopicConfigErrorCode');
      if (_topicConfigErrorCode !== undefined && !(_topicConfigErrorCode === 0)) {
        const tw = new Writer(64);
        tw.int16(_topicConfigErrorCode);
        (tags ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(tags, o._unknownTaggedFields);
  }
}

function decodeCreateTopicsResponseCreatableTopicResult(r: Reader, v: number): CreateTopicsResponseCreatableTopicResult {
  const _name = (v >= 5 ? r.compactString() : r.string());
  const _topicId: Uuid = (v >= 7 ? r.uuid() : ZERO_UUID);
  const _errorCode = r.int16();
  const _errorMessage = (v >= 5 ? r.compactNullableString() : r.nullableString());
  let _topicConfigErrorCode: number = 0;
  const _numPartitions: number = (v >= 5 ? r.int32() : -1);
  const _replicationFactor: number = (v >= 5 ? r.int16() : -1);
  let _configs: CreateTopicsResponseCreatableTopicConfigs[] | null = [];
  if (v >= 5) {
    const n = r.compactArrayLength(6);
    if (n < 0) {
      _configs = null;
    } else {
      const a: CreateTopicsResponseCreatableTopicConfigs[] = [];
      for (let i = 0; i < n; i++) a.push(decodeCreateTopicsResponseCreatableTopicConfigs(r, v));
      _configs = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (v >= 5) {
    unknownTags = r.taggedFields((tag, tr) => {
      switch (tag) {
        case 0: {
          _topicConfigErrorCode = tr.int16();
          return true;
        }
      }
      return false;
    });
  }
  const o: CreateTopicsResponseCreatableTopicResult = {
    name: _name,
    topicId: _topicId,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    topicConfigErrorCode: _topicConfigErrorCode,
    numPartitions: _numPartitions,
    replicationFactor: _replicationFactor,
    configs: _configs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreateTopicsResponseCreatableTopicConfigs(w: Writer, o: CreateTopicsResponseCreatableTopicConfigs, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('CreateTopicsResponse', v, 'CreatableTopicConfigs.Name');
  w.compactString(_name);
  const _value = o.value;
  w.compactNullableString(_value);
  const _readOnly = o.readOnly;
  if (_readOnly == null) throw missingField('CreateTopicsResponse', v, 'CreatableTopicConfigs.ReadOnly');
  w.bool(_readOnly);
  const _configSource = o.configSource === undefined ? -1 : o.configSource;
  if (_configSource == null) throw missingField('CreateTopicsResponse', v, 'CreatableTopicConfigs.ConfigSource');
  w.int8(_configSource);
  const _isSensitive = o.isSensitive;
  if (_isSensitive == null) throw missingField('CreateTopicsResponse', v, 'CreatableTopicConfigs.IsSensitive');
  w.bool(_isSensitive);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeCreateTopicsResponseCreatableTopicConfigs(r: Reader, v: number): CreateTopicsResponseCreatableTopicConfigs {
  const _name = r.compactString();
  const _value = r.compactNullableString();
  const _readOnly = r.bool();
  const _configSource = r.int8();
  const _isSensitive = r.bool();
  const unknownTags = r.taggedFields();
  const o: CreateTopicsResponseCreatableTopicConfigs = {
    name: _name,
    value: _value,
    readOnly: _readOnly,
    configSource: _configSource,
    isSensitive: _isSensitive,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The CreateTopics API (key 19): versions 2-7, flexible from 5. Served by: broker, controller.
 */
export const CreateTopicsApi: ApiCodec<CreateTopicsRequest, CreateTopicsResponse> = {
  apiKey: 19,
  name: 'CreateTopics',
  minVersion: 2,
  maxVersion: 7,
  flexibleFrom: 5,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 5 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 5 ? 1 : 0),
  encodeRequest(w: Writer, body: CreateTopicsRequest, v: number): void {
    checkVersion('CreateTopics', v, 2, 7);
    try {
      encodeCreateTopicsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode CreateTopicsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): CreateTopicsRequest {
    checkVersion('CreateTopics', v, 2, 7);
    try {
      return decodeCreateTopicsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode CreateTopicsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: CreateTopicsResponse, v: number): void {
    checkVersion('CreateTopics', v, 2, 7);
    try {
      encodeCreateTopicsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode CreateTopicsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): CreateTopicsResponse {
    checkVersion('CreateTopics', v, 2, 7);
    try {
      return decodeCreateTopicsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode CreateTopicsResponse v${v}`, e);
    }
  },
};
