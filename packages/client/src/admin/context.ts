import {
  AbortError,
  type ApiCodec,
  createKafkaError,
  KafkaError,
  type RequestOf,
  type ResponseOf,
} from '@kafka-aio/protocol';
import { backoffMs, sleep } from '../cluster/backoff.js';
import { type Cluster, isRetriable } from '../cluster/cluster.js';
import { createDebug } from '../observability/debug.js';
import type { ResolvedAdminClientOptions } from './options.js';
import { type EntityResult, ResultMap } from './results.js';

const debug = createDebug('kafka-aio:admin');

/** Per-call settings every admin operation accepts. */
export interface AdminCallOptions {
  /** Budget of the whole call, retries included. Default: the client's `defaultApiTimeoutMs`. */
  timeoutMs?: number;
  /** Cancels the call; it rejects with `AbortError`. */
  signal?: AbortSignal;
}

/** What the operation modules share: the cluster and the resolved options. */
export interface AdminContext {
  readonly cluster: Cluster;
  readonly options: ResolvedAdminClientOptions;
}

/** The call's time budget in milliseconds. */
export function budget(ctx: AdminContext, op: AdminCallOptions): number {
  return op.timeoutMs ?? ctx.options.defaultApiTimeoutMs;
}

/** Socket-level timeout for a request whose broker side may wait `brokerWaitMs`. */
function requestTimeout(ctx: AdminContext, brokerWaitMs: number): number {
  return Math.max(ctx.options.requestTimeoutMs, brokerWaitMs + 5_000);
}

/**
 * Sends one request to `nodeId`, building the body for the version negotiated with that broker
 * (fields differ per version, and the encoder refuses fields a version lacks). `atMost` caps the
 * version, e.g. to keep topic names where newer versions switched to topic ids.
 */
export async function requestNode<C extends ApiCodec>(
  ctx: AdminContext,
  nodeId: number,
  api: C,
  build: (version: number) => RequestOf<C>,
  op: AdminCallOptions & { atMost?: number; brokerWaitMs?: number } = {},
): Promise<ResponseOf<C>> {
  return ctx.cluster.request(nodeId, api, build, {
    version: op.atMost,
    signal: op.signal,
    timeoutMs: requestTimeout(ctx, op.brokerWaitMs ?? 0),
  });
}

/**
 * Sends one request to the least loaded broker, retrying retriable failures (connection errors,
 * and errors `check` throws from the response) within the call's budget.
 */
export function requestAny<C extends ApiCodec>(
  ctx: AdminContext,
  api: C,
  build: (version: number) => RequestOf<C>,
  op: AdminCallOptions & { atMost?: number; brokerWaitMs?: number; check?: (res: ResponseOf<C>) => void } = {},
): Promise<ResponseOf<C>> {
  return ctx.cluster.retrying(api.name, budget(ctx, op), op.signal, async () => {
    const res = await requestNode(ctx, ctx.cluster.leastLoadedNode(), api, build, op);
    op.check?.(res);
    return res;
  });
}

/** Throws the typed error for a non-zero top-level error code. */
export function throwIfError(code: number | undefined, message?: string | null, context?: string): void {
  if (code !== undefined && code !== 0) throw createKafkaError(code, message, context);
}

/** An entity's outcome plus whether a retriable error may be retried (false: fail now). */
export type Attempted<V> = EntityResult<V> & { readonly final?: boolean };

/**
 * Retriable in Kafka's table, but an answer for an admin call: the broker looked the topic up in
 * its metadata and it is not there. Retrying until the timeout would only delay the error.
 */
const FINAL_CODES = new Set([3 /* UNKNOWN_TOPIC_OR_PARTITION */]);

/** Hooks of {@link perEntity}. */
export interface PerEntityHooks<K> {
  /** Called for each entity that will be retried, e.g. to forget its coordinator. */
  onRetry?: (key: K, error: KafkaError) => void;
  /** Describes a key in debug output and in "no result" errors. */
  describe?: (key: K) => string;
}

