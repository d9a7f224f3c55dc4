/**
 * The date of the act a sum or a count belongs to (SPEC 3: the date of the clause that
 * holds it, when its sentence gives one):
 * - the nearest date before it in its part of the sentence (up to a ;), else the nearest after it there;
 * - a date that opens the whole sentence (`截止3月10日,...;...`) reaches over its ; parts;
 * - a newspaper dateline (`本报九江7月10日电`) dates its first paragraph's facts that have none;
 * - never a date a reporter learned something on (`记者1月2日从...获悉`, `8月1日,记者获悉`),
 *   the start or end of a period (`1月7日至2月15日`, `113年1月1日起施行`, `自6月以来`),
 *   nor a dateline when the text says the act was some other time (`近日下拨`).
 *
 * Every question is a binary search over positions found once per report (dates, datelines,
 * the words of reporting), so a run-on page with thousands of dates in one sentence stays linear;
 * no more than DATES_AROUND dates on either side of a fact are weighed.
 */
import type { DateMention } from '../schema/record.js';
import type { Span } from '../pipeline/types.js';
import { countBelow, firstStartingFrom } from '../text/search.js';

const REPORTED = /获悉|了解到|得知|获知|采访|报道|介绍/g;
const RELATIVE = /近日|日前|近期|昨天|昨日|前不久|此前/g;
/** How many dates before (and after) a fact in its part of the sentence are weighed at most. */
const DATES_AROUND = 40;

/** The 。-sentence around the i-th sentence: layout sentences joined over a ; that ends one. */
export function fullSentence(text: string, sentences: readonly Span[], i: number): Span | null {
  if (i < 0 || i >= sentences.length) return null;
  // (its last character: a regex anchored at the end would still scan the sentence from its start)
  const endsWithSemicolon = (s: Span) => s.end > s.start && isSemicolon(text.charCodeAt(s.end - 1));
  let a = i;
  let b = i;
  while (a > 0 && endsWithSemicolon(sentences[a - 1]!) && sentences[a - 1]!.end >= sentences[a]!.start - 1) a--;
  while (b + 1 < sentences.length && endsWithSemicolon(sentences[b]!) && sentences[b + 1]!.start <= sentences[b]!.end + 1) b++;
  return { start: sentences[a]!.start, end: sentences[b]!.end };
}

/** ; or ；. */
const isSemicolon = (c: number) => c === 0x3b || c === 0xff1b;

/** Whether a date is one end of a period, or the day something took effect from. */
function bounds(text: string, d: DateMention): boolean {
  const after = text.slice(d.end, d.end + 24);
  const before = text.slice(Math.max(0, d.start - 3), d.start);
  if (/^(?:至|到|-|—|~|～)\s*(?:\d{4}年)?\d{0,2}月?\d{1,2}日/.test(after)) return true;
  if (/(?:至|到|-|—|~|～)$/.test(before) && !/截[至止]到?$/.test(before)) return true;
  if (/^(?:起|以来|至今)/.test(after)) return true;
  return /^[^,，。;；]{0,16}以来/.test(after) && /(?:自|从)$/.test(before.slice(-1));
}


/**
 * Every place a word of `words` occurs (overlapping ones too), to ask "does one lie wholly
 * inside [from, to)" by binary search: the same answer as testing the slice, without slicing.
 */
function occurrences(text: string, words: RegExp): (from: number, to: number) => boolean {
  const starts: number[] = [];
  let minEnd: number[] | undefined;
  // (the text is scanned on the first question: many reports never ask)
  const scan = () => {
    const ends: number[] = [];
    // (`words` is global: its lastIndex walks the text, and is left at 0 for the next report)
    const re = words;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      re.lastIndex = m.index + 1;
    }
    // the smallest end among the occurrences from the k-th on
    for (let k = ends.length - 2; k >= 0; k--) ends[k] = Math.min(ends[k]!, ends[k + 1]!);
    return ends;
  };
  return (from, to) => {
    minEnd ??= scan();
    const k = countBelow(starts, from);
    return k < starts.length && minEnd[k]! <= to;
  };
}

