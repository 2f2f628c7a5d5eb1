import { arm, waitFor } from '../notifier.js';

/**
 * Whether the application still polls: a member that makes no getOne/getMany call for
 * `maxPollIntervalMs` leaves its group so the partitions move on, and rejoins on the next call.
 * Shared by the classic and the KIP-848 group implementations.
 */
export class PollTracker {
  private polls = 0;
  private lastPollEnd = performance.now();
  /** Set once the member left for lack of polls; cleared by the next poll. */
  timedOut = false;

  constructor(private readonly maxPollIntervalMs: number) {}

  /** Starts the clock afresh (the member just started). */
  reset(): void {
    this.lastPollEnd = performance.now();
  }

  /** A get* call began; true when it is the first after a poll timeout, so the member rejoins. */
  started(): boolean {
    this.polls++;
    if (!this.timedOut) return false;
    this.timedOut = false;
    return true;
  }

  ended(): void {
    this.polls--;
    this.lastPollEnd = performance.now();
  }

  /** True when no get* call is running and the last one ended more than `maxPollIntervalMs` ago. */
  expired(): boolean {
    return this.polls === 0 && performance.now() - this.lastPollEnd > this.maxPollIntervalMs;
  }
}

/** Settles once, with the member's first assignment or with the error that prevents it. */
export class FirstAssignment {
  private settled = false;
  private resolveFirst!: () => void;
  private rejectFirst!: (e: Error) => void;
  private readonly promise = new Promise<void>((resolve, reject) => {
    this.resolveFirst = resolve;
    this.rejectFirst = reject;
  });

  constructor() {
    // Nobody may be waiting (assign-less starts); the error also reaches the application elsewhere.
    this.promise.catch(() => undefined);
  }

  get done(): boolean {
    return this.settled;
  }

  resolve(): void {
    if (this.settled) return;
    this.settled = true;
    this.resolveFirst();
  }

  reject(err: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.rejectFirst(err);
  }

  /** Waits for the first assignment; `signal` rejects the wait (not the assignment) with AbortError. */
  wait(signal?: AbortSignal): Promise<void> {
    if (!signal) return this.promise;
    return Promise.race([this.promise, waitFor(arm(), Number.POSITIVE_INFINITY, signal).then(() => undefined)]);
  }
}
