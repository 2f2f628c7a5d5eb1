// A producer and a consumer over SASL_SSL: TLS with the brokers' certificates verified against a CA
// file (host names checked), and a SCRAM-SHA-512 login. Both clients take the same security options.
//
// Settings, from the environment:
//   KAFKA_AIO_BOOTSTRAP_SASL_SSL  host:port of a SASL_SSL listener (default 127.0.0.1:9094)
//   KAFKA_AIO_TLS_CA              PEM file with the CA that signed the brokers' certificates; unset,
//                                 Node's bundled public CA list is trusted instead
//   KAFKA_AIO_SASL_USERNAME       SASL user (default alice)
//   KAFKA_AIO_SASL_PASSWORD       its password (default alice-secret, the test harness's user)
//   KAFKA_AIO_SASL_MECHANISM      SCRAM-SHA-512 (default), SCRAM-SHA-256 or PLAIN
//   KAFKA_AIO_TOPIC               topic to use (default: a new one, created here)
//
// With the repository's broker (`pnpm kafka:up`; `pnpm kafka:status` shows the SASL_SSL port and the
// CA file):
//   KAFKA_AIO_BOOTSTRAP_SASL_SSL=127.0.0.1:<port> KAFKA_AIO_TLS_CA=<ca.pem> tsx examples/sasl-ssl.ts
import {
  AIOKafkaAdminClient,
  AIOKafkaConsumer,
  AIOKafkaProducer,
  type CommonOptions,
  createSslContext,
  TopicAlreadyExistsError,
} from '@kafka-aio/client';

const env = process.env;
const mechanism = env.KAFKA_AIO_SASL_MECHANISM ?? 'SCRAM-SHA-512';
if (mechanism !== 'SCRAM-SHA-512' && mechanism !== 'SCRAM-SHA-256' && mechanism !== 'PLAIN') {
  throw new Error(`KAFKA_AIO_SASL_MECHANISM must be SCRAM-SHA-512, SCRAM-SHA-256 or PLAIN, not ${mechanism}`);
}

// createSslContext reads the CA file now, so a wrong path fails here rather than on connect.
const security: CommonOptions = {
  bootstrapServers: env.KAFKA_AIO_BOOTSTRAP_SASL_SSL ?? '127.0.0.1:9094',
  securityProtocol: 'SASL_SSL',
  sslContext: createSslContext(env.KAFKA_AIO_TLS_CA ? { cafile: env.KAFKA_AIO_TLS_CA } : {}),
  saslMechanism: mechanism,
  saslPlainUsername: env.KAFKA_AIO_SASL_USERNAME ?? 'alice',
  saslPlainPassword: env.KAFKA_AIO_SASL_PASSWORD ?? 'alice-secret',
};
const topic = env.KAFKA_AIO_TOPIC ?? `sasl-ssl-demo-${Date.now()}`;
const count = 10;

// A wrong password ends start() with SaslAuthenticationError; an untrusted certificate or a host
// name the certificate does not list ends it with NoBrokersAvailableError, whose cause is the
// ConnectionError that names the TLS reason.
{
  await using admin = new AIOKafkaAdminClient(security);
  await admin.start();
  try {
    await admin.createTopic({ name: topic, numPartitions: 3 });
    console.log(`created ${topic}`);
  } catch (err) {
    if (!(err instanceof TopicAlreadyExistsError)) throw err;
  }
}

{
  await using producer = new AIOKafkaProducer({ ...security, acks: 'all' });
  await producer.start();
  const sent = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      producer.sendAndWait(topic, `message ${i}`, { key: `key-${i}`, headers: [['sent-by', 'sasl-ssl example']] }),
    ),
  );
  for (const md of sent) console.log(`sent to ${md.topic}[${md.partition}] at offset ${md.offset}`);
}

{
  await using consumer = new AIOKafkaConsumer(topic, {
    ...security,
    groupId: `${topic}-group`,
    autoOffsetReset: 'earliest',
    enableAutoCommit: false,
  });
  await consumer.start();
  let received = 0;
  for await (const record of consumer) {
    console.log(`received ${record.key?.toString()} = ${record.value?.toString()} from partition ${record.partition}`);
    if (++received === count) {
      await consumer.commit(); // before leaving the loop, which stops the consumer
      break;
    }
  }
  console.log(`read ${received} records over SASL_SSL as ${security.saslPlainUsername} (${mechanism})`);
}
