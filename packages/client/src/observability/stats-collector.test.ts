import { describe, expect, it } from 'vitest';
import { MetadataSnapshot, type PartitionInfo } from '../cluster/metadata.js';
import { type StatsClusterView, StatsCollector } from './stats-collector.js';

function partition(p: number, leader: number): PartitionInfo {
  return { partition: p, leader, leaderEpoch: 0, replicas: [leader], isr: [leader], offlineReplicas: [], errorCode: 0 };
}

function view(overrides: Partial<StatsClusterView> = {}): StatsClusterView {
  const metadata = new MetadataSnapshot(
    new Map([
      [1, { nodeId: 1, host: 'b1', port: 9092, rack: null }],
      [2, { nodeId: 2, host: 'b2', port: 9092, rack: null }],
    ]),
    new Map([
      ['orders', { name: 'orders', topicId: 'x', isInternal: false, partitions: [partition(0, 1), partition(1, 2)] }],
    ]),
    new Map(),
    1,
    'cluster',
    performance.now() - 1500,
  );
  return {
    clientId: 'app-1',
    bootstrapServers: [{ host: 'seed', port: 9092 }],
    metadata: () => metadata,
    inFlight: () => [['b1:9092', 3] as const],
    watchedTopics: () => [],
    ...overrides,
  };
}

