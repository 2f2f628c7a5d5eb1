/**
 * The links an object carries to be a member of a {@link LinkedSet}. An object is on at most one
 * set at a time; only the set writes these fields.
 */
export interface SetLinks<T> {
  linkPrev: T | null;
  linkNext: T | null;
  /** The set the object is a member of (compared by identity). */
  linkedIn: object | null;
}

/** What readers of a {@link LinkedSet} may use. */
export interface ReadonlyLinkedSet<T> extends Iterable<T> {
  readonly size: number;
  readonly first: T | null;
  has(item: T): boolean;
  toArray(): T[];
  following(item: T, ahead: T | null): T | null;
}

/**
 * A set kept in insertion order as a list linked through its members (each carries
 * {@link SetLinks}). Adding and deleting allocate nothing. A long-lived `Set` or `Map` that gains
 * and loses members all the time allocates a rehashed table every few changes, and because the
 * set itself lives in the old generation those tables are promoted there: a client that does this
 * per request or per batch makes V8 run a mark-compact every second or so (measured on Node 24,
 * where each is a latency spike). Use this for membership that changes per request or per batch.
 */
export class LinkedSet<T extends SetLinks<T>> implements ReadonlyLinkedSet<T> {
  private head: T | null = null;
  private tail: T | null = null;
  private count = 0;

  /** How many members the set has. */
  get size(): number {
    return this.count;
  }

  /** The oldest member, or null when the set is empty. */
  get first(): T | null {
    return this.head;
  }

  /** Whether `item` is a member of this set. */
  has(item: T): boolean {
    return item.linkedIn === this;
  }

  /** Appends `item` unless it is already a member; throws if it is a member of another set. */
  add(item: T): this {
    if (item.linkedIn === this) return this;
    if (item.linkedIn !== null) throw new Error('LinkedSet: the item is a member of another set');
    item.linkedIn = this;
    item.linkPrev = this.tail;
    item.linkNext = null;
    if (this.tail) this.tail.linkNext = item;
    else this.head = item;
    this.tail = item;
    this.count++;
    return this;
  }

  /**
   * Removes `item`; returns whether it was a member. The item keeps its forward link (until it is
   * added again), so a walk standing on it, or on a member deleted before it, finds its way on.
   */
  delete(item: T): boolean {
    if (item.linkedIn !== this) return false;
    if (item.linkPrev) item.linkPrev.linkNext = item.linkNext;
    else this.head = item.linkNext;
    if (item.linkNext) item.linkNext.linkPrev = item.linkPrev;
    else this.tail = item.linkPrev;
    item.linkPrev = null;
    item.linkedIn = null;
    this.count--;
    return true;
  }

  /** Moves a member to the back (a round robin's "next turn"); does nothing for a non-member. */
  moveToBack(item: T): void {
    if (this.delete(item)) this.add(item);
  }

  /** Removes every member. */
  clear(): void {
    for (let item = this.head; item !== null; item = item.linkNext) {
      item.linkPrev = null;
      item.linkedIn = null;
    }
    this.head = this.tail = null;
    this.count = 0;
  }

  /**
   * The members, oldest first, members added during the walk included. The walk may change the
   * set: members deleted before the walk reaches them are not visited, and the member just
   * visited may be deleted or moved to the back (then it is visited again at the end, so a walk
   * that moves every member it visits never ends). A member
   * not yet visited that is moved or re-added may make the walk skip to it; members added after
   * the walk's last member was deleted are left for the next walk.
   */
  *[Symbol.iterator](): Iterator<T> {
    for (let item = this.head; item !== null; ) {
      const ahead = item.linkNext;
      yield item;
      item = this.following(item, ahead);
    }
  }

  /**
   * The step of a walk, for hot paths that walk without a generator: `ahead` is `item.linkNext`
   * read before the walk's body ran for `item`. Same rules as the iterator:
   * `for (let x = set.first; x !== null; ) { const ahead = x.linkNext; ...; x = set.following(x, ahead); }`
   */
  following(item: T, ahead: T | null): T | null {
    // `ahead` stays right if the member was moved to the back; at the tail, look again for
    // members added since. Deleted members keep their forward link: follow it past them.
    let next = ahead ?? item.linkNext;
    while (next !== null && next.linkedIn !== this) next = next.linkNext;
    return next;
  }

  /** The members as an array, oldest first (for a walk that changes the set). */
  toArray(): T[] {
    const out: T[] = [];
    for (let item = this.head; item !== null; item = item.linkNext) out.push(item);
    return out;
  }
}
