// Waits on the client's own report that a connection closed (the `kafka-aio:connection:close`
// diagnostics channel), so a test can act once the client has noticed, without a sleep.
import diagnostics_channel from 'node:diagnostics_channel';
import { DIAGNOSTICS_CHANNELS } from '../../src/diagnostics.js';

/** Resolves at the next connection close of the client with `clientId`. Call before causing it. */
export function nextConnectionClose(clientId: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const onClose = (message: unknown) => {
      if ((message as { clientId: string }).clientId !== clientId) return;
      diagnostics_channel.unsubscribe(DIAGNOSTICS_CHANNELS.connectionClose, onClose);
      resolve();
    };
    diagnostics_channel.subscribe(DIAGNOSTICS_CHANNELS.connectionClose, onClose);
  });
}
