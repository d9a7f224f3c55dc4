/** Binary searches over lists in text order, shared by the extractors and the linker. */
import type { Span } from '../pipeline/types.js';

/** Index of the first item whose `key` is at least `at` (items sorted by key); list.length when none. */
export function firstAtLeast<T>(list: readonly T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const spanEnd = (s: Span) => s.end;

/** Index of the first span that ends after offset `at` (spans in text order, not overlapping). */
export function firstEndingAfter(list: readonly Span[], at: number): number {
  return firstAtLeast(list, at + 1, spanEnd);
}
