// What a broker's garbled, hostile or mismatched bytes do to the client (issue 11), on the scripted
// broker: a real socket whose answers each test chooses. Records the broker wrote must never be
// reported failed because their answer was unreadable; the connection is dropped and the batch
// resent with its sequence, which the broker recognises.
import {
  decodeRecordBatchesSync,
  ErrorCode,
  type ProduceRequest,
  type ProduceResponse,
  ProtocolError,
} from '@kafka-aio/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptedBroker, type ScriptedReply, type ScriptedRequest } from '../../test/support/scripted-broker.js';
import { AIOKafkaProducer } from '../producer/producer.js';

const TOPIC = 'hostile';
let broker: ScriptedBroker | undefined;

afterEach(async () => {
  await broker?.stop();
  broker = undefined;
});

/**
 * A Produce handler that keeps a log the way Kafka does for an idempotent producer: a batch whose
 * sequence it already wrote is answered DUPLICATE_SEQUENCE_NUMBER. `mangle` may replace the
 * answer to the n-th Produce request (counted from 0) after the batch was written.
 */
function idempotentLog(mangle: (n: number, res: ProduceResponse, req: ScriptedRequest) => ScriptedReply | undefined) {
  const log: string[] = [];
  const written = new Set<string>();
  let n = 0;
  const handler = (req: ScriptedRequest): ScriptedReply => {
    const body = req.body as ProduceRequest;
    const responses = body.topicData.map((t) => ({
      name: t.name,
      topicId: t.topicId,
      partitionResponses: t.partitionData.map((p) => {
        const batch = decodeRecordBatchesSync(p.records!)[0];
        const id = `${batch.producerId}/${batch.producerEpoch}/${batch.baseSequence}`;
        if (written.has(id)) return { index: p.index, errorCode: ErrorCode.DUPLICATE_SEQUENCE_NUMBER, baseOffset: -1n };
        written.add(id);
        const baseOffset = BigInt(log.length);
        for (const r of batch.records) log.push(r.value!.toString());
        return { index: p.index, errorCode: 0, baseOffset };
      }),
    }));
    const res: ProduceResponse = { responses, throttleTimeMs: 0 };
    return mangle(n++, res, req) ?? { body: res };
  };
  return { log, handler };
}

async function producerOn(b: ScriptedBroker): Promise<AIOKafkaProducer> {
  b.on('InitProducerId', () => ({ body: { throttleTimeMs: 0, errorCode: 0, producerId: 42n, producerEpoch: 0 } }));
  const producer = new AIOKafkaProducer({ bootstrapServers: b.address, lingerMs: 0, retryBackoffMs: 10 });
  await producer.start();
  return producer;
}

async function sendAll(producer: AIOKafkaProducer, count: number) {
  const deliveries = [];
  for (let i = 0; i < count; i++) deliveries.push((await producer.send(TOPIC, `r${i}`)).delivered);
  return Promise.allSettled(deliveries);
}

const expected = (count: number) => Array.from({ length: count }, (_, i) => `r${i}`);

describe('a Produce answer that cannot be read is an unknown outcome, not a failure', () => {
  it('a wrong correlation id: the connection is dropped, the batch resent and recognised; no record fails', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const { log, handler } = idempotentLog((n, res, req) =>
      n === 0 ? { body: res, correlationId: req.correlationId + 1000 } : undefined,
    );
    broker.on('Produce', handler);
    await using producer = await producerOn(broker);
    const outcomes = await sendAll(producer, 400);
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(log).toEqual(expected(400));
    expect(new Set(broker.received('Produce').map((r) => r.connection)).size).toBeGreaterThan(1);
  });

  it('a body that does not decode: same', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const { log, handler } = idempotentLog((n, _res, req) => {
      if (n !== 0) return undefined;
      const frame = Buffer.alloc(4 + 4 + 3);
      frame.writeInt32BE(frame.length - 4, 0);
      frame.writeInt32BE(req.correlationId, 4);
      frame.fill(0xff, 8); // a tag-buffer length no body can have
      return { raw: frame };
    });
    broker.on('Produce', handler);
    await using producer = await producerOn(broker);
    const outcomes = await sendAll(producer, 50);
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(log).toEqual(expected(50));
  });

  it('a 255 MiB size prefix and garbage: the connection ends at once (nothing buffered), the records are delivered', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const { log, handler } = idempotentLog((n) => {
      if (n !== 0) return undefined;
      const frame = Buffer.alloc(64 * 1024, 0x41);
      frame.writeInt32BE(255 * 1024 * 1024, 0);
      return { raw: frame };
    });
    broker.on('Produce', handler);
    await using producer = await producerOn(broker);
    const outcomes = await sendAll(producer, 20);
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(log).toEqual(expected(20));
  });
});

describe('a broker that speaks TLS to a plaintext client', () => {
  it('start() fails naming TLS and securityProtocol, not with an absurd frame size', async () => {
    broker = await ScriptedBroker.start([]);
    // What a TLS listener answers a ClientHello-less plaintext request with: a fatal alert record.
    broker.on('ApiVersions', () => ({ raw: Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x32]) }));
    const producer = new AIOKafkaProducer({ bootstrapServers: broker.address, requestTimeoutMs: 2_000 });
    const error = await producer.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const text = `${(error as Error).message} ${String((error as Error).cause ?? '')}`;
    expect(text).toMatch(/answered with TLS/);
    expect(text).toMatch(/securityProtocol 'SSL'/);
    expect(text).not.toMatch(/maxFrameBytes/);
    expect(error).not.toBeInstanceOf(ProtocolError);
  });
});
