/**
 * The contract between the runner and a client process: the runner passes a {@link Job} as JSON in
 * the `BENCH_JOB` environment variable, the client prints one `BENCH_RESULT <json>` line with a
 * {@link ClientResult}. Python clients follow the same contract (`bench/clients/python_common.py`).
 */

/**
 * What a client process is asked to do. `share-consume` reads the pre-filled topic as the only
 * member of a share group (KIP-932) with a fresh group id, whose `share.auto.offset.reset` the
 * runner has set to `earliest` before the client starts; records are acknowledged implicitly
 * (accepted with the next poll), as each client does by default.
 */
export type Workload = 'produce' | 'call' | 'consume' | 'share-consume' | 'e2e';

/** Producer settings, identical for every client in one case. */
export interface ProducerSettings {
  /** `'all'` or `1`. */
  acks: 'all' | 1;
  idempotent: boolean;
  lingerMs: number;
  /** Bytes per partition batch (`batch.size`, kafka-aio `maxBatchSize`). */
  batchSize: number;
  compression: 'none' | 'lz4';
  /** Produce requests in flight per connection (`max.in.flight.requests.per.connection`). */
  maxInFlight: number;
  /** Bytes buffered before a send waits (`buffer.memory`). */
  bufferMemory: number;
}

/** Consumer settings, identical for every client in one case. */
export interface ConsumerSettings {
  /**
   * `assign`: all partitions assigned by hand; `group`: subscribe with a fresh group id. A
   * `share-consume` job always subscribes as a share group member and carries `group`.
   */
  mode: 'assign' | 'group';
  groupId: string;
  fetchMaxBytes: number;
  maxPartitionFetchBytes: number;
  fetchMinBytes: number;
  fetchMaxWaitMs: number;
  /**
   * Verify each record batch's CRC32C. Off in every case: the Java client's perf tools force
   * `check.crcs=false`, librdkafka's default is false, and kafkajs and @platformatic/kafka never
   * verify on fetch; the clients that can (kafka-aio, aiokafka) are set to do the same work.
   */
  checkCrcs: boolean;
}

/** One run of one client. */
export interface Job {
  workload: Workload;
  bootstrap: string;
  topic: string;
  partitions: number;
  /** Records to produce or consume; for `e2e` the measured records (rate × duration). */
  records: number;
  recordSize: number;
  /** Newline-separated payloads of exactly `recordSize` bytes; every client cycles through them. */
  payloadFile: string;
  /**
   * `produce` only: when set, every record carries a key and record `i` gets the key
   * `k${i % keys}` (its UTF-8 bytes), so the client's default partitioner spreads the records by
   * key. Clients build the `keys` distinct keys once before timing and cycle through them; unset,
   * records have no key (null) and the produce loop is the unkeyed one.
   */
  keys?: number;
  producer: ProducerSettings;
  consumer: ConsumerSettings;
  /** `e2e`: records per second, sent on a fixed schedule that never waits for replies. */
  rate?: number;
  /** `e2e`: records sent before measuring starts (same schedule, latencies discarded). */
  warmupRecords?: number;
}

/** Latency percentiles in milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
  p999: number;
  max: number;
}

/** What a client process reports. */
export interface ClientResult {
  /** False when the run failed; `error` says why. */
  ok: boolean;
  /** Set when the client cannot run this workload at all (a missing API, a peer not installed). */
  unavailable?: string;
  error?: string;
  records: number;
  /** Value bytes moved (records × recordSize). */
  bytes: number;
  /** Seconds of the measured window. */
  seconds: number;
  latencyMs?: Latency;
  /** `e2e`: records per second actually delivered end to end. */
  achievedRate?: number;
  /** Anything a reader of the table must know about this client's run. */
  note?: string;
}

/** Prefix of the result line a client prints on stdout. */
export const RESULT_PREFIX = 'BENCH_RESULT ';
