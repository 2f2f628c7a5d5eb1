import { describe, expect, it } from 'vitest';
import {
  AbortError,
  BROKER_ERROR_CLASSES,
  BrokerResponseError,
  ConcurrentTransactionsError,
  ConnectionError,
  CoordinatorLoadInProgressError,
  CoordinatorNotAvailableError,
  CorruptRecordError,
  createKafkaError,
  DeserializationError,
  DuplicateSequenceNumberError,
  ERROR_CODES,
  ErrorCode,
  errorClassForCode,
  errorForCode,
  FencedInstanceIdError,
  InvalidConfigError,
  InvalidConfigurationError,
  InvalidProducerEpochError,
  KafkaError,
  KafkaTimeoutError,
  MessageSizeTooLargeError,
  NotCoordinatorError,
  NotLeaderOrFollowerError,
  OffsetOutOfRangeError,
  OutOfOrderSequenceNumberError,
  ProducerFencedError,
  ProtocolError,
  RebalanceInProgressError,
  RecordTooLargeError,
  RequestTimedOutError,
  SaslAuthenticationError,
  SerializationError,
  TopicAuthorizationFailedError,
  TransactionAbortableError,
  TransactionalIdAuthorizationFailedError,
  UnknownKafkaError,
  UnknownProducerIdError,
  UnknownServerError,
  UnknownTopicOrPartitionError,
  UnsupportedVersionError,
} from './index.js';

const codes = Object.values(ERROR_CODES).map((info) => info.code);

describe('broker error table', () => {
  it('covers every Kafka 4.3.1 code from -1 to 133 except 0', () => {
    const expected = [-1, ...Array.from({ length: 133 }, (_, i) => i + 1)];
    expect([...codes].sort((a, b) => a - b)).toEqual(expected);
    expect(BROKER_ERROR_CLASSES.size).toBe(expected.length);
  });

  it.each(codes)('code %i maps to a class whose code, name and flags match the table', (code) => {
    const info = ERROR_CODES[code];
    const cls = errorClassForCode(code)!;
    expect(cls.code).toBe(code);
    expect(cls.name).toBe(info.className);
    expect(cls.errorName).toBe(info.name);
    const err = createKafkaError(code);
    expect(err).toBeInstanceOf(cls);
    expect(err).toBeInstanceOf(BrokerResponseError);
    expect(err).toBeInstanceOf(KafkaError);
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe(code);
    expect(err.name).toBe(info.className);
    expect(err.message).toBe(info.message);
    expect(err.errorName).toBe(info.name);
    expect(err.retriable).toBe(info.retriable);
    expect(err.invalidMetadata).toBe(info.invalidMetadata);
    expect(err.fatal).toBe(info.fatal);
    expect(err.txnRequiresAbort).toBe(info.txnRequiresAbort);
    expect(ErrorCode[info.name as keyof typeof ErrorCode]).toBe(code);
    // invariants of the flags
    if (err.invalidMetadata) expect(err.retriable).toBe(true);
    if (err.fatal) expect(err.retriable).toBe(false);
  });

  it('matches Java semantics for well-known codes', () => {
    const nlof = new NotLeaderOrFollowerError();
    expect([nlof.code, nlof.retriable, nlof.invalidMetadata, nlof.fatal]).toEqual([6, true, true, false]);
    const utop = new UnknownTopicOrPartitionError();
    expect([utop.code, utop.retriable, utop.invalidMetadata]).toEqual([3, true, true]);
    const tauth = new TopicAuthorizationFailedError();
    expect([tauth.code, tauth.retriable, tauth.fatal, tauth.txnRequiresAbort]).toEqual([29, false, false, true]);
    const fenced = new ProducerFencedError();
    expect([fenced.code, fenced.retriable, fenced.fatal, fenced.txnRequiresAbort]).toEqual([90, false, true, false]);
    const txnAuth = new TransactionalIdAuthorizationFailedError();
    expect([txnAuth.code, txnAuth.fatal]).toEqual([53, true]);
    const oos = new OutOfOrderSequenceNumberError();
    expect([oos.code, oos.retriable, oos.fatal, oos.txnRequiresAbort]).toEqual([45, false, false, true]);
    const dup = new DuplicateSequenceNumberError();
    expect([dup.code, dup.retriable, dup.txnRequiresAbort]).toEqual([46, false, false]);
    const epoch = new InvalidProducerEpochError();
    expect([epoch.code, epoch.retriable, epoch.txnRequiresAbort]).toEqual([47, false, true]);
    expect(new UnknownProducerIdError().txnRequiresAbort).toBe(true);
    expect(new TransactionAbortableError().txnRequiresAbort).toBe(true);
    const load = new CoordinatorLoadInProgressError();
    expect([load.code, load.retriable, load.invalidMetadata]).toEqual([14, true, false]);
    expect([new CoordinatorNotAvailableError().retriable, new NotCoordinatorError().retriable]).toEqual([true, true]);
    expect([new RebalanceInProgressError().code, new RebalanceInProgressError().retriable]).toEqual([27, false]);
    expect([new FencedInstanceIdError().code, new FencedInstanceIdError().fatal]).toEqual([82, true]);
    expect([new RequestTimedOutError().code, new RequestTimedOutError().retriable]).toEqual([7, true]);
    expect([new CorruptRecordError().code, new CorruptRecordError().retriable]).toEqual([2, true]);
    expect([new RecordTooLargeError().code, new RecordTooLargeError().retriable]).toEqual([10, false]);
    expect([new SaslAuthenticationError().code, new UnsupportedVersionError().code]).toEqual([58, 35]);
    expect([new OffsetOutOfRangeError().code, new OffsetOutOfRangeError().retriable]).toEqual([1, false]);
    expect(new ConcurrentTransactionsError().retriable).toBe(false);
    expect([new UnknownServerError().code, new UnknownServerError().retriable]).toEqual([-1, false]);
    expect(new InvalidConfigurationError().code).toBe(40);
  });
});

