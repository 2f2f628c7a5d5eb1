import createDebug from 'debug';
import type { Cluster } from '../cluster/cluster.js';
import type { MetadataSnapshot } from '../cluster/metadata.js';
import { type TopicPartition, topicPartition } from '../topic-partition.js';
import { Notifier, sleepUnlessNotified } from './notifier.js';
import type { ResolvedConsumerOptions } from './options.js';
import type { SubscriptionState } from './subscription-state.js';

const debug = createDebug('kafka-aio:consumer');

/**
 * Keeps subscriptions in step with the cluster's metadata: resolves pattern subscriptions to the
 * topics that match now, and, for a consumer without a group, assigns every partition of the
 * subscribed topics (following partition-count changes). Refreshes every `metadataMaxAgeMs` and
 * whenever the subscription changes. A KIP-848 consumer leaves patterns to the broker, so the
 * façade does not run a watcher for it.
 */
export class TopicWatcher {
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly wake = new Notifier();
  /** Called after every refresh (the classic group leader checks partition counts here). */
  onMetadata: ((snapshot: MetadataSnapshot) => void) | undefined;

  constructor(
    private readonly cluster: Cluster,
    private readonly state: SubscriptionState,
    private readonly options: ResolvedConsumerOptions,
    /** True when partitions come from a group (so this watcher must not assign them). */
    private readonly grouped: boolean,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake.notify();
    await this.loop;
  }

  /** Refreshes now (after `subscribe`). Resolves once the subscription reflects the metadata. */
  async refresh(): Promise<void> {
    const type = this.state.subscriptionType;
    if (type !== 'topics' && type !== 'pattern') return;
    if (type === 'pattern') this.cluster.watchAllTopics();
    const snapshot = await this.cluster.refreshMetadata(type === 'topics' ? this.state.subscribedTopics() : []);
    this.apply(snapshot);
  }

  private apply(snapshot: MetadataSnapshot): void {
    const type = this.state.subscriptionType;
    if (type === 'pattern') {
      const matched: string[] = [];
      for (const t of snapshot.topics.values()) {
        if (this.options.excludeInternalTopics && t.isInternal) continue;
        if (this.state.matchesPattern(t.name)) matched.push(t.name);
      }
      if (this.state.setMatchedTopics(matched)) debug('pattern now matches %d topics', matched.length);
    }
    if (!this.grouped && (type === 'topics' || type === 'pattern')) {
      const all: TopicPartition[] = [];
      for (const topic of this.state.subscribedTopics()) {
        const count = snapshot.partitionCount(topic) ?? 0;
        for (let p = 0; p < count; p++) all.push(topicPartition(topic, p));
      }
      const current = this.state.assignment();
      if (all.length !== current.size || all.some((tp) => !current.has(tp))) this.state.setAssignment(all);
    }
    this.onMetadata?.(snapshot);
  }

  private async run(): Promise<void> {
    let version = this.state.subscriptionVersion;
    while (this.running) {
      const changed = this.state.changes.wait();
      const period = Math.max(1_000, this.options.metadataMaxAgeMs);
      await Promise.race([sleepUnlessNotified(period, this.wake), this.subscriptionChanged(changed, version)]);
      if (!this.running) return;
      version = this.state.subscriptionVersion;
      try {
        await this.refresh();
      } catch (err) {
        debug('metadata refresh for the subscription failed: %s', (err as Error).message);
      }
    }
  }

  /** Resolves when the subscribed topics (or the subscription type) changed since `version`. */
  private async subscriptionChanged(first: Promise<void>, version: number): Promise<void> {
    let next = first;
    while (this.running) {
      await next;
      if (this.state.subscriptionVersion !== version) return;
      next = Promise.race([this.state.changes.wait(), this.wake.wait()]);
    }
  }
}
