import { createHash, createHmac } from 'node:crypto';
import {
  DeleteTopicsApi,
  InvalidConfigError,
  ListGroupsApi,
  OffsetFetchApi,
  ProtocolError,
  UnknownTopicOrPartitionError,
  Writer,
} from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { topicPartition } from '../topic-partition.js';
import {
  aclOperationCode,
  aclOperationName,
  aclPatternTypeCode,
  aclPermissionTypeCode,
  aclResourceTypeCode,
  aclResourceTypeName,
  decodeAuthorizedOperations,
  encodeAclFilter,
} from './acls.js';
import { AIOKafkaAdminClient } from './admin-client.js';
import { configResource } from './configs.js';
import { offsetFetchRequest } from './group-offsets.js';
import { listGroupsRequest } from './groups.js';
import { offsetSpecTimestamp } from './offsets.js';
import { resolveAdminClientOptions } from './options.js';
import { ResultMap } from './results.js';
import { scramSaltedPassword } from './scram.js';
import { deleteTopicsRequest } from './topics.js';

const encodes = (api: { encodeRequest(w: Writer, body: never, v: number): void }, body: unknown, v: number) => () =>
  api.encodeRequest(new Writer(), body as never, v);

describe('admin options', () => {
  it('applies defaults and rejects bad or unknown options by name', () => {
    expect(resolveAdminClientOptions({}).defaultApiTimeoutMs).toBe(60_000);
    expect(() => resolveAdminClientOptions({ defaultApiTimeoutMs: 0 })).toThrow(/defaultApiTimeoutMs/);
    expect(() => new AIOKafkaAdminClient({ defaultApiTimeoutMS: 5 } as never)).toThrow(InvalidConfigError);
    expect(() => new AIOKafkaAdminClient({ defaultApiTimeoutMS: 5 } as never)).toThrow(
      /did you mean "defaultApiTimeoutMs"/,
    );
  });
});

describe('ResultMap', () => {
  it('separates successes and failures and throws the first failure', () => {
    const err = new UnknownTopicOrPartitionError();
    const r = new ResultMap<string, number>([
      ['a', { error: null, value: 1 }],
      ['b', { error: err }],
    ]);
    expect(r.ok).toBe(false);
    expect(r.succeeded()).toEqual(new Map([['a', 1]]));
    expect(r.failed()).toEqual(new Map([['b', err]]));
    expect(() => r.throwIfAnyFailed()).toThrow(err);
    expect(r.getOrThrow('a')).toBe(1);
    expect(() => r.getOrThrow('b')).toThrow(UnknownTopicOrPartitionError);
    expect(() => r.getOrThrow('c')).toThrow(RangeError);
  });
});

describe('request bodies per version', () => {
  it('DeleteTopics names topics in topicNames before v6 and in topics from v6', () => {
    for (let v = DeleteTopicsApi.minVersion; v <= DeleteTopicsApi.maxVersion; v++) {
      const body = deleteTopicsRequest(['a', 'b'], 1000, v);
      expect(encodes(DeleteTopicsApi, body, v)).not.toThrow();
      if (v >= 6) expect(body.topics?.map((t) => t.name)).toEqual(['a', 'b']);
      else expect(body.topicNames).toEqual(['a', 'b']);
    }
    // The wrong shape is refused by the encoder, which is why the body is built per version.
    expect(encodes(DeleteTopicsApi, deleteTopicsRequest(['a'], 1000, 6), 5)).toThrow(ProtocolError);
  });

  it('ListGroups sends state filters from v4 and type filters from v5', () => {
    for (let v = ListGroupsApi.minVersion; v <= ListGroupsApi.maxVersion; v++) {
      const body = listGroupsRequest(['Stable'], ['consumer'], v);
      expect(encodes(ListGroupsApi, body, v)).not.toThrow();
      expect(body.statesFilter).toEqual(v >= 4 ? ['Stable'] : undefined);
      expect(body.typesFilter).toEqual(v >= 5 ? ['consumer'] : undefined);
    }
    expect(encodes(ListGroupsApi, listGroupsRequest(['Stable'], undefined, 4), 3)).toThrow(ProtocolError);
  });

  it('OffsetFetch batches groups from v8 and takes one group before', () => {
    const specs = [{ groupId: 'g1', partitions: [topicPartition('t', 0), topicPartition('t', 2)] }, { groupId: 'g2' }];
    for (let v = OffsetFetchApi.minVersion; v <= 9; v++) {
      if (v >= 8) {
        const body = offsetFetchRequest(specs, true, v);
        expect(encodes(OffsetFetchApi, body, v)).not.toThrow();
        expect(body.groups).toEqual([
          { groupId: 'g1', topics: [{ name: 't', partitionIndexes: [0, 2] }] },
          { groupId: 'g2', topics: null },
        ]);
      } else {
        expect(() => offsetFetchRequest(specs, false, v)).toThrow(/one group/);
        const body = offsetFetchRequest([specs[0]], v >= 7, v);
        expect(encodes(OffsetFetchApi, body, v)).not.toThrow();
        expect(body.groupId).toBe('g1');
      }
    }
  });
});

