/**
 * The scripted broker `send-alloc.ts` produces to, in its own process: it accepts every Produce
 * (acks without keeping a log) and hands out one producer id. Prints `LISTENING host:port`.
 *
 *   tsx bench/send-alloc-broker.ts <topic> <partitions>
 */
import { ScriptedBroker } from '../packages/client/test/support/scripted-broker.js';
import { acceptProduce } from '../packages/client/test/support/scripted-fixtures.js';

const [topic = 'alloc', partitions = '1'] = process.argv.slice(2);
const broker = await ScriptedBroker.start([{ name: topic, partitions: Number(partitions) }], 0, {
  keepRequests: false,
});
broker.on('InitProducerId', () => ({
  body: { throttleTimeMs: 0, errorCode: 0, producerId: 1n, producerEpoch: 0 },
}));
broker.on('Produce', acceptProduce);
console.log(`LISTENING ${broker.address}`);
