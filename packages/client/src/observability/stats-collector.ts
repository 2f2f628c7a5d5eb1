import type { MetadataSnapshot } from '../cluster/metadata.js';
import type { BrokerAddress } from '../config/common.js';
import { WindowHistogram } from './histogram.js';
import type { PartitionStatsInput, StatsContribution, StatsSource } from './stats-source.js';
import type {
  BrokerState,
  BrokerStatistics,
  ClientStatistics,
  ClientType,
  ConsumerGroupStatistics,
  PartitionStatistics,
  TopicStatistics,
} from './stats-types.js';

/** `OFFSET_INVALID`: what librdkafka shows for an offset that is not known. */
const UNSET = -1001;

/** What the collector reads from the cluster when it builds a document. */
export interface StatsClusterView {
  readonly clientId: string;
  readonly bootstrapServers: readonly BrokerAddress[];
  metadata(): MetadataSnapshot;
  /** In-flight requests per open connection, as `[host:port, count]`. */
  inFlight(): Iterable<readonly [broker: string, count: number]>;
  /** Topics the client keeps metadata for; `null` when it watches every topic. */
  watchedTopics(): Iterable<string> | null;
}

/** Counters of one broker address (`host:port`); they live as long as the client. */
class BrokerCounters {
  tx = 0;
  txbytes = 0;
  txerrs = 0;
  req_timeouts = 0;
  rx = 0;
  rxbytes = 0;
  rxerrs = 0;
  connects = 0;
  disconnects = 0;
  readonly req = new Map<string, number>();
  readonly rtt = new WindowHistogram();
  readonly throttle = new WindowHistogram();
  open = 0;
  everUp = false;
  stateSince: number;

  constructor(now: number) {
    this.stateSince = now;
  }

  get state(): BrokerState {
    return this.open > 0 ? 'UP' : this.everUp ? 'DOWN' : 'INIT';
  }
}

/**
 * Gathers the client's statistics: per-broker counters and latency windows fed by the connection
 * hooks (cheap: a map lookup and a few increments per request), plus whatever the registered
 * {@link StatsSource}s report when a document is built. Memory is bounded: two fixed histograms and
 * a counter per API name per broker address.
 */
export class StatsCollector {
  private readonly brokers = new Map<string, BrokerCounters>();
  private readonly sources = new Set<StatsSource>();
  private readonly topicFirstSeen = new Map<string, number>();
  private readonly createdAt = performance.now();

  constructor(
    private readonly view: StatsClusterView,
    /** The client kind; a registered source may change it. */
    public type: ClientType,
    private readonly onSourceError: (err: unknown) => void = () => {},
  ) {}

  /** Adds a source; returns a function that removes it. */
  addSource(source: StatsSource): () => void {
    this.sources.add(source);
    return () => this.sources.delete(source);
  }

  private broker(address: string): BrokerCounters {
    let b = this.brokers.get(address);
    if (!b) {
      b = new BrokerCounters(performance.now());
      this.brokers.set(address, b);
    }
    return b;
  }

  // ---- connection hooks ---------------------------------------------------------------------

  connecting(address: string): void {
    this.broker(address).connects++;
  }

  connected(address: string): void {
    const b = this.broker(address);
    const before = b.state;
    b.open++;
    b.everUp = true;
    if (b.state !== before) b.stateSince = performance.now();
  }

  closed(address: string, lost: boolean, failedRequests: number): void {
    const b = this.broker(address);
    const before = b.state;
    b.open = Math.max(0, b.open - 1);
    if (lost) {
      b.disconnects++;
      b.txerrs += failedRequests;
    }
    if (b.state !== before) b.stateSince = performance.now();
  }

  requestSent(address: string, apiName: string, bytes: number): void {
    const b = this.broker(address);
    b.tx++;
    b.txbytes += bytes;
    b.req.set(apiName, (b.req.get(apiName) ?? 0) + 1);
  }

  response(address: string, rttMs: number, bytes: number, throttleTimeMs: number | undefined): void {
    const b = this.broker(address);
    b.rx++;
    b.rxbytes += bytes;
    b.rtt.record(rttMs * 1000);
    if (throttleTimeMs !== undefined) b.throttle.record(throttleTimeMs);
  }

