/**
 * What to tell a user who passed an option name kafka-aio does not know: the option they most
 * likely meant. Users arrive with names from elsewhere (KafkaJS's `brokers`, the Java client's and
 * librdkafka's dotted properties such as `linger.ms`) or with a typo; each gets the kafka-aio name.
 */

/**
 * Names from KafkaJS and from the Java client or librdkafka whose kafka-aio name is not their
 * camel-cased spelling. Dotted properties that camel-case to a kafka-aio name (`group.id`,
 * `linger.ms`, `auto.offset.reset`, ...) need no entry. A hint is only given when its target is an
 * option of the object being configured.
 */
const FOREIGN_NAMES: Readonly<Record<string, { origin: 'KafkaJS' | 'Java/librdkafka'; name: string }>> = {
  // KafkaJS
  brokers: { origin: 'KafkaJS', name: 'bootstrapServers' },
  connectionTimeout: { origin: 'KafkaJS', name: 'connectTimeoutMs' },
  ssl: { origin: 'KafkaJS', name: 'sslContext' },
  sasl: { origin: 'KafkaJS', name: 'saslMechanism' },
  retry: { origin: 'KafkaJS', name: 'retryBackoffMs' },
  logLevel: { origin: 'KafkaJS', name: 'logger' },
  logCreator: { origin: 'KafkaJS', name: 'logger' },
  idempotent: { origin: 'KafkaJS', name: 'enableIdempotence' },
  createPartitioner: { origin: 'KafkaJS', name: 'partitioner' },
  allowAutoTopicCreation: { origin: 'KafkaJS', name: 'allowAutoCreateTopics' },
  maxBytesPerPartition: { origin: 'KafkaJS', name: 'maxPartitionFetchBytes' },
  minBytes: { origin: 'KafkaJS', name: 'fetchMinBytes' },
  maxBytes: { origin: 'KafkaJS', name: 'fetchMaxBytes' },
  maxWaitTimeInMs: { origin: 'KafkaJS', name: 'fetchMaxWaitMs' },
  readUncommitted: { origin: 'KafkaJS', name: 'isolationLevel' },
  rackId: { origin: 'KafkaJS', name: 'clientRack' },
  partitionAssigners: { origin: 'KafkaJS', name: 'partitionAssignmentStrategy' },
  metadataMaxAge: { origin: 'KafkaJS', name: 'metadataMaxAgeMs' },
  // The Java client and librdkafka
  'metadata.broker.list': { origin: 'Java/librdkafka', name: 'bootstrapServers' },
  'batch.size': { origin: 'Java/librdkafka', name: 'maxBatchSize' },
  'max.in.flight.requests.per.connection': { origin: 'Java/librdkafka', name: 'maxInFlightRequests' },
  'max.in.flight': { origin: 'Java/librdkafka', name: 'maxInFlightRequests' },
  'queue.buffering.max.ms': { origin: 'Java/librdkafka', name: 'lingerMs' },
  'message.max.bytes': { origin: 'Java/librdkafka', name: 'maxRequestSize' },
  'message.timeout.ms': { origin: 'Java/librdkafka', name: 'deliveryTimeoutMs' },
  'compression.codec': { origin: 'Java/librdkafka', name: 'compressionType' },
  'fetch.wait.max.ms': { origin: 'Java/librdkafka', name: 'fetchMaxWaitMs' },
  'socket.timeout.ms': { origin: 'Java/librdkafka', name: 'requestTimeoutMs' },
  'socket.connection.setup.timeout.ms': { origin: 'Java/librdkafka', name: 'connectTimeoutMs' },
  'sasl.mechanisms': { origin: 'Java/librdkafka', name: 'saslMechanism' },
  'sasl.username': { origin: 'Java/librdkafka', name: 'saslPlainUsername' },
  'sasl.password': { origin: 'Java/librdkafka', name: 'saslPlainPassword' },
};

/**
 * A parenthesised hint naming the kafka-aio option for the unknown `key`, or `''` when nothing in
 * `known` is close enough to guess.
 */
export function suggestOption(key: string, known: ReadonlySet<string>): string {
  const lower = key.toLowerCase();
  for (const k of known) if (k.toLowerCase() === lower) return didYouMean(k);

  const foreign = Object.hasOwn(FOREIGN_NAMES, key) ? FOREIGN_NAMES[key] : undefined;
  if (foreign && known.has(foreign.name)) {
    return ` (${JSON.stringify(key)} is the ${foreign.origin} name; kafka-aio calls it ${JSON.stringify(foreign.name)})`;
  }
  if (/[._-]/.test(key)) {
    // A dotted, snake or kebab property: `linger.ms` is `lingerMs`.
    const camel = key.toLowerCase().replace(/[._-]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    for (const k of known) {
      if (k.toLowerCase() === camel.toLowerCase()) {
        return ` (kafka-aio spells the property ${JSON.stringify(key)} as ${JSON.stringify(k)})`;
      }
    }
  }
  // KafkaJS's durations carry no unit: `sessionTimeout` is `sessionTimeoutMs`.
  if (known.has(`${key}Ms`)) return didYouMean(`${key}Ms`);

  let best: string | undefined;
  let bestDistance = Math.min(3, Math.max(1, Math.floor(key.length / 5)));
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase(), bestDistance);
    if (d < bestDistance || (d === bestDistance && best === undefined)) {
      best = k;
      bestDistance = d;
    }
  }
  return best === undefined ? '' : didYouMean(best);
}

function didYouMean(name: string): string {
  return ` (did you mean ${JSON.stringify(name)}?)`;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours each cost 1); any answer above `limit` is reported as `limit + 1`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return Math.min(prev[b.length], limit + 1);
}
