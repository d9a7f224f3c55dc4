import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countBelow, firstAtLeast, firstEndingAfter, firstStartingFrom, inTextOrder } from '../src/text/search.js';

/** Spans in text order, not overlapping, from sorted gaps and lengths. */
const spans = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 5 })), { maxLength: 30 }).map((parts) => {
  let at = 0;
  return parts.map(([gap, len]) => {
    const start = at + gap;
    at = start + len;
    return { start, end: at };
  });
});

describe('written-out binary searches give what firstAtLeast gives with the same key', () => {
  it('countBelow', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 200 })), fc.integer({ min: -30, max: 220 }), (xs, at) => {
        const sorted = [...xs].sort((a, b) => a - b);
        expect(countBelow(sorted, at)).toBe(firstAtLeast(sorted, at, (x) => x));
      }),
    );
  });
  it('firstStartingFrom and firstEndingAfter', () => {
    fc.assert(
      fc.property(spans, fc.integer({ min: -5, max: 200 }), (list, at) => {
        expect(firstStartingFrom(list, at)).toBe(firstAtLeast(list, at, (s) => s.start));
        expect(firstEndingAfter(list, at)).toBe(firstAtLeast(list, at + 1, (s) => s.end));
      }),
    );
  });
});

describe('inTextOrder', () => {
  it('gives a list already in order back as it is, and sorts a copy of one that is not', () => {
    const inOrder = [{ start: 1 }, { start: 1 }, { start: 5 }];
    expect(inTextOrder(inOrder)).toBe(inOrder);
    const shuffled = [{ start: 5 }, { start: 1 }, { start: 3 }];
    const sorted = inTextOrder(shuffled);
    expect(sorted.map((x) => x.start)).toEqual([1, 3, 5]);
    expect(shuffled.map((x) => x.start)).toEqual([5, 1, 3]);
  });
});
