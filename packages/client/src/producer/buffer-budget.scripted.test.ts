// bufferMemory bounds what buffered records cost, small records included (issue 12): each record
// is charged its bytes and the bookkeeping the producer keeps for it (RECORD_HEAP_BYTES). The
// scripted broker holds every Produce answer, so nothing is given back while the test counts.
import { KafkaTimeoutError } from '@kafka-aio/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptedBroker } from '../../test/support/scripted-broker.js';
import { budgetCost, RECORD_HEAP_BYTES } from './buffer-budget.js';
import { AIOKafkaProducer } from './producer.js';
import { estimateRecordSize } from './producer-batch.js';

let broker: ScriptedBroker | undefined;
afterEach(async () => {
  await broker?.stop();
  broker = undefined;
});

describe('bufferMemory and small records', () => {
  it('charges each record its bytes and its bookkeeping: a full buffer refuses the next small record', async () => {
    broker = await ScriptedBroker.start([{ name: 'small', partitions: 1 }]);
    broker.on('InitProducerId', () => ({
      body: { throttleTimeMs: 0, errorCode: 0, producerId: 7n, producerEpoch: 0 },
    }));
    broker.on('Produce', () => new Promise(() => {})); // never answered
    const bufferMemory = 64 * 1024;
    await using producer = new AIOKafkaProducer({
      bootstrapServers: broker.address,
      bufferMemory,
      maxBlockMs: 0,
      requestTimeoutMs: 60_000,
      deliveryTimeoutMs: 120_000,
    });
    await producer.start();
    const value = Buffer.alloc(10);
    const bytes = estimateRecordSize({ key: null, value, timestamp: 0 });
    expect(budgetCost(bytes)).toBe(bytes + RECORD_HEAP_BYTES);
    const perRecord = bytes + RECORD_HEAP_BYTES;
    let accepted = 0;
    let refusal: unknown;
    for (let i = 0; i < 10_000 && refusal === undefined; i++) {
      try {
        await producer.send('small', value);
        accepted++;
      } catch (err) {
        refusal = err;
      }
    }
    expect(refusal).toBeInstanceOf(KafkaTimeoutError);
    // Counting the 31 record bytes alone admitted 2,114 records; with the bookkeeping, 516.
    expect(accepted).toBe(Math.floor(bufferMemory / perRecord));
    expect(RECORD_HEAP_BYTES).toBeGreaterThanOrEqual(64);
    await producer.stop({ timeoutMs: 0 }).catch(() => {});
  });
});
