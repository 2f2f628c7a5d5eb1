// Generated from RemoveRaftVoterRequest.json, RemoveRaftVoterResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** A RemoveRaftVoter request (API key 81): versions 0, flexible from 0. */
export interface RemoveRaftVoterRequest {
  /**
   * The cluster id of the request.
   *
   * Versions 0; nullable 0.
   */
  clusterId: string | null;
  /**
   * The replica id of the voter getting removed from the topic partition.
   *
   * Versions 0.
   */
  voterId: number;
  /**
   * The directory id of the voter getting removed from the topic partition.
   *
   * Versions 0.
   */
  voterDirectoryId: Uuid;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A RemoveRaftVoter response (API key 81): versions 0, flexible from 0. */
export interface RemoveRaftVoterResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0.
   */
  throttleTimeMs: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 0; nullable 0; ignorable.
   */
  errorMessage: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeRemoveRaftVoterRequest(w: Writer, o: RemoveRaftVoterRequest, v: number): void {
  const _clusterId = o.clusterId;
  w.compactNullableString(_clusterId);
  const _voterId = o.voterId;
  if (_voterId == null) throw missingField('RemoveRaftVoterRequest', v, 'RemoveRaftVoterRequest.VoterId');
  w.int32(_voterId);
  const _voterDirectoryId = o.voterDirectoryId;
  if (_voterDirectoryId == null) throw missingField('RemoveRaftVoterRequest', v, 'RemoveRaftVoterRequest.VoterDirectoryId');
  w.uuid(_voterDirectoryId);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeRemoveRaftVoterRequest(r: Reader, v: number): RemoveRaftVoterRequest {
  const _clusterId = r.compactNullableString();
  const _voterId = r.int32();
  const _voterDirectoryId = r.uuid();
  const unknownTags = r.taggedFields();
  const o: RemoveRaftVoterRequest = {
    clusterId: _clusterId,
    voterId: _voterId,
    voterDirectoryId: _voterDirectoryId,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeRemoveRaftVoterResponse(w: Writer, o: RemoveRaftVoterResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('RemoveRaftVoterResponse', v, 'RemoveRaftVoterResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('RemoveRaftVoterResponse', v, 'RemoveRaftVoterResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeRemoveRaftVoterResponse(r: Reader, v: number): RemoveRaftVoterResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: RemoveRaftVoterResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The RemoveRaftVoter API (key 81): versions 0, flexible from 0. Served by: controller, broker.
 */
export const RemoveRaftVoterApi: ApiCodec<RemoveRaftVoterRequest, RemoveRaftVoterResponse> = {
  apiKey: 81,
  name: 'RemoveRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['controller', 'broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: RemoveRaftVoterRequest, v: number): void {
    checkVersion('RemoveRaftVoter', v, 0, 0);
    try {
      encodeRemoveRaftVoterRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode RemoveRaftVoterRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): RemoveRaftVoterRequest {
    checkVersion('RemoveRaftVoter', v, 0, 0);
    try {
      return decodeRemoveRaftVoterRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode RemoveRaftVoterRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: RemoveRaftVoterResponse, v: number): void {
    checkVersion('RemoveRaftVoter', v, 0, 0);
    try {
      encodeRemoveRaftVoterResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode RemoveRaftVoterResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): RemoveRaftVoterResponse {
    checkVersion('RemoveRaftVoter', v, 0, 0);
    try {
      return decodeRemoveRaftVoterResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode RemoveRaftVoterResponse v${v}`, e);
    }
  },
};
