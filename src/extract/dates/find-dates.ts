/**
 * Finds date spans in running text (the extractor half of the date rules; the
 * values are given in date-value.ts). Each span keeps its raw parts: the year
 * as written (`2019`, `二〇一九`, `113`, or a relative 今年/去年), the month, the
 * day, and which part of the month a month-only date names.
 *
 * Forms found:
 * - `[年]M月D日[上午|下午|晚...]`, `M月D号`, Chinese numerals (`十二月三十日`), `元月`;
 * - `[年]M月底/末` (the last day), `[年]M月[初|上旬|中旬|下旬|份]` and `[年]M月` (month);
 * - compact ranges and lists: `2月20-22日`, `7月22、23日`, `1-6月` (both ends);
 * - a bare day `22日` whose month a date just before gives (`7月21日...22日、23日`),
 *   `至7日`, `、23日`;
 * - printed dates in the body: `2021-07-25`, `2021/7/25`, `2021.07.25`.
 * Not found: durations (24小时, 3天, 15日内), holidays, years alone, lunar dates
 * (农历, 正月, 腊月), a recurring day (每月15日), numbers that merely contain digits.
 */

import type { Span } from '../../pipeline/types.js';
import { firstEndingAfter } from '../../text/search.js';

/** One date as written, before any value is given to it. */
export interface RawDate {
  start: number;
  end: number;
  text: string;
  /** year as written: digits, Chinese digits, a relative word (今 去 前 明 本 上), or null */
  year: string | null;
  /** the year was written with 民国, or as a Minguo number in a Taiwan report */
  minguo: boolean;
  /** month as written (`12`, `十二`, `元`), null for a bare day */
  month: string | null;
  /** day as written, null for a month date */
  day: string | null;
  /** `end` for 月底/月末 (the month's last day), else null */
  monthPart: 'end' | null;
  /** joined to the date before it by a range or list mark (至 - 、), sharing its month and year */
  joined: boolean;
}

const NUMERAL_BEFORE = '0-9〇零一二三四五六七八九十两百千万亿.';
/** 1-12 in Arabic or Chinese numerals, or 元 (January). */
const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元)';
/** 1-31 in Arabic or Chinese numerals (validity is checked later). */
const DAY = '(?:[0-3]?[0-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const RANGE_MARK = '[-—–~～至到、]';
/** a time of day after a date stays in its text: 10月29日下午, 10月27日晚 */
const DAY_PART = '(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|早晨|清晨|夜间|深夜|午后|晚(?![会宴餐饭])|夜(?![班校]))';
const YEAR = `(?:(民国)?(\\d{4}|\\d{2,3}|[〇零一二三四五六七八九]{4})|(今|去|前|明|本|上))年`;

/** A date with a month, optionally with year, day or part of the month (sticky: tried at one offset; see anchoredMatches). */
const MONTH_DATE = new RegExp(
  `(?<![${NUMERAL_BEFORE}])` +
    `(?:${YEAR}\\s*)?` +
    `(?:(${MONTH})\\s*(${RANGE_MARK})\\s*)?` + // 1-6月: the first month of a month range
    `(${MONTH})月` +
    `(?:(${DAY})(?:\\s*(${RANGE_MARK})\\s*(${DAY}))?(日|号)(${DAY_PART})?` + // day, or 20-22日
    `|(底|末)` +
    `|(初|上旬|中旬|下旬|份))?`,
  'dy',
);
/**
 * A one-character pattern's answer for each UTF-16 code unit, worked out the first time a unit is
 * asked about and kept: the back-scan of anchoredMatches reads it instead of making a
 * one-character string and running the pattern on it for every character it steps over. (Filled
 * lazily: testing all 65,536 units up front cost each thread about 6 ms at start.)
 */
class CharClass {
  /** 0 not asked yet, 1 matches, 2 does not */
  private readonly known = new Uint8Array(0x10000);
  constructor(private readonly oneChar: RegExp) {}

  has(code: number): boolean {
    let k = this.known[code]!;
    if (k === 0) {
      k = this.oneChar.test(String.fromCharCode(code)) ? 1 : 2;
      this.known[code] = k;
    }
    return k === 1;
  }
}

/** What a month date may hold before its 月: a year (民国2019年, 二〇一九年, 去年), a first month and a range mark, spaces. */
const BEFORE_MONTH_WORD = new CharClass(/[0-9〇零一二三四五六七八九十元民国今去前明本上年\-—–~～至到、\s]/);

