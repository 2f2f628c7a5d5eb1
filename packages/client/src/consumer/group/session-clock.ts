import { DescribeConfigsApi } from '@kafka-aio/protocol';
import type { Cluster } from '../../cluster/cluster.js';
import { createDebug } from '../../observability/debug.js';

const debug = createDebug('kafka-aio:consumer:group');

/**
 * Whether this member's group session may have expired, judged on the client (issue 13): a process
 * that was stopped (SIGSTOP, a GC pause, a suspended VM) longer than the session timeout resumes
 * with records of partitions the group has given to another member meanwhile, and must not hand
 * them out before the group tells it so.
 *
 * The broker expires a member `timeoutMs` after it last *received* a heartbeat. The clock keeps the
 * time a confirmed request was *sent*, which is no later than its arrival, so "sent more than
 * `timeoutMs` ago" is true no later than the broker's expiry: the check errs on the side of
 * stopping. It is only armed while the member is settled (between rebalances): a member waiting in
 * a JoinGroup or SyncGroup is kept alive by the coordinator.
 */
export class SessionClock {
  private confirmedSentAt: number | undefined;

  constructor(
    /** The session timeout; undefined while it is not known (no check). */
    public timeoutMs: number | undefined,
  ) {}

  /** A request sent at `sentAt` (`performance.now()`) was answered as from a live member. */
  confirm(sentAt: number): void {
    this.confirmedSentAt = this.confirmedSentAt === undefined ? sentAt : Math.max(this.confirmedSentAt, sentAt);
  }

  /** Stops checking until the next {@link confirm} (rebalancing, out of the group). */
  disarm(): void {
    this.confirmedSentAt = undefined;
  }

  /** True when the session may have expired: nothing confirmed for longer than the timeout. */
  expired(now = performance.now()): boolean {
    return (
      this.confirmedSentAt !== undefined && this.timeoutMs !== undefined && now - this.confirmedSentAt > this.timeoutMs
    );
  }

  /** Milliseconds since the last confirmed request was sent (for messages). */
  silentForMs(now = performance.now()): number {
    return this.confirmedSentAt === undefined ? 0 : Math.round(now - this.confirmedSentAt);
  }
}

/** Kafka's default `group.consumer.session.timeout.ms`, used when the group's own cannot be read. */
const DEFAULT_CONSUMER_SESSION_TIMEOUT_MS = 45_000;

/**
 * A KIP-848 group's session timeout is a broker (or group) setting the heartbeat does not carry: it
 * is read once with DescribeConfigs on the GROUP resource (`consumer.session.timeout.ms`, which
 * falls back to the broker's `group.consumer.session.timeout.ms`). Without the right to describe
 * it, Kafka's default is assumed.
 */
export async function consumerGroupSessionTimeoutMs(
  cluster: Cluster,
  groupId: string,
  signal?: AbortSignal,
): Promise<number> {
  try {
    const res = await cluster.request(
      cluster.leastLoadedNode(),
      DescribeConfigsApi,
      {
        resources: [{ resourceType: 32, resourceName: groupId, configurationKeys: ['consumer.session.timeout.ms'] }],
        includeSynonyms: false,
        includeDocumentation: false,
      },
      { signal },
    );
    const result = res.results[0];
    const value = result?.errorCode === 0 ? result.configs.find((c) => c.name === 'consumer.session.timeout.ms') : null;
    const ms = Number(value?.value);
    if (Number.isFinite(ms) && ms > 0) return ms;
    debug(
      'group session timeout not readable (error %d); assuming %d ms',
      result?.errorCode,
      DEFAULT_CONSUMER_SESSION_TIMEOUT_MS,
    );
  } catch (err) {
    debug('describing the group session timeout failed: %s', (err as Error).message);
  }
  return DEFAULT_CONSUMER_SESSION_TIMEOUT_MS;
}
