/**
 * Binary searches over lists in text order, for the linker's many questions per fact
 * (which sentence, which dates, which clause marks). The same answers as src/text/search.ts
 * gives, written out per kind of key: a key function shared by every caller in the program
 * is a call the compiler cannot inline, and these run several times per fact.
 */
import type { Span } from '../pipeline/types.js';

/** How many of the sorted numbers are below `at`. */
export function countBelow(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span that starts at `at` or later (spans sorted by start); list.length when none. */
export function firstStartingFrom(list: readonly Span[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span that ends after offset `at` (spans in text order, not overlapping); list.length when none. */
export function firstEndingAfter(list: readonly Span[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