/** A day without a month: it takes the month of the date before it (sticky, like MONTH_DATE). */
const BARE_DAY = new RegExp(`(?<![${NUMERAL_BEFORE}月第每当次])(${DAY})(日|号)(${DAY_PART})?`, 'y');
/** What a bare day may hold before its 日 or 号: the day's numerals. */
const BEFORE_DAY_WORD = new CharClass(/[0-9一二三四五六七八九十]/);

/**
 * The matches of `sticky` in `text`, left to right and not overlapping, as matchAll would give them
 * with a global regex. A global regex that starts with a lookbehind is tried at every offset of
 * the text; but each of these matches holds exactly one anchor character (月, or 日/号), and
 * before it only characters of `before`. So only the offsets from which a run of such characters
 * reaches an anchor can start a match: the scan jumps from anchor to anchor (indexOf) and tries
 * those few offsets, in order. A match's anchor is the first one after its start, as no
 * character before the anchor can be one.
 */
function anchoredMatches(text: string, anchors: string, before: CharClass, sticky: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // the next offset of each anchor character, searched again only once the scan has passed it
  const next: number[] = [];
  for (let k = 0; k < anchors.length; k++) next.push(text.indexOf(anchors[k]!));
  let from = 0;
  let p = nextAnchor(text, anchors, next, 0);
  while (p >= 0) {
    let s = p;
    while (s > from && before.has(text.charCodeAt(s - 1))) s--;
    for (; s < p; s++) {
      sticky.lastIndex = s;
      const found = sticky.exec(text);
      if (found) {
        // where the match ends, read off the pattern (the match arrays of the two patterns differ in shape)
        from = sticky.lastIndex;
        out.push(found);
        break;
      }
    }
    p = nextAnchor(text, anchors, next, Math.max(p + 1, from));
  }
  return out;
}

/** The first offset at or after `at` of any anchor character; `next` holds each one's last known offset and is moved on. */
function nextAnchor(text: string, anchors: string, next: number[], at: number): number {
  let best = -1;
  for (let k = 0; k < next.length; k++) {
    let n = next[k]!;
    if (n >= 0 && n < at) next[k] = n = text.indexOf(anchors[k]!, at);
    if (n >= 0 && (best < 0 || n < best)) best = n;
  }
  return best;
}

/** A date printed with separators in the body. */
const PRINTED_DATE = /(?<![0-9.\-/])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![0-9]|\.\d)/g;

/** Words before a bare day that make it a duration or a count: 连续3日, 为期3日, 近10日. */
const DURATION_BEFORE = /(?:连续|为期|历时|持续|用时|耗时|长达|不超过|超过|近|共|约|达|逾|满|隔|需|每|前|后)$/;
/** What after a bare day makes it a duration or no date at all: 15日内, 20日元, 3日游. */
const NOT_A_DAY_AFTER = /^(?:内|以内|之内|以上|以下|左右|元|游|均|以来)/;
/** A lunar-calendar date is not a calendar date. */
const LUNAR_BEFORE = /(?:农历|阴历)\s*$/;
/** A recurring month is no calendar date: 每年9月, 每年的3月5日. */
const RECURRING_BEFORE = /每年的?$/;

const RANGE_JOIN = new RegExp(`^\\s*${RANGE_MARK}\\s*$`);
const JOIN = new RegExp(`^\\s*(?:${RANGE_MARK}|和|及|与|,)\\s*$`);

function joinedToPrevious(text: string, prevEnd: number, start: number): boolean {
  return prevEnd >= 0 && prevEnd <= start && start - prevEnd <= 4 && JOIN.test(text.slice(prevEnd, start));
}

interface Options {
  /** read a 2-3 digit year as Minguo (Taiwan reports) */
  minguoYears: boolean;
  /** spans whose dates are not mentions (header lines) */
  skip: readonly { start: number; end: number }[];
}

