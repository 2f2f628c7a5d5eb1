import { IllegalStateError } from '@kafka-aio/protocol';

/**
 * Explicit acknowledgement mode: the next batch was asked for while records of the previous one
 * are still unacknowledged. Acknowledge them (`accept`, `release` or `reject`) and ask again;
 * `unacknowledged` says how many are left. Java throws `IllegalStateException` here.
 */
export class UnacknowledgedRecordsError extends IllegalStateError {
  constructor(
    message: string,
    /** How many records of the previous batch have no acknowledgement yet. */
    readonly unacknowledged: number,
  ) {
    super(message);
  }
}
