import { IllegalOperationError } from '@kafka-aio/protocol';
import { cooperativeStickyAssignor } from './cooperative-sticky.js';
import { rangeAssignor } from './range.js';
import { roundRobinAssignor } from './round-robin.js';
import { stickyAssignor } from './sticky.js';
import type { SynchronousPartitionAssignor } from './types.js';

/** The names of the built-in assignors, as sent in JoinGroup and as Java spells them. */
export type BuiltInAssignorName = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';

const BUILT_IN: Readonly<Record<BuiltInAssignorName, SynchronousPartitionAssignor>> = {
  range: rangeAssignor,
  roundrobin: roundRobinAssignor,
  sticky: stickyAssignor,
  'cooperative-sticky': cooperativeStickyAssignor,
};

/** Every built-in assignor name, in a stable order (for option validation messages). */
export const BUILT_IN_ASSIGNOR_NAMES = Object.keys(BUILT_IN) as readonly BuiltInAssignorName[];

/**
 * The built-in assignor called `name`. The built-ins are stateless, so one shared instance serves
 * every consumer. Throws `IllegalOperationError` for an unknown name.
 */
export function builtInAssignor(name: BuiltInAssignorName): SynchronousPartitionAssignor {
  if (!Object.hasOwn(BUILT_IN, name)) {
    throw new IllegalOperationError(
      `unknown partition assignor "${name}"; the built-in ones are ${BUILT_IN_ASSIGNOR_NAMES.join(', ')}`,
    );
  }
  return BUILT_IN[name];
}