describe('lookup', () => {
  it('treats code 0 as no error', () => {
    expect(errorForCode(0)).toBeUndefined();
    expect(errorForCode(0, 'ignored', { topic: 't' })).toBeUndefined();
    expect(errorClassForCode(0)).toBeUndefined();
    expect(() => createKafkaError(0)).toThrow(RangeError);
  });

  it('returns UnknownKafkaError carrying unknown codes', () => {
    for (const code of [134, 999, -2, 32767]) {
      const err = errorForCode(code)!;
      expect(err).toBeInstanceOf(UnknownKafkaError);
      expect(err).toBeInstanceOf(KafkaError);
      expect(err.code).toBe(code);
      expect(err.retriable).toBe(false);
      expect(err.message).toContain(String(code));
    }
    expect(createKafkaError(500, 'new broker error').message).toBe('error code 500: new broker error');
  });

  it('uses the broker message when given, the default when null or empty, and appends the context', () => {
    expect(createKafkaError(6, 'leader moved').message).toBe('leader moved');
    expect(createKafkaError(3, null).message).toBe(ERROR_CODES[3].message);
    expect(createKafkaError(3, '').message).toBe(ERROR_CODES[3].message);
    const err = createKafkaError(1, null, { topic: 'orders', partition: 3, offset: 42n, leaderEpoch: undefined });
    expect(err.message).toBe(`${ERROR_CODES[1].message} (topic=orders partition=3 offset=42)`);
    expect(err.context).toBe('topic=orders partition=3 offset=42');
    expect(createKafkaError(16, 'x', 'group=billing').message).toBe('x (group=billing)');
    expect(new NotLeaderOrFollowerError(undefined, { context: { topic: 'a' } }).context).toBe('topic=a');
  });

  it('produces a complete toJSON', () => {
    const err = createKafkaError(6, 'moved', { topic: 'orders', partition: 3 });
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'NotLeaderOrFollowerError',
      code: 6,
      message: 'moved (topic=orders partition=3)',
      retriable: true,
      invalidMetadata: true,
      fatal: false,
      txnRequiresAbort: false,
      errorName: 'NOT_LEADER_OR_FOLLOWER',
      context: 'topic=orders partition=3',
    });
    expect(new ProtocolError('bad bytes').toJSON()).toEqual({
      name: 'ProtocolError',
      code: -1,
      message: 'bad bytes',
      retriable: false,
      invalidMetadata: false,
      fatal: false,
      txnRequiresAbort: false,
    });
  });

  it('keeps the cause', () => {
    const cause = new Error('socket');
    expect(new NotCoordinatorError('x', { cause }).cause).toBe(cause);
  });
});

describe('client errors', () => {
  it('are KafkaErrors with their own names and flags', () => {
    const timeout = new KafkaTimeoutError('no response within 30000 ms', { timeoutMs: 30000 });
    expect(timeout).toBeInstanceOf(KafkaError);
    expect([timeout.name, timeout.code, timeout.retriable, timeout.timeoutMs]).toEqual([
      'KafkaTimeoutError',
      -1,
      true,
      30000,
    ]);
    expect(timeout).not.toBeInstanceOf(RequestTimedOutError);

    const conn = new ConnectionError('refused', { host: '127.0.0.1', port: 9092, cause: new Error('ECONNREFUSED') });
    expect([conn.retriable, conn.invalidMetadata, conn.address]).toEqual([true, true, '127.0.0.1:9092']);
    expect(new ConnectionError('x', { host: '::1', port: 9092 }).address).toBe('[::1]:9092');
    expect(new ConnectionError('x').address).toBeUndefined();

    const cfg = new InvalidConfigError('option acks must be one of 0, 1, -1, "all", got 2', {
      option: 'acks',
      accepted: '0, 1, -1, "all"',
    });
    expect([cfg.name, cfg.option, cfg.retriable]).toEqual(['InvalidConfigError', 'acks', false]);
    expect(cfg).not.toBeInstanceOf(InvalidConfigurationError);
  });

  it('MessageSizeTooLargeError is a RecordTooLargeError', () => {
    const err = new MessageSizeTooLargeError(2_000_000, 1_048_576);
    expect(err).toBeInstanceOf(RecordTooLargeError);
    expect(err).toBeInstanceOf(KafkaError);
    expect([err.name, err.code, err.size, err.maxSize]).toEqual(['MessageSizeTooLargeError', 10, 2_000_000, 1_048_576]);
    expect(err.message).toContain('2000000');
  });

  it('(de)serialization errors carry where the record belongs', () => {
    const ser = new SerializationError('value serializer failed', { topic: 'orders', field: 'value' });
    expect(ser.message).toBe('value serializer failed (topic=orders field=value)');
    const de = new DeserializationError('bad avro', { topic: 'orders', partition: 2, offset: 17n, field: 'key' });
    expect([de.topic, de.partition, de.offset, de.field]).toEqual(['orders', 2, 17n, 'key']);
    expect(de.message).toBe('bad avro (topic=orders partition=2 offset=17 field=key)');
  });

  it('AbortError follows the AbortError naming convention and keeps signal.reason', () => {
    const controller = new AbortController();
    controller.abort();
    const err = AbortError.fromSignal(controller.signal, 'Produce to broker 1');
    expect(err.name).toBe('AbortError');
    expect(err).toBeInstanceOf(KafkaError);
    expect(err.cause).toBe(controller.signal.reason);
    expect((err.cause as Error).name).toBe('AbortError');
    expect(err.message).toBe('Produce to broker 1 was aborted');
  });
});
