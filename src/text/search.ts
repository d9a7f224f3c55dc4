/** Binary searches over lists in text order, shared by the extractors and the linker; and the matches of a global pattern without matchAll's copy of it. */
import type { Span } from '../pipeline/types.js';

/**
 * The list in text order (by start): the list itself when it is in order already, as the
 * stages give their lists, else a sorted copy.
 */
export function inTextOrder<T extends { start: number }>(list: T[]): T[] {
  for (let k = 1; k < list.length; k++) if (list[k - 1]!.start > list[k]!.start) return [...list].sort((a, b) => a.start - b.start);
  return list;
}

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

/*
 * The searches the rules run most, written out per kind of key: a key function shared by
 * every caller is a call the compiler cannot inline, and these run several times per fact.
 * They give what firstAtLeast gives with the same key.
 */

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

/**
 * Every match of a global pattern in `s`, in order, as `s.matchAll(pattern)` gives them
 * for a pattern that never matches the empty string. matchAll copies the pattern on each
 * call; over every sentence that names a union that copy cost more than the search.
 */
export function allMatches(pattern: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s); m !== null; m = pattern.exec(s)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex++; // (not for our patterns: kept so the loop always ends)
  }
  pattern.lastIndex = 0;
  return out;
}

/**
 * The last match of a global pattern in `s`: what the amount rules mean by "the last verb
 * before the sum", "the nearest marker". The last item of `s.matchAll(pattern)`, without
 * matchAll's copy of the pattern (the rules ask for each sum of each report).
 */
export function lastMatch(pattern: RegExp, s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s); m !== null; m = pattern.exec(s)) {
    last = m;
    if (m[0] === '') pattern.lastIndex++; // as matchAll does, step past an empty match
  }
  pattern.lastIndex = 0;
  return last;
}
