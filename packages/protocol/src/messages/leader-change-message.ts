// Generated from LeaderChangeMessage.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import { Reader, type TaggedField } from '../primitives/reader.js';
import { type Uuid, ZERO_UUID } from '../primitives/uuid.js';
import { Writer } from '../primitives/writer.js';
import { ProtocolError } from '../errors/kafka-error.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** Kafka's LeaderChangeMessage data schema: versions 0-1, flexible from 0. */
export interface LeaderChangeMessage {
  /**
   * The version of the leader change message.
   *
   * Versions 0-1.
   */
  version: number;
  /**
   * The ID of the newly elected leader.
   *
   * Versions 0-1.
   */
  leaderId: number;
  /**
   * The set of voters in the quorum for this epoch.
   *
   * Versions 0-1.
   */
  voters: LeaderChangeMessageVoter[];
  /**
   * The voters who voted for the leader at the time of election.
   *
   * Versions 0-1.
   */
  grantingVoters: LeaderChangeMessageVoter[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The set of voters in the quorum for this epoch. */
export interface LeaderChangeMessageVoter {
  /**
   * The ID of the voter.
   *
   * Versions 0-1.
   */
  voterId: number;
  /**
   * The directory id of the voter.
   *
   * Versions 1.
   */
  voterDirectoryId?: Uuid;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Writes a LeaderChangeMessage at version `v`; the caller ensures `v` is a valid version. */
export function encodeLeaderChangeMessage(w: Writer, o: LeaderChangeMessage, v: number): void {
  const _version = o.version;
  if (_version == null) throw missingField('LeaderChangeMessage', v, 'LeaderChangeMessage.Version');
  w.int16(_version);
  const _leaderId = o.leaderId;
  if (_leaderId == null) throw missingField('LeaderChangeMessage', v, 'LeaderChangeMessage.LeaderId');
  w.int32(_leaderId);
  const _voters = o.voters;
  if (_voters == null) throw missingField('LeaderChangeMessage', v, 'LeaderChangeMessage.Voters');
  w.compactArrayLength(_voters.length);
  for (let i = 0; i < _voters.length; i++) encodeLeaderChangeMessageVoter(w, _voters[i], v);
  const _grantingVoters = o.grantingVoters;
  if (_grantingVoters == null) throw missingField('LeaderChangeMessage', v, 'LeaderChangeMessage.GrantingVoters');
  w.compactArrayLength(_grantingVoters.length);
  for (let i = 0; i < _grantingVoters.length; i++) encodeLeaderChangeMessageVoter(w, _grantingVoters[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

/** Reads a LeaderChangeMessage written at version `v`; malformed input throws ProtocolError. */
export function decodeLeaderChangeMessage(r: Reader, v: number): LeaderChangeMessage {
  const _version = r.int16();
  const _leaderId = r.int32();
  let _voters: LeaderChangeMessageVoter[];
  {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('LeaderChangeMessage', v, 'LeaderChangeMessage.Voters');
    } else {
      const a: LeaderChangeMessageVoter[] = [];
      for (let i = 0; i < n; i++) a.push(decodeLeaderChangeMessageVoter(r, v));
      _voters = a;
    }
  }
  let _grantingVoters: LeaderChangeMessageVoter[];
  {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('LeaderChangeMessage', v, 'LeaderChangeMessage.GrantingVoters');
    } else {
      const a: LeaderChangeMessageVoter[] = [];
      for (let i = 0; i < n; i++) a.push(decodeLeaderChangeMessageVoter(r, v));
      _grantingVoters = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: LeaderChangeMessage = {
    version: _version,
    leaderId: _leaderId,
    voters: _voters,
    grantingVoters: _grantingVoters,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeLeaderChangeMessageVoter(w: Writer, o: LeaderChangeMessageVoter, v: number): void {
  const _voterId = o.voterId;
  if (_voterId == null) throw missingField('LeaderChangeMessage', v, 'Voter.VoterId');
  w.int32(_voterId);
  if (v >= 1) {
    const _voterDirectoryId = o.voterDirectoryId === undefined ? ZERO_UUID : o.voterDirectoryId;
    if (_voterDirectoryId == null) throw missingField('LeaderChangeMessage', v, 'Voter.VoterDirectoryId');
    w.uuid(_voterDirectoryId);
  }
  if (v < 1) {
    const x = o.voterDirectoryId;
    if (x !== undefined && !(x === ZERO_UUID)) throw unsupportedField('LeaderChangeMessage', v, 'Voter.VoterDirectoryId');
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeLeaderChangeMessageVoter(r: Reader, v: number): LeaderChangeMessageVoter {
  const _voterId = r.int32();
  const _voterDirectoryId: Uuid = (v >= 1 ? r.uuid() : ZERO_UUID);
  const unknownTags = r.taggedFields();
  const o: LeaderChangeMessageVoter = {
    voterId: _voterId,
    voterDirectoryId: _voterDirectoryId,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * Serializes a LeaderChangeMessage at `version` (no version prefix: the struct carries its own Version field).
 */
export function serializeLeaderChangeMessage(value: LeaderChangeMessage, version = 1): Buffer {
  checkVersion('LeaderChangeMessage', version, 0, 1);
  const w = new Writer(64);
  try {
    encodeLeaderChangeMessage(w, value, version);
  } catch (e) {
    throw encodeFailure(`cannot encode LeaderChangeMessage v${version}`, e);
  }
  return w.finish();
}

/** Reads a LeaderChangeMessage written at `version`. */
export function deserializeLeaderChangeMessage(buf: Buffer, version = 1): LeaderChangeMessage {
  checkVersion('LeaderChangeMessage', version, 0, 1);
  try {
    return decodeLeaderChangeMessage(new Reader(buf), version);
  } catch (e) {
    throw decodeFailure(`cannot decode LeaderChangeMessage v${version}`, e);
  }
}
