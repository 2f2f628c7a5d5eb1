// Generated from ApiVersionsRequest.json, ApiVersionsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A ApiVersions request (API key 18): versions 0-4, flexible from 3. */
export interface ApiVersionsRequest {
  /**
   * The name of the client.
   *
   * Versions 3-4; ignorable.
   */
  clientSoftwareName?: string;
  /**
   * The version of the client.
   *
   * Versions 3-4; ignorable.
   */
  clientSoftwareVersion?: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ApiVersions response (API key 18): versions 0-4, flexible from 3. */
export interface ApiVersionsResponse {
  /**
   * The top-level error code.
   *
   * Versions 0-4.
   */
  errorCode: number;
  /**
   * The APIs supported by the broker.
   *
   * Versions 0-4.
   */
  apiKeys: ApiVersionsResponseApiVersion[];
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-4; ignorable.
   */
  throttleTimeMs?: number;
  /**
   * Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
   *
   * Versions 3-4; tagged (tag 0) 3-4; ignorable.
   */
  supportedFeatures?: ApiVersionsResponseSupportedFeatureKey[];
  /**
   * The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch.
   *
   * Versions 3-4; tagged (tag 1) 3-4; default "-1"; ignorable.
   */
  finalizedFeaturesEpoch?: bigint;
  /**
   * List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0.
   *
   * Versions 3-4; tagged (tag 2) 3-4; ignorable.
   */
  finalizedFeatures?: ApiVersionsResponseFinalizedFeatureKey[];
  /**
   * Set by a KRaft controller if the required configurations for ZK migration are present.
   *
   * Versions 3-4; tagged (tag 3) 3-4; default "false"; ignorable.
   */
  zkMigrationReady?: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The APIs supported by the broker. */
export interface ApiVersionsResponseApiVersion {
  /**
   * The API index.
   *
   * Versions 0-4.
   */
  apiKey: number;
  /**
   * The minimum supported version, inclusive.
   *
   * Versions 0-4.
   */
  minVersion: number;
  /**
   * The maximum supported version, inclusive.
   *
   * Versions 0-4.
   */
  maxVersion: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
 */
export interface ApiVersionsResponseSupportedFeatureKey {
  /**
   * The name of the feature.
   *
   * Versions 3-4.
   */
  name: string;
  /**
   * The minimum supported version for the feature.
   *
   * Versions 3-4.
   */
  minVersion: number;
  /**
   * The maximum supported version for the feature.
   *
   * Versions 3-4.
   */
  maxVersion: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0.
 */
export interface ApiVersionsResponseFinalizedFeatureKey {
  /**
   * The name of the feature.
   *
   * Versions 3-4.
   */
  name: string;
  /**
   * The cluster-wide finalized max version level for the feature.
   *
   * Versions 3-4.
   */
  maxVersionLevel: number;
  /**
   * The cluster-wide finalized min version level for the feature.
   *
   * Versions 3-4.
   */
  minVersionLevel: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeApiVersionsRequest(w: Writer, o: ApiVersionsRequest, v: number): void {
  if (v >= 3) {
    const _clientSoftwareName = o.clientSoftwareName === undefined ? '' : o.clientSoftwareName;
    if (_clientSoftwareName == null) throw missingField('ApiVersionsRequest', v, 'ApiVersionsRequest.ClientSoftwareName');
    w.compactString(_clientSoftwareName);
  }
  if (v >= 3) {
    const _clientSoftwareVersion = o.clientSoftwareVersion === undefined ? '' : o.clientSoftwareVersion;
    if (_clientSoftwareVersion == null) throw missingField('ApiVersionsRequest', v, 'ApiVersionsRequest.ClientSoftwareVersion');
    w.compactString(_clientSoftwareVersion);
  }
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeApiVersionsRequest(r: Reader, v: number): ApiVersionsRequest {
  const _clientSoftwareName: string = (v >= 3 ? r.compactString() : '');
  const _clientSoftwareVersion: string = (v >= 3 ? r.compactString() : '');
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: ApiVersionsRequest = {
    clientSoftwareName: _clientSoftwareName,
    clientSoftwareVersion: _clientSoftwareVersion,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeApiVersionsResponse(w: Writer, o: ApiVersionsResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ApiVersionsResponse', v, 'ApiVersionsResponse.ErrorCode');
  w.int16(_errorCode);
  const _apiKeys = o.apiKeys;
  if (_apiKeys == null) throw missingField('ApiVersionsResponse', v, 'ApiVersionsResponse.ApiKeys');
  if (v >= 3) w.compactArrayLength(_apiKeys.length);
  else w.arrayLength(_apiKeys.length);
  for (let i = 0; i < _apiKeys.length; i++) encodeApiVersionsResponseApiVersion(w, _apiKeys[i], v);
  if (v >= 1) {
    const _throttleTimeMs = o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs;
    if (_throttleTimeMs == null) throw missingField('ApiVersionsResponse', v, 'ApiVersionsResponse.ThrottleTimeMs');
    w.int32(_throttleTimeMs);
  }
  if (v >= 3) {
    let tags: TaggedField[] | undefined;
    {
      const _supportedFeatures = o.supportedFeatures;
      if (_supportedFeatures === null) throw missingField('ApiVersionsResponse', v, 'ApiVersionsResponse.SupportedFeatures');
      if (_supportedFeatures !== undefined && !(_supportedFeatures.length === 0)) {
        const tw = new Writer(64);
        tw.compactArrayLength(_supportedFeatures.length);
        for (let i = 0; i < _supportedFeatures.length; i++) encodeApiVersionsResponseSupportedFeatureKey(tw, _supportedFeatures[i], v);
        (tags ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    {
      const _finalizedFeaturesEpoch = o.finalizedFeaturesEpoch;
      if (_finalizedFeaturesEpoch === null) throw missingField('ApiVersionsResponse', v, 'ApiVersionsResponse.FinalizedFeaturesEpoch');
      if (_finalizedFeaturesEpoch !== undefined && !(_finalizedFeaturesEpoch === -1n)) {
        const tw = new Writer(64);
        tw.int64(_finalizedFeaturesEpoch);
        (tags ??= []).push({ tag: 1, data: tw.finish() });
      }
    }
    {
      const _finalizedFeatures = o.finalizedFeatures;
      if (_finalizedFeatures === null) throw missingField('ApiVersionsResponse', v, 'ApiVersionsResponse.FinalizedFeatures');
      if (_finalizedFeatures !== undefined && !(_finalizedFeatures.length === 0)) {
        const tw = new Writer(64);
        tw.compactArrayLength(_finalizedFeatures.length);
        for (let i = 0; i < _finalizedFeatures.length; i++) encodeApiVersionsResponseFinalizedFeatureKey(tw, _finalizedFeatures[i], v);
        (tags ??= []).push({ tag: 2, data: tw.finish() });
      }
    }
    {
      const _zkMigrationReady = o.zkMigrationReady;
      if (_zkMigrationReady === null) throw missingField('ApiVersionsResponse', v, 'ApiVersionsResponse.ZkMigrationReady');
      if (_zkMigrationReady !== undefined && !(_zkMigrationReady === false)) {
        const tw = new Writer(64);
        tw.bool(_zkMigrationReady);
        (tags ??= []).push({ tag: 3, data: tw.finish() });
      }
    }
    if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(tags, o._unknownTaggedFields);
  }
}

function decodeApiVersionsResponse(r: Reader, v: number): ApiVersionsResponse {
  const _errorCode = r.int16();
  let _apiKeys: ApiVersionsResponseApiVersion[];
  {
    const n = (v >= 3 ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n < 0) {
      throw nullOnWire('ApiVersionsResponse', v, 'ApiVersionsResponse.ApiKeys');
    } else {
      const a: ApiVersionsResponseApiVersion[] = [];
      for (let i = 0; i < n; i++) a.push(decodeApiVersionsResponseApiVersion(r, v));
      _apiKeys = a;
    }
  }
  const _throttleTimeMs: number = (v >= 1 ? r.int32() : 0);
  let _supportedFeatures: ApiVersionsResponseSupportedFeatureKey[] = [];
  let _finalizedFeaturesEpoch: bigint = -1n;
  let _finalizedFeatures: ApiVersionsResponseFinalizedFeatureKey[] = [];
  let _zkMigrationReady: boolean = false;
  let unknownTags: TaggedField[] | undefined;
  if (v >= 3) {
    unknownTags = r.taggedFields((tag, tr) => {
      switch (tag) {
        case 0: {
          const n = tr.compactArrayLength(6);
          if (n < 0) {
            throw nullOnWire('ApiVersionsResponse', v, 'ApiVersionsResponse.SupportedFeatures');
          } else {
            const a: ApiVersionsResponseSupportedFeatureKey[] = [];
            for (let i = 0; i < n; i++) a.push(decodeApiVersionsResponseSupportedFeatureKey(tr, v));
            _supportedFeatures = a;
          }
          return true;
        }
        case 1: {
          _finalizedFeaturesEpoch = tr.int64();
          return true;
        }
        case 2: {
          const n = tr.compactArrayLength(6);
          if (n < 0) {
            throw nullOnWire('ApiVersionsResponse', v, 'ApiVersionsResponse.FinalizedFeatures');
          } else {
            const a: ApiVersionsResponseFinalizedFeatureKey[] = [];
            for (let i = 0; i < n; i++) a.push(decodeApiVersionsResponseFinalizedFeatureKey(tr, v));
            _finalizedFeatures = a;
          }
          return true;
        }
        case 3: {
          _zkMigrationReady = tr.bool();
          return true;
        }
      }
      return false;
    });
  }
  const o: ApiVersionsResponse = {
    errorCode: _errorCode,
    apiKeys: _apiKeys,
    throttleTimeMs: _throttleTimeMs,
    supportedFeatures: _supportedFeatures,
    finalizedFeaturesEpoch: _finalizedFeaturesEpoch,
    finalizedFeatures: _finalizedFeatures,
    zkMigrationReady: _zkMigrationReady,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeApiVersionsResponseApiVersion(w: Writer, o: ApiVersionsResponseApiVersion, v: number): void {
  const _apiKey = o.apiKey;
  if (_apiKey == null) throw missingField('ApiVersionsResponse', v, 'ApiVersion.ApiKey');
  w.int16(_apiKey);
  const _minVersion = o.minVersion;
  if (_minVersion == null) throw missingField('ApiVersionsResponse', v, 'ApiVersion.MinVersion');
  w.int16(_minVersion);
  const _maxVersion = o.maxVersion;
  if (_maxVersion == null) throw missingField('ApiVersionsResponse', v, 'ApiVersion.MaxVersion');
  w.int16(_maxVersion);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeApiVersionsResponseApiVersion(r: Reader, v: number): ApiVersionsResponseApiVersion {
  const _apiKey = r.int16();
  const _minVersion = r.int16();
  const _maxVersion = r.int16();
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: ApiVersionsResponseApiVersion = {
    apiKey: _apiKey,
    minVersion: _minVersion,
    maxVersion: _maxVersion,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeApiVersionsResponseSupportedFeatureKey(w: Writer, o: ApiVersionsResponseSupportedFeatureKey, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('ApiVersionsResponse', v, 'SupportedFeatureKey.Name');
  w.compactString(_name);
  const _minVersion = o.minVersion;
  if (_minVersion == null) throw missingField('ApiVersionsResponse', v, 'SupportedFeatureKey.MinVersion');
  w.int16(_minVersion);
  const _maxVersion = o.maxVersion;
  if (_maxVersion == null) throw missingField('ApiVersionsResponse', v, 'SupportedFeatureKey.MaxVersion');
  w.int16(_maxVersion);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeApiVersionsResponseSupportedFeatureKey(r: Reader, v: number): ApiVersionsResponseSupportedFeatureKey {
  const _name = r.compactString();
  const _minVersion = r.int16();
  const _maxVersion = r.int16();
  const unknownTags = r.taggedFields();
  const o: ApiVersionsResponseSupportedFeatureKey = {
    name: _name,
    minVersion: _minVersion,
    maxVersion: _maxVersion,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeApiVersionsResponseFinalizedFeatureKey(w: Writer, o: ApiVersionsResponseFinalizedFeatureKey, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('ApiVersionsResponse', v, 'FinalizedFeatureKey.Name');
  w.compactString(_name);
  const _maxVersionLevel = o.maxVersionLevel;
  if (_maxVersionLevel == null) throw missingField('ApiVersionsResponse', v, 'FinalizedFeatureKey.MaxVersionLevel');
  w.int16(_maxVersionLevel);
  const _minVersionLevel = o.minVersionLevel;
  if (_minVersionLevel == null) throw missingField('ApiVersionsResponse', v, 'FinalizedFeatureKey.MinVersionLevel');
  w.int16(_minVersionLevel);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeApiVersionsResponseFinalizedFeatureKey(r: Reader, v: number): ApiVersionsResponseFinalizedFeatureKey {
  const _name = r.compactString();
  const _maxVersionLevel = r.int16();
  const _minVersionLevel = r.int16();
  const unknownTags = r.taggedFields();
  const o: ApiVersionsResponseFinalizedFeatureKey = {
    name: _name,
    maxVersionLevel: _maxVersionLevel,
    minVersionLevel: _minVersionLevel,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The ApiVersions API (key 18): versions 0-4, flexible from 3. Served by: broker, controller.
 */
export const ApiVersionsApi: ApiCodec<ApiVersionsRequest, ApiVersionsResponse> = {
  apiKey: 18,
  name: 'ApiVersions',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 3,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 3 ? 2 : 1),
  responseHeaderVersion: (_v: number): number => 0,
  encodeRequest(w: Writer, body: ApiVersionsRequest, v: number): void {
    checkVersion('ApiVersions', v, 0, 4);
    try {
      encodeApiVersionsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ApiVersionsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ApiVersionsRequest {
    checkVersion('ApiVersions', v, 0, 4);
    try {
      return decodeApiVersionsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ApiVersionsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ApiVersionsResponse, v: number): void {
    checkVersion('ApiVersions', v, 0, 4);
    try {
      encodeApiVersionsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ApiVersionsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ApiVersionsResponse {
    checkVersion('ApiVersions', v, 0, 4);
    try {
      return decodeApiVersionsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ApiVersionsResponse v${v}`, e);
    }
  },
};