/** Whether 电 or 讯 follows the date (a dateline: 本报九江7月10日电). */
const isDateline = (text: string, d: DateMention) => {
  const next = text[d.end];
  return next === '电' || next === '讯';
};

/**
 * The date of the act at `at`, given its 。-sentence, its part of it (up to a ;) and its
 * paragraph; built once per report over its dates (in text order).
 */
export function dateFinder(
  text: string,
  dates: readonly DateMention[],
): (sentence: Span | null, part: Span | null, paragraph: Span | null, at: number) => string | null {
  const datelines = dates.filter((d) => isDateline(text, d));
  /** Whether a word of reporting (获悉, 采访...) lies inside [from, to). */
  const reportedIn = occurrences(text, REPORTED);
  /** Whether a relative time word (近日...) lies inside [from, to). */
  const relativeIn = occurrences(text, RELATIVE);
  // what rules a date out whatever the fact, weighed once per date (a date is weighed for each fact near it):
  // 1 = one end of a period or a dateline, 2 = also not after 记者; 0 = not weighed yet
  const weighed = new Uint8Array(dates.length);
  const boundsOrDateline = (k: number) => {
    if (!weighed[k]) {
      const d = dates[k]!;
      const out = bounds(text, d) || isDateline(text, d);
      weighed[k] = out ? 1 : /记者\s*$/.test(text.slice(Math.max(0, d.start - 4), d.start)) ? 2 : 3;
    }
    return weighed[k] === 1;
  };
  /** Whether the k-th date can date an act that ends by `until`. */
  const usable = (k: number, until: number) => {
    if (boundsOrDateline(k)) return false;
    return !reportedIn(dates[k]!.end, until) && weighed[k] !== 2;
  };

  return (sentence, part, paragraph, at) => {
    if (!sentence || !part) return null;
    // the part's dates: those starting in [part.start, part.end) and ending by part.end
    const first = firstStartingFrom(dates, part.start);
    const split = firstStartingFrom(dates, at);
    const limit = firstStartingFrom(dates, part.end);
    const inPart = (d: DateMention) => d.end <= part.end;
    // the nearest usable date before it (a word of reporting between rules out every earlier one too)
    for (let k = Math.min(split, limit) - 1, n = 0; k >= first && n < DATES_AROUND; k--, n++) {
      const d = dates[k]!;
      if (!inPart(d) || d.end > at) continue;
      if (usable(k, at)) return d.value;
      if (reportedIn(d.end, at)) break;
    }
    // a date after it, in the clause that carries the act on (资助5000元,8月下旬已全部发放); an as-of date (截至) looks forward only
    for (let k = Math.max(split, first), n = 0; k < limit && n < DATES_AROUND; k++, n++) {
      const d = dates[k]!;
      if (!inPart(d)) continue;
      if (reportedIn(at, d.start)) break;
      if (!boundsOrDateline(k) && !/截[至止]到?\s*$/.test(text.slice(Math.max(0, d.start - 3), d.start))) return d.value;
    }
    // a date that opens the whole sentence reaches over its ; parts
    for (let k = firstStartingFrom(dates, sentence.start); k < dates.length && dates[k]!.start < Math.min(part.start, sentence.end); k++) {
      const d = dates[k]!;
      if (d.end > sentence.end) continue;
      if (/^\s*(?:截[至止]到?|至|到|于)?\s*$/.test(text.slice(sentence.start, d.start))) {
        if (usable(k, at)) return d.value;
        break;
      }
      // (only a few words may stand before a date that opens the sentence: a later date opens nothing)
      if (!/^\s*\S{0,3}\s*$/.test(text.slice(sentence.start, Math.min(d.start, sentence.start + 64)))) break;
    }
    // a dateline dates the facts of its paragraph
    if (paragraph) {
      const k = firstStartingFrom(datelines, paragraph.start);
      const line = datelines[k];
      if (line && line.start < at && line.end <= at && !relativeIn(line.end, at) && !reportedIn(line.end, at)) return line.value;
    }
    return null;
  };
}
