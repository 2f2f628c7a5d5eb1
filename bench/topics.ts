/**
 * Fresh topics per run, made and removed with kafka-aio's own admin client (a Java TopicCommand
 * costs a JVM start per call). Deleting after each run keeps 1 GB runs from filling the disk.
 * The same admin client sets up the share groups of the share-consume runs.
 */
import { AIOKafkaAdminClient, configResource } from '../packages/client/src/admin/index.js';
import { AIOKafkaProducer } from '../packages/client/src/producer/index.js';
import { AIOKafkaShareConsumer } from '../packages/client/src/share/index.js';

/** Records of 1 KiB written to each partition of a producer case's topic before the client starts. */
const WARM_RECORDS = 32;

/** Creates and deletes benchmark topics on one broker. */
export class Topics {
  private readonly admin: AIOKafkaAdminClient;
  private seq = 0;
  private readonly runId = Date.now().toString(36);

  constructor(private readonly bootstrap: string) {
    this.admin = new AIOKafkaAdminClient({ bootstrapServers: bootstrap });
  }

  /**
   * Writes {@link WARM_RECORDS} records of 1 KiB to every partition of `name`: the broker's slow
   * first appends to a fresh partition, done before timing.
   */
  async warm(name: string, partitions: number): Promise<void> {
    const producer = new AIOKafkaProducer({ bootstrapServers: this.bootstrap, lingerMs: 5 });
    await producer.start();
    try {
      const sent = [];
      const value = Buffer.alloc(1024, 'w');
      for (let i = 0; i < WARM_RECORDS; i++)
        for (let p = 0; p < partitions; p++) sent.push((await producer.send(name, value, { partition: p })).delivered);
      await Promise.all(sent);
    } finally {
      await producer.stop();
    }
  }

  async start(): Promise<void> {
    await this.admin.start();
  }

  /** A unique topic name for this harness run. */
  name(prefix: string): string {
    return `bench-${this.runId}-${prefix}-${++this.seq}`;
  }

  /**
   * Creates `name` with `partitions` partitions (replication factor 1). Unless `waitForLeaders` is
   * false, waits until metadata shows a leader for every partition; with false it returns as soon
   * as the controller has answered CreateTopics.
   */
  async create(name: string, partitions: number, waitForLeaders = true): Promise<void> {
    await this.admin.createTopic(
      { name, numPartitions: partitions, replicationFactor: 1 },
      { waitForMetadata: waitForLeaders },
    );
  }

  /** Deletes `name`; a failure is ignored (the broker is thrown away after the run anyway). */
  async delete(name: string): Promise<void> {
    await this.admin.deleteTopic(name).catch(() => {});
  }

  /**
   * Makes the share group `groupId` start from the earliest offsets (group config
   * `share.auto.offset.reset=earliest`; the default, `latest`, would skip the pre-filled records).
   * Set before the group's first member joins, for every client alike: neither the Java share
   * consumer nor its perf tool has a client setting for it.
   */
  async shareGroupFromEarliest(groupId: string): Promise<void> {
    const result = await this.admin.incrementalAlterConfigs([
      [configResource('GROUP', groupId), [{ name: 'share.auto.offset.reset', value: 'earliest', op: 'SET' }]],
    ]);
    result.throwIfAnyFailed();
  }

  /**
   * Reads a few records of `topic` in a throw-away share group, so that the broker's share
   * coordinator and its state topic are loaded before the first timed share-consume run (which
   * otherwise pays for them; it is always the same client, the first in the order).
   */
  async warmShareGroups(topic: string): Promise<void> {
    const groupId = `${topic}-share-warm-up`;
    await this.shareGroupFromEarliest(groupId);
    const consumer = new AIOKafkaShareConsumer(topic, { bootstrapServers: this.bootstrap, groupId });
    await consumer.start();
    try {
      const deadline = Date.now() + 30_000;
      let got = 0;
      while (got === 0 && Date.now() < deadline) {
        const batch = await consumer.getMany({ timeoutMs: 1000 });
        for (const records of batch.values()) got += records.length;
      }
    } finally {
      await consumer.stop();
    }
  }

  async stop(): Promise<void> {
    await this.admin.stop();
  }
}
