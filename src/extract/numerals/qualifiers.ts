/**
 * Words around a number that make it approximate (SPEC 3: 余 多 以上 超过 超 逾 起 ->
 * more_than; 约 近 左右 大约 -> about; 不到 不足 -> less_than).
 *
 * Before the number: `约5万元`, `近千名`, `超过300万元`, `不足1万元`, `上万元`, `过千元`.
 * After the number (or after its currency word): `2000元以上`, `100人左右`, `500元起`.
 * The markers written inside a numeral (`20余万`, `8900多`) are read by parse.ts.
 */
import type { ApproxT } from '../../schema/record.js';
import { BIG_UNITS, SMALL_UNITS } from './symbols.js';

/** Longest first, so that 不超过 wins over 超过 and 大约 over 约. */
const BEFORE: ReadonlyArray<readonly [string, ApproxT]> = [
  ['不超过', 'less_than'],
  ['不高于', 'less_than'],
  ['不低于', 'more_than'],
  ['不少于', 'more_than'],
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

/**
 * `上万`, `上千`, `过千`, `过亿`: "reaching into / passing the thousands" is a lower bound;
 * only before a unit, and not as the end of another word (通过, 经过, 不过, 马上, 以上).
 */
const UP_TO_UNIT = /^[上过]$/;
const NOT_UP_TO_UNIT = /(?:通|经|不|度|越|错|跨|穿|马|以|之|线|网|早|晚|路|会)[上过]$/;

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

/** Words that end in a qualifier character without being one: 节约, 签约, 最近, 附近, 赶超. */
const NOT_BEFORE = /(?:节|签|预|合|邀|制|公|条|契|婚|特|履|违|解)约$|(?:最|附|临|靠|亲|邻|就|远|新)近$|(?:赶|高)超$/;
/** 起 that starts a word is no qualifier: 起到, 起来, 起草. */
const NOT_AFTER = /^起(?:到|来|草|见|作|诉|义|床|飞|火)/;

/** The last characters of the words before a number (上 and 过 for 上万, 过千): no other character can end a qualifier. */
const ENDS_BEFORE = new Set([...BEFORE.map(([word]) => word[word.length - 1]!), '上', '过'].map((c) => c.charCodeAt(0)));
/** The first characters of the words after a number. */
const STARTS_AFTER = new Set(AFTER.map(([word]) => word.charCodeAt(0)));

/** The qualifier that ends exactly at `pos` (just before a number starting there), if any. */
export function qualifierBefore(text: string, pos: number): Qualifier | null {
  // most numbers have none: one look at the character before rules that out
  if (!ENDS_BEFORE.has(text.charCodeAt(pos - 1))) return null;
  for (const [word, approx] of BEFORE) {
    const start = pos - word.length;
    if (start >= 0 && text.startsWith(word, start)) {
      if (word.length === 1 && NOT_BEFORE.test(text.slice(Math.max(0, start - 1), pos))) return null;
      return { approx, start, end: pos, word };
    }
  }
  const next = text[pos];
  const prev = text[pos - 1];
  if (prev !== undefined && UP_TO_UNIT.test(prev) && next !== undefined && (next in BIG_UNITS || next in SMALL_UNITS)) {
    if (NOT_UP_TO_UNIT.test(text.slice(Math.max(0, pos - 2), pos))) return null;
    return { approx: 'more_than', start: pos - 1, end: pos, word: prev };
  }
  return null;
}

/** The qualifier that starts exactly at `pos` (just after a number or its currency word), if any. */
export function qualifierAfter(text: string, pos: number): Qualifier | null {
  if (!STARTS_AFTER.has(text.charCodeAt(pos))) return null;
  for (const [word, approx] of AFTER) {
    if (!text.startsWith(word, pos)) continue;
    if (word === '起' && NOT_AFTER.test(text.slice(pos, pos + 2))) return null;
    return { approx, start: pos, end: pos + word.length, word };
  }
  return null;
}