  requestTimedOut(address: string): void {
    this.broker(address).req_timeouts++;
  }

  responseFailed(address: string): void {
    this.broker(address).rxerrs++;
  }

  // ---- the document -------------------------------------------------------------------------

  /**
   * Builds one statistics document. With `reset` (the default) the latency windows start over,
   * as librdkafka does after each emitted document.
   */
  snapshot(reset = true): ClientStatistics {
    const now = performance.now();
    const md = this.view.metadata();
    const nodeByAddress = new Map<string, number>();
    for (const b of md.brokers.values()) nodeByAddress.set(`${b.host}:${b.port}`, b.nodeId);
    const inFlight = new Map<string, number>();
    for (const [address, count] of this.view.inFlight()) inFlight.set(address, (inFlight.get(address) ?? 0) + count);

    const contributions: StatsContribution[] = [];
    for (const source of this.sources) {
      try {
        contributions.push(source());
      } catch (err) {
        this.onSourceError(err);
      }
    }

    // Brokers: every address we talked to, plus every broker in the metadata.
    const addresses = new Set(this.brokers.keys());
    for (const address of nodeByAddress.keys()) addresses.add(address);
    const brokers: Record<string, BrokerStatistics> = {};
    const brokerNameByNode = new Map<number, string>();
    let tx = 0;
    let txBytes = 0;
    let rx = 0;
    let rxBytes = 0;
    for (const address of addresses) {
      const c = this.brokers.get(address) ?? this.broker(address);
      const nodeid = nodeByAddress.get(address) ?? -1;
      const name = `${address}/${nodeid >= 0 ? nodeid : 'bootstrap'}`;
      if (nodeid >= 0) brokerNameByNode.set(nodeid, name);
      const waiting = inFlight.get(address) ?? 0;
      tx += c.tx;
      txBytes += c.txbytes;
      rx += c.rx;
      rxBytes += c.rxbytes;
      brokers[name] = {
        name,
        nodeid,
        nodename: address,
        source: nodeid >= 0 ? 'learned' : 'configured',
        state: c.state,
        stateage: Math.round((now - c.stateSince) * 1000),
        outbuf_cnt: waiting,
        waitresp_cnt: waiting,
        tx: c.tx,
        txbytes: c.txbytes,
        txerrs: c.txerrs,
        req_timeouts: c.req_timeouts,
        rx: c.rx,
        rxbytes: c.rxbytes,
        rxerrs: c.rxerrs,
        connects: c.connects,
        disconnects: c.disconnects,
        rtt: c.rtt.snapshot(reset),
        throttle: c.throttle.snapshot(reset),
        req: Object.fromEntries(c.req),
        toppars: {},
      };
    }

    // Topics: those the sources report, else those whose metadata the client keeps.
    const topics: Record<string, TopicStatistics> = {};
    const topic = (name: string): TopicStatistics => {
      let t = topics[name];
      if (!t) {
        let first = this.topicFirstSeen.get(name);
        if (first === undefined) this.topicFirstSeen.set(name, (first = now));
        t = topics[name] = {
          topic: name,
          age: Math.round((now - first) * 1000),
          metadata_age: md.topics.has(name) ? Math.round(now - md.fetchedAt) : -1,
          partitions: {},
        };
        for (const p of md.topics.get(name)?.partitions ?? []) {
          if (p) t.partitions[p.partition] = emptyPartition(p.partition, p.leader);
        }
      }
      return t;
    };
    const sums = { msg_cnt: 0, msg_size: 0, txmsgs: 0, txmsg_bytes: 0, rxmsgs: 0, rxmsg_bytes: 0 };
    const given: Partial<Record<keyof typeof sums | 'msg_size_max', number>> = {};
    let cgrp: ConsumerGroupStatistics | undefined;
    let eos: ClientStatistics['eos'];
    for (const contribution of contributions) {
      for (const key of [
        'msg_cnt',
        'msg_size',
        'msg_size_max',
        'txmsgs',
        'txmsg_bytes',
        'rxmsgs',
        'rxmsg_bytes',
      ] as const) {
        const v = contribution[key];
        if (v !== undefined) given[key] = (given[key] ?? 0) + v;
      }
      for (const input of contribution.partitions ?? []) {
        const t = topic(input.topic);
        const p = (t.partitions[input.partition] ??= emptyPartition(
          input.partition,
          md.leaderFor(input.topic, input.partition) ?? -1,
        ));
        applyPartition(p, input);
      }
      if (contribution.cgrp) cgrp = { ...emptyGroup(), ...contribution.cgrp };
      if (contribution.eos) eos = { ...contribution.eos };
    }
    if (this.type !== 'admin') {
      const watched = this.view.watchedTopics();
      if (watched !== null) for (const name of watched) topic(name);
    }
    for (const t of Object.values(topics)) {
      for (const p of Object.values(t.partitions)) {
        sums.msg_cnt += p.msgq_cnt;
        sums.msg_size += p.msgq_bytes;
        sums.txmsgs += p.txmsgs;
        sums.txmsg_bytes += p.txbytes;
        sums.rxmsgs += p.rxmsgs;
        sums.rxmsg_bytes += p.rxbytes;
        const owner = brokerNameByNode.get(p.leader);
        if (owner) brokers[owner].toppars[`${t.topic}-${p.partition}`] = { topic: t.topic, partition: p.partition };
      }
    }

    const stats: ClientStatistics = {
      name: this.view.clientId,
      client_id: this.view.clientId,
      type: this.type,
      ts: Math.round(now * 1000),
      time: Math.floor(Date.now() / 1000),
      age: Math.round((now - this.createdAt) * 1000),
      replyq: 0,
      msg_cnt: given.msg_cnt ?? sums.msg_cnt,
      msg_size: given.msg_size ?? sums.msg_size,
      msg_size_max: given.msg_size_max ?? 0,
      tx,
      tx_bytes: txBytes,
      rx,
      rx_bytes: rxBytes,
      txmsgs: given.txmsgs ?? sums.txmsgs,
      txmsg_bytes: given.txmsg_bytes ?? sums.txmsg_bytes,
      rxmsgs: given.rxmsgs ?? sums.rxmsgs,
      rxmsg_bytes: given.rxmsg_bytes ?? sums.rxmsg_bytes,
      metadata_cache_cnt: md.topics.size,
      brokers,
      topics,
    };
    if (cgrp) stats.cgrp = cgrp;
    if (eos) stats.eos = eos;
    return stats;
  }
}