describe('ACL enums', () => {
  it('maps names to Kafka wire codes and back', () => {
    expect(aclResourceTypeCode('TOPIC')).toBe(2);
    expect(aclResourceTypeCode('CLUSTER')).toBe(4);
    expect(aclResourceTypeCode('USER')).toBe(7);
    expect(aclPatternTypeCode('LITERAL')).toBe(3);
    expect(aclPatternTypeCode('PREFIXED')).toBe(4);
    expect(aclOperationCode('READ')).toBe(3);
    expect(aclOperationCode('IDEMPOTENT_WRITE')).toBe(12);
    expect(aclPermissionTypeCode('ALLOW')).toBe(3);
    expect(aclPermissionTypeCode('DENY')).toBe(2);
    expect(aclOperationName(8)).toBe('DESCRIBE');
    expect(aclResourceTypeName(99)).toBe('UNKNOWN');
    expect(() => aclOperationCode('SING' as never)).toThrow(/unknown operation/);
  });

  it('turns filters into wire filters with ANY for what is left open', () => {
    expect(encodeAclFilter({ principal: 'User:alice' })).toEqual({
      resourceTypeFilter: 1,
      resourceNameFilter: null,
      patternTypeFilter: 1,
      principalFilter: 'User:alice',
      hostFilter: null,
      operation: 1,
      permissionType: 1,
    });
    expect(() => encodeAclFilter({ operation: 'UNKNOWN' })).toThrow(/UNKNOWN/);
  });

  it('decodes authorized-operations bit fields', () => {
    expect(decodeAuthorizedOperations(-2147483648)).toBeNull();
    expect(decodeAuthorizedOperations((1 << 3) | (1 << 4) | (1 << 8))).toEqual(['READ', 'WRITE', 'DESCRIBE']);
  });
});

describe('SCRAM salted password', () => {
  // RFC 7677 §3: user "user", password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==, 4096 iterations.
  it('matches the RFC 7677 SCRAM-SHA-256 exchange', () => {
    const salted = scramSaltedPassword(
      'SCRAM-SHA-256',
      'pencil',
      Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64'),
      4096,
    );
    const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest();
    const clientKey = hmac(salted, 'Client Key');
    const storedKey = createHash('sha256').update(clientKey).digest();
    const nonce = 'rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0';
    const authMessage = `n=user,r=rOprNGfwEbeRWgbNEkqO,r=${nonce},s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,c=biws,r=${nonce}`;
    const signature = hmac(storedKey, authMessage);
    const proof = Buffer.from(clientKey.map((b, i) => b ^ signature[i]));
    expect(proof.toString('base64')).toBe('dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=');
    const serverSignature = hmac(hmac(salted, 'Server Key'), authMessage);
    expect(serverSignature.toString('base64')).toBe('6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=');
  });

  it('uses the hash length of the mechanism', () => {
    expect(scramSaltedPassword('SCRAM-SHA-512', 'x', Buffer.alloc(16), 4096)).toHaveLength(64);
    expect(scramSaltedPassword('SCRAM-SHA-256', 'x', Buffer.alloc(16), 4096)).toHaveLength(32);
  });
});

describe('small value helpers', () => {
  it('interns config resources and maps offset specs to wire timestamps', () => {
    expect(configResource('TOPIC', 'a')).toBe(configResource('TOPIC', 'a'));
    expect(configResource('BROKER', 1)).toBe(configResource('BROKER', '1'));
    expect(offsetSpecTimestamp('earliest')).toBe(-2n);
    expect(offsetSpecTimestamp('latest')).toBe(-1n);
    expect(offsetSpecTimestamp('maxTimestamp')).toBe(-3n);
    expect(offsetSpecTimestamp({ timestamp: 1700000000000 })).toBe(1700000000000n);
  });
});