/**
 * The per-entity retry engine behind every batched admin call. `attempt` handles the entities
 * still pending (grouping them by broker as it likes) and returns an outcome per entity; entities
 * whose error is retriable are attempted again after a backoff until the call's budget runs out,
 * then keep their last error. A whole attempt that throws counts as that error for every pending
 * entity. Results come back in request order.
 */
export async function perEntity<K, V>(
  ctx: AdminContext,
  what: string,
  keys: readonly K[],
  op: AdminCallOptions,
  attempt: (pending: K[]) => Promise<Map<K, Attempted<V>>>,
  hooks: PerEntityHooks<K> = {},
): Promise<ResultMap<K, V>> {
  const timeoutMs = budget(ctx, op);
  const deadline = performance.now() + timeoutMs;
  const done = new Map<K, EntityResult<V>>();
  let pending = [...new Set(keys)];
  for (let n = 0; pending.length > 0; n++) {
    if (op.signal?.aborted) throw new AbortError(`${what} aborted`, { cause: op.signal.reason });
    let outcomes: Map<K, Attempted<V>>;
    try {
      outcomes = await attempt(pending);
    } catch (err) {
      if (!(err instanceof KafkaError) || err instanceof AbortError) throw err;
      outcomes = new Map(pending.map((k) => [k, { error: err }]));
    }
    const retry: K[] = [];
    let refresh = false;
    for (const key of pending) {
      const outcome =
        outcomes.get(key) ??
        ({
          error: new KafkaError(`${what}: the broker returned no result for ${hooks.describe?.(key) ?? String(key)}`, {
            retriable: true,
          }),
        } satisfies Attempted<V>);
      if (
        outcome.error !== null &&
        !outcome.final &&
        isRetriable(outcome.error) &&
        !FINAL_CODES.has(outcome.error.code)
      ) {
        retry.push(key);
        done.set(key, outcome);
        if (outcome.error.invalidMetadata) refresh = true;
        hooks.onRetry?.(key, outcome.error);
      } else {
        done.set(key, outcome.error === null ? { error: null, value: outcome.value } : { error: outcome.error });
      }
    }
    pending = retry;
    if (pending.length === 0) break;
    const wait = backoffMs(n, ctx.options.retryBackoffMs, ctx.options.retryBackoffMaxMs);
    if (performance.now() + wait >= deadline) break;
    debug('%s: retrying %d entities', what, pending.length);
    if (refresh) await ctx.cluster.refreshMetadata().catch(() => undefined);
    await sleep(wait, op.signal);
  }
  const out = new ResultMap<K, V>();
  for (const key of keys) {
    const r = done.get(key);
    if (r) out.set(key, r.error === null ? { error: null, value: r.value } : { error: r.error });
  }
  return out;
}

/**
 * Sends one request per broker for the entities routed to it and merges the outcomes. `route`
 * gives a node id or an error (e.g. no leader); a failed request becomes that error for every
 * entity sent with it.
 */
export async function fanOut<K, V>(
  pending: readonly K[],
  route: (key: K) => Promise<number | KafkaError>,
  send: (nodeId: number, keys: K[]) => Promise<Map<K, Attempted<V>>>,
): Promise<Map<K, Attempted<V>>> {
  const out = new Map<K, Attempted<V>>();
  const byNode = new Map<number, K[]>();
  await Promise.all(
    pending.map(async (key) => {
      let node: number | KafkaError;
      try {
        node = await route(key);
      } catch (err) {
        if (!(err instanceof KafkaError) || err instanceof AbortError) throw err;
        node = err;
      }
      if (node instanceof KafkaError) out.set(key, { error: node });
      else {
        const list = byNode.get(node);
        if (list) list.push(key);
        else byNode.set(node, [key]);
      }
    }),
  );
  await Promise.all(
    [...byNode].map(async ([node, keys]) => {
      try {
        for (const [k, v] of await send(node, keys)) out.set(k, v);
      } catch (err) {
        if (!(err instanceof KafkaError) || err instanceof AbortError) throw err;
        for (const k of keys) out.set(k, { error: err });
      }
    }),
  );
  return out;
}

/** The typed error for `code`, or null for 0. */
export function errorOrNull(code: number, message?: string | null, context?: string): KafkaError | null {
  return code === 0 ? null : createKafkaError(code, message, context);
}
