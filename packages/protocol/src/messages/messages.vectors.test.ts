import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../errors/kafka-error.js';
import { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { API_BY_KEY, ApiKey } from './api-table.js';
import { ApiVersionsApi, type ApiVersionsResponse } from './api-versions.js';
import { ConsumerGroupHeartbeatApi } from './consumer-group-heartbeat.js';
import {
  deserializeConsumerProtocolSubscription,
  serializeConsumerProtocolSubscription,
} from './consumer-protocol-subscription.js';
import { FetchApi } from './fetch.js';
import { MetadataApi } from './metadata.js';
import { ProduceApi } from './produce.js';
import { decodeRequestHeader, encodeRequestHeader } from './request-header.js';
import { decodeResponseHeader, encodeResponseHeader } from './response-header.js';

// Byte vectors computed by hand from the protocol documentation. A round trip cannot catch a
// mistake made identically by encoder and decoder (say, a compact string where Kafka uses an
// int16 length); these can. (The generated codecs were also cross-checked against Kafka's own
// Java classes with codegen/messages/test-support/java-crosscheck.ts.)

function encode(fn: (w: Writer) => void): string {
  const w = new Writer(8);
  fn(w);
  return w.finish().toString('hex');
}

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

describe('request and response headers', () => {
  const header = { requestApiKey: 18, requestApiVersion: 3, correlationId: 7, clientId: 'ab' };

  it('v1: int16 key, int16 version, int32 correlation id, int16-length client id', () => {
    expect(encode((w) => encodeRequestHeader(w, header, 1))).toBe('0012' + '0003' + '00000007' + '0002' + '6162');
  });

  it('v2 keeps the int16-length client id (never compact) and adds an empty tagged section', () => {
    expect(encode((w) => encodeRequestHeader(w, header, 2))).toBe('0012' + '0003' + '00000007' + '0002' + '6162' + '00');
    expect(decodeRequestHeader(new Reader(hex('0012 0003 00000007 ffff 00')), 2)).toEqual({ ...header, clientId: null });
  });

  it('response header v0 is the correlation id; v1 adds a tagged section', () => {
    expect(encode((w) => encodeResponseHeader(w, { correlationId: 7 }, 0))).toBe('00000007');
    expect(encode((w) => encodeResponseHeader(w, { correlationId: 7 }, 1))).toBe('0000000700');
    expect(decodeResponseHeader(new Reader(hex('00000007 00')), 1)).toEqual({ correlationId: 7 });
  });

  it('header versions follow flexibility, except ApiVersions responses, always v0', () => {
    expect([ProduceApi.requestHeaderVersion(8), ProduceApi.requestHeaderVersion(9)]).toEqual([1, 2]);
    expect([ProduceApi.responseHeaderVersion(8), ProduceApi.responseHeaderVersion(9)]).toEqual([0, 1]);
    expect([ApiVersionsApi.requestHeaderVersion(2), ApiVersionsApi.requestHeaderVersion(3)]).toEqual([1, 2]);
    expect([ApiVersionsApi.responseHeaderVersion(2), ApiVersionsApi.responseHeaderVersion(4)]).toEqual([0, 0]);
  });
});

describe('ApiVersions', () => {
  it('v0 request has an empty body', () => {
    expect(encode((w) => ApiVersionsApi.encodeRequest(w, {}, 0))).toBe('');
  });

  it('v3 request: compact strings (length + 1 as a varint) and a tagged section', () => {
    const body = { clientSoftwareName: 'kafka-aio', clientSoftwareVersion: '0.1.0' };
    expect(encode((w) => ApiVersionsApi.encodeRequest(w, body, 3))).toBe(
      '0a' + Buffer.from('kafka-aio').toString('hex') + '06' + Buffer.from('0.1.0').toString('hex') + '00',
    );
  });

  it('v3 response: known tagged field 1 and an unknown tag 9 are written in tag order', () => {
    const res: ApiVersionsResponse = {
      errorCode: 0,
      apiKeys: [{ apiKey: 0, minVersion: 3, maxVersion: 13 }],
      throttleTimeMs: 0,
      finalizedFeaturesEpoch: 5n,
      _unknownTaggedFields: [{ tag: 9, data: Buffer.from([0xab]) }],
    };
    const bytes = '0000' + '02' + '0000' + '0003' + '000d' + '00' + '00000000' + '02' + '01' + '08' + '0000000000000005' + '09' + '01' + 'ab';
    expect(encode((w) => ApiVersionsApi.encodeResponse(w, res, 3))).toBe(bytes);
    const decoded = ApiVersionsApi.decodeResponse(new Reader(hex(bytes)), 3);
    expect(decoded.finalizedFeaturesEpoch).toBe(5n);
    expect(decoded.supportedFeatures).toEqual([]);
    expect(decoded.zkMigrationReady).toBe(false);
    expect(decoded._unknownTaggedFields).toEqual([{ tag: 9, data: Buffer.from([0xab]) }]);
  });

  it('v0 response: fields the version lacks are filled with their defaults', () => {
    const decoded = ApiVersionsApi.decodeResponse(new Reader(hex('0023 00000000')), 0);
    expect(decoded).toEqual({
      errorCode: 35,
      apiKeys: [],
      throttleTimeMs: 0,
      supportedFeatures: [],
      finalizedFeaturesEpoch: -1n,
      finalizedFeatures: [],
      zkMigrationReady: false,
    });
  });
});

describe('Metadata', () => {
  it('v12 request with null topics (all topics): compact null array, defaults for the rest', () => {
    // topics null (00), allowAutoTopicCreation default true (01),
    // includeTopicAuthorizedOperations false (00), empty tagged section (00).
    expect(encode((w) => MetadataApi.encodeRequest(w, { topics: null }, 12))).toBe('00010000');
  });

  it('v1 request with null topics uses the int32 -1 length', () => {
    expect(encode((w) => MetadataApi.encodeRequest(w, { topics: null }, 1))).toBe('ffffffff');
  });

  it('v0 does not allow null topics: a ProtocolError naming message, version and field', () => {
    expect(() => encode((w) => MetadataApi.encodeRequest(w, { topics: null }, 0))).toThrow(
      /MetadataRequest v0: MetadataRequest.Topics is null/,
    );
  });

  it('a non-default value for a non-ignorable field the version lacks is rejected', () => {
    const body = { topics: null, includeClusterAuthorizedOperations: true };
    expect(() => encode((w) => MetadataApi.encodeRequest(w, body, 12))).toThrow(ProtocolError);
    expect(() => encode((w) => MetadataApi.encodeRequest(w, body, 12))).toThrow(/IncludeClusterAuthorizedOperations/);
    // The default value is fine, and so is the field at a version that has it.
    expect(encode((w) => MetadataApi.encodeRequest(w, { ...body, includeClusterAuthorizedOperations: false }, 12))).toBe(
      '00010000',
    );
    expect(encode((w) => MetadataApi.encodeRequest(w, body, 10))).toBe('00' + '01' + '01' + '00' + '00');
  });
});

describe('Produce', () => {
  it('v3 request: nullable transactional id, acks, timeout, topics', () => {
    const body = { acks: -1, timeoutMs: 1000, topicData: [] };
    expect(encode((w) => ProduceApi.encodeRequest(w, body, 3))).toBe('ffff' + 'ffff' + '000003e8' + '00000000');
  });

  it('v13 drops the ignorable topic name silently and sends the topic id', () => {
    const body = {
      acks: 1,
      timeoutMs: 0,
      topicData: [{ name: 'orders', topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitionData: [{ index: 0, records: null }] }],
    };
    expect(encode((w) => ProduceApi.encodeRequest(w, body, 13))).toBe(
      '00' + '0001' + '00000000' + '02' + '00000000000000000000000000000001' + '02' + '00000000' + '00' + '00' + '00' + '00',
    );
  });

  it('a null required field is a ProtocolError naming it', () => {
    const body = { acks: 1, timeoutMs: 0, topicData: null as never };
    expect(() => encode((w) => ProduceApi.encodeRequest(w, body, 9))).toThrow(
      /ProduceRequest v9: ProduceRequest.TopicData is null or missing/,
    );
  });
});

describe('nullable structs carry a presence byte', () => {
  it('ConsumerGroupHeartbeat v0 response: null assignment is -1, a value is 1 then the struct', () => {
    const base = { throttleTimeMs: 0, errorCode: 0, errorMessage: null, memberId: null, memberEpoch: 1, heartbeatIntervalMs: 5 };
    const common = '00000000' + '0000' + '00' + '00' + '00000001' + '00000005';
    expect(encode((w) => ConsumerGroupHeartbeatApi.encodeResponse(w, { ...base, assignment: null }, 0))).toBe(
      common + 'ff' + '00',
    );
    expect(encode((w) => ConsumerGroupHeartbeatApi.encodeResponse(w, { ...base, assignment: { topicPartitions: [] } }, 0))).toBe(
      common + '01' + '01' + '00' + '00',
    );
  });
});

describe('data schemas', () => {
  it('ConsumerProtocolSubscription is written with an int16 version prefix', () => {
    const bytes = serializeConsumerProtocolSubscription({ topics: ['t'], userData: null, ownedPartitions: [] }, 1);
    expect(bytes.toString('hex')).toBe('0001' + '00000001' + '0001' + '74' + 'ffffffff' + '00000000');
  });

  it('a newer subscription version is read as the newest known one', () => {
    const v3 = serializeConsumerProtocolSubscription({ topics: ['t'], generationId: 4, rackId: 'r' }, 3);
    const v9 = Buffer.from(v3);
    v9.writeInt16BE(9, 0);
    expect(deserializeConsumerProtocolSubscription(v9)).toEqual(deserializeConsumerProtocolSubscription(v3));
    expect(deserializeConsumerProtocolSubscription(v3).generationId).toBe(4);
  });
});

describe('the API table', () => {
  it('has all 93 API keys with their version ranges and flexible-from', () => {
    expect(API_BY_KEY.size).toBe(93);
    expect(API_BY_KEY.get(ApiKey.Produce)).toBe(ProduceApi);
    expect(ProduceApi).toMatchObject({ apiKey: 0, name: 'Produce', minVersion: 3, maxVersion: 13, flexibleFrom: 9 });
    expect(FetchApi.listeners).toEqual(['broker', 'controller']);
    expect(API_BY_KEY.get(ApiKey.InitProducerId)?.latestVersionUnstable).toBe(true);
  });

  it('removed APIs have an empty range and refuse every version', () => {
    const removed = [...API_BY_KEY.values()].filter((c) => c.minVersion > c.maxVersion).map((c) => c.name);
    expect(removed.sort()).toEqual(['ControlledShutdown', 'LeaderAndIsr', 'StopReplica', 'UpdateMetadata']);
    expect(() => API_BY_KEY.get(ApiKey.LeaderAndIsr)?.encodeRequest(new Writer(), {}, 0)).toThrow(ProtocolError);
  });

  it('versions outside the range are refused before anything is written', () => {
    const w = new Writer();
    expect(() => ProduceApi.encodeRequest(w, { acks: 1, timeoutMs: 0, topicData: [] }, 2)).toThrow(/not supported/);
    expect(w.offset).toBe(0);
  });
});
