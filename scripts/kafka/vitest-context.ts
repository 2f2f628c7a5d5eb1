// Types for `inject('kafka')`. Vitest's ProvidedContext is augmented here, next to the global setup
// that provides the value; a test project sees it once this file is part of its TypeScript program
// (e.g. `import type {} from '../../../scripts/kafka/vitest-context.js'` or a tsconfig `include`).

import type {} from 'vitest';
import type { KafkaTestInfo } from './test-info.js';

export type { KafkaTestInfo } from './test-info.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The broker the integration tests run against (see scripts/kafka/vitest-global-setup.ts). */
    kafka: KafkaTestInfo;
  }
}
