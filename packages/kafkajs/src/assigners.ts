import { type ConsumerPartitionAssignor, roundRobinAssignor } from '@kafka-aio/client';
import { KafkaJSNonRetriableError, KafkaJSNotImplemented } from './errors.js';

/** KafkaJS's protocol name for its round-robin assignor (Java's is `roundrobin`). */
export const KAFKAJS_ROUND_ROBIN = 'RoundRobinAssigner';

/**
 * kafka-aio's round-robin assignor under KafkaJS's protocol name and version, so that a group can
 * hold KafkaJS members and members of this package at once during a rolling migration: the
 * coordinator only picks a protocol every member names. KafkaJS's member metadata is Kafka's
 * standard ConsumerProtocol subscription, which kafka-aio decodes.
 */
export const kafkaJSRoundRobinAssignor: ConsumerPartitionAssignor = {
  ...roundRobinAssignor,
  name: KAFKAJS_ROUND_ROBIN,
};

/** A KafkaJS assigner factory, as `partitionAssigners` lists them. */
export type PartitionAssigner = ((config: unknown) => unknown) & { assignorName?: string };

const roundRobin: PartitionAssigner = Object.assign(() => kafkaJSRoundRobinAssignor, {
  assignorName: KAFKAJS_ROUND_ROBIN,
});

/** `PartitionAssigners.roundRobin`: KafkaJS's default. */
export const PartitionAssigners = { roundRobin };

/**
 * `partitionAssigners` as kafka-aio's `partitionAssignmentStrategy`: KafkaJS's `roundRobin`, and
 * kafka-aio's assignor names (`'range'`, `'roundrobin'`, `'cooperative-sticky'`, as
 * confluent-kafka-javascript takes them). Custom KafkaJS assigners are not supported.
 */
export function toAssignmentStrategy(
  assigners: readonly unknown[] | undefined,
): (string | ConsumerPartitionAssignor)[] {
  if (assigners === undefined) return [kafkaJSRoundRobinAssignor];
  if (!Array.isArray(assigners) || assigners.length === 0)
    throw new KafkaJSNonRetriableError('partitionAssigners must be a non-empty array');
  return assigners.map((a) => {
    if (a === roundRobin) return kafkaJSRoundRobinAssignor;
    if (typeof a === 'string') return a === 'roundRobin' ? kafkaJSRoundRobinAssignor : a;
    if (a && typeof a === 'object' && 'assign' in a && 'name' in a && 'rebalanceProtocol' in a)
      return a as ConsumerPartitionAssignor;
    throw new KafkaJSNotImplemented(
      'custom KafkaJS partition assigners are not supported; use PartitionAssigners.roundRobin, an assignor name or a kafka-aio ConsumerPartitionAssignor',
    );
  });
}

// ---- AssignerProtocol: Kafka's ConsumerProtocol encoding (version 0 layout) -------------------------

class Writer {
  private readonly parts: Buffer[] = [];
  int16(v: number) {
    const b = Buffer.alloc(2);
    b.writeInt16BE(v);
    this.parts.push(b);
    return this;
  }
  int32(v: number) {
    const b = Buffer.alloc(4);
    b.writeInt32BE(v);
    this.parts.push(b);
    return this;
  }
  string(s: string) {
    const b = Buffer.from(s);
    this.int16(b.length);
    this.parts.push(b);
    return this;
  }
  bytes(b: Buffer | null | undefined) {
    if (b === null || b === undefined) return this.int32(-1);
    this.int32(b.length);
    this.parts.push(b);
    return this;
  }
  done() {
    return Buffer.concat(this.parts);
  }
}

class Reader {
  private at = 0;
  constructor(private readonly b: Buffer) {}
  int16() {
    const v = this.b.readInt16BE(this.at);
    this.at += 2;
    return v;
  }
  int32() {
    const v = this.b.readInt32BE(this.at);
    this.at += 4;
    return v;
  }
  string() {
    const n = this.int16();
    const s = this.b.toString('utf8', this.at, this.at + n);
    this.at += n;
    return s;
  }
  bytes(): Buffer | null {
    if (this.at >= this.b.length) return null;
    const n = this.int32();
    if (n < 0) return null;
    const v = this.b.subarray(this.at, this.at + n);
    this.at += n;
    return Buffer.from(v);
  }
}

/** KafkaJS's `AssignerProtocol`: encode/decode group member metadata and assignments. */
export const AssignerProtocol = {
  MemberMetadata: {
    encode({ version, topics, userData }: { version: number; topics: string[]; userData?: Buffer | null }): Buffer {
      const w = new Writer().int16(version).int32(topics.length);
      for (const t of topics) w.string(t);
      return w.bytes(userData ?? Buffer.alloc(0)).done();
    },
    decode(buffer: Buffer | null): { version: number; topics: string[]; userData: Buffer } | null {
      if (buffer === null || buffer.length === 0) return null;
      const r = new Reader(buffer);
      const version = r.int16();
      const topics = Array.from({ length: r.int32() }, () => r.string());
      return { version, topics, userData: r.bytes() ?? Buffer.alloc(0) };
    },
  },
  MemberAssignment: {
    encode({
      version,
      assignment,
      userData,
    }: {
      version: number;
      assignment: Record<string, number[]>;
      userData?: Buffer | null;
    }): Buffer {
      const entries = Object.entries(assignment);
      const w = new Writer().int16(version).int32(entries.length);
      for (const [topic, partitions] of entries) {
        w.string(topic).int32(partitions.length);
        for (const p of partitions) w.int32(p);
      }
      return w.bytes(userData ?? Buffer.alloc(0)).done();
    },
    decode(buffer: Buffer | null): { version: number; assignment: Record<string, number[]>; userData: Buffer } | null {
      if (buffer === null || buffer.length === 0) return null;
      const r = new Reader(buffer);
      const version = r.int16();
      const assignment: Record<string, number[]> = {};
      const n = r.int32();
      for (let i = 0; i < n; i++) {
        const topic = r.string();
        assignment[topic] = Array.from({ length: r.int32() }, () => r.int32());
      }
      return { version, assignment, userData: r.bytes() ?? Buffer.alloc(0) };
    },
  },
};
