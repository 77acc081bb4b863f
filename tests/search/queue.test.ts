import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BestFirstQueue, FifoQueue } from '../../src/search/queue.ts';

describe('BestFirstQueue', () => {
  it('pops in descending priority, ties in insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 200 }), (priorities) => {
        const queue = new BestFirstQueue<number>();
        priorities.forEach((p, i) => queue.push(i, p));
        const popped: number[] = [];
        for (let item = queue.pop(); item !== undefined; item = queue.pop()) popped.push(item);
        const expected = priorities.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p || a.i - b.i).map((e) => e.i);
        expect(popped).toEqual(expected);
        expect(queue.size).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('interleaves pushes and pops correctly', () => {
    const queue = new BestFirstQueue<string>();
    queue.push('a', -1);
    queue.push('b', -0.5);
    expect(queue.pop()).toBe('b');
    queue.push('c', -2);
    queue.push('d', -0.1);
    expect([queue.pop(), queue.pop(), queue.pop(), queue.pop()]).toEqual(['d', 'a', 'c', undefined]);
  });

  it('refuses a NaN priority', () => {
    expect(() => new BestFirstQueue<number>().push(1, Number.NaN)).toThrow(/NaN/u);
  });
});

describe('FifoQueue', () => {
  it('pops in insertion order', () => {
    const queue = new FifoQueue<number>();
    for (let i = 0; i < 3000; i += 1) queue.push(i);
    const popped: number[] = [];
    for (let item = queue.pop(); item !== undefined; item = queue.pop()) popped.push(item);
    expect(popped).toEqual(Array.from({ length: 3000 }, (_, i) => i));
  });
});