export function findDates(text: string, opts: Options): RawDate[] {
  const found: RawDate[] = [];
  // spans already inside a found date: those of month dates, then those of printed dates, each list
  // in text order and not overlapping, so that a binary search tells whether a span overlaps one
  const monthSpans: Span[] = [];
  const printedSpans: Span[] = [];
  const overlapsAny = (list: readonly Span[], s: number, e: number) => {
    const k = firstEndingAfter(list, s);
    return k < list.length && list[k]!.start < e;
  };
  const overlaps = (s: number, e: number) => overlapsAny(monthSpans, s, e) || overlapsAny(printedSpans, s, e);
  const inSkip = (i: number) => opts.skip.some((s) => i >= s.start && i < s.end);

  for (const m of anchoredMatches(text, '月', BEFORE_MONTH_WORD, MONTH_DATE)) {
    const g = m.indices!;
    const [all, minguoWord, yearDigits, relYear, month1, , month, day1, , day2, , , endWord, partWord] =
      m as unknown as (string | undefined)[];
    const start = m.index!;
    const end = start + all!.length;
    const before = text.slice(Math.max(0, start - 3), start);
    if (inSkip(start) || LUNAR_BEFORE.test(before) || (!yearDigits && !relYear && RECURRING_BEFORE.test(before))) continue;
    let year: string | null = yearDigits ?? relYear ?? null;
    let minguo = Boolean(minguoWord);
    if (yearDigits && yearDigits.length < 4 && /^\d+$/.test(yearDigits)) {
      // a 2-3 digit year is a Minguo year in a Taiwan report (or after 民国); elsewhere it is ignored
      if (minguo || opts.minguoYears) minguo = true;
      else year = null;
    }
    const hasDay = day1 !== undefined;
    const arabicMonth = /^\d/.test(month!);
    // a bare Chinese month (三月, 十月) is too often a season or a count: it needs a year or a day
    if (!hasDay && !endWord && !partWord && !year && !arabicMonth && month !== '元') continue;
    monthSpans.push({ start, end });
    const monthPart = endWord ? 'end' : null;
    const date = (s: number, e: number, m: string | null, d: string | null, part: 'end' | null, joined: boolean): RawDate => ({
      start: s,
      end: e,
      text: text.slice(s, e),
      year,
      minguo,
      month: m,
      day: d,
      monthPart: part,
      joined,
    });
    if (month1 !== undefined) {
      // 1-6月: both ends, as month dates
      found.push(date(start, g[4]![1], month1, null, null, false));
      found.push(date(g[6]![0], end, month!, hasDay ? day1! : null, monthPart, true));
    } else if (hasDay && day2 !== undefined) {
      // 2月20-22日, 7月22、23日: the first day ends before the mark, the second keeps 日 and the time of day
      found.push(date(start, g[7]![1], month!, day1!, null, false));
      found.push(date(g[9]![0], end, null, day2, null, true));
    } else {
      found.push(date(start, end, month!, hasDay ? day1! : null, monthPart, false));
    }
  }

  for (const m of text.matchAll(PRINTED_DATE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (inSkip(start) || overlaps(start, end)) continue;
    printedSpans.push({ start, end });
    found.push({ start, end, text: m[0], year: m[1]!, minguo: false, month: m[3]!, day: m[4]!, monthPart: null, joined: false });
  }

  found.sort((a, b) => a.start - b.start);
  // the second end of a range of full dates shares the first one's year: 2019年12月30日至1月5日
  for (let i = 1; i < found.length; i++) {
    const d = found[i]!;
    if (d.year === null && !d.joined && RANGE_JOIN.test(text.slice(found[i - 1]!.end, d.start))) d.joined = true;
  }

  // bare days: only after a date that gives their month
  const bare: RawDate[] = [];
  let nextFound = 0;
  let prev: RawDate | undefined;
  for (const m of anchoredMatches(text, '日号', BEFORE_DAY_WORD, BARE_DAY)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (inSkip(start) || overlaps(start, end)) continue;
    const [, day, unit] = m as unknown as string[];
    // a one-character Chinese day (一日, 三日) is mostly a duration or an idiom
    if (/^[一二三四五六七八九十]$/.test(day!)) continue;
    const before = text.slice(Math.max(0, start - 4), start);
    const after = text.slice(end, end + 3);
    if (DURATION_BEFORE.test(before) || NOT_A_DAY_AFTER.test(after)) continue;
    while (nextFound < found.length && found[nextFound]!.end <= start) {
      const f = found[nextFound++]!;
      if (!prev || f.end > prev.end) prev = f;
    }
    const joined = prev !== undefined && joinedToPrevious(text, prev.end, start);
    // 号 alone is a number (3号线, 12号楼) unless joined to a date: 5月3日至5号
    if (unit === '号' && !joined) continue;
    const b: RawDate = { start, end, text: m[0], year: null, minguo: false, month: null, day: day!, monthPart: null, joined };
    bare.push(b);
    prev = b;
  }
  return [...found, ...bare].sort((a, b) => a.start - b.start);
}
