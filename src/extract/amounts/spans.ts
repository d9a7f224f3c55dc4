/**
 * Span finder: where a sum of money is written. A number (from the numerals
 * module) followed by a currency word (`20余万元`, `600万港元`), preceded by one
 * (`港币500万元`, `新台币50万元`), a range whose ends both carry it (`3000元至5000元`),
 * or a large number that a money word next to it makes money (`拨出500余万专项经费`,
 * `筹集资金300万`). Values come from the numerals module; whether the sum counts
 * (differences, thresholds...) and its kind, per and total are decided later.
 */
import type { ApproxT } from '../../schema/record.js';
import { findNumerals, inheritScale, joinRange, parseRange, type NumeralSpan } from '../numerals/parse.js';
import { qualifierBefore } from '../numerals/qualifiers.js';
import { currencyAfter, currencyBefore, type CurrencyWord } from './currency.js';
import { charCodes } from '../../text/han.js';

export interface MoneySpan {
  /** the money expression: number to currency word */
  start: number;
  end: number;
  /** the number alone (a range included) */
  numStart: number;
  numEnd: number;
  value: number;
  valueMax: number | null;
  /** what the numeral itself says (余, 多, 几) */
  innerApprox: ApproxT;
  currency: CurrencyWord | null;
}

/**
 * A numeral right after one of these is vague (数万元, 几万元, 若干万元): no sum. Tested on the
 * character before the number, by its code: every numeral of a report is tested (a set, not a regex).
 */
const VAGUE_BEFORE = charCodes('数几若');
/** An ordinal (第3) or a code (A4, 4/5G, #3): the number is no sum, unless a currency prefix ends there (RMB5000). Tested like VAGUE_BEFORE. */
function isNotASumBefore(code: number): boolean {
  return code === 0x7b2c /* 第 */ || code === 0x2f /* / */ || code === 0x23 /* # */ || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
/** A currency word that is also a prefix: after a number it belongs to the next number (李四人民币50元). */
const STARTS_NUMBER = /^(?:约|近|超过|逾|超)?[0-9零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖]/;
const RANGE_SEP = /^[-~—–至到]$/;
/** Whether a numeral is written with 万 or 亿 (by character code: asked of most numerals of a report). */
function hasBigUnit(numeral: string): boolean {
  for (let i = 0; i < numeral.length; i++) {
    const c = numeral.charCodeAt(i);
    if (c === 0x4e07 /* 万 */ || c === 0x4ebf /* 亿 */ || c === 0x842c /* 萬 */ || c === 0x5104 /* 億 */) return true;
  }
  return false;
}
/** What may follow a bare number that the money word before it makes money: end of clause, or 用于/作为. */
const BARE_MONEY_FOLLOW = /^(?:$|[,，。;；:：、!！)\s]|用|作|以|于|专项|全部|主要|支持|帮助|慰问|资助|救助)/;

/** Counters: a number followed by one counts people, things or acts (1.5万只, 3.6万名, 1.08万人次). */
const COUNTER = /^[人名位个次件只张份套台户家所支项条吨斤箱册本间座辆株棵片顶双把副盒袋桶瓶头匹亩米公千克枚包批场期届天年月日小分秒周多余]/;
/** A money noun at most four characters after the number: `500余万专项经费`, `300万疫情防控资金`. */
const MONEY_AFTER = /^[\u4e00-\u9fa5]{0,4}?(?:资金|经费|善款|捐款|款物|慰问金|救助金|补助金|助学金|帮扶金|基金)/;
/** A money noun or a verb that only takes money, right before the number: `筹集资金300万`, `拨付300万`. */
const MONEY_BEFORE =
  /(?:资金|经费|善款|捐款|慰问金|救助金|补助金|助学金|筹资|捐资|出资|注资|拨付|拨出|下拨|划拨|筹措|筹集|募集|募捐)(?:共计|总计|合计|累计|共|约|近|达|超过|逾|超|为|了)?$/;

function moneyWordAfter(text: string, pos: number): boolean {
  const follows = text.slice(pos, pos + 12);
  return !COUNTER.test(follows) && MONEY_AFTER.test(follows);
}

function moneyWordBefore(text: string, pos: number): boolean {
  return MONEY_BEFORE.test(text.slice(Math.max(0, pos - 8), pos));
}

/** Separators of a list of sums that share the last one's currency word: `2000、3000、5000元`. */
const LIST_SEP = /^(?:、|和|及|或|与)$/;
/** Whether the gap [from, to) is one LIST_SEP character: told by its length first, as most gaps between numbers are long. */
function isListSep(text: string, from: number, to: number): boolean {
  return to - from === 1 && LIST_SEP.test(text[from]!);
}
/** An enumerator (`1、发放...`) starts a line or a sentence. */
const ENUMERATOR_BEFORE = /(?:^|[\n。;；:：!！])\s*$/;
const MAX_LIST = 6;

/** The currency word that ends a list this number starts or belongs to, with the list's last number. */
function listCurrency(text: string, nums: readonly NumeralSpan[], i: number): { currency: CurrencyWord; last: NumeralSpan } | null {
  const first = nums[i]!;
  for (let j = i; j < nums.length - 1 && j - i < MAX_LIST; j++) {
    const a = nums[j]!;
    const b = nums[j + 1]!;
    if (!isListSep(text, a.end, b.start) || a.chinese !== b.chinese) return null;
    const currency = currencyAfter(text, b.end);
    // the enumerator test last: most numbers start no list, and it is a regex on a substring
    if (currency) return ENUMERATOR_BEFORE.test(text.slice(Math.max(0, first.start - 3), first.start)) ? null : { currency, last: b };
  }
  return null;
}

