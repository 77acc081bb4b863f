/**
 * The frontier of the search as a small interface (after Aesop's `Queue`): the loop only pushes
 * and pops, so best-first, breadth-first or a learned order are interchangeable.
 */

export interface SearchQueue<T> {
  push(item: T, priority: number): void;
  /** Removes and returns the item to expand next, or undefined when empty. */
  pop(): T | undefined;
  readonly size: number;
}

/**
 * Max-priority binary heap. Ties pop in insertion order (first pushed, first popped), so a
 * search is deterministic for a deterministic backend and proposer. Parallel typed arrays keep
 * it allocation-free per push: at 10^5 nodes a push or pop is a few dozen comparisons.
 */
export class BestFirstQueue<T> implements SearchQueue<T> {
  private priorities = new Float64Array(64);
  private sequence = new Float64Array(64);
  private items: T[] = [];
  private count = 0;
  private nextSequence = 0;

  get size(): number {
    return this.count;
  }

  push(item: T, priority: number): void {
    if (Number.isNaN(priority)) throw new Error('internal error: NaN priority');
    if (this.count === this.priorities.length) this.grow();
    let i = this.count;
    this.count += 1;
    const seq = this.nextSequence;
    this.nextSequence += 1;
    // Sift up: move parents down until the new entry fits.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(priority, seq, this.priorities[parent]!, this.sequence[parent]!)) break;
      this.place(i, this.priorities[parent]!, this.sequence[parent]!, this.items[parent]!);
      i = parent;
    }
    this.place(i, priority, seq, item);
  }

  pop(): T | undefined {
    if (this.count === 0) return undefined;
    const top = this.items[0]!;
    this.count -= 1;
    const last = this.count;
    if (last > 0) {
      const p = this.priorities[last]!;
      const s = this.sequence[last]!;
      const item = this.items[last]!;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= last) break;
        const right = left + 1;
        let best = left;
        if (right < last && this.before(this.priorities[right]!, this.sequence[right]!, this.priorities[left]!, this.sequence[left]!)) {
          best = right;
        }
        if (!this.before(this.priorities[best]!, this.sequence[best]!, p, s)) break;
        this.place(i, this.priorities[best]!, this.sequence[best]!, this.items[best]!);
        i = best;
      }
      this.place(i, p, s, item);
    }
    this.items.length = this.count;
    return top;
  }

  /** True when (p1, s1) must pop before (p2, s2). */
  private before(p1: number, s1: number, p2: number, s2: number): boolean {
    return p1 > p2 || (p1 === p2 && s1 < s2);
  }

  private place(i: number, priority: number, seq: number, item: T): void {
    this.priorities[i] = priority;
    this.sequence[i] = seq;
    this.items[i] = item;
  }

  private grow(): void {
    const priorities = new Float64Array(this.priorities.length * 2);
    priorities.set(this.priorities);
    const sequence = new Float64Array(this.sequence.length * 2);
    sequence.set(this.sequence);
    this.priorities = priorities;
    this.sequence = sequence;
  }
}

/** First in, first out: breadth-first search, a baseline for comparisons. */
export class FifoQueue<T> implements SearchQueue<T> {
  private items: T[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  pop(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head]!;
    this.head += 1;
    // Compact now and then so a long search does not keep every popped item alive.
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}
