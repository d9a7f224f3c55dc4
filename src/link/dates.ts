/**
 * The date of the act a sum or a count belongs to (SPEC 3: the date of the clause that
 * holds it, when its sentence gives one):
 * - the nearest date before it in its part of the sentence (up to a ;), else the nearest after it there;
 * - a date that opens the whole sentence (`截止3月10日,...;...`) reaches over its ; parts;
 * - a newspaper dateline (`本报九江7月10日电`) dates its first paragraph's facts that have none;
 * - never a date a reporter learned something on (`记者1月2日从...获悉`, `8月1日,记者获悉`),
 *   the start or end of a period (`1月7日至2月15日`, `113年1月1日起施行`, `自6月以来`),
 *   nor a dateline when the text says the act was some other time (`近日下拨`).
 */
import type { DateMention } from '../schema/record.js';
import type { Span } from '../pipeline/types.js';

const REPORTED = /获悉|了解到|得知|获知|采访|报道|介绍/;
const RELATIVE = /近日|日前|近期|昨天|昨日|前不久|此前/;

/** The 。-sentence around the i-th sentence: layout sentences joined over a ; that ends one. */
export function fullSentence(text: string, sentences: readonly Span[], i: number): Span | null {
  if (i < 0 || i >= sentences.length) return null;
  const endsWithSemicolon = (s: Span) => /[;；]$/.test(text.slice(s.start, s.end));
  let a = i;
  let b = i;
  while (a > 0 && endsWithSemicolon(sentences[a - 1]!) && sentences[a - 1]!.end >= sentences[a]!.start - 1) a--;
  while (b + 1 < sentences.length && endsWithSemicolon(sentences[b]!) && sentences[b + 1]!.start <= sentences[b]!.end + 1) b++;
  return { start: sentences[a]!.start, end: sentences[b]!.end };
}

/** Whether a date is one end of a period, or the day something took effect from. */
function bounds(text: string, d: DateMention): boolean {
  const after = text.slice(d.end, d.end + 24);
  const before = text.slice(Math.max(0, d.start - 3), d.start);
  if (/^(?:至|到|-|—|~|～)\s*(?:\d{4}年)?\d{0,2}月?\d{1,2}日/.test(after)) return true;
  if (/(?:至|到|-|—|~|～)$/.test(before) && !/截[至止]到?$/.test(before)) return true;
  if (/^(?:起|以来|至今)/.test(after)) return true;
  return /^[^,，。;；]{0,16}以来/.test(after) && /(?:自|从)$/.test(before.slice(-1));
}

/** The dates inside a span (dates in text order), by binary search. */
function within(dates: readonly DateMention[], span: Span): DateMention[] {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: DateMention[] = [];
  for (let k = lo; k < dates.length && dates[k]!.start < span.end; k++) if (dates[k]!.end <= span.end) out.push(dates[k]!);
  return out;
}

const isDateline = (text: string, d: DateMention) => /^(?:电|讯)/.test(text.slice(d.end, d.end + 1));

function usable(text: string, d: DateMention, until: number): boolean {
  if (bounds(text, d) || isDateline(text, d)) return false;
  const between = text.slice(d.end, until);
  const before = text.slice(Math.max(0, d.start - 4), d.start);
  return !REPORTED.test(between) && !/记者\s*$/.test(before);
}

export function dateOf(
  text: string,
  sentence: Span | null,
  part: Span | null,
  paragraph: Span | null,
  dates: readonly DateMention[],
  at: number,
): string | null {
  if (!sentence || !part) return null;
  const inPart = within(dates, part);
  const before = inPart.filter((d) => d.end <= at && usable(text, d, at));
  if (before.length) return before[before.length - 1]!.value;
  // a date after it, in the clause that carries the act on (资助5000元,8月下旬已全部发放); an as-of date (截至) looks forward only
  const after = inPart.filter(
    (d) => d.start >= at && !bounds(text, d) && !isDateline(text, d) && !REPORTED.test(text.slice(at, d.start)) && !/截[至止]到?\s*$/.test(text.slice(Math.max(0, d.start - 3), d.start)),
  );
  if (after.length) return after[0]!.value;
  // a date that opens the whole sentence reaches over its ; parts
  const opening = within(dates, sentence).find((d) => d.start < part.start && /^\s*(?:截[至止]到?|至|到|于)?\s*$/.test(text.slice(sentence.start, d.start)));
  if (opening && usable(text, opening, at)) return opening.value;
  // a dateline dates the facts of its paragraph
  if (paragraph) {
    const line = within(dates, { start: paragraph.start, end: at }).find((d) => isDateline(text, d));
    if (line && !RELATIVE.test(text.slice(line.end, at)) && !REPORTED.test(text.slice(line.end, at))) return line.value;
  }
  return null;
}
