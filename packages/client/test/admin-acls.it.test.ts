import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SecurityDisabledError } from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type KafkaRunState, runKafkaTool, startSingleNode, stopRun } from '../../../scripts/kafka/index.js';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { type AclBinding, type AclBindingFilter, AIOKafkaAdminClient } from '../src/admin/index.js';

const kafka = inject('kafka');
const name = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

async function until<T>(f: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('AIOKafkaAdminClient: ACLs', () => {
  it('reports SecurityDisabledError on a broker without an authorizer', async () => {
    await using admin = new AIOKafkaAdminClient({ bootstrapServers: kafka.bootstrap });
    await admin.start();
    await expect(admin.describeAcls({}, { timeoutMs: 5_000 })).rejects.toBeInstanceOf(SecurityDisabledError);
  });

  describe.skipIf(kafka.external)('on a broker with StandardAuthorizer', () => {
    let state: KafkaRunState;
    let admin: AIOKafkaAdminClient;
    beforeAll(async () => {
      state = await startSingleNode({ acl: true, version: kafka.version, ownerPid: process.pid });
      admin = new AIOKafkaAdminClient({ bootstrapServers: state.bootstrap });
      await admin.start();
    });
    afterAll(async () => {
      await admin?.stop();
      if (state) await stopRun(state);
    });

    it('creates, describes, enforces and deletes ACLs', async () => {
      const prefix = name('acl');
      const visible = `${prefix}-visible`;
      const hidden = name('hidden');
      await admin
        .createTopics([
          { name: visible, numPartitions: 1 },
          { name: hidden, numPartitions: 1 },
        ])
        .then((r) => r.throwIfAnyFailed());

      const describeBinding: AclBinding = {
        resourceType: 'TOPIC',
        resourceName: `${prefix}-`,
        patternType: 'PREFIXED',
        principal: 'User:alice',
        operation: 'DESCRIBE',
        permissionType: 'ALLOW',
      };
      const denyBinding: AclBinding = {
        resourceType: 'GROUP',
        resourceName: prefix,
        principal: 'User:alice',
        host: '127.0.0.1',
        operation: 'READ',
        permissionType: 'DENY',
      };
      const created = await admin.createAcls([describeBinding, denyBinding]);
      expect(created.ok).toBe(true);
      await expect(admin.createAcls([{ ...describeBinding, operation: 'ANY' }])).rejects.toThrow(/filters only/);

      const filter: AclBindingFilter = { principal: 'User:alice' };
      const listed = await until(
        () => admin.describeAcls(filter),
        (l) => l.length === 2,
      );
      expect(listed).toContainEqual({ ...describeBinding, host: '*' });
      expect(listed).toContainEqual({ ...denyBinding, patternType: 'LITERAL' });
      const matched = await admin.describeAcls({ resourceType: 'TOPIC', resourceName: visible, patternType: 'MATCH' });
      expect(matched).toEqual([{ ...describeBinding, host: '*' }]);

      // Enforcement, checked with Kafka's own tool as alice over SASL PLAIN.
      const saslListener = state.listeners.saslPlaintext;
      if (saslListener) {
        const dir = mkdtempSync(join(tmpdir(), 'adm-acl-'));
        const props = join(dir, 'alice.properties');
        writeFileSync(
          props,
          [
            'security.protocol=SASL_PLAINTEXT',
            'sasl.mechanism=PLAIN',
            `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="alice" password="${state.users.alice.password}";`,
            '',
          ].join('\n'),
        );
        const list = async () => {
          const r = await runKafkaTool(
            state.version,
            'org.apache.kafka.tools.TopicCommand',
            ['--bootstrap-server', saslListener, '--command-config', props, '--list'],
            { timeoutMs: 60_000 },
          );
          expect(r.code, r.stderr).toBe(0);
          return r.stdout.split('\n').map((l) => l.trim());
        };
        const seen = await until(list, (topics) => topics.includes(visible));
        expect(seen).toContain(visible);
        expect(seen).not.toContain(hidden);

        const nobody: AclBindingFilter = { principal: 'User:nobody' };
        const deleted = await admin.deleteAcls([filter, nobody]);
        expect(deleted.getOrThrow(filter)).toHaveLength(2);
        expect(deleted.getOrThrow(nobody)).toEqual([]);
        const after = await until(list, (topics) => !topics.includes(visible));
        expect(after).not.toContain(visible);
      } else {
        (await admin.deleteAcls([filter])).throwIfAnyFailed();
      }
      expect(
        await until(
          () => admin.describeAcls(filter),
          (l) => l.length === 0,
        ),
      ).toEqual([]);
    });

    it('reports authorized operations for the super user', async () => {
      const cluster = await admin.describeCluster({ includeAuthorizedOperations: true });
      expect(cluster.authorizedOperations).toEqual(expect.arrayContaining(['ALTER', 'DESCRIBE', 'CLUSTER_ACTION']));
    });
  });
});
