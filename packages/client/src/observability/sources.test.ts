import { describe, expect, it } from 'vitest';
import { consumerPartitionStats } from './sources.js';

describe('consumerPartitionStats', () => {
  const base = {
    tp: { topic: 't', partition: 0 },
    position: 90n,
    fetchState: 'fetching',
    paused: false,
    highwater: 120n,
    lastStableOffset: 100n,
    logStartOffset: 5n,
    rxmsgs: 7,
    rxbytes: 700,
  };

  it('maps positions and watermarks and measures lag to the high watermark', () => {
    expect(consumerPartitionStats([base], { committed: () => 80n })).toEqual([
      {
        topic: 't',
        partition: 0,
        fetch_state: 'active',
        rxmsgs: 7,
        rxbytes: 700,
        next_offset: 90n,
        app_offset: 90n,
        stored_offset: 90n,
        committed_offset: 80n,
        hi_offset: 120n,
        ls_offset: 100n,
        lo_offset: 5n,
        consumer_lag: 30,
      },
    ]);
  });

  it('measures lag to the LSO under read_committed and reports unknowns as such', () => {
    expect(consumerPartitionStats([base], { isolation: 'read_committed' })[0].consumer_lag).toBe(10);
    const [unknown] = consumerPartitionStats([
      {
        ...base,
        position: null,
        highwater: null,
        lastStableOffset: null,
        logStartOffset: null,
        fetchState: 'awaitReset',
      },
    ]);
    expect(unknown).toEqual({
      topic: 't',
      partition: 0,
      fetch_state: 'offset-wait',
      rxmsgs: 7,
      rxbytes: 700,
      consumer_lag: -1,
    });
    expect(consumerPartitionStats([{ ...base, paused: true }])[0].fetch_state).toBe('paused');
  });
});
