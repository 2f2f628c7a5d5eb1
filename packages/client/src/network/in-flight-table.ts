/**
 * A connection's requests awaiting their response, by correlation id: the few operations a `Map`
 * would give (`get`, `set`, `delete`, `size`, `values`, `clear`) over a power-of-two array indexed
 * by the id's low bits. Ids are handed out in sequence, so the ones in flight at a time occupy
 * different slots until the span between the oldest and the newest outgrows the array, which then
 * doubles. Why not a `Map`: a long-lived Map that gains and loses a key on every request makes V8
 * allocate its rehashed tables in the old generation, and the consumer then paid a mark-compact
 * about every second on Node 24; this array is allocated once per size.
 */
export class InFlightTable<T> {
  private entries: (T | undefined)[] = new Array(16).fill(undefined);
  private ids = new Int32Array(16);
  private count = 0;

  /** Requests in flight. */
  get size(): number {
    return this.count;
  }

  get(id: number): T | undefined {
    const i = id & (this.entries.length - 1);
    return this.ids[i] === id ? this.entries[i] : undefined;
  }

  /** Adds the request `id`; an id already present is replaced. */
  set(id: number, entry: T): void {
    let i = id & (this.entries.length - 1);
    while (this.entries[i] !== undefined && this.ids[i] !== id) {
      this.grow();
      i = id & (this.entries.length - 1);
    }
    if (this.entries[i] === undefined) this.count++;
    this.entries[i] = entry;
    this.ids[i] = id;
  }

  /** Removes the request `id`; false when it was not in flight. */
  delete(id: number): boolean {
    const i = id & (this.entries.length - 1);
    if (this.entries[i] === undefined || this.ids[i] !== id) return false;
    this.entries[i] = undefined;
    this.count--;
    return true;
  }

  /** The requests in flight, oldest (lowest id) first. */
  values(): T[] {
    const live: number[] = [];
    for (let i = 0; i < this.entries.length; i++) if (this.entries[i] !== undefined) live.push(i);
    live.sort((a, b) => this.ids[a] - this.ids[b]);
    return live.map((i) => this.entries[i] as T);
  }

  clear(): void {
    this.entries.fill(undefined);
    this.count = 0;
  }

  private grow(): void {
    const entries = this.entries;
    const ids = this.ids;
    this.entries = new Array(entries.length * 2).fill(undefined);
    this.ids = new Int32Array(entries.length * 2);
    const mask = this.entries.length - 1;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e === undefined) continue;
      // Two live ids never share a slot of a larger table when they shared none in the smaller one.
      this.entries[ids[i] & mask] = e;
      this.ids[ids[i] & mask] = ids[i];
    }
  }
}
