/**
 * Words around a number that make it approximate (SPEC 3: 余 多 以上 超过 超 逾 起 ->
 * more_than; 约 近 左右 大约 -> about; 不到 不足 -> less_than).
 *
 * Before the number: `约5万元`, `近千名`, `超过300万元`, `不足1万元`, `上万元`.
 * After the number (or after its currency word): `2000元以上`, `100人左右`, `500元起`.
 * The markers written inside a numeral (`20余万`, `8900多`) are read by parse.ts.
 */
import type { ApproxT } from '../../schema/record.js';
import { BIG_UNITS, SMALL_UNITS } from './symbols.js';

/** Longest first, so that 不超过 wins over 超过 and 大约 over 约. */
const BEFORE: ReadonlyArray<readonly [string, ApproxT]> = [
  ['不超过', 'less_than'],
  ['差不多', 'about'],
  ['大约', 'about'],
  ['大概', 'about'],
  ['约合', 'about'],
  ['将近', 'about'],
  ['接近', 'about'],
  ['超过', 'more_than'],
  ['超出', 'more_than'],
  ['多于', 'more_than'],
  ['至少', 'more_than'],
  ['不到', 'less_than'],
  ['不足', 'less_than'],
  ['少于', 'less_than'],
  ['约', 'about'],
  ['近', 'about'],
  ['逾', 'more_than'],
  ['超', 'more_than'],
];

/** `上万`, `上千`, `上百`, `上亿`: "reaching into the ten-thousands" is a lower bound; only before a unit. */
const UP_TO_UNIT = '上';

const AFTER: ReadonlyArray<readonly [string, ApproxT]> = [
  ['及以上', 'more_than'],
  ['以上', 'more_than'],
  ['有余', 'more_than'],
  ['出头', 'more_than'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['以下', 'less_than'],
  ['以内', 'less_than'],
  ['起', 'more_than'],
];

export interface Qualifier {
  approx: ApproxT;
  /** the qualifier's own span in the text */
  start: number;
  end: number;
  word: string;
}

/** The qualifier that ends exactly at `pos` (just before a number starting there), if any. */
export function qualifierBefore(text: string, pos: number): Qualifier | null {
  for (const [word, approx] of BEFORE) {
    const start = pos - word.length;
    if (start >= 0 && text.startsWith(word, start)) return { approx, start, end: pos, word };
  }
  const next = text[pos];
  if (pos >= 1 && text[pos - 1] === UP_TO_UNIT && next !== undefined && (next in BIG_UNITS || next in SMALL_UNITS)) {
    return { approx: 'more_than', start: pos - 1, end: pos, word: UP_TO_UNIT };
  }
  return null;
}

/** The qualifier that starts exactly at `pos` (just after a number or its currency word), if any. */
export function qualifierAfter(text: string, pos: number): Qualifier | null {
  for (const [word, approx] of AFTER) {
    if (text.startsWith(word, pos)) return { approx, start: pos, end: pos + word.length, word };
  }
  return null;
}
