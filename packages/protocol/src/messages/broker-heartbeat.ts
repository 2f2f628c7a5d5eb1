// Generated from BrokerHeartbeatRequest.json, BrokerHeartbeatResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A BrokerHeartbeat request (API key 63): versions 0-2, flexible from 0. */
export interface BrokerHeartbeatRequest {
  /**
   * The broker ID.
   *
   * Versions 0-2.
   */
  brokerId: number;
  /**
   * The broker epoch.
   *
   * Versions 0-2; default "-1".
   */
  brokerEpoch?: bigint;
  /**
   * The highest metadata offset which the broker has reached.
   *
   * Versions 0-2.
   */
  currentMetadataOffset: bigint;
  /**
   * True if the broker wants to be fenced, false otherwise.
   *
   * Versions 0-2.
   */
  wantFence: boolean;
  /**
   * True if the broker wants to be shut down, false otherwise.
   *
   * Versions 0-2.
   */
  wantShutDown: boolean;
  /**
   * Log directories that failed and went offline.
   *
   * Versions 1-2; tagged (tag 0) 1-2.
   */
  offlineLogDirs?: Uuid[];
  /**
   * List of log directories that are cordoned. This is null before the broker reaches the RECOVERY state.
   *
   * Versions 2; nullable 2; tagged (tag 1) 2; default "null".
   */
  cordonedLogDirs?: Uuid[] | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A BrokerHeartbeat response (API key 63): versions 0-2, flexible from 0. */
export interface BrokerHeartbeatResponse {
  /**
   * Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-2.
   */
  throttleTimeMs: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-2.
   */
  errorCode: number;
  /**
   * True if the broker has approximately caught up with the latest metadata.
   *
   * Versions 0-2; default "false".
   */
  isCaughtUp?: boolean;
  /**
   * True if the broker is fenced.
   *
   * Versions 0-2; default "true".
   */
  isFenced?: boolean;
  /**
   * True if the broker should proceed with its shutdown.
   *
   * Versions 0-2.
   */
  shouldShutDown: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeBrokerHeartbeatRequest(w: Writer, o: BrokerHeartbeatRequest, v: number): void {
  const _brokerId = o.brokerId;
  if (_brokerId == null) throw missingField('BrokerHeartbeatRequest', v, 'BrokerHeartbeatRequest.BrokerId');
  w.int32(_brokerId);
  const _brokerEpoch = o.brokerEpoch === undefined ? -1n : o.brokerEpoch;
  if (_brokerEpoch == null) throw missingField('BrokerHeartbeatRequest', v, 'BrokerHeartbeatRequest.BrokerEpoch');
  w.int64(_brokerEpoch);
  const _currentMetadataOffset = o.currentMetadataOffset;
  if (_currentMetadataOffset == null) throw missingField('BrokerHeartbeatRequest', v, 'BrokerHeartbeatRequest.CurrentMetadataOffset');
  w.int64(_currentMetadataOffset);
  const _wantFence = o.wantFence;
  if (_wantFence == null) throw missingField('BrokerHeartbeatRequest', v, 'BrokerHeartbeatRequest.WantFence');
  w.bool(_wantFence);
  const _wantShutDown = o.wantShutDown;
  if (_wantShutDown == null) throw missingField('BrokerHeartbeatRequest', v, 'BrokerHeartbeatRequest.WantShutDown');
  w.bool(_wantShutDown);
  if (v < 1) {
    const x = o.offlineLogDirs;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('BrokerHeartbeatRequest', v, 'BrokerHeartbeatRequest.OfflineLogDirs');
  }
  if (v < 2) {
    const x = o.cordonedLogDirs;
    if (x !== undefined && !(x === null)) throw unsupportedField('BrokerHeartbeatRequest', v, 'BrokerHeartbeatRequest.CordonedLogDirs');
  }
  let tags: TaggedField[] | undefined;
  if (v >= 1) {
    const _offlineLogDirs = o.offlineLogDirs;
    if (_offlineLogDirs === null) throw missingField('BrokerHeartbeatRequest', v, 'BrokerHeartbeatRequest.OfflineLogDirs');
    if (_offlineLogDirs !== undefined && !(_offlineLogDirs.length === 0)) {
      const tw = new Writer(64);
      tw.compactArrayLength(_offlineLogDirs.length);
      for (let i = 0; i < _offlineLogDirs.length; i++) tw.uuid(_offlineLogDirs[i]);
      (tags ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  if (v >= 2) {
    const _cordonedLogDirs = o.cordonedLogDirs;
    if (_cordonedLogDirs !== undefined && !(_cordonedLogDirs === null)) {
      const tw = new Writer(64);
      if (_cordonedLogDirs == null) {
        tw.compactArrayLength(null);
      } else {
        tw.compactArrayLength(_cordonedLogDirs.length);
        for (let i = 0; i < _cordonedLogDirs.length; i++) tw.uuid(_cordonedLogDirs[i]);
      }
      (tags ??= []).push({ tag: 1, data: tw.finish() });
    }
  }
  if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(tags, o._unknownTaggedFields);
}

function decodeBrokerHeartbeatRequest(r: Reader, v: number): BrokerHeartbeatRequest {
  const _brokerId = r.int32();
  const _brokerEpoch = r.int64();
  const _currentMetadataOffset = r.int64();
  const _wantFence = r.bool();
  const _wantShutDown = r.bool();
  let _offlineLogDirs: Uuid[] = [];
  let _cordonedLogDirs: Uuid[] | null = null;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = r.taggedFields((tag, tr) => {
    switch (tag) {
      case 0: {
        if (v >= 1) {
          const n = tr.compactArrayLength(16);
          if (n < 0) {
            throw nullOnWire('BrokerHeartbeatRequest', v, 'BrokerHeartbeatRequest.OfflineLogDirs');
          } else {
            const a: Uuid[] = [];
            for (let i = 0; i < n; i++) a.push(tr.uuid());
            _offlineLogDirs = a;
          }
          return true;
        }
        return false;
      }
      case 1: {
        if (v >= 2) {
          const n = tr.compactArrayLength(16);
          if (n < 0) {
            _cordonedLogDirs = null;
          } else {
            const a: Uuid[] = [];
            for (let i = 0; i < n; i++) a.push(tr.uuid());
            _cordonedLogDirs = a;
          }
          return true;
        }
        return false;
      }
    }
    return false;
  });
  const o: BrokerHeartbeatRequest = {
    brokerId: _brokerId,
    brokerEpoch: _brokerEpoch,
    currentMetadataOffset: _currentMetadataOffset,
    wantFence: _wantFence,
    wantShutDown: _wantShutDown,
    offlineLogDirs: _offlineLogDirs,
    cordonedLogDirs: _cordonedLogDirs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeBrokerHeartbeatResponse(w: Writer, o: BrokerHeartbeatResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('BrokerHeartbeatResponse', v, 'BrokerHeartbeatResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('BrokerHeartbeatResponse', v, 'BrokerHeartbeatResponse.ErrorCode');
  w.int16(_errorCode);
  const _isCaughtUp = o.isCaughtUp === undefined ? false : o.isCaughtUp;
  if (_isCaughtUp == null) throw missingField('BrokerHeartbeatResponse', v, 'BrokerHeartbeatResponse.IsCaughtUp');
  w.bool(_isCaughtUp);
  const _isFenced = o.isFenced === undefined ? true : o.isFenced;
  if (_isFenced == null) throw missingField('BrokerHeartbeatResponse', v, 'BrokerHeartbeatResponse.IsFenced');
  w.bool(_isFenced);
  const _shouldShutDown = o.shouldShutDown;
  if (_shouldShutDown == null) throw missingField('BrokerHeartbeatResponse', v, 'BrokerHeartbeatResponse.ShouldShutDown');
  w.bool(_shouldShutDown);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeBrokerHeartbeatResponse(r: Reader, v: number): BrokerHeartbeatResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _isCaughtUp = r.bool();
  const _isFenced = r.bool();
  const _shouldShutDown = r.bool();
  const unknownTags = r.taggedFields();
  const o: BrokerHeartbeatResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    isCaughtUp: _isCaughtUp,
    isFenced: _isFenced,
    shouldShutDown: _shouldShutDown,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The BrokerHeartbeat API (key 63): versions 0-2, flexible from 0. Served by: controller. */
export const BrokerHeartbeatApi: ApiCodec<BrokerHeartbeatRequest, BrokerHeartbeatResponse> = {
  apiKey: 63,
  name: 'BrokerHeartbeat',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: BrokerHeartbeatRequest, v: number): void {
    checkVersion('BrokerHeartbeat', v, 0, 2);
    try {
      encodeBrokerHeartbeatRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode BrokerHeartbeatRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): BrokerHeartbeatRequest {
    checkVersion('BrokerHeartbeat', v, 0, 2);
    try {
      return decodeBrokerHeartbeatRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode BrokerHeartbeatRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: BrokerHeartbeatResponse, v: number): void {
    checkVersion('BrokerHeartbeat', v, 0, 2);
    try {
      encodeBrokerHeartbeatResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode BrokerHeartbeatResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): BrokerHeartbeatResponse {
    checkVersion('BrokerHeartbeat', v, 0, 2);
    try {
      return decodeBrokerHeartbeatResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode BrokerHeartbeatResponse v${v}`, e);
    }
  },
};
