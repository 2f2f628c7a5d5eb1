// What a long-lived consumer keeps while it waits: getMany calls that time out on an idle
// partition, thousands of them, must leave the heap where it was (DESIGN rule 11: the scripted
// broker serves the partition; nothing is timed).
import { afterEach, describe, expect, it } from 'vitest';
import { heapUsedAfterGc } from '../../test/support/heap.js';
import { ScriptedBroker } from '../../test/support/scripted-broker.js';
import { ScriptedLog } from '../../test/support/scripted-fixtures.js';
import { AIOKafkaConsumer } from './consumer.js';

let broker: ScriptedBroker | undefined;
let consumer: AIOKafkaConsumer | undefined;

afterEach(async () => {
  await consumer?.stop();
  consumer = undefined;
  await broker?.stop();
  broker = undefined;
});

describe('waiting getMany calls', () => {
  it('thousands of timed-out getMany calls on an idle partition leave nothing behind', async () => {
    const TOPIC = 'idle';
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const log = new ScriptedLog(broker);
    await log.append(TOPIC, 0, ['only']);
    broker.on('ListOffsets', log.listOffsetsHandler());
    broker.on('OffsetForLeaderEpoch', log.offsetForLeaderEpochHandler());
    broker.on('Fetch', log.fetchHandler());
    consumer = new AIOKafkaConsumer({
      bootstrapServers: broker.address,
      autoOffsetReset: 'earliest',
      metadataMaxAgeMs: 600_000,
      handleExitSignals: false,
    });
    consumer.assign([{ topic: TOPIC, partition: 0 }]);
    await consumer.start();
    let got = 0;
    while (got === 0)
      for (const records of (await consumer.getMany({ timeoutMs: 1_000 })).values()) got += records.length;

    const idle = async (calls: number) => {
      for (let i = 0; i < calls; i++) expect((await consumer!.getMany({ timeoutMs: 1 })).size).toBe(0);
    };
    await idle(200); // warm up
    const before = heapUsedAfterGc();
    await idle(2_000);
    const grown = heapUsedAfterGc() - before;
    // Before the fix each wait left reactions on the stop, subscription and error notifiers'
    // promises, and each fetcher pass one on the subscription's: megabytes for these calls.
    expect(grown).toBeLessThan(500_000);
  });
});
