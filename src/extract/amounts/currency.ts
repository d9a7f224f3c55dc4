/**
 * Currency words (SPEC 3, Amount.currency): written after the number (`50万元`,
 * `600万港元`) or before it (`港币500万元`, `新台币50万元`, `HK$300`). 元 and
 * 块钱 take the report's region: HKD in a Hong Kong report, MOP in Macau, TWD in
 * Taiwan, else CNY. Never converted.
 */
import type { CurrencyT } from '../../schema/record.js';
import type { Layout } from '../../pipeline/types.js';

/** null: 元, whose currency is the region's. */
type Code = CurrencyT | null;

/** Longest first. */
const AFTER: ReadonlyArray<readonly [string, Code]> = [
  ['元人民币', 'CNY'],
  ['澳门元', 'MOP'],
  ['澳门币', 'MOP'],
  ['新台币', 'TWD'],
  ['人民币', 'CNY'],
  ['块钱', null],
  ['台币', 'TWD'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['日元', 'JPY'],
  ['元', null],
];

/** 元 that starts another word is no currency: 元旦, 元宵, 元月 (January), 元素 (the characters after 元). */
const NOT_YUAN = new Set([...'旦宵月素件器首帅老气化年代音凶']);

const BEFORE: ReadonlyArray<readonly [string, Code]> = [
  ['澳门元', 'MOP'],
  ['澳门币', 'MOP'],
  ['新台币', 'TWD'],
  ['人民币', 'CNY'],
  ['台币', 'TWD'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['美元', 'USD'],
  ['日元', 'JPY'],
  ['MOP$', 'MOP'],
  ['HK$', 'HKD'],
  ['NT$', 'TWD'],
  ['US$', 'USD'],
  ['MOP', 'MOP'],
  ['RMB', 'CNY'],
  ['￥', 'CNY'],
  ['¥', 'CNY'],
];

/**
 * The words of a list grouped by the character a match must have at the number (the first of
 * the words after it, the last of those before it), each group in the list's order: a number
 * followed by 元 tries 元's two words, not all thirteen. No other character can be a currency word's.
 */
function byCharAt(list: ReadonlyArray<readonly [string, Code]>, at: (word: string) => number): Map<number, ReadonlyArray<readonly [string, Code]>> {
  const out = new Map<number, Array<readonly [string, Code]>>();
  for (const entry of list) {
    const code = at(entry[0]);
    const group = out.get(code);
    if (group) group.push(entry);
    else out.set(code, [entry]);
  }
  return out;
}
const AFTER_BY_FIRST = byCharAt(AFTER, (word) => word.charCodeAt(0));
const BEFORE_BY_LAST = byCharAt(BEFORE, (word) => word.charCodeAt(word.length - 1));

export interface CurrencyWord {
  start: number;
  end: number;
  /** null for 元/块钱: the region decides */
  code: Code;
}

/** The currency word written right after a number ending at `pos`. */
export function currencyAfter(text: string, pos: number): CurrencyWord | null {
  const words = AFTER_BY_FIRST.get(text.charCodeAt(pos));
  if (words === undefined) return null;
  for (const [word, code] of words) {
    if (!text.startsWith(word, pos)) continue;
    if (word === '元' && NOT_YUAN.has(text[pos + 1]!)) return null;
    // 元人民币: the text stops at 元, 人民币 only confirms the currency
    const end = word === '元人民币' ? pos + 1 : pos + word.length;
    return { start: pos, end, code };
  }
  return null;
}

/** The currency word written right before a number starting at `pos`. */
export function currencyBefore(text: string, pos: number): CurrencyWord | null {
  const words = BEFORE_BY_LAST.get(text.charCodeAt(pos - 1));
  if (words === undefined) return null;
  for (const [word, code] of words) {
    const start = pos - word.length;
    if (start >= 0 && text.startsWith(word, start)) return { start, end: pos, code };
  }
  return null;
}

/** 元 in a Hong Kong, Macau or Taiwan report is that place's dollar. */
export function resolveCurrency(code: Code, region: Layout['region']): CurrencyT {
  if (code) return code;
  switch (region) {
    case 'HK':
      return 'HKD';
    case 'MO':
      return 'MOP';
    case 'TW':
      return 'TWD';
    default:
      return 'CNY';
  }
}
