// Observability: statistics every interval (librdkafka's stats_cb, as a typed object), throttle
// events (throttle_cb), global errors (error_cb) and a logger. A client quota of 1 KiB/s makes the
// broker throttle this producer, so ThrottleEvents show up; the quota is removed at the end.
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 tsx examples/stats.ts
import { AIOKafkaAdminClient, AIOKafkaProducer, type ClientStatistics, type ThrottleEvent } from '@kafka-aio/client';

const bootstrapServers = process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092';
const clientId = `stats-example-${Date.now()}`;
const topic = `${clientId}-topic`;

await using admin = new AIOKafkaAdminClient({ bootstrapServers });
await admin.start();
await admin.createTopic({ name: topic, numPartitions: 3 });
const entity = { 'client-id': clientId };
(await admin.alterClientQuotas([{ entity, ops: { producer_byte_rate: 1024 } }])).throwIfAnyFailed();

// statsCallback runs every second; `nextStats()` waits for the next document.
let onStats: ((stats: ClientStatistics) => void) | undefined;
const nextStats = () => new Promise<ClientStatistics>((resolve) => (onStats = resolve));
const throttled: ThrottleEvent[] = [];
try {
  await using producer = new AIOKafkaProducer({
    bootstrapServers,
    clientId,
    statisticsIntervalMs: 1000,
    statsCallback: (stats) => onStats?.(stats),
    throttleCallback: (event) => {
      throttled.push(event);
      console.log(`throttled by ${event.brokerName} (id ${event.brokerId}) for ${event.throttleTimeMs} ms`);
    },
    errorCallback: (err) => console.error('client error:', JSON.stringify(err)),
    logger: { warn: (message, context) => console.warn(`[warn] ${message}`, context) },
  });
  await producer.start();

  // The quota takes effect a moment after it is set; 8 KiB records at 1 KiB/s trip it quickly. Stop
  // at the first throttle: the broker then mutes the connection for throttleTimeMs.
  const payload = Buffer.alloc(8 * 1024, 'x');
  for (let i = 0; i < 20 && throttled.length === 0; i++)
    await producer.sendAndWait(topic, payload, { partition: i % 3 });
  // Wait for the next statistics document, then print it as librdkafka-style JSON.
  const latest = await nextStats();
  console.log(JSON.stringify(latest, null, 2));

  for (const broker of Object.values(latest.brokers)) {
    console.log(
      `${broker.name} ${broker.state}: ${broker.tx} requests, rtt p50 ${broker.rtt.p50} µs, p99 ${broker.rtt.p99} µs, ` +
        `throttle max ${broker.throttle.max} ms`,
    );
  }
} finally {
  (await admin.alterClientQuotas([{ entity, ops: { producer_byte_rate: null } }])).throwIfAnyFailed();
  await admin.deleteTopic(topic);
}
