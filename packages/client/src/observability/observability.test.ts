import { ConnectionError, InvalidConfigError, KafkaError, ProduceApi } from '@kafka-aio/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MetadataSnapshot } from '../cluster/metadata.js';
import { resolveCommonOptions } from '../config/common.js';
import { createDebug, debugOutput, enableDebug } from './debug.js';
import { createLog } from './log.js';
import { Observability, type ThrottleEvent } from './observability.js';
import type { StatsClusterView } from './stats-collector.js';
import type { ClientStatistics } from './stats-types.js';

const metadata = new MetadataSnapshot(
  new Map([[7, { nodeId: 7, host: 'b7', port: 9092, rack: null }]]),
  new Map(),
  new Map(),
  7,
  null,
  performance.now(),
);
const view: StatsClusterView = {
  clientId: 'c',
  bootstrapServers: [],
  metadata: () => metadata,
  inFlight: () => [],
  watchedTopics: () => [],
};

function recordingLogger() {
  const records: { level: string; message: string; context: Record<string, unknown> | undefined }[] = [];
  const at =
    (level: string) =>
    (message: string, context?: Record<string, unknown>): void => {
      records.push({ level, message, context });
    };
  return { records, logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

describe('common observability options', () => {
  it('accepts the callbacks and an interval', () => {
    const fn = () => {};
    const o = resolveCommonOptions({
      errorCallback: fn,
      throttleCallback: fn,
      statsCallback: fn,
      statisticsIntervalMs: 1000,
    });
    expect(o).toMatchObject({ errorCallback: fn, throttleCallback: fn, statsCallback: fn, statisticsIntervalMs: 1000 });
    expect(resolveCommonOptions({}).statisticsIntervalMs).toBe(0);
  });

  it.each([
    [{ errorCallback: 'x' }, /option errorCallback must be a function/],
    [{ throttleCallback: {} }, /option throttleCallback must be a function/],
    [{ statsCallback: 1 }, /option statsCallback must be a function/],
    [{ statisticsIntervalMs: -1 }, /option statisticsIntervalMs must be an integer/],
    [{ statisticsIntervalMs: 1.5 }, /option statisticsIntervalMs must be an integer/],
    [{ statsCallback: () => {} }, /option statsCallback needs option statisticsIntervalMs > 0/],
    [{ logger: { warn: 'no' } }, /option logger.warn must be a function/],
  ])('rejects %o', (options, message) => {
    expect(() => resolveCommonOptions(options as never)).toThrow(InvalidConfigError);
    expect(() => resolveCommonOptions(options as never)).toThrow(message);
  });
});

describe('createLog', () => {
  afterEach(() => enableDebug(undefined));

  it('forwards records with a context to the user logger, bound to it', () => {
    const { records, logger } = recordingLogger();
    const log = createLog('cluster', logger);
    expect(log.namespace).toBe('kafka-aio:cluster');
    log.warn('broker gone', { broker: 'b:1' });
    log.debug('detail');
    expect(records).toEqual([
      { level: 'warn', message: 'broker gone', context: { namespace: 'kafka-aio:cluster', broker: 'b:1' } },
      { level: 'debug', message: 'detail', context: { namespace: 'kafka-aio:cluster' } },
    ]);
    class Pinoish {
      lines: string[] = [];
      info(this: Pinoish, m: string) {
        this.lines.push(m);
      }
    }
    const p = new Pinoish();
    createLog('x', p).info('bound');
    expect(p.lines).toEqual(['bound']);
  });

  it('also writes to the debug namespace and survives a throwing logger', () => {
    const lines: string[] = [];
    enableDebug('kafka-aio:unit-log');
    const log = createLog('unit-log', {
      error: () => {
        throw new Error('logger broken');
      },
    });
    const d = createDebug('kafka-aio:unit-log');
    const original = debugOutput.write;
    debugOutput.write = (line) => void lines.push(line);
    try {
      expect(d.enabled).toBe(true);
      expect(() => log.error('bad thing', { n: 1 })).not.toThrow();
    } finally {
      debugOutput.write = original;
    }
    expect(lines.some((l) => l.includes('bad thing'))).toBe(true);
    expect(lines.some((l) => l.includes('the user logger threw'))).toBe(true);
  });
});

describe('Observability', () => {
  const response = (throttleTimeMs: number, broker = 'b7:9092') => ({
    api: ProduceApi,
    version: 9,
    body: { responses: [], throttleTimeMs },
    rttMs: 3,
    broker,
    requestBytes: 100,
    responseBytes: 50,
  });

  it('reports a user callback that threw as a KafkaError naming it, even when errorCallback and the logger throw too', () => {
    const reported: KafkaError[] = [];
    const logged: string[] = [];
    const obs = new Observability(
      resolveCommonOptions({
        errorCallback: (e) => reported.push(e),
        logger: { error: (m: string) => void logged.push(m) },
      }),
      view,
      'consumer',
    );
    const bug = new Error('user code broke');
    obs.callbackThrew('the onCommit callback', bug);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toBeInstanceOf(KafkaError);
    expect(reported[0].message).toBe('the onCommit callback threw: user code broke');
    expect(reported[0].cause).toBe(bug);
    expect(logged).toEqual(['the onCommit callback threw: user code broke']);
    const careless = new Observability(
      resolveCommonOptions({
        errorCallback: () => {
          throw new Error('errorCallback broke');
        },
        logger: {
          error: () => {
            throw new Error('logger broke');
          },
        },
      }),
      view,
      'consumer',
    );
    expect(() => careless.callbackThrew('a delivery callback', 'a string')).not.toThrow();
  });

  it('turns a throttled response into a ThrottleEvent with the broker id', () => {
    const events: ThrottleEvent[] = [];
    const obs = new Observability(resolveCommonOptions({ throttleCallback: (e) => events.push(e) }), view, 'producer');
    obs.response(response(0));
    obs.response(response(1200));
    obs.response(response(5, 'seed:9092'));
    expect(events).toEqual([
      { brokerName: 'b7:9092/7', brokerId: 7, throttleTimeMs: 1200 },
      { brokerName: 'seed:9092/bootstrap', brokerId: -1, throttleTimeMs: 5 },
    ]);
    expect(obs.stats).toBeUndefined(); // statistics off: nothing is collected
  });

  it('reports lost connections and repeated dial failures once, only after start', () => {
    const errors: KafkaError[] = [];
    const { records, logger } = recordingLogger();
    const obs = new Observability(
      resolveCommonOptions({ errorCallback: (e) => errors.push(e), logger }),
      view,
      'admin',
    );
    const lost = new ConnectionError('connection to b7:9092 closed');
    obs.closed('b7:9092', lost, true, 0);
    obs.connectFailed('b7:9092', new ConnectionError('cannot connect'));
    expect(errors).toEqual([]); // before start(): the caller of start() gets the error
    obs.start();
    obs.closed('b7:9092', new ConnectionError('closed by the client'), false, 0);
    obs.closed('b7:9092', lost, true, 2);
    obs.connectFailed('b7:9092', new ConnectionError('refused again'));
    obs.connected('b7:9092');
    obs.connectFailed('b7:9092', new Error('plain error'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe(lost);
    expect(errors[1]).toBeInstanceOf(ConnectionError);
    expect(errors[1]).toMatchObject({ host: 'b7', port: 9092 });
    expect(records.filter((r) => r.level === 'warn').map((r) => r.message)).toEqual([
      'cannot connect to b7:9092',
      'cannot connect to b7:9092',
    ]);
    expect(records.filter((r) => r.level === 'debug').map((r) => r.message)).toEqual([
      'still cannot connect to b7:9092',
    ]);
    obs.stop();
  });

  it('keeps an exception of a user callback away from the client', () => {
    const { records, logger } = recordingLogger();
    const obs = new Observability(
      resolveCommonOptions({
        logger,
        throttleCallback: () => {
          throw new Error('user bug');
        },
      }),
      view,
      'producer',
    );
    expect(() => obs.response(response(10))).not.toThrow();
    expect(records.find((r) => r.level === 'error')?.message).toBe('throttleCallback threw');
  });

  it('emits statistics on its timer and stops with stop()', async () => {
    vi.useFakeTimers();
    try {
      const docs: ClientStatistics[] = [];
      const obs = new Observability(
        resolveCommonOptions({ statsCallback: (s) => docs.push(s), statisticsIntervalMs: 1000 }),
        view,
        'admin',
      );
      obs.register('producer', () => ({ msg_cnt: 4 }));
      obs.requestSent('b7:9092', 'Produce', 10);
      obs.response(response(0));
      obs.start();
      await vi.advanceTimersByTimeAsync(2500);
      expect(docs).toHaveLength(2);
      expect(docs[0]).toMatchObject({ type: 'producer', msg_cnt: 4, tx: 1, rx: 1 });
      expect(docs[0].brokers['b7:9092/7'].rtt.cnt).toBe(1);
      expect(docs[1].brokers['b7:9092/7'].rtt.cnt).toBe(0);
      obs.stop();
      await vi.advanceTimersByTimeAsync(5000);
      expect(docs).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reportError goes to errorCallback and the log', () => {
    const errors: KafkaError[] = [];
    const { records, logger } = recordingLogger();
    const obs = new Observability(
      resolveCommonOptions({ errorCallback: (e) => errors.push(e), logger }),
      view,
      'admin',
    );
    const err = new KafkaError('metadata refresh failed', { retriable: true });
    obs.reportError(err, { what: 'periodic metadata refresh' });
    expect(errors).toEqual([err]);
    expect(records[0]).toMatchObject({ level: 'warn', context: { what: 'periodic metadata refresh', error: err } });
  });
});
