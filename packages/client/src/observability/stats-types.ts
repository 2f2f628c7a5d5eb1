/**
 * The statistics document given to `statsCallback`, modelled on librdkafka's STATISTICS.md so that
 * `JSON.stringify(stats)` gives JSON that dashboards and parsers written for librdkafka (confluent
 * `stats_cb`) read. Field names are librdkafka's (snake_case), not camelCase, for that reason.
 *
 * Kinds of fields, as in librdkafka: a *counter* only grows over the client's life; a *gauge* is the
 * current value; a *window* ({@link WindowStatistics}) covers the values seen since the previous
 * document and starts empty after each one. Sizes are bytes. Offsets are plain numbers (exact up to
 * 2^53); an offset that is not known is `-1001` (`OFFSET_INVALID`).
 */

/** Which kind of client produced the document. */
export type ClientType = 'producer' | 'consumer' | 'admin';

/**
 * Summary of the values recorded during one statistics interval (librdkafka's "window stats"). RTT
 * windows are in **microseconds**, throttle windows in **milliseconds**, as in librdkafka. All zero
 * when nothing was recorded in the interval.
 */
export interface WindowStatistics {
  /** Smallest value. */
  min: number;
  /** Largest value. */
  max: number;
  /** Mean value (rounded). */
  avg: number;
  /** Sum of the values. */
  sum: number;
  /** Number of values recorded. */
  cnt: number;
  /** Standard deviation (rounded). */
  stddev: number;
  /** Bytes of memory the histogram holds (fixed). */
  hdrsize: number;
  /** 50th percentile (median); percentiles are within about 3 % of the exact value. */
  p50: number;
  /** 75th percentile. */
  p75: number;
  /** 90th percentile. */
  p90: number;
  /** 95th percentile. */
  p95: number;
  /** 99th percentile. */
  p99: number;
  /** 99.99th percentile. */
  p99_99: number;
  /** Values above the histogram's range (2^32 − 1), counted at that maximum. */
  outofrange: number;
}

/** Connection state of one broker. */
export type BrokerState = 'INIT' | 'UP' | 'DOWN';

/** Statistics of one broker, keyed in {@link ClientStatistics.brokers} by its `name`. */
export interface BrokerStatistics {
  /** `"host:port/nodeId"`, or `"host:port/bootstrap"` for a bootstrap server whose id is not known. */
  name: string;
  /** The broker's node id; -1 for a bootstrap server not (yet) matched to a node. */
  nodeid: number;
  /** `"host:port"`. */
  nodename: string;
  /** `configured` (a bootstrap address) or `learned` (from cluster metadata). */
  source: 'configured' | 'learned';
  /**
   * Gauge: `UP` while at least one connection to the broker is open, `DOWN` after every
   * connection closed, `INIT` when the broker is known from metadata but was never connected.
   */
  state: BrokerState;
  /** Gauge: microseconds since `state` last changed. */
  stateage: number;
  /**
   * Gauge: requests written to the broker and not answered yet. This client writes each request to
   * the socket at once (there is no separate send queue), so this equals `waitresp_cnt`.
   */
  outbuf_cnt: number;
  /** Gauge: requests in flight, awaiting their response. */
  waitresp_cnt: number;
  /** Counter: requests sent. */
  tx: number;
  /** Counter: bytes sent (request frames, size prefix included). */
  txbytes: number;
  /** Counter: requests that failed in transmission (the connection broke while they were in flight). */
  txerrs: number;
  /** Counter: requests that got no response within their timeout. */
  req_timeouts: number;
  /** Counter: responses received. */
  rx: number;
  /** Counter: bytes received (response frames, size prefix included). */
  rxbytes: number;
  /** Counter: responses that could not be read (corrupt frame, unknown correlation id, decode error). */
  rxerrs: number;
  /** Counter: connection attempts, failed ones included. */
  connects: number;
  /** Counter: connections lost (closed by the broker or the network, or dropped after a timeout); closes by the client itself are not counted. */
  disconnects: number;
  /** Window: round-trip time of requests, **microseconds**. */
  rtt: WindowStatistics;
  /** Window: `throttleTimeMs` of every response that carries the field, **milliseconds**. */
  throttle: WindowStatistics;
  /** Counter per API: requests sent, keyed by API name (`Produce`, `Fetch`, `Metadata`, ...). */
  req: Record<string, number>;
  /** Partitions this broker leads among the topics in {@link ClientStatistics.topics}, keyed `"topic-partition"`. */
  toppars: Record<string, { topic: string; partition: number }>;
}

