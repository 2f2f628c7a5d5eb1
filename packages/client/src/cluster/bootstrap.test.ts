// Bootstrap against brokers that are not there yet, never will be, or cannot be named (issue 11):
// start() keeps trying within bootstrapTimeoutMs, and fails at once only when retrying cannot help.
import { ConnectionError, NoBrokersAvailableError } from '@kafka-aio/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, ScriptedBroker } from '../../test/support/scripted-broker.js';
import { AIOKafkaAdminClient } from '../admin/admin-client.js';

let broker: ScriptedBroker | undefined;
afterEach(async () => {
  await broker?.stop();
  broker = undefined;
});

const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

/** A logger that resolves `firstRefusal` when the client first reports a refused connection. */
function refusalWatch() {
  let refused!: () => void;
  const firstRefusal = new Promise<void>((r) => {
    refused = r;
  });
  const logger = { warn: (message: string) => message.startsWith('cannot connect') && refused() };
  return { firstRefusal, logger };
}

describe('bootstrap', () => {
  it('a broker that starts after the client: start() keeps trying and succeeds', async () => {
    const port = await freePort();
    const { firstRefusal, logger } = refusalWatch();
    const admin = new AIOKafkaAdminClient({
      bootstrapServers: `127.0.0.1:${port}`,
      retryBackoffMs: 20,
      retryBackoffMaxMs: 100,
      logger,
    });
    const started = admin.start();
    await firstRefusal; // the client met a closed port at least once
    broker = await ScriptedBroker.start([], port);
    await started;
    expect(broker.received('Metadata').length).toBeGreaterThan(0);
    await admin.stop();
  });

  it('bootstrapTimeoutMs bounds the retries: NoBrokersAvailableError after several rounds', async () => {
    const port = await freePort();
    const admin = new AIOKafkaAdminClient({
      bootstrapServers: `127.0.0.1:${port}`,
      bootstrapTimeoutMs: 300,
      retryBackoffMs: 20,
      retryBackoffMaxMs: 50,
    });
    const error = await failureOf(admin.start());
    expect(error).toBeInstanceOf(NoBrokersAvailableError);
    expect((error as Error).message).toMatch(/\d+ rounds in 300 ms/);
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
    await admin.stop();
  });

  it('bootstrapTimeoutMs: 0 tries each address once', async () => {
    const port = await freePort();
    const admin = new AIOKafkaAdminClient({ bootstrapServers: `127.0.0.1:${port}`, bootstrapTimeoutMs: 0 });
    const error = await failureOf(admin.start());
    expect(error).toBeInstanceOf(NoBrokersAvailableError);
    expect((error as Error).message).not.toMatch(/rounds/);
    await admin.stop();
  });

  it('a name that does not resolve fails at once, without waiting out bootstrapTimeoutMs', async () => {
    const admin = new AIOKafkaAdminClient({
      bootstrapServers: 'no-such-broker.invalid:9092',
      bootstrapTimeoutMs: 600_000,
    });
    const error = await failureOf(admin.start());
    expect(error).toBeInstanceOf(NoBrokersAvailableError);
    expect((error as Error).message).not.toMatch(/rounds/);
    const cause = (error as Error).cause;
    expect(cause).toBeInstanceOf(ConnectionError);
    expect((cause as ConnectionError).permanent).toBe(true);
    await admin.stop();
  });

  it('stop() during the wait between rounds ends start() at once', async () => {
    const port = await freePort();
    const { firstRefusal, logger } = refusalWatch();
    const admin = new AIOKafkaAdminClient({
      bootstrapServers: `127.0.0.1:${port}`,
      bootstrapTimeoutMs: 600_000,
      retryBackoffMs: 60_000,
      retryBackoffMaxMs: 60_000,
      logger,
    });
    const started = failureOf(admin.start());
    await firstRefusal;
    await admin.stop();
    expect(await started).toBeInstanceOf(Error);
  });
});
