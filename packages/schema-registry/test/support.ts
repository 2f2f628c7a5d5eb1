// Integration test support for the format packages: a real Apicurio Registry (the run's, or one
// started per test file), fresh names, and the raw-protocol topic helpers of the client's tests.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { type RegistryState, startRegistry, stopRegistry } from '../../../scripts/kafka/index.js';
import type {} from '../../../scripts/kafka/vitest-context.js';

export { createTopic, readPartition } from '../../client/test/support/raw-topic.js';

export const kafka = inject('kafka');

/** A fresh topic (and so subject) name. */
export function newTopic(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/**
 * The registry's Confluent-compatible URL: the run's registry when it started one
 * (`KAFKA_AIO_REGISTRY=1`), else an Apicurio started for this file. Call `stop` in afterAll.
 */
export async function useRegistry(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (kafka.registryUrl) return { url: kafka.registryUrl, stop: async () => undefined };
  const state: RegistryState = await startRegistry({ ownerPid: process.pid });
  return { url: state.url, stop: () => stopRegistry(state) };
}
