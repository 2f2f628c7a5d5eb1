// Generated from UpdateFeaturesRequest.json, UpdateFeaturesResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A UpdateFeatures request (API key 57): versions 0-2, flexible from 0. */
export interface UpdateFeaturesRequest {
  /**
   * How long to wait in milliseconds before timing out the request.
   *
   * Versions 0-2; default "60000".
   */
  timeoutMs?: number;
  /**
   * The list of updates to finalized features.
   *
   * Versions 0-2.
   */
  featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[];
  /**
   * True if we should validate the request, but not perform the upgrade or downgrade.
   *
   * Versions 1-2; default false.
   */
  validateOnly?: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The list of updates to finalized features. */
export interface UpdateFeaturesRequestFeatureUpdateKey {
  /**
   * The name of the finalized feature to be updated.
   *
   * Versions 0-2.
   */
  feature: string;
  /**
   * The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature.
   *
   * Versions 0-2.
   */
  maxVersionLevel: number;
  /**
   * DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level.
   *
   * Versions 0.
   */
  allowDowngrade?: boolean;
  /**
   * Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy).
   *
   * Versions 1-2; default 1.
   */
  upgradeType?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A UpdateFeatures response (API key 57): versions 0-2, flexible from 0. */
export interface UpdateFeaturesResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-2.
   */
  throttleTimeMs: number;
  /**
   * The top-level error code, or `0` if there was no top-level error.
   *
   * Versions 0-2.
   */
  errorCode: number;
  /**
   * The top-level error message, or `null` if there was no top-level error.
   *
   * Versions 0-2; nullable 0-2.
   */
  errorMessage: string | null;
  /**
   * Results for each feature update.
   *
   * Versions 0-1; ignorable.
   */
  results?: UpdateFeaturesResponseUpdatableFeatureResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Results for each feature update. */
export interface UpdateFeaturesResponseUpdatableFeatureResult {
  /**
   * The name of the finalized feature.
   *
   * Versions 0-2.
   */
  feature: string;
  /**
   * The feature update error code or `0` if the feature update succeeded.
   *
   * Versions 0-2.
   */
  errorCode: number;
  /**
   * The feature update error, or `null` if the feature update succeeded.
   *
   * Versions 0-2; nullable 0-1.
   */
  errorMessage: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeUpdateFeaturesRequest(w: Writer, o: UpdateFeaturesRequest, v: number): void {
  const _timeoutMs = o.timeoutMs === undefined ? 60000 : o.timeoutMs;
  if (_timeoutMs == null) throw missingField('UpdateFeaturesRequest', v, 'UpdateFeaturesRequest.timeoutMs');
  w.int32(_timeoutMs);
  const _featureUpdates = o.featureUpdates;
  if (_featureUpdates == null) throw missingField('UpdateFeaturesRequest', v, 'UpdateFeaturesRequest.FeatureUpdates');
  w.compactArrayLength(_featureUpdates.length);
  for (let i = 0; i < _featureUpdates.length; i++) encodeUpdateFeaturesRequestFeatureUpdateKey(w, _featureUpdates[i], v);
  if (v >= 1) {
    const _validateOnly = o.validateOnly === undefined ? false : o.validateOnly;
    if (_validateOnly == null) throw missingField('UpdateFeaturesRequest', v, 'UpdateFeaturesRequest.ValidateOnly');
    w.bool(_validateOnly);
  }
  if (v < 1) {
    const x = o.validateOnly;
    if (x !== undefined && !(x === false)) throw unsupportedField('UpdateFeaturesRequest', v, 'UpdateFeaturesRequest.ValidateOnly');
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeUpdateFeaturesRequest(r: Reader, v: number): UpdateFeaturesRequest {
  const _timeoutMs = r.int32();
  let _featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[];
  {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('UpdateFeaturesRequest', v, 'UpdateFeaturesRequest.FeatureUpdates');
    } else {
      const a: UpdateFeaturesRequestFeatureUpdateKey[] = [];
      for (let i = 0; i < n; i++) a.push(decodeUpdateFeaturesRequestFeatureUpdateKey(r, v));
      _featureUpdates = a;
    }
  }
  const _validateOnly: boolean = (v >= 1 ? r.bool() : false);
  const unknownTags = r.taggedFields();
  const o: UpdateFeaturesRequest = {
    timeoutMs: _timeoutMs,
    featureUpdates: _featureUpdates,
    validateOnly: _validateOnly,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeUpdateFeaturesRequestFeatureUpdateKey(w: Writer, o: UpdateFeaturesRequestFeatureUpdateKey, v: number): void {
  const _feature = o.feature;
  if (_feature == null) throw missingField('UpdateFeaturesRequest', v, 'FeatureUpdateKey.Feature');
  w.compactString(_feature);
  const _maxVersionLevel = o.maxVersionLevel;
  if (_maxVersionLevel == null) throw missingField('UpdateFeaturesRequest', v, 'FeatureUpdateKey.MaxVersionLevel');
  w.int16(_maxVersionLevel);
  if (v <= 0) {
    const _allowDowngrade = o.allowDowngrade === undefined ? false : o.allowDowngrade;
    if (_allowDowngrade == null) throw missingField('UpdateFeaturesRequest', v, 'FeatureUpdateKey.AllowDowngrade');
    w.bool(_allowDowngrade);
  }
  if (v > 0) {
    const x = o.allowDowngrade;
    if (x !== undefined && !(x === false)) throw unsupportedField('UpdateFeaturesRequest', v, 'FeatureUpdateKey.AllowDowngrade');
  }
  if (v >= 1) {
    const _upgradeType = o.upgradeType === undefined ? 1 : o.upgradeType;
    if (_upgradeType == null) throw missingField('UpdateFeaturesRequest', v, 'FeatureUpdateKey.UpgradeType');
    w.int8(_upgradeType);
  }
  if (v < 1) {
    const x = o.upgradeType;
    if (x !== undefined && !(x === 1)) throw unsupportedField('UpdateFeaturesRequest', v, 'FeatureUpdateKey.UpgradeType');
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeUpdateFeaturesRequestFeatureUpdateKey(r: Reader, v: number): UpdateFeaturesRequestFeatureUpdateKey {
  const _feature = r.compactString();
  const _maxVersionLevel = r.int16();
  const _allowDowngrade: boolean = (v <= 0 ? r.bool() : false);
  const _upgradeType: number = (v >= 1 ? r.int8() : 1);
  const unknownTags = r.taggedFields();
  const o: UpdateFeaturesRequestFeatureUpdateKey = {
    feature: _feature,
    maxVersionLevel: _maxVersionLevel,
    allowDowngrade: _allowDowngrade,
    upgradeType: _upgradeType,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeUpdateFeaturesResponse(w: Writer, o: UpdateFeaturesResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('UpdateFeaturesResponse', v, 'UpdateFeaturesResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('UpdateFeaturesResponse', v, 'UpdateFeaturesResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (v <= 1) {
    const _results = o.results === undefined ? [] : o.results;
    if (_results == null) throw missingField('UpdateFeaturesResponse', v, 'UpdateFeaturesResponse.Results');
    w.compactArrayLength(_results.length);
    for (let i = 0; i < _results.length; i++) encodeUpdateFeaturesResponseUpdatableFeatureResult(w, _results[i], v);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeUpdateFeaturesResponse(r: Reader, v: number): UpdateFeaturesResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  let _results: UpdateFeaturesResponseUpdatableFeatureResult[] = [];
  if (v <= 1) {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('UpdateFeaturesResponse', v, 'UpdateFeaturesResponse.Results');
    } else {
      const a: UpdateFeaturesResponseUpdatableFeatureResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeUpdateFeaturesResponseUpdatableFeatureResult(r, v));
      _results = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: UpdateFeaturesResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    results: _results,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeUpdateFeaturesResponseUpdatableFeatureResult(w: Writer, o: UpdateFeaturesResponseUpdatableFeatureResult, v: number): void {
  const _feature = o.feature;
  if (_feature == null) throw missingField('UpdateFeaturesResponse', v, 'UpdatableFeatureResult.Feature');
  w.compactString(_feature);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('UpdateFeaturesResponse', v, 'UpdatableFeatureResult.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeUpdateFeaturesResponseUpdatableFeatureResult(r: Reader, v: number): UpdateFeaturesResponseUpdatableFeatureResult {
  const _feature = r.compactString();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: UpdateFeaturesResponseUpdatableFeatureResult = {
    feature: _feature,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The UpdateFeatures API (key 57): versions 0-2, flexible from 0. Served by: broker, controller.
 */
export const UpdateFeaturesApi: ApiCodec<UpdateFeaturesRequest, UpdateFeaturesResponse> = {
  apiKey: 57,
  name: 'UpdateFeatures',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: UpdateFeaturesRequest, v: number): void {
    checkVersion('UpdateFeatures', v, 0, 2);
    try {
      encodeUpdateFeaturesRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode UpdateFeaturesRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): UpdateFeaturesRequest {
    checkVersion('UpdateFeatures', v, 0, 2);
    try {
      return decodeUpdateFeaturesRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode UpdateFeaturesRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: UpdateFeaturesResponse, v: number): void {
    checkVersion('UpdateFeatures', v, 0, 2);
    try {
      encodeUpdateFeaturesResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode UpdateFeaturesResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): UpdateFeaturesResponse {
    checkVersion('UpdateFeatures', v, 0, 2);
    try {
      return decodeUpdateFeaturesResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode UpdateFeaturesResponse v${v}`, e);
    }
  },
};
