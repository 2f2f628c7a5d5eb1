// Generated from VotersRecord.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import { Reader, type TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import { Writer } from '../primitives/writer.js';
import { ProtocolError } from '../errors/kafka-error.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** Kafka's VotersRecord data schema: versions 0, flexible from 0. */
export interface VotersRecord {
  /**
   * The version of the voters record.
   *
   * Versions 0.
   */
  version: number;
  /**
   * The set of voters in the quorum for this epoch.
   *
   * Versions 0.
   */
  voters: VotersRecordVoter[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The set of voters in the quorum for this epoch. */
export interface VotersRecordVoter {
  /**
   * The replica id of the voter in the topic partition.
   *
   * Versions 0.
   */
  voterId: number;
  /**
   * The directory id of the voter in the topic partition.
   *
   * Versions 0.
   */
  voterDirectoryId: Uuid;
  /**
   * The endpoint that can be used to communicate with the voter.
   *
   * Versions 0.
   */
  endpoints: VotersRecordEndpoint[];
  /**
   * The range of versions of the protocol that the replica supports.
   *
   * Versions 0.
   */
  kRaftVersionFeature: VotersRecordKRaftVersionFeature;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The endpoint that can be used to communicate with the voter. */
export interface VotersRecordEndpoint {
  /**
   * The name of the endpoint.
   *
   * Versions 0.
   */
  name: string;
  /**
   * The hostname.
   *
   * Versions 0.
   */
  host: string;
  /**
   * The port.
   *
   * Versions 0.
   */
  port: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The range of versions of the protocol that the replica supports. */
export interface VotersRecordKRaftVersionFeature {
  /**
   * The minimum supported KRaft protocol version.
   *
   * Versions 0.
   */
  minSupportedVersion: number;
  /**
   * The maximum supported KRaft protocol version.
   *
   * Versions 0.
   */
  maxSupportedVersion: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Writes a VotersRecord at version `v`; the caller ensures `v` is a valid version. */
export function encodeVotersRecord(w: Writer, o: VotersRecord, v: number): void {
  const _version = o.version;
  if (_version == null) throw missingField('VotersRecord', v, 'VotersRecord.Version');
  w.int16(_version);
  const _voters = o.voters;
  if (_voters == null) throw missingField('VotersRecord', v, 'VotersRecord.Voters');
  w.compactArrayLength(_voters.length);
  for (let i = 0; i < _voters.length; i++) encodeVotersRecordVoter(w, _voters[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

/** Reads a VotersRecord written at version `v`; malformed input throws ProtocolError. */
export function decodeVotersRecord(r: Reader, v: number): VotersRecord {
  const _version = r.int16();
  let _voters: VotersRecordVoter[];
  {
    const n = r.compactArrayLength(27);
    if (n < 0) {
      throw nullOnWire('VotersRecord', v, 'VotersRecord.Voters');
    } else {
      const a: VotersRecordVoter[] = [];
      for (let i = 0; i < n; i++) a.push(decodeVotersRecordVoter(r, v));
      _voters = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: VotersRecord = {
    version: _version,
    voters: _voters,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeVotersRecordVoter(w: Writer, o: VotersRecordVoter, v: number): void {
  const _voterId = o.voterId;
  if (_voterId == null) throw missingField('VotersRecord', v, 'Voter.VoterId');
  w.int32(_voterId);
  const _voterDirectoryId = o.voterDirectoryId;
  if (_voterDirectoryId == null) throw missingField('VotersRecord', v, 'Voter.VoterDirectoryId');
  w.uuid(_voterDirectoryId);
  const _endpoints = o.endpoints;
  if (_endpoints == null) throw missingField('VotersRecord', v, 'Voter.Endpoints');
  w.compactArrayLength(_endpoints.length);
  for (let i = 0; i < _endpoints.length; i++) encodeVotersRecordEndpoint(w, _endpoints[i], v);
  const _kRaftVersionFeature = o.kRaftVersionFeature;
  if (_kRaftVersionFeature == null) throw missingField('VotersRecord', v, 'Voter.KRaftVersionFeature');
  encodeVotersRecordKRaftVersionFeature(w, _kRaftVersionFeature, v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeVotersRecordVoter(r: Reader, v: number): VotersRecordVoter {
  const _voterId = r.int32();
  const _voterDirectoryId = r.uuid();
  let _endpoints: VotersRecordEndpoint[];
  {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('VotersRecord', v, 'Voter.Endpoints');
    } else {
      const a: VotersRecordEndpoint[] = [];
      for (let i = 0; i < n; i++) a.push(decodeVotersRecordEndpoint(r, v));
      _endpoints = a;
    }
  }
  const _kRaftVersionFeature = decodeVotersRecordKRaftVersionFeature(r, v);
  const unknownTags = r.taggedFields();
  const o: VotersRecordVoter = {
    voterId: _voterId,
    voterDirectoryId: _voterDirectoryId,
    endpoints: _endpoints,
    kRaftVersionFeature: _kRaftVersionFeature,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeVotersRecordEndpoint(w: Writer, o: VotersRecordEndpoint, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('VotersRecord', v, 'Endpoint.Name');
  w.compactString(_name);
  const _host = o.host;
  if (_host == null) throw missingField('VotersRecord', v, 'Endpoint.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('VotersRecord', v, 'Endpoint.Port');
  w.uint16(_port);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeVotersRecordEndpoint(r: Reader, v: number): VotersRecordEndpoint {
  const _name = r.compactString();
  const _host = r.compactString();
  const _port = r.uint16();
  const unknownTags = r.taggedFields();
  const o: VotersRecordEndpoint = {
    name: _name,
    host: _host,
    port: _port,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeVotersRecordKRaftVersionFeature(w: Writer, o: VotersRecordKRaftVersionFeature, v: number): void {
  const _minSupportedVersion = o.minSupportedVersion;
  if (_minSupportedVersion == null) throw missingField('VotersRecord', v, 'KRaftVersionFeature.MinSupportedVersion');
  w.int16(_minSupportedVersion);
  const _maxSupportedVersion = o.maxSupportedVersion;
  if (_maxSupportedVersion == null) throw missingField('VotersRecord', v, 'KRaftVersionFeature.MaxSupportedVersion');
  w.int16(_maxSupportedVersion);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeVotersRecordKRaftVersionFeature(r: Reader, v: number): VotersRecordKRaftVersionFeature {
  const _minSupportedVersion = r.int16();
  const _maxSupportedVersion = r.int16();
  const unknownTags = r.taggedFields();
  const o: VotersRecordKRaftVersionFeature = {
    minSupportedVersion: _minSupportedVersion,
    maxSupportedVersion: _maxSupportedVersion,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function isDefaultVotersRecordKRaftVersionFeature(o: VotersRecordKRaftVersionFeature): boolean {
  return (
    (o.minSupportedVersion === undefined || o.minSupportedVersion === 0) &&
    (o.maxSupportedVersion === undefined || o.maxSupportedVersion === 0) &&
    !o._unknownTaggedFields?.length
  );
}

/**
 * Serializes a VotersRecord at `version` (no version prefix: the struct carries its own Version field).
 */
export function serializeVotersRecord(value: VotersRecord, version = 0): Buffer {
  checkVersion('VotersRecord', version, 0, 0);
  const w = new Writer(64);
  try {
    encodeVotersRecord(w, value, version);
  } catch (e) {
    throw encodeFailure(`cannot encode VotersRecord v${version}`, e);
  }
  return w.finish();
}

/** Reads a VotersRecord written at `version`. */
export function deserializeVotersRecord(buf: Buffer, version = 0): VotersRecord {
  checkVersion('VotersRecord', version, 0, 0);
  try {
    return decodeVotersRecord(new Reader(buf), version);
  } catch (e) {
    throw decodeFailure(`cannot decode VotersRecord v${version}`, e);
  }
}
