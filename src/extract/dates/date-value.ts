/**
 * Gives a found date its value (the parser half of the date rules): numerals
 * through the shared numeral parser, the year as written or inferred, the
 * last day for 月底, validity (2月30日 and 13月 are no dates).
 *
 * Year inference (SPEC DateMention): a date without a year takes the year of
 * publishedAt, minus one when that would put it after publishedAt (compared by
 * month for month dates and 月底, by day for day dates). 今年/去年/前年/明年
 * count from publishedAt's year. With no publishedAt such a year is unknown
 * (`--MM-DD`, `--MM`). A date joined to the one before it by a range or list
 * mark (`2019年12月30日至1月5日`, `7月22、23日`) shares that date's year (the
 * next year when its month comes earlier) and, when it has none of its own, its
 * month: a range that starts before publication may end after it.
 */
import { parseNumber } from '../numerals/parse.js';
import { MINGUO_OFFSET, daysInMonth, isValidDay, isValidMonth, isoDate } from './calendar.js';
import type { RawDate } from './find-dates.js';

export interface DateValue {
  /** null when the year is unknown */
  year: number | null;
  month: number;
  day: number | null;
  precision: 'day' | 'month';
  value: string;
}

/** The publication date the year inference counts from. */
export interface YearContext {
  publishedAt: { year: number; month: number; day: number } | null;
}

export function publicationContext(publishedAt: string | null): YearContext {
  const m = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(publishedAt) : null;
  return { publishedAt: m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null };
}

const RELATIVE_YEAR: Record<string, number> = { 今: 0, 本: 0, 去: -1, 上: -1, 前: -2, 明: 1 };

/**
 * Years, months and days already read: the same few strings (2023, 12, 十二) come back in every
 * report. The date patterns let through at most four digits, so the table stays bounded.
 */
const wholeNumbers = new Map<string, number | null>();

/** A whole number written in Arabic or Chinese numerals, exactly (no 余, 多, 约). */
function wholeNumber(s: string): number | null {
  if (s === '元') return 1; // 元月
  let v = wholeNumbers.get(s);
  if (v === undefined) {
    const n = parseNumber(s);
    v = n && n.approx === 'exact' && Number.isInteger(n.value) ? n.value : null;
    wholeNumbers.set(s, v);
  }
  return v;
}

function writtenYear(raw: RawDate, ctx: YearContext): number | null | undefined {
  if (raw.year === null) return undefined;
  if (raw.year in RELATIVE_YEAR) return ctx.publishedAt ? ctx.publishedAt.year + RELATIVE_YEAR[raw.year]! : null;
  const n = wholeNumber(raw.year);
  if (n === null) return undefined;
  return raw.minguo ? n + MINGUO_OFFSET : n;
}

function inferredYear(month: number, day: number | null, ctx: YearContext): number | null {
  const p = ctx.publishedAt;
  if (!p) return null;
  const after = day === null ? month > p.month : month > p.month || (month === p.month && day > p.day);
  return after ? p.year - 1 : p.year;
}

/** Value of one found date; `previous` is the value of the date it may be joined to or take its month from. */
export function dateValue(raw: RawDate, ctx: YearContext, previous: DateValue | null): DateValue | null {
  let month: number | null;
  let year: number | null;
  const written = writtenYear(raw, ctx);
  if (raw.month === null) {
    // a bare day takes the month and year of the date before it
    if (!previous) return null;
    month = previous.month;
    year = previous.year;
  } else {
    month = wholeNumber(raw.month);
    if (month === null || !isValidMonth(month)) return null;
    if (written !== undefined) year = written;
    else if (raw.joined && previous) year = previous.year === null ? null : previous.year + (month < previous.month ? 1 : 0);
    else year = inferredYear(month, raw.monthPart === 'end' ? null : raw.day === null ? null : wholeNumber(raw.day), ctx);
  }
  if (year !== null && (year < 1900 || year > 2100)) return null;

  let day: number | null = null;
  if (raw.day !== null) {
    day = wholeNumber(raw.day);
    if (day === null || !isValidDay(year, month, day)) return null;
  } else if (raw.monthPart === 'end') {
    day = daysInMonth(month, year);
  }
  const precision = day === null ? 'month' : 'day';
  return { year, month, day, precision, value: isoDate(year, month, day) };
}
