/**
 * Calendar dates at day or month precision (SPEC 3, DateMention): every
 * occurrence, in text order. Spans are found in find-dates.ts and valued in
 * date-value.ts; dates on the header lines are the publication date, not
 * mentions. A bare day (`22日`) takes its month from the date before it, if
 * that date is near enough to be the one the text goes on from.
 */
import type { DateMention } from '../../schema/record.js';
import type { ExtractContext } from '../../pipeline/types.js';
import { findDates } from './find-dates.js';
import { dateValue, publicationContext, type DateValue } from './date-value.js';

/** How far back (in characters) a bare day may look for the date that gives its month. */
const MONTH_CONTEXT_REACH = 400;

export function extractDates(ctx: ExtractContext): DateMention[] {
  const { text, layout } = ctx;
  const raws = findDates(text, {
    minguoYears: layout.region === 'TW',
    skip: layout.header.headerSpans,
  });
  const yearCtx = publicationContext(layout.header.publishedAt);
  const out: DateMention[] = [];
  let previous: { value: DateValue; end: number } | null = null;
  for (const raw of raws) {
    const near = previous && (raw.joined || raw.start - previous.end <= MONTH_CONTEXT_REACH) ? previous.value : null;
    const v = dateValue(raw, yearCtx, near);
    if (!v) continue;
    out.push({ text: raw.text, value: v.value, precision: v.precision, start: raw.start, end: raw.end });
    previous = { value: v, end: raw.end };
  }
  return out;
}
