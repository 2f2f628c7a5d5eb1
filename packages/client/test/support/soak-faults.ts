// What the soaks and the stop/resume tests share: the network faults a schedule draws from, and a
// clock that dates when the consumer handed a batch out.
import { ConsumerGroupHeartbeatApi, FetchApi, HeartbeatApi, ProduceApi } from '@kafka-aio/protocol';
import type { FaultProxy } from '../../../../scripts/kafka/index.js';

/** One step of a fault schedule: arm a fault on a proxy; the schedule heals it after the step. */
export const NETWORK_FAULTS: Record<string, (p: FaultProxy) => void> = {
  delay: (p) => p.delay(40, 120),
  bandwidth: (p) => p.bandwidth(256 * 1024),
  blackhole: (p) => p.blackhole('toClient'),
  reset: (p) => p.resetAll(),
  refuse: (p) => p.refuse(true).resetAll(),
  'spoil-produce': (p) => p.corruptNextResponse(ProduceApi.apiKey, 'correlationId'),
  'spoil-fetch': (p) => p.corruptNextResponse(FetchApi.apiKey, 'truncate'),
  'spoil-heartbeat': (p) =>
    p
      .corruptNextResponse(HeartbeatApi.apiKey, 'correlationId')
      .corruptNextResponse(ConsumerGroupHeartbeatApi.apiKey, 'correlationId'),
};

/**
 * When the consumer handed a batch out, stamped by a value deserializer (which runs as each record
 * is handed out). A stamp taken after `getMany()` returns could fall after a SIGSTOP that froze the
 * process between the handout and the stamp, and date a handout from before the stop after it.
 */
export function handoutClock() {
  let at: number | undefined;
  return {
    /** Pass as the consumer's `valueDeserializer`. */
    valueDeserializer: (value: Buffer | null) => {
      at ??= Date.now();
      return value;
    },
    /** Before each getMany. */
    reset: () => {
      at = undefined;
    },
    /** After a getMany: when its first record was handed out (now, if none was deserialized). */
    handedOutAt: () => at ?? Date.now(),
  };
}
