// Generated from DeleteTopicsRequest.json, DeleteTopicsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import { type Uuid, ZERO_UUID } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A DeleteTopics request (API key 20): versions 1-6, flexible from 4. */
export interface DeleteTopicsRequest {
  /**
   * The name or topic ID of the topic.
   *
   * Versions 6.
   */
  topics?: DeleteTopicsRequestDeleteTopicState[];
  /**
   * The names of the topics to delete.
   *
   * Versions 1-5; ignorable.
   */
  topicNames?: string[];
  /**
   * The length of time in milliseconds to wait for the deletions to complete.
   *
   * Versions 1-6.
   */
  timeoutMs: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The name or topic ID of the topic. */
export interface DeleteTopicsRequestDeleteTopicState {
  /**
   * The topic name.
   *
   * Versions 6; nullable 6; default "null".
   */
  name?: string | null;
  /**
   * The unique topic ID.
   *
   * Versions 6.
   */
  topicId: Uuid;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DeleteTopics response (API key 20): versions 1-6, flexible from 4. */
export interface DeleteTopicsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-6; ignorable.
   */
  throttleTimeMs: number;
  /**
   * The results for each topic we tried to delete.
   *
   * Versions 1-6.
   */
  responses: DeleteTopicsResponseDeletableTopicResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each topic we tried to delete. */
export interface DeleteTopicsResponseDeletableTopicResult {
  /**
   * The topic name.
   *
   * Versions 1-6; nullable 6.
   */
  name: string | null;
  /**
   * The unique topic ID.
   *
   * Versions 6; ignorable.
   */
  topicId?: Uuid;
  /**
   * The deletion error, or 0 if the deletion succeeded.
   *
   * Versions 1-6.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 5-6; nullable 5-6; default "null"; ignorable.
   */
  errorMessage?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDeleteTopicsRequest(w: Writer, o: DeleteTopicsRequest, v: number): void {
  if (v >= 6) {
    const _topics = o.topics === undefined ? [] : o.topics;
    if (_topics == null) throw missingField('DeleteTopicsRequest', v, 'DeleteTopicsRequest.Topics');
    w.compactArrayLength(_topics.length);
    for (let i = 0; i < _topics.length; i++) encodeDeleteTopicsRequestDeleteTopicState(w, _topics[i], v);
  }
  if (v < 6) {
    const x = o.topics;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('DeleteTopicsRequest', v, 'DeleteTopicsRequest.Topics');
  }
  if (v <= 5) {
    const _topicNames = o.topicNames === undefined ? [] : o.topicNames;
    if (_topicNames == null) throw missingField('DeleteTopicsRequest', v, 'DeleteTopicsRequest.TopicNames');
    if (v >= 4) w.compactArrayLength(_topicNames.length);
    else w.arrayLength(_topicNames.length);
    for (let i = 0; i < _topicNames.length; i++) {
      if (v >= 4) w.compactString(_topicNames[i]);
      else w.string(_topicNames[i]);
    }
  }
  const _timeoutMs = o.timeoutMs;
  if (_timeoutMs == null) throw missingField('DeleteTopicsRequest', v, 'DeleteTopicsRequest.TimeoutMs');
  w.int32(_timeoutMs);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteTopicsRequest(r: Reader, v: number): DeleteTopicsRequest {
  let _topics: DeleteTopicsRequestDeleteTopicState[] = [];
  if (v >= 6) {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('DeleteTopicsRequest', v, 'DeleteTopicsRequest.Topics');
    } else {
      const a: DeleteTopicsRequestDeleteTopicState[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteTopicsRequestDeleteTopicState(r, v));
      _topics = a;
    }
  }
  let _topicNames: string[] = [];
  if (v <= 5) {
    const n = (v >= 4 ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n < 0) {
      throw nullOnWire('DeleteTopicsRequest', v, 'DeleteTopicsRequest.TopicNames');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push((v >= 4 ? r.compactString() : r.string()));
      _topicNames = a;
    }
  }
  const _timeoutMs = r.int32();
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: DeleteTopicsRequest = {
    topics: _topics,
    topicNames: _topicNames,
    timeoutMs: _timeoutMs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteTopicsRequestDeleteTopicState(w: Writer, o: DeleteTopicsRequestDeleteTopicState, v: number): void {
  const _name = o.name === undefined ? null : o.name;
  w.compactNullableString(_name);
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('DeleteTopicsRequest', v, 'DeleteTopicState.TopicId');
  w.uuid(_topicId);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDeleteTopicsRequestDeleteTopicState(r: Reader, v: number): DeleteTopicsRequestDeleteTopicState {
  const _name = r.compactNullableString();
  const _topicId = r.uuid();
  const unknownTags = r.taggedFields();
  const o: DeleteTopicsRequestDeleteTopicState = {
    name: _name,
    topicId: _topicId,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteTopicsResponse(w: Writer, o: DeleteTopicsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DeleteTopicsResponse', v, 'DeleteTopicsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _responses = o.responses;
  if (_responses == null) throw missingField('DeleteTopicsResponse', v, 'DeleteTopicsResponse.Responses');
  if (v >= 4) w.compactArrayLength(_responses.length);
  else w.arrayLength(_responses.length);
  for (let i = 0; i < _responses.length; i++) encodeDeleteTopicsResponseDeletableTopicResult(w, _responses[i], v);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteTopicsResponse(r: Reader, v: number): DeleteTopicsResponse {
  const _throttleTimeMs = r.int32();
  let _responses: DeleteTopicsResponseDeletableTopicResult[];
  {
    const n = (v >= 4 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('DeleteTopicsResponse', v, 'DeleteTopicsResponse.Responses');
    } else {
      const a: DeleteTopicsResponseDeletableTopicResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteTopicsResponseDeletableTopicResult(r, v));
      _responses = a;
    }
  }
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: DeleteTopicsResponse = {
    throttleTimeMs: _throttleTimeMs,
    responses: _responses,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteTopicsResponseDeletableTopicResult(w: Writer, o: DeleteTopicsResponseDeletableTopicResult, v: number): void {
  const _name = o.name;
  if (_name == null && v < 6) throw missingField('DeleteTopicsResponse', v, 'DeletableTopicResult.Name');
  if (v >= 4) w.compactNullableString(_name);
  else w.nullableString(_name);
  if (v >= 6) {
    const _topicId = o.topicId === undefined ? ZERO_UUID : o.topicId;
    if (_topicId == null) throw missingField('DeleteTopicsResponse', v, 'DeletableTopicResult.TopicId');
    w.uuid(_topicId);
  }
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DeleteTopicsResponse', v, 'DeletableTopicResult.ErrorCode');
  w.int16(_errorCode);
  if (v >= 5) {
    const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
    w.compactNullableString(_errorMessage);
  }
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteTopicsResponseDeletableTopicResult(r: Reader, v: number): DeleteTopicsResponseDeletableTopicResult {
  const _name = (v >= 4 ? (v >= 6 ? r.compactNullableString() : r.compactString()) : (v >= 6 ? r.nullableString() : r.string()));
  const _topicId: Uuid = (v >= 6 ? r.uuid() : ZERO_UUID);
  const _errorCode = r.int16();
  const _errorMessage: string | null = (v >= 5 ? r.compactNullableString() : null);
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: DeleteTopicsResponseDeletableTopicResult = {
    name: _name,
    topicId: _topicId,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The DeleteTopics API (key 20): versions 1-6, flexible from 4. Served by: broker, controller.
 */
export const DeleteTopicsApi: ApiCodec<DeleteTopicsRequest, DeleteTopicsResponse> = {
  apiKey: 20,
  name: 'DeleteTopics',
  minVersion: 1,
  maxVersion: 6,
  flexibleFrom: 4,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 4 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 4 ? 1 : 0),
  encodeRequest(w: Writer, body: DeleteTopicsRequest, v: number): void {
    checkVersion('DeleteTopics', v, 1, 6);
    try {
      encodeDeleteTopicsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DeleteTopicsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DeleteTopicsRequest {
    checkVersion('DeleteTopics', v, 1, 6);
    try {
      return decodeDeleteTopicsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DeleteTopicsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DeleteTopicsResponse, v: number): void {
    checkVersion('DeleteTopics', v, 1, 6);
    try {
      encodeDeleteTopicsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DeleteTopicsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DeleteTopicsResponse {
    checkVersion('DeleteTopics', v, 1, 6);
    try {
      return decodeDeleteTopicsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DeleteTopicsResponse v${v}`, e);
    }
  },
};
