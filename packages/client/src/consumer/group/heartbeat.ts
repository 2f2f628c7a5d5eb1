import { Notifier, sleepUnlessNotified } from '../notifier.js';

/**
 * A background loop that calls `beat` every `intervalMs` until stopped, independent of how long
 * the application takes per record: heartbeats run on timers, never from get* calls. `beat`
 * handles its own outcome; the loop only spaces the calls (a slow response delays the next one,
 * it never overlaps). `intervalMs` may change between beats (KIP-848 brokers set it).
 */
export class HeartbeatLoop {
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly wake = new Notifier();

  constructor(
    private readonly beat: () => Promise<void>,
    public intervalMs: number,
  ) {}

  get isRunning(): boolean {
    return this.running;
  }

  /** Starts beating; the first beat waits one interval unless `now`. */
  start(now = false): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run(now);
  }

  /** Sends the next beat right away (KIP-848 acknowledgements, joins). */
  beatNow(): void {
    this.skipWait = true;
    this.wake.notify();
  }

  private skipWait = false;

  /** Stops and waits for a beat in flight. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake.notify();
    await this.loop;
  }

  private async run(now: boolean): Promise<void> {
    let first = now;
    while (this.running) {
      if (!first && !this.skipWait) await sleepUnlessNotified(this.intervalMs, this.wake);
      first = false;
      this.skipWait = false;
      if (!this.running) return;
      await this.beat().catch(() => undefined);
    }
  }
}
