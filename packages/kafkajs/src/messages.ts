import type { ConsumerRecord } from '@kafka-aio/client';

/** A consumed message as KafkaJS hands it out: offsets and timestamps as decimal strings, raw Buffers. */
export interface KafkaMessage {
  key: Buffer | null;
  value: Buffer | null;
  timestamp: string;
  attributes: number;
  offset: string;
  size?: number;
  headers?: { [key: string]: Buffer | Buffer[] | undefined };
}

/** The last timestamp turned into text: the records of a batch mostly share one (a bigint to string costs). */
let lastTimestamp: bigint | undefined;
let lastTimestampText = '';

/** A kafka-aio record as a KafkaJS message; repeated header keys become arrays (as in KafkaJS 2). */
export function toKafkaMessage(r: ConsumerRecord): KafkaMessage {
  if (r.timestamp !== lastTimestamp) {
    lastTimestamp = r.timestamp;
    lastTimestampText = String(r.timestamp);
  }
  return {
    key: r.key,
    value: r.value,
    timestamp: lastTimestampText,
    attributes: 0,
    offset: offsetText(r.offset),
    size: 0,
    headers: r.headers.length === 0 ? {} : headersOf(r.headers),
  };
}

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/** An offset as KafkaJS's decimal string; through a number when exact, which is twice as fast. */
function offsetText(offset: bigint): string {
  return offset <= MAX_EXACT ? String(Number(offset)) : String(offset);
}

function headersOf(list: ConsumerRecord['headers']): { [key: string]: Buffer | Buffer[] | undefined } {
  const headers: { [key: string]: Buffer | Buffer[] | undefined } = {};
  for (const h of list) {
    const v = (h.value ?? undefined) as Buffer | undefined;
    const prev = headers[h.key];
    if (prev === undefined && !(h.key in headers)) headers[h.key] = v;
    else if (Array.isArray(prev)) prev.push(v as Buffer);
    else headers[h.key] = [prev as Buffer, v as Buffer];
  }
  return headers;
}

/** One partition's messages of one fetch (`eachBatch`'s `batch`). */
export class Batch {
  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly highWatermark: string,
    readonly messages: KafkaMessage[],
  ) {}

  isEmpty(): boolean {
    return this.messages.length === 0;
  }

  firstOffset(): string | null {
    return this.isEmpty() ? null : this.messages[0].offset;
  }

  lastOffset(): string {
    return this.isEmpty() ? String(BigInt(this.highWatermark) - 1n) : this.messages[this.messages.length - 1].offset;
  }

  /** Messages between the last of this batch and the end of the partition. */
  offsetLag(): string {
    return String(BigInt(this.highWatermark) - 1n - BigInt(this.lastOffset()));
  }

  /** Messages between the first of this batch and the end of the partition. */
  offsetLagLow(): string {
    if (this.isEmpty()) return '0';
    return String(BigInt(this.highWatermark) - 1n - BigInt(this.firstOffset() as string));
  }
}
