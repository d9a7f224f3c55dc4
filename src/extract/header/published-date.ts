/**
 * The publication date written in a header line: a full date with its year,
 * as web captures and newspaper pages print it (`2020-04-10 18:59:42`,
 * `2021/07/25`, `2022年3月5日 09:30`, `2020.03.19`, Taiwan `民国113年1月5日`
 * or `113-01-05`). A date without a year is never a publication date.
 */
import { MINGUO_OFFSET, isValidDay, isoDate } from '../dates/calendar.js';

export interface FoundDate {
  value: string;
  start: number;
  end: number;
}

const FULL_DATE =
  /(?<![0-9])(民国)?(\d{4}|1\d{2})\s*(年|[-/.])\s*(\d{1,2})\s*(月|[-/.])\s*(\d{1,2})(?![0-9.])(\s*日)?/g;

/** The first valid full date in `line`, offsets relative to the line. */
export function findFullDate(line: string): FoundDate | null {
  for (const m of line.matchAll(FULL_DATE)) {
    const [all, minguo, y, sep1, mo, sep2, d] = m as unknown as string[];
    // 2020年4-10 or 2020-4月 are not printed dates
    if ((sep1 === '年') !== (sep2 === '月')) continue;
    const rawYear = Number(y);
    const year = y!.length === 3 ? rawYear + MINGUO_OFFSET : rawYear;
    if (y!.length === 4 && (rawYear < 1950 || rawYear > 2099)) continue;
    if (y!.length === 3 && !minguo && sep1 === '.') continue; // 113.5.2 reads as a number, not a date
    const month = Number(mo);
    const day = Number(d);
    if (!isValidDay(year, month, day)) continue;
    return { value: isoDate(year, month, day), start: m.index!, end: m.index! + all!.length };
  }
  return null;
}
