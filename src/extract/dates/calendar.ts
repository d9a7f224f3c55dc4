/**
 * Calendar facts shared by the date rules and the header: month lengths,
 * ISO formatting and the Minguo (Taiwan) year offset.
 */

/** A Minguo year n is the Gregorian year 1911 + n (民国113年 is 2024). */
export const MINGUO_OFFSET = 1911;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; with the year unknown February has 29 (a 2月29日 may be valid). */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidMonth(month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12;
}

export function isValidDay(year: number | null, month: number, day: number): boolean {
  return isValidMonth(month) && Number.isInteger(day) && day >= 1 && day <= daysInMonth(month, year);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD`, `YYYY-MM`, `--MM-DD` or `--MM` (year unknown). */
export function isoDate(year: number | null, month: number, day: number | null): string {
  const y = year === null ? '-' : String(year).padStart(4, '0');
  return day === null ? `${y}-${pad2(month)}` : `${y}-${pad2(month)}-${pad2(day)}`;
}
