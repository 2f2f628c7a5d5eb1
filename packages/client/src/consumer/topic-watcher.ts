import { ErrorCode } from '@kafka-aio/protocol';
import { backoffMs } from '../cluster/backoff.js';
import type { Cluster } from '../cluster/cluster.js';
import type { MetadataSnapshot } from '../cluster/metadata.js';
import { createDebug } from '../observability/debug.js';
import { type TopicPartition, topicPartition } from '../topic-partition.js';
import { arm, Notifier, waitFor } from './notifier.js';
import type { ResolvedConsumerOptions } from './options.js';
import type { SubscriptionState } from './subscription-state.js';

const debug = createDebug('kafka-aio:consumer');

/** Topic errors that another metadata request will not cure (the Java client reports these instead). */
const FOR_GOOD = new Set<number>([ErrorCode.TOPIC_AUTHORIZATION_FAILED, ErrorCode.INVALID_TOPIC_EXCEPTION]);

/**
 * Keeps subscriptions in step with the cluster's metadata: resolves pattern subscriptions to the
 * topics that match now, and, for a consumer without a group, assigns every partition of the
 * subscribed topics (following partition-count changes). Refreshes every `metadataMaxAgeMs` and
 * whenever the subscription changes; while a subscribed topic is unknown (not created yet), at the
 * retry backoff instead, as the Java client does, so that a topic created after `subscribe` is
 * consumed within about `retryBackoffMaxMs` of its creation. A KIP-848 consumer leaves patterns to the broker, so the
 * façade does not run a watcher for it.
 */
export class TopicWatcher {
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly wake = new Notifier();
  /** Subscribed topics the last refresh did not find (they may be created any moment). */
  private unknownTopics: string[] = [];
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
    this.unknownTopics =
      type === 'topics'
        ? [...this.state.subscribedTopics()].filter(
            (t) => !snapshot.topics.has(t) && !FOR_GOOD.has(snapshot.topicErrors.get(t) ?? 0),
          )
        : [];
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
    let unknownRounds = 0;
    while (this.running) {
      const o = this.options;
      if (this.unknownTopics.length === 0) unknownRounds = 0;
      else debug('subscribed topics not found yet: %s', this.unknownTopics.join(', '));
      const period =
        this.unknownTopics.length > 0
          ? backoffMs(unknownRounds++, o.retryBackoffMs, o.retryBackoffMaxMs)
          : Math.max(1_000, o.metadataMaxAgeMs);
      await this.untilDue(version, period);
      if (!this.running) return;
      version = this.state.subscriptionVersion;
      try {
        await this.refresh();
      } catch (err) {
        debug('metadata refresh for the subscription failed: %s', (err as Error).message);
      }
    }
  }

  /**
   * Resolves after `periodMs`, at a {@link wake}, or as soon as the subscribed topics (or the
   * subscription type) changed since `version`, whichever comes first.
   */
  private async untilDue(version: number, periodMs: number): Promise<void> {
    const deadline = performance.now() + periodMs;
    while (this.running && this.state.subscriptionVersion === version) {
      const woken = arm(this.wake);
      const either = arm(this.wake, this.state.changes);
      const left = deadline - performance.now();
      if (left <= 0) return;
      await waitFor(either, left, undefined);
      if (woken.fired) return;
    }
  }
}
