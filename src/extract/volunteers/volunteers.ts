/**
 * Volunteer counts (SPEC 3, Volunteer): every occurrence, with the sentence it
 * is in. Spans are found in find-counts.ts; union and date stay null for the linker.
 */
import type { Volunteer } from '../../schema/record.js';
import type { ExtractContext, Span } from '../../pipeline/types.js';
import { findVolunteerCounts } from './find-counts.js';
import { rolesFor } from './roles.js';

/** The sentence holding `start` (sentences are in text order: binary search), or the span itself. */
function sentenceAround(sentences: readonly Span[], start: number, end: number): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (s.end <= start) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else return s;
  }
  return { start, end };
}

export function extractVolunteers(ctx: ExtractContext): Volunteer[] {
  const { text, layout } = ctx;
  const counts = findVolunteerCounts(text, { roles: rolesFor(layout.region) });
  // a loop that pushes, not map(): map() made arrays of another elements kind now and then,
  // and the linker, which reads every report's list, was compiled again for each new kind
  const out: Volunteer[] = [];
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    const s = sentenceAround(layout.sentences, c.start, c.end);
    out.push({
      text: text.slice(c.start, c.end),
      count: c.count,
      approx: c.approx,
      role: c.role,
      union: null,
      date: null,
      start: c.start,
      end: c.end,
      sentence: text.slice(s.start, Math.max(s.end, c.end)),
    });
  }
  return out;
}
