import type { AcknowledgeType } from './types.js';

/** The acknowledge types as the wire has them (ShareFetch / ShareAcknowledge `AcknowledgeTypes`). */
export const AckCode = { GAP: 0, ACCEPT: 1, RELEASE: 2, REJECT: 3, RENEW: 4 } as const;
export type AckCode = (typeof AckCode)[keyof typeof AckCode];

/** The wire code of a public {@link AcknowledgeType}. */
export const ACK_CODES: Readonly<Record<AcknowledgeType, AckCode>> = {
  accept: AckCode.ACCEPT,
  release: AckCode.RELEASE,
  reject: AckCode.REJECT,
  renew: AckCode.RENEW,
};

/** One `AcknowledgementBatch` of a request. */
export interface AckBatch {
  firstOffset: bigint;
  lastOffset: bigint;
  /** One code for the whole range, or one per offset. */
  acknowledgeTypes: number[];
}

/** Runs of identical types longer than this get a batch of their own (one type entry), as Java does. */
const SPLIT_RUN = 10;

/**
 * Encodes one partition's acknowledgements (offset -> code) as request batches: a new batch at
 * every gap in the offsets; a run of more than {@link SPLIT_RUN} identical codes becomes its own
 * single-type batch; a batch whose codes are all the same carries that code once.
 */
export function encodeAcks(acks: ReadonlyMap<bigint, number>): AckBatch[] {
  const offsets = [...acks.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: AckBatch[] = [];
  let i = 0;
  while (i < offsets.length) {
    // A contiguous stretch of offsets.
    let j = i;
    while (j + 1 < offsets.length && offsets[j + 1] === offsets[j] + 1n) j++;
    // Within it, cut out long runs of one code.
    let start = i;
    let k = i;
    while (k <= j) {
      let runEnd = k;
      const code = acks.get(offsets[k]) as number;
      while (runEnd + 1 <= j && acks.get(offsets[runEnd + 1]) === code) runEnd++;
      if (runEnd - k + 1 > SPLIT_RUN) {
        if (k > start) out.push(batch(acks, offsets, start, k - 1));
        out.push({ firstOffset: offsets[k], lastOffset: offsets[runEnd], acknowledgeTypes: [code] });
        start = runEnd + 1;
      }
      k = runEnd + 1;
    }
    if (start <= j) out.push(batch(acks, offsets, start, j));
    i = j + 1;
  }
  return out;
}

function batch(acks: ReadonlyMap<bigint, number>, offsets: bigint[], from: number, to: number): AckBatch {
  const types = offsets.slice(from, to + 1).map((o) => acks.get(o) as number);
  const same = types.every((t) => t === types[0]);
  return { firstOffset: offsets[from], lastOffset: offsets[to], acknowledgeTypes: same ? [types[0]] : types };
}
