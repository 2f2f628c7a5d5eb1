import { type ConsumerPartitionAssignor, type GroupAssignment, roundRobinAssignor } from '@kafka-aio/client';
import { KafkaJSNonRetriableError } from './errors.js';
import type { Logger } from './logger.js';

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
export type PartitionAssigner = ((config: AssignerConfig) => unknown) & { assignorName?: string };

/** What KafkaJS hands an assigner factory. */
export interface AssignerConfig {
  cluster: AssignerCluster;
  groupId: string;
  logger: Logger;
}

/** One group member as a KafkaJS assigner sees it: its id and its encoded `MemberMetadata`. */
export interface KafkaJSGroupMember {
  memberId: string;
  memberMetadata: Buffer;
}

/** A KafkaJS assigner: what a {@link PartitionAssigner} factory returns. */
export interface KafkaJSAssigner {
  name: string;
  version: number;
  assign(group: {
    members: KafkaJSGroupMember[];
    topics: string[];
  }): Promise<{ memberId: string; memberAssignment: Buffer }[]> | { memberId: string; memberAssignment: Buffer }[];
  protocol(subscription: { topics: string[] }): { name: string; metadata: Buffer };
}

/** Partition metadata as KafkaJS returns it (`cluster.findTopicPartitionMetadata`, `admin.fetchTopicMetadata`). */
export interface AssignerPartitionMetadata {
  partitionErrorCode: number;
  partitionId: number;
  leader: number;
  replicas: number[];
  isr: number[];
  offlineReplicas: number[];
}

/**
 * The part of KafkaJS's `cluster` a custom assigner uses: the partitions of the topics being
 * assigned, as the group leader found them when the rebalance began. Leaders and replicas are not
 * known here (`leader` -1, empty replica lists).
 */
export class AssignerCluster {
  private partitionsPerTopic: ReadonlyMap<string, number> = new Map();

  /** Set by the adapter before each `assign`. */
  setPartitionCounts(counts: ReadonlyMap<string, number>): void {
    this.partitionsPerTopic = counts;
  }

  /** The topic's partitions, in partition order; empty for a topic the leader found no metadata for. */
  findTopicPartitionMetadata(topic: string): AssignerPartitionMetadata[] {
    const n = this.partitionsPerTopic.get(topic) ?? 0;
    return Array.from({ length: n }, (_, partitionId) => ({
      partitionErrorCode: 0,
      partitionId,
      leader: -1,
      replicas: [],
      isr: [],
      offlineReplicas: [],
    }));
  }
}

const roundRobin: PartitionAssigner = Object.assign(() => kafkaJSRoundRobinAssignor, {
  assignorName: KAFKAJS_ROUND_ROBIN,
});

/** `PartitionAssigners.roundRobin`: KafkaJS's default. */
export const PartitionAssigners = { roundRobin };

function isKafkaJSAssigner(a: unknown): a is KafkaJSAssigner {
  const x = a as Partial<KafkaJSAssigner> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.name === 'string' &&
    x.name !== '' &&
    typeof x.assign === 'function' &&
    typeof x.protocol === 'function'
  );
}

/**
 * A custom KafkaJS assigner as a kafka-aio assignor (eager, as every KafkaJS assigner is). Its
 * `protocol()` metadata gives this member's subscription `userData`; its `assign()` sees each
 * member's subscription as KafkaJS's `MemberMetadata` (the assigner's version, the topics, the
 * userData) and answers with `MemberAssignment`s, whose topics and partitions become the group's
 * assignment (the assignment's own `userData` is not passed on).
 */
function fromKafkaJSAssigner(factory: PartitionAssigner, config: Omit<AssignerConfig, 'cluster'>) {
  const cluster = new AssignerCluster();
  const assigner = factory({ ...config, cluster });
  if (!isKafkaJSAssigner(assigner))
    throw new KafkaJSNonRetriableError(
      'a partition assigner must return an object with a name, assign() and protocol(), as KafkaJS assigners do',
    );
  const version = Number.isInteger(assigner.version) ? assigner.version : 0;
  const adapted: ConsumerPartitionAssignor = {
    name: assigner.name,
    rebalanceProtocol: 'eager',
    subscriptionUserData({ topics }) {
      const { metadata } = assigner.protocol({ topics: [...topics] });
      const userData = Buffer.isBuffer(metadata) ? AssignerProtocol.MemberMetadata.decode(metadata)?.userData : null;
      return userData && userData.length > 0 ? userData : null;
    },
    async assign({ partitionsPerTopic }, members) {
      cluster.setPartitionCounts(partitionsPerTopic);
      const list = [...members.values()].map((m) => ({
        memberId: m.memberId,
        memberMetadata: AssignerProtocol.MemberMetadata.encode({
          version,
          topics: [...m.topics],
          userData: m.userData,
        }),
      }));
      const topics = [...new Set([...members.values()].flatMap((m) => m.topics))].sort();
      const answer = await assigner.assign({ members: list, topics });
      if (!Array.isArray(answer))
        throw new KafkaJSNonRetriableError(`partition assigner ${assigner.name}: assign() must return an array`);
      const result: GroupAssignment = new Map([...members.keys()].map((id) => [id, new Map<string, number[]>()]));
      for (const { memberId, memberAssignment } of answer) {
        const mine = result.get(memberId);
        const decoded = Buffer.isBuffer(memberAssignment)
          ? AssignerProtocol.MemberAssignment.decode(memberAssignment)
          : null;
        if (!mine || !decoded) continue;
        for (const [topic, partitions] of Object.entries(decoded.assignment))
          mine.set(
            topic,
            [...new Set([...(mine.get(topic) ?? []), ...partitions])].sort((a, b) => a - b),
          );
      }
      return result;
    },
  };
  return adapted;
}

/**
 * `partitionAssigners` as kafka-aio's `partitionAssignmentStrategy`: KafkaJS's `roundRobin`,
 * custom KafkaJS assigners (factories called with `{ cluster, groupId, logger }`), kafka-aio
 * assignor names (`'range'`, `'roundrobin'`, `'cooperative-sticky'`, as confluent-kafka-javascript
 * takes them) and kafka-aio `ConsumerPartitionAssignor`s.
 */
export function toAssignmentStrategy(
  assigners: readonly unknown[] | undefined,
  config: Omit<AssignerConfig, 'cluster'>,
): (string | ConsumerPartitionAssignor)[] {
  if (assigners === undefined) return [kafkaJSRoundRobinAssignor];
  if (!Array.isArray(assigners) || assigners.length === 0)
    throw new KafkaJSNonRetriableError('partitionAssigners must be a non-empty array');
  return assigners.map((a) => {
    if (a === roundRobin) return kafkaJSRoundRobinAssignor;
    if (typeof a === 'string') return a === 'roundRobin' ? kafkaJSRoundRobinAssignor : a;
    if (a && typeof a === 'object' && 'assign' in a && 'name' in a && 'rebalanceProtocol' in a)
      return a as ConsumerPartitionAssignor;
    if (typeof a === 'function') return fromKafkaJSAssigner(a as PartitionAssigner, config);
    throw new KafkaJSNonRetriableError(
      'partitionAssigners takes KafkaJS assigner factories (PartitionAssigners.roundRobin or your own), assignor names or kafka-aio ConsumerPartitionAssignors',
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
