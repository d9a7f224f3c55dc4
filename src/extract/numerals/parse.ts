/**
 * The one place where numbers are read: Arabic, Chinese and financial numerals,
 * mixed forms (1.2万, 3万4000, 两万), thousands separators and the qualifiers
 * (余 多 几 近 约 左右 以上 超过 不到 ...). Every extractor uses it.
 *
 * STUB: to be written (see corpus.ts).
 */
import type { ApproxT } from '../../schema/record.js';

export interface ParsedNumber {
  value: number;
  approx: ApproxT;
}

/** Parses a whole numeral expression such as `20余万`, `近千`, `一千二百`, `1,200万`; null when it is not one. */
export function parseNumber(_s: string): ParsedNumber | null {
  return null;
}