/** The characters of a bare unit of account (`万元`, `百元`). */
const BARE_UNIT_CHARS = charCodes('百千万亿佰仟萬億');
/** `万元`, `亿元`, `百元` with no digit and no qualifier: a unit of account (`单位:万元`, `每万元产值`), not a sum. */
function isBareUnit(n: NumeralSpan): boolean {
  if (n.approx !== 'exact' || n.valueMax !== null) return false;
  // by character code: asked of most numerals of a report, and most fail on their first character
  for (let i = 0; i < n.text.length; i++) if (!BARE_UNIT_CHARS.has(n.text.charCodeAt(i))) return false;
  return n.text.length > 0;
}

/** `2000 元`, `50 万元`: one space (from a web page's markup) between a number and its currency. */
const SPACED_CURRENCY = /^ ([万亿千百]{0,2})(?=元|港元|港币|美元|日元|澳门元|新台币|人民币)/;

/** The number with the units written after the space folded in, or the number unchanged. */
function acrossSpace(text: string, n: NumeralSpan): NumeralSpan {
  if (text.charCodeAt(n.end) !== 0x20 /* a space */) return n;
  const m = SPACED_CURRENCY.exec(text.slice(n.end, n.end + 4));
  if (!m) return n;
  const units = m[1]!;
  const whole = units ? parseRange(n.text + units) : n;
  if (!whole) return n;
  return { ...n, value: whole.value, valueMax: whole.valueMax, end: n.end + m[0].length, text: n.text + units };
}

function isChineseSmall(n: NumeralSpan): boolean {
  // 李四, 统一: one Chinese digit without a unit is a name or a word, not a sum
  return n.chinese && !n.hasUnit && n.valueMax === null && n.text.length === 1;
}

/** Finds the written sums of money in `text`, in order. */
export function findMoneySpans(text: string): MoneySpan[] {
  const nums = findNumerals(text);
  const out: MoneySpan[] = [];
  let prevEnd = -1;
  for (let i = 0; i < nums.length; i++) {
    const n = acrossSpace(text, nums[i]!);
    const glued = n.start === prevEnd;
    prevEnd = n.end;
    if (glued || isChineseSmall(n)) continue;
    // NaN before the text's first character: in neither set
    const before = text.charCodeAt(n.start - 1);
    if (VAGUE_BEFORE.has(before)) continue;
    // the currency prefix right before the number, asked once (it is also the sum's prefix below)
    // and at one call site: one reached only after 第, / or a letter deoptimized the function
    const prefix = currencyBefore(text, n.start);
    if (isNotASumBefore(before) && !prefix) continue;

    const q = qualifierBefore(text, n.start);
    if (isBareUnit(n) && !q) continue;
    let after = currencyAfter(text, n.end);
    if (after && after.code !== null && STARTS_NUMBER.test(text.slice(after.end, after.end + 3))) after = null;
    const pre = prefix ?? (q ? currencyBefore(text, q.start) : null);

    // 3000元至5000元: a range whose ends both carry the currency word
    if (after && n.valueMax === null) {
      const next = nums[i + 1];
      if (next && next.valueMax === null && next.start === after.end + 1 && RANGE_SEP.test(text[after.end]!)) {
        const after2 = currencyAfter(text, next.end);
        const joined = after2 && after2.code === after.code ? joinRange(n.text, n, next.text, next) : null;
        if (after2 && joined) {
          out.push({
            start: n.start,
            end: after2.end,
            numStart: n.start,
            numEnd: next.end,
            value: joined.value,
            valueMax: joined.valueMax,
            innerApprox: joined.approx,
            currency: after2.code === null && pre ? pre : after2,
          });
          prevEnd = next.end;
          i++;
          continue;
        }
      }
    }

    // a currency word after the number (the sum runs to its end, and a prefix before names the
    // currency of 元) or else before it (the sum starts there): one path for both, so that the
    // rarer one (a prefix alone) reads the word at the same sites as the common one and does not
    // throw away the optimized code of this function the first time it is met
    const word = after ?? pre;
    if (word) {
      out.push(span(n, Math.min(n.start, word.start), Math.max(n.end, word.end), word.code === null && pre ? pre : word));
      continue;
    }
    // 2000、3000、5000元: each number of the list is a sum in the last one's currency
    const list = listCurrency(text, nums, i);
    if (list) {
      const value = inheritScale(n.text, n.value, list.last.text, list.last.value);
      out.push({ ...span(n, n.start, n.end, list.currency), value });
      continue;
    }
    // money without a currency word: a large number next to a money word
    if (hasBigUnit(n.text)) {
      const follows = text.slice(n.end, n.end + 4);
      const qStart = q ? q.start : n.start;
      // (the three tests are all made, not chained by || and &&: they are pure, and a test reached
      // only when the ones before it came out a rare way deoptimized the function when first met)
      const wordAfter = moneyWordAfter(text, n.end);
      const wordBefore = moneyWordBefore(text, qStart);
      const endsHere = BARE_MONEY_FOLLOW.test(follows);
      if (wordAfter || (wordBefore && endsHere)) {
        out.push(span(n, n.start, n.end, null));
      }
    }
  }
  return out;
}

function span(n: NumeralSpan, start: number, end: number, currency: CurrencyWord | null): MoneySpan {
  return {
    start,
    end,
    numStart: n.start,
    numEnd: n.end,
    value: n.value,
    valueMax: n.valueMax,
    innerApprox: n.approx,
    currency,
  };
}
