import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Heap bytes still in use after a full garbage collection (for tests of "leaves nothing behind"). */
export function heapUsedAfterGc(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}
