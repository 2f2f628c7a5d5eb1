// Generated from ConsumerProtocolSubscription.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { ProtocolError } from '../errors/kafka-error.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** Kafka's ConsumerProtocolSubscription data schema: versions 0-3, never flexible. */
export interface ConsumerProtocolSubscription {
  /**
   * The topics that the member wants to consume.
   *
   * Versions 0-3.
   */
  topics: string[];
  /**
   * User data that will be passed back to the consumer.
   *
   * Versions 0-3; nullable 0-3; default "null".
   */
  userData?: Buffer | null;
  /**
   * The partitions that the member owns.
   *
   * Versions 1-3; ignorable.
   */
  ownedPartitions?: ConsumerProtocolSubscriptionTopicPartition[];
  /**
   * The generation id of the member.
   *
   * Versions 2-3; default "-1"; ignorable.
   */
  generationId?: number;
  /**
   * The rack id of the member.
   *
   * Versions 3; nullable 3; default "null"; ignorable.
   */
  rackId?: string | null;
}

/** The partitions that the member owns. */
export interface ConsumerProtocolSubscriptionTopicPartition {
  /**
   * The topic name.
   *
   * Versions 1-3.
   */
  topic: string;
  /**
   * The partition ids.
   *
   * Versions 1-3.
   */
  partitions: number[];
}

/** Writes a ConsumerProtocolSubscription at version `v`; the caller ensures `v` is a valid version. */
export function encodeConsumerProtocolSubscription(w: Writer, o: ConsumerProtocolSubscription, v: number): void {
  const _topics = o.topics;
  if (_topics == null) throw missingField('ConsumerProtocolSubscription', v, 'ConsumerProtocolSubscription.Topics');
  w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) w.string(_topics[i]);
  const _userData = o.userData === undefined ? null : o.userData;
  w.nullableBytes(_userData);
  if (v >= 1) {
    const _ownedPartitions = o.ownedPartitions === undefined ? [] : o.ownedPartitions;
    if (_ownedPartitions == null) throw missingField('ConsumerProtocolSubscription', v, 'ConsumerProtocolSubscription.OwnedPartitions');
    w.arrayLength(_ownedPartitions.length);
    for (let i = 0; i < _ownedPartitions.length; i++) encodeConsumerProtocolSubscriptionTopicPartition(w, _ownedPartitions[i], v);
  }
  if (v >= 2) {
    const _generationId = o.generationId === undefined ? -1 : o.generationId;
    if (_generationId == null) throw missingField('ConsumerProtocolSubscription', v, 'ConsumerProtocolSubscription.GenerationId');
    w.int32(_generationId);
  }
  if (v >= 3) {
    const _rackId = o.rackId === undefined ? null : o.rackId;
    w.nullableString(_rackId);
  }
}

/** Reads a ConsumerProtocolSubscription written at version `v`; malformed input throws ProtocolError. */
export function decodeConsumerProtocolSubscription(r: Reader, v: number): ConsumerProtocolSubscription {
  let _topics: string[];
  {
    const n = r.arrayLength(2);
    if (n < 0) {
      throw nullOnWire('ConsumerProtocolSubscription', v, 'ConsumerProtocolSubscription.Topics');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.string());
      _topics = a;
    }
  }
  const _userData = r.nullableBytes();
  let _ownedPartitions: ConsumerProtocolSubscriptionTopicPartition[] = [];
  if (v >= 1) {
    const n = r.arrayLength(6);
    if (n < 0) {
      throw nullOnWire('ConsumerProtocolSubscription', v, 'ConsumerProtocolSubscription.OwnedPartitions');
    } else {
      const a: ConsumerProtocolSubscriptionTopicPartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeConsumerProtocolSubscriptionTopicPartition(r, v));
      _ownedPartitions = a;
    }
  }
  const _generationId: number = (v >= 2 ? r.int32() : -1);
  const _rackId: string | null = (v >= 3 ? r.nullableString() : null);
  return {
    topics: _topics,
    userData: _userData,
    ownedPartitions: _ownedPartitions,
    generationId: _generationId,
    rackId: _rackId,
  };
}

function encodeConsumerProtocolSubscriptionTopicPartition(w: Writer, o: ConsumerProtocolSubscriptionTopicPartition, v: number): void {
  const _topic = o.topic;
  if (_topic == null) throw missingField('ConsumerProtocolSubscription', v, 'TopicPartition.Topic');
  w.string(_topic);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ConsumerProtocolSubscription', v, 'TopicPartition.Partitions');
  w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) w.int32(_partitions[i]);
}

function decodeConsumerProtocolSubscriptionTopicPartition(r: Reader, v: number): ConsumerProtocolSubscriptionTopicPartition {
  const _topic = r.string();
  let _partitions: number[];
  {
    const n = r.arrayLength(4);
    if (n < 0) {
      throw nullOnWire('ConsumerProtocolSubscription', v, 'TopicPartition.Partitions');
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
 * Serializes a ConsumerProtocolSubscription as Kafka does: an int16 version, then the struct at that version.
 */
export function serializeConsumerProtocolSubscription(value: ConsumerProtocolSubscription, version = 3): Buffer {
  checkVersion('ConsumerProtocolSubscription', version, 0, 3);
  const w = new Writer(64);
  w.int16(version);
  try {
    encodeConsumerProtocolSubscription(w, value, version);
  } catch (e) {
    throw encodeFailure(`cannot encode ConsumerProtocolSubscription v${version}`, e);
  }
  return w.finish();
}

/**
 * Reads a version-prefixed ConsumerProtocolSubscription. A version newer than 3 is read as 3, as Kafka's own readers do: later versions only add fields at the end.
 */
export function deserializeConsumerProtocolSubscription(buf: Buffer): ConsumerProtocolSubscription {
  try {
    const r = new Reader(buf);
    const version = r.int16();
    if (version < 0) throw new ProtocolError(`unsupported ConsumerProtocolSubscription version ${version}`);
    return decodeConsumerProtocolSubscription(r, Math.min(version, 3));
  } catch (e) {
    throw decodeFailure('cannot decode ConsumerProtocolSubscription', e);
  }
}