describe('StatsCollector', () => {
  it('counts per-broker traffic and names brokers librdkafka-style', () => {
    const c = new StatsCollector(view(), 'admin');
    c.connecting('seed:9092');
    c.connected('seed:9092');
    c.requestSent('seed:9092', 'ApiVersions', 40);
    c.response('seed:9092', 1.5, 400, 0);
    c.connecting('b1:9092');
    c.connected('b1:9092');
    for (let i = 0; i < 10; i++) {
      c.requestSent('b1:9092', i < 7 ? 'Metadata' : 'CreateTopics', 100);
      c.response('b1:9092', 2 + i, 1000, i === 9 ? 250 : 0);
    }
    c.requestTimedOut('b1:9092');
    c.responseFailed('b1:9092');
    const s = c.snapshot();
    expect(s).toMatchObject({ name: 'app-1', client_id: 'app-1', type: 'admin', replyq: 0, metadata_cache_cnt: 1 });
    expect(s).toMatchObject({ tx: 11, tx_bytes: 1040, rx: 11, rx_bytes: 10_400 });
    expect(Object.keys(s.brokers).sort()).toEqual(['b1:9092/1', 'b2:9092/2', 'seed:9092/bootstrap']);
    const b1 = s.brokers['b1:9092/1'];
    expect(b1).toMatchObject({
      name: 'b1:9092/1',
      nodeid: 1,
      nodename: 'b1:9092',
      source: 'learned',
      state: 'UP',
      outbuf_cnt: 3,
      waitresp_cnt: 3,
      tx: 10,
      txbytes: 1000,
      rx: 10,
      rxbytes: 10_000,
      req_timeouts: 1,
      rxerrs: 1,
      connects: 1,
      disconnects: 0,
      req: { Metadata: 7, CreateTopics: 3 },
    });
    // RTT in microseconds; throttle in milliseconds.
    expect(b1.rtt).toMatchObject({ cnt: 10, min: 2000, max: 11_000, sum: 65_000, avg: 6500 });
    expect(b1.rtt.p50).toBeGreaterThanOrEqual(5800);
    expect(b1.rtt.p50).toBeLessThanOrEqual(6200);
    expect(b1.throttle).toMatchObject({ cnt: 10, max: 250, p99: 250, p50: 0 });
    expect(s.brokers['b2:9092/2']).toMatchObject({ state: 'INIT', tx: 0, nodeid: 2 });
    expect(s.brokers['seed:9092/bootstrap']).toMatchObject({ nodeid: -1, source: 'configured', tx: 1 });
    expect(s.topics).toEqual({}); // the admin client reports no topics
    expect(s.cgrp).toBeUndefined();
    expect(() => JSON.parse(JSON.stringify(s))).not.toThrow();
  });

  it('keeps counters across documents but resets the windows', () => {
    const c = new StatsCollector(view(), 'admin');
    c.requestSent('b1:9092', 'Metadata', 10);
    c.response('b1:9092', 1, 10, 0);
    expect(c.snapshot().brokers['b1:9092/1'].rtt.cnt).toBe(1);
    const second = c.snapshot().brokers['b1:9092/1'];
    expect(second.tx).toBe(1);
    expect(second.rtt.cnt).toBe(0);
    expect(second.throttle.cnt).toBe(0);
  });

  it('tracks broker state: UP while a connection is open, DOWN after a loss', () => {
    const c = new StatsCollector(view({ inFlight: () => [] }), 'producer');
    c.connecting('b2:9092');
    c.connected('b2:9092');
    c.connecting('b2:9092');
    c.connected('b2:9092');
    c.closed('b2:9092', false, 0);
    expect(c.snapshot().brokers['b2:9092/2']).toMatchObject({ state: 'UP', disconnects: 0 });
    c.closed('b2:9092', true, 4);
    const b2 = c.snapshot().brokers['b2:9092/2'];
    expect(b2).toMatchObject({ state: 'DOWN', disconnects: 1, txerrs: 4, connects: 2 });
    expect(b2.stateage).toBeGreaterThanOrEqual(0);
  });

  it('merges producer and consumer sources into topics, totals and toppars', () => {
    const c = new StatsCollector(view({ watchedTopics: () => ['orders', 'audit'] }), 'admin');
    const remove = c.addSource(() => ({
      partitions: [
        { topic: 'orders', partition: 0, msgq_cnt: 5, msgq_bytes: 500, txmsgs: 10n, txbytes: 1000 },
        { topic: 'orders', partition: 1, msgq_cnt: 1, msgq_bytes: 50 },
      ],
    }));
    c.addSource(() => ({
      rxmsgs: 99,
      partitions: [
        {
          topic: 'orders',
          partition: 1,
          fetch_state: 'active',
          hi_offset: 120n,
          app_offset: 100n,
          committed_offset: 90,
          stored_offset: 100,
          rxmsgs: 7,
        },
      ],
      cgrp: { state: 'up', rebalance_cnt: 2, assignment_size: 2 },
    }));
    c.type = 'consumer';
    const s = c.snapshot();
    expect(s.type).toBe('consumer');
    expect(s).toMatchObject({ msg_cnt: 6, msg_size: 550, txmsgs: 10, txmsg_bytes: 1000, rxmsgs: 99 });
    expect(s.topics.orders).toMatchObject({ topic: 'orders', partitions: { 0: { leader: 1, broker: 1 } } });
    expect(s.topics.orders.metadata_age).toBeGreaterThanOrEqual(1500);
    expect(s.topics.orders.partitions[1]).toMatchObject({
      partition: 1,
      leader: 2,
      msgq_cnt: 1,
      fetch_state: 'active',
      hi_offset: 120,
      app_offset: 100,
      committed_offset: 90,
      consumer_lag: 20,
      consumer_lag_stored: 20,
      lo_offset: -1001,
      ls_offset: -1001,
    });
    expect(s.topics.orders.partitions[0]).toMatchObject({ consumer_lag: -1, next_offset: -1001, fetch_state: 'none' });
    // A watched topic without metadata yet is listed with metadata_age -1.
    expect(s.topics.audit).toMatchObject({ topic: 'audit', metadata_age: -1, partitions: {} });
    expect(s.brokers['b1:9092/1'].toppars).toEqual({ 'orders-0': { topic: 'orders', partition: 0 } });
    expect(s.brokers['b2:9092/2'].toppars).toEqual({ 'orders-1': { topic: 'orders', partition: 1 } });
    expect(s.cgrp).toEqual({
      state: 'up',
      stateage: 0,
      join_state: '',
      rebalance_age: -1,
      rebalance_cnt: 2,
      rebalance_reason: '',
      assignment_size: 2,
    });
    remove();
    expect(c.snapshot().msg_cnt).toBe(0);
  });

  it('skips a source that throws and reports it', () => {
    const errors: unknown[] = [];
    const c = new StatsCollector(view(), 'producer', (err) => errors.push(err));
    c.addSource(() => {
      throw new Error('boom');
    });
    c.addSource(() => ({ msg_cnt: 3 }));
    expect(c.snapshot().msg_cnt).toBe(3);
    expect(errors).toHaveLength(1);
  });

  it('stays bounded: one entry per broker address and per API name', () => {
    const c = new StatsCollector(view(), 'producer');
    for (let i = 0; i < 100_000; i++) {
      c.requestSent('b1:9092', 'Produce', 1000);
      c.response('b1:9092', Math.random() * 20, 60, 0);
    }
    const b1 = c.snapshot().brokers['b1:9092/1'];
    expect(Object.keys(b1.req)).toEqual(['Produce']);
    expect(b1.rtt.cnt).toBe(100_000);
    expect(b1.rtt.max).toBeLessThanOrEqual(20_000);
    expect(b1.rtt.p99).toBeGreaterThan(b1.rtt.p50);
  });
});