/** Statistics of one partition, keyed in {@link TopicStatistics.partitions} by partition number. */
export interface PartitionStatistics {
  /** Partition number. */
  partition: number;
  /** Gauge: node id of the leader from metadata, -1 when unknown or leaderless. */
  broker: number;
  /** Same as `broker` (librdkafka has both). */
  leader: number;
  /** Gauge (producer): records waiting in the accumulator for this partition. */
  msgq_cnt: number;
  /** Gauge (producer): bytes of those records. */
  msgq_bytes: number;
  /** Gauge (producer): records in requests sent and not yet acknowledged. */
  msgs_inflight: number;
  /** Counter (producer): records delivered (acknowledged). */
  txmsgs: number;
  /** Counter (producer): bytes of the delivered records. */
  txbytes: number;
  /** Gauge (consumer): records fetched and buffered, not yet returned to the application. */
  fetchq_cnt: number;
  /** Gauge (consumer): bytes of those records. */
  fetchq_size: number;
  /** Gauge (consumer): fetch state (`none`, `offset-query`, `active`, `paused`, ...). */
  fetch_state: string;
  /** Counter (consumer): records received. */
  rxmsgs: number;
  /** Counter (consumer): bytes of the records received. */
  rxbytes: number;
  /** Gauge (consumer): next offset to fetch. */
  next_offset: number;
  /** Gauge (consumer): offset of the last record returned to the application + 1. */
  app_offset: number;
  /** Gauge (consumer): offset stored for the next commit. */
  stored_offset: number;
  /** Gauge (consumer): last committed offset. */
  committed_offset: number;
  /** Gauge: low watermark (log start offset) seen from the broker. */
  lo_offset: number;
  /** Gauge: high watermark seen from the broker. */
  hi_offset: number;
  /** Gauge: last stable offset seen from the broker (`read_committed`). */
  ls_offset: number;
  /**
   * Gauge (consumer): `hi_offset` (`ls_offset` under read_committed) − max(`app_offset`,
   * `committed_offset`); -1 when not known.
   */
  consumer_lag: number;
  /** Gauge (consumer): `hi_offset` (or `ls_offset`) − `stored_offset`; -1 when not known. */
  consumer_lag_stored: number;
}

/** Statistics of one topic, keyed in {@link ClientStatistics.topics} by name. */
export interface TopicStatistics {
  /** Topic name. */
  topic: string;
  /** Gauge: microseconds since the client first reported this topic. */
  age: number;
  /** Gauge: milliseconds since the topic's metadata was fetched; -1 when the client has none. */
  metadata_age: number;
  /** Partitions keyed by partition number (as a string, since JSON keys are strings). */
  partitions: Record<string, PartitionStatistics>;
}

/** Consumer group state (consumers with a `groupId` only). */
export interface ConsumerGroupStatistics {
  /** Gauge: the member's state: `init` before it starts, `up` while it runs, `term` once stopped. */
  state: string;
  /** Gauge: milliseconds since `state` changed. */
  stateage: number;
  /** Gauge: `init` (not joined), `wait-join` (joining or rejoining), `steady` (a member with an assignment). */
  join_state: string;
  /** Gauge: milliseconds since the last rebalance (assignment change); -1 before the first. */
  rebalance_age: number;
  /** Counter: rebalances (assignments and revocations). */
  rebalance_cnt: number;
  /** Gauge: why the last rebalance happened, or `""`. */
  rebalance_reason: string;
  /** Gauge: partitions currently assigned. */
  assignment_size: number;
}

/** Idempotent and transactional producer state (producers with idempotence only). */
export interface EosStatistics {
  /** Gauge: producer id state (`Init`, `Assigned`, `FatalError`, ...). */
  idemp_state: string;
  /** Gauge: milliseconds since `idemp_state` changed. */
  idemp_stateage: number;
  /** Gauge: transaction state, for transactional producers. */
  txn_state?: string;
  /** Gauge: milliseconds since `txn_state` changed. */
  txn_stateage?: number;
  /** Gauge: the producer id, or -1. */
  producer_id: number;
  /** Gauge: the producer epoch, or -1. */
  producer_epoch: number;
  /** Counter: producer identities taken since start (the first producer id, then each epoch bump or new id). */
  epoch_cnt: number;
}

/**
 * One statistics document. `JSON.stringify(stats)` gives the JSON string librdkafka's `stats_cb`
 * receives (a subset of its fields, the same names and units).
 */
export interface ClientStatistics {
  /** The client's name (its `clientId`). */
  name: string;
  /** The configured `clientId`. */
  client_id: string;
  /** `producer`, `consumer` or `admin`. */
  type: ClientType;
  /** Monotonic clock, microseconds. */
  ts: number;
  /** Wall clock, seconds since the epoch. */
  time: number;
  /** Gauge: microseconds since the client was created. */
  age: number;
  /** Gauge: events waiting for the application; always 0 (callbacks are called directly). */
  replyq: number;
  /** Gauge (producer): records waiting to be sent, over all partitions. */
  msg_cnt: number;
  /** Gauge (producer): bytes of those records. */
  msg_size: number;
  /** Limit (producer): the largest `msg_size` allowed (`bufferMemory`); 0 when not applicable. */
  msg_size_max: number;
  /** Counter: requests sent to all brokers. */
  tx: number;
  /** Counter: bytes sent to all brokers. */
  tx_bytes: number;
  /** Counter: responses received from all brokers. */
  rx: number;
  /** Counter: bytes received from all brokers. */
  rx_bytes: number;
  /** Counter (producer): records delivered. */
  txmsgs: number;
  /** Counter (producer): bytes of the records delivered. */
  txmsg_bytes: number;
  /** Counter (consumer): records received. */
  rxmsgs: number;
  /** Counter (consumer): bytes of the records received. */
  rxmsg_bytes: number;
  /** Gauge: topics in the metadata cache. */
  metadata_cache_cnt: number;
  /** Brokers keyed by `name` (`"host:port/nodeId"`). */
  brokers: Record<string, BrokerStatistics>;
  /** Topics the producer or consumer works with, keyed by name (empty for the admin client). */
  topics: Record<string, TopicStatistics>;
  /** Consumer group state; present for consumers in a group. */
  cgrp?: ConsumerGroupStatistics;
  /** Idempotence / transaction state; present for idempotent producers. */
  eos?: EosStatistics;
}