function emptyPartition(partition: number, leader: number): PartitionStatistics {
  return {
    partition,
    broker: leader,
    leader,
    msgq_cnt: 0,
    msgq_bytes: 0,
    msgs_inflight: 0,
    txmsgs: 0,
    txbytes: 0,
    fetchq_cnt: 0,
    fetchq_size: 0,
    fetch_state: 'none',
    rxmsgs: 0,
    rxbytes: 0,
    next_offset: UNSET,
    app_offset: UNSET,
    stored_offset: UNSET,
    committed_offset: UNSET,
    lo_offset: UNSET,
    hi_offset: UNSET,
    ls_offset: UNSET,
    consumer_lag: -1,
    consumer_lag_stored: -1,
  };
}

function emptyGroup(): ConsumerGroupStatistics {
  return {
    state: 'init',
    stateage: 0,
    join_state: '',
    rebalance_age: -1,
    rebalance_cnt: 0,
    rebalance_reason: '',
    assignment_size: 0,
  };
}

/** Copies a source's figures onto a partition entry and derives the lag fields it left out. */
function applyPartition(p: PartitionStatistics, input: PartitionStatsInput): void {
  const target = p as unknown as Record<string, number | string>;
  for (const [key, value] of Object.entries(input)) {
    if (key === 'topic' || key === 'partition' || value === undefined) continue;
    if (key === 'fetch_state') target[key] = String(value);
    else if (key in p) target[key] = typeof value === 'bigint' ? Number(value) : (value as number);
  }
  const end = p.hi_offset;
  if (input.consumer_lag === undefined) {
    const position = Math.max(p.app_offset, p.committed_offset);
    p.consumer_lag = end >= 0 && position >= 0 ? Math.max(0, end - position) : -1;
  }
  if (input.consumer_lag_stored === undefined) {
    p.consumer_lag_stored = end >= 0 && p.stored_offset >= 0 ? Math.max(0, end - p.stored_offset) : -1;
  }
}
