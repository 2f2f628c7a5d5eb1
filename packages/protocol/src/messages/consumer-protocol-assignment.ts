// Generated from ConsumerProtocolAssignment.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { ProtocolError } from '../errors/kafka-error.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** Kafka's ConsumerProtocolAssignment data schema: versions 0-3, never flexible. */
export interface ConsumerProtocolAssignment {
  /**
   * The list of topics and partitions assigned to this consumer.
   *
   * Versions 0-3.
   */
  assignedPartitions: ConsumerProtocolAssignmentTopicPartition[];
  /**
   * User data.
   *
   * Versions 0-3; nullable 0-3; default "null".
   */
  userData?: Buffer | null;
}

/** The list of topics and partitions assigned to this consumer. */
export interface ConsumerProtocolAssignmentTopicPartition {
  /**
   * The topic name.
   *
   * Versions 0-3.
   */
  topic: string;
  /**
   * The list of partitions assigned to this consumer.
   *
   * Versions 0-3.
   */
  partitions: number[];
}

/** Writes a ConsumerProtocolAssignment at version `v`; the caller ensures `v` is a valid version. */
export function encodeConsumerProtocolAssignment(w: Writer, o: ConsumerProtocolAssignment, v: number): void {
  const _assignedPartitions = o.assignedPartitions;
  if (_assignedPartitions == null) throw missingField('ConsumerProtocolAssignment', v, 'ConsumerProtocolAssignment.AssignedPartitions');
  w.arrayLength(_assignedPartitions.length);
  for (let i = 0; i < _assignedPartitions.length; i++) encodeConsumerProtocolAssignmentTopicPartition(w, _assignedPartitions[i], v);
  const _userData = o.userData === undefined ? null : o.userData;
  w.nullableBytes(_userData);
}

/** Reads a ConsumerProtocolAssignment written at version `v`; malformed input throws ProtocolError. */
export function decodeConsumerProtocolAssignment(r: Reader, v: number): ConsumerProtocolAssignment {
  let _assignedPartitions: ConsumerProtocolAssignmentTopicPartition[];
  {
    const n = r.arrayLength(6);
    if (n < 0) {
      throw nullOnWire('ConsumerProtocolAssignment', v, 'ConsumerProtocolAssignment.AssignedPartitions');
    } else {
      const a: ConsumerProtocolAssignmentTopicPartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeConsumerProtocolAssignmentTopicPartition(r, v));
      _assignedPartitions = a;
    }
  }
  const _userData = r.nullableBytes();
  return {
    assignedPartitions: _assignedPartitions,
    userData: _userData,
  };
}

function encodeConsumerProtocolAssignmentTopicPartition(w: Writer, o: ConsumerProtocolAssignmentTopicPartition, v: number): void {
  const _topic = o.topic;
  if (_topic == null) throw missingField('ConsumerProtocolAssignment', v, 'TopicPartition.Topic');
  w.string(_topic);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ConsumerProtocolAssignment', v, 'TopicPartition.Partitions');
  w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) w.int32(_partitions[i]);
}

function decodeConsumerProtocolAssignmentTopicPartition(r: Reader, v: number): ConsumerProtocolAssignmentTopicPartition {
  const _topic = r.string();
  let _partitions: number[];
  {
    const n = r.arrayLength(4);
    if (n < 0) {
      throw nullOnWire('ConsumerProtocolAssignment', v, 'TopicPartition.Partitions');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitions = a;
    }
  }
  return {
    topic: _topic,
    partitions: _partitions,
  };
}

/**
 * Serializes a ConsumerProtocolAssignment as Kafka does: an int16 version, then the struct at that version.
 */
export function serializeConsumerProtocolAssignment(value: ConsumerProtocolAssignment, version = 3): Buffer {
  checkVersion('ConsumerProtocolAssignment', version, 0, 3);
  const w = new Writer(64);
  w.int16(version);
  try {
    encodeConsumerProtocolAssignment(w, value, version);
  } catch (e) {
    throw encodeFailure(`cannot encode ConsumerProtocolAssignment v${version}`, e);
  }
  return w.finish();
}

/**
 * Reads a version-prefixed ConsumerProtocolAssignment. A version newer than 3 is read as 3, as Kafka's own readers do: later versions only add fields at the end.
 */
export function deserializeConsumerProtocolAssignment(buf: Buffer): ConsumerProtocolAssignment {
  try {
    const r = new Reader(buf);
    const version = r.int16();
    if (version < 0) throw new ProtocolError(`unsupported ConsumerProtocolAssignment version ${version}`);
    return decodeConsumerProtocolAssignment(r, Math.min(version, 3));
  } catch (e) {
    throw decodeFailure('cannot decode ConsumerProtocolAssignment', e);
  }
}
