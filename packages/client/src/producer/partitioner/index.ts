export { DefaultPartitioner, type DefaultPartitionerOptions, type PartitionChoice } from './default-partitioner.js';
export { murmur2, partitionForKey, toPositive } from './murmur2.js';
export {
  pickUniform,
  StickyPartitionTracker,
  type StickyPartitionTrackerOptions,
} from './sticky-partition-tracker.js';
export type { Partitioner, PartitionerContext, StickyPartitionPicker } from './types.js';
