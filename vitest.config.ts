import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the packages by their published names; this maps those names to the sources so
// that a test run never depends on a stale dist/.
const alias = {
  '@kafka-aio/protocol': fileURLToPath(new URL('./packages/protocol/src/index.ts', import.meta.url)),
  '@kafka-aio/client': fileURLToPath(new URL('./packages/client/src/index.ts', import.meta.url)),
  '@kafka-aio/schema-registry': fileURLToPath(new URL('./packages/schema-registry/src/index.ts', import.meta.url)),
  '@kafka-aio/json-schema': fileURLToPath(new URL('./packages/json-schema/src/index.ts', import.meta.url)),
  '@kafka-aio/protobuf': fileURLToPath(new URL('./packages/protobuf/src/index.ts', import.meta.url)),
  '@kafka-aio/avro': fileURLToPath(new URL('./packages/avro/src/index.ts', import.meta.url)),
  '@kafka-aio/opentelemetry': fileURLToPath(new URL('./packages/opentelemetry/src/index.ts', import.meta.url)),
  '@kafka-aio/kafkajs': fileURLToPath(new URL('./packages/kafkajs/src/index.ts', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/codegen/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: ['**/*.it.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['packages/*/test/**/*.it.test.ts', 'test/**/*.it.test.ts'],
          globalSetup: ['scripts/kafka/vitest-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One broker serves every file; files run one after another to keep the 2-core machine calm.
          fileParallelism: false,
        },
      },
    ],
  },
});
