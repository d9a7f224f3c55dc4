/**
 * The one place where numbers are read: Arabic, Chinese and financial numerals,
 * mixed forms (1.2万, 3万4000, 25万6千, 2千零30万), thousands separators (1,200万),
 * ranges (200-2000, 3至5万, 两到三万, 三五万) and the qualifiers
 * (余 多 几 近 约 左右 以上 超过 不到 ...). Every extractor uses it.
 *
 * - `parseNumber(s)` reads one whole numeral expression, qualifiers included.
 * - `parseRange(s)` also accepts ranges and gives `valueMax`.
 * - `findNumerals(text)` finds the numeral expressions in running text (for span finders).
 *
 * Decisions (see corpus.ts for one example each):
 * - 几 after a unit is a lower bound: 十几万 -> 100000 more_than, 二十几 -> 20 more_than;
 *   几 with nothing known before it (几百, 几万) is vague and gives null, as do 数十, 数百.
 * - 上 before a unit is a lower bound: 上万 -> 10000 more_than.
 * - A bare unit at the start means one of it: 万余 -> 10000 more_than, 近千 -> 1000 about.
 * - Colloquial abbreviations: 一万五 -> 15000, 三百五 -> 350 (only with a Chinese head;
 *   `100万一` is 100万 followed by something else).
 * - An Arabic tail after a unit must fill the places below it: 3万4000 -> 34000,
 *   2千300 -> 2300; `3亿5` is not read as one number (the longest valid prefix, 3亿, is).
 * - Values that are not finite, negative or above Number.MAX_SAFE_INTEGER give null.
 * - Nothing here throws, and every scan is linear in the length of its input.
 */
import type { ApproxT } from '../../schema/record.js';
import { BIG_UNITS, CHINESE_DIGITS, IN_NUMERAL, NUMERAL_CHAR_KIND, SMALL_UNITS, STARTS_NUMERAL } from './symbols.js';
import { qualifierAfter, qualifierBefore, type Qualifier } from './qualifiers.js';

export interface ParsedNumber {
  value: number;
  approx: ApproxT;
}

export interface ParsedRange extends ParsedNumber {
  /** upper bound of a range (`200-2000` -> 2000), else null */
  valueMax: number | null;
}

/** A numeral expression found in running text. */
export interface NumeralSpan extends ParsedRange {
  start: number;
  end: number;
  text: string;
  /** written with a place unit (十 百 千 万 亿 and their financial forms) */
  hasUnit: boolean;
  /** written with at least one Chinese digit */
  chinese: boolean;
}

type Tok =
  | { k: 'num'; v: number; chinese: boolean; digits: number }
  | { k: 'small'; v: number }
  | { k: 'big'; v: number }
  | { k: 'zero' }
  | { k: 'more' }
  | { k: 'some' };

/** Arabic number: thousands-separated (1,200 / 1,100.5) or plain (3541.07). */
const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/y;
/** Digit-by-digit Chinese (二〇二〇, 一二三): positional, no units. */
const CHINESE_POSITIONAL = /^[零〇一二三四五六七八九]+$/;
/** No real numeral is longer; longer runs are not read (keeps trimming linear). */
const MAX_NUMERAL_LENGTH = 40;

/** The token of each Chinese numeral character and marker (shared: tokens are never changed). */
const CHAR_TOKENS: ReadonlyMap<string, Tok> = new Map<string, Tok>([
  ['零', { k: 'zero' }],
  ['〇', { k: 'zero' }],
  ...Object.entries(CHINESE_DIGITS)
    .filter(([c]) => c !== '零' && c !== '〇')
    .map(([c, v]): [string, Tok] => [c, { k: 'num', v, chinese: true, digits: 1 }]),
  ...Object.entries(SMALL_UNITS).map(([c, v]): [string, Tok] => [c, { k: 'small', v }]),
  ...Object.entries(BIG_UNITS).map(([c, v]): [string, Tok] => [c, { k: 'big', v }]),
  ['余', { k: 'more' }],
  ['多', { k: 'more' }],
  ['几', { k: 'some' }],
]);

function tokenize(s: string): Tok[] | null {
  const toks: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') {
      ARABIC.lastIndex = i;
      const m = ARABIC.exec(s);
      if (!m) return null;
      const written = m[0];
      const plain = written.includes(',') ? written.replace(/,/g, '') : written;
      const dot = plain.indexOf('.');
      toks.push({ k: 'num', v: Number(plain), chinese: false, digits: dot < 0 ? plain.length : dot });
      i += written.length;
      continue;
    }
    const t = CHAR_TOKENS.get(c);
    if (!t) return null;
    toks.push(t);
    i++;
  }
  return toks;
}

/** Evaluates the token list of one number (no range, no outer qualifiers). */
function evaluate(toks: Tok[]): ParsedNumber | null {
  if (toks.length === 0) return null;
  let total = 0; // value of the completed 亿 group
  let wanAcc = 0; // value of the completed 万 group since the last 亿
  let sec = 0; // value below 万 in the current group
  let cur: number | null = null; // a number not yet scaled by a unit
  let curTok: Extract<Tok, { k: 'num' }> | null = null;
  let curPrev: Tok | undefined; // the token before `cur`
  let seenWan = false;
  let seenYi = false;
  let lastSmall = Infinity;
  let approx: ApproxT = 'exact';
  let closed = false; // after 余/多 only units may follow
  let headChinese: boolean | null = null;

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    switch (t.k) {
      case 'num':
        if (cur !== null || closed) return null;
        cur = t.v;
        curTok = t;
        curPrev = prev;
        if (headChinese === null) headChinese = t.chinese;
        break;
      case 'zero':
        if (i === 0 || cur !== null || closed) return null;
        break;
      case 'some':
        // 十几, 二十几, 一百几十: 几 stands for an unknown digit after a unit
        if (cur !== null || closed || !prev || (prev.k !== 'small' && prev.k !== 'big')) return null;
        cur = 0;
        curTok = null;
        curPrev = prev;
        approx = 'more_than';
        break;
      case 'more':
        if (i === 0 || closed || approx !== 'exact' || prev?.k === 'zero') return null;
        approx = 'more_than';
        closed = true;
        break;
      case 'small': {
        if (closed) return null;
        let n = cur;
        if (n === null) {
          if (i !== 0) return null;
          n = 1; // 十余, 百余, 千余
        }
        if (t.v >= lastSmall) return null;
        sec += n * t.v;
        cur = null;
        curTok = null;
        lastSmall = t.v;
        break;
      }
      case 'big': {
        let n = sec + (cur ?? 0);
        if (n === 0) {
          if (i !== 0 || cur === 0) return null;
          n = 1; // 万余元, 亿元
        }
        if (t.v === 1e4) {
          if (seenWan) return null;
          if (seenYi && n >= 1e4) return null;
          wanAcc = n * 1e4;
          seenWan = true;
        } else {
          if (seenYi) return null;
          total = (wanAcc + n) * 1e8;
          wanAcc = 0;
          seenWan = false;
          seenYi = true;
        }
        sec = 0;
        cur = null;
        curTok = null;
        lastSmall = Infinity;
        break;
      }
    }
  }

  const last = toks[toks.length - 1]!;
  if (last.k === 'zero') return null;
  // a bare number after a unit: 一万五 (abbreviation), 3万4000 (fills the places below), 二十一 (adds)
  if (cur !== null && curTok && curPrev && (curPrev.k === 'small' || curPrev.k === 'big')) {
    const unit = curPrev.v;
    if (curTok.chinese) {
      if (unit >= 100) {
        if (!headChinese) return null;
        cur = cur * (unit / 10);
      }
    } else {
      const places = Math.round(Math.log10(unit));
      if (curTok.digits !== places || cur >= unit) return null;
    }
  }
  if (cur !== null && curTok && curPrev?.k === 'zero' && !(cur < 1e4 || seenYi)) return null;

  const raw = total + wanAcc + sec + (cur ?? 0);
  return finish(raw, approx);
}

function finish(raw: number, approx: ApproxT): ParsedNumber | null {
  if (!Number.isFinite(raw) || raw < 0 || raw > Number.MAX_SAFE_INTEGER) return null;
  // 8.82 * 1e4 is 88200.00000000001 in binary floating point
  const value = Number.isInteger(raw) ? raw : Number(raw.toPrecision(15));
  return { value, approx };
}

/** Full-width digits and separators, for callers that pass text the normalizer has not seen. */
function foldWidth(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF0C\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A number without outer qualifiers: `20余万`, `一千二百`, `1,200万`, `二〇二〇`. */
function parseCore(s: string): ParsedNumber | null {
  if (s.length === 0 || s.length > MAX_NUMERAL_LENGTH) return null;
  if (CHINESE_POSITIONAL.test(s) && (s.length >= 3 || /[零〇]/.test(s))) {
    if (s.length >= 2 && (s[0] === '零' || s[0] === '〇')) return null;
    let v = 0;
    for (const c of s) v = v * 10 + CHINESE_DIGITS[c]!;
    return finish(v, 'exact');
  }
  const toks = tokenize(s);
  return toks ? evaluate(toks) : null;
}

/** Splits the qualifier words off both ends of `s`. */
function stripQualifiers(s: string): { core: string; before: Qualifier | null; after: Qualifier | null } {
  let before: Qualifier | null = null;
  for (let k = Math.min(3, s.length - 1); k >= 1; k--) {
    const q = qualifierBefore(s, k);
    if (q && q.start === 0) {
      before = q;
      break;
    }
  }
  let core = before ? s.slice(before.end) : s;
  let after: Qualifier | null = null;
  for (let k = Math.min(3, core.length - 1); k >= 1; k--) {
    const q = qualifierAfter(core, core.length - k);
    if (q && q.end === core.length) {
      after = q;
      break;
    }
  }
  if (after) core = core.slice(0, after.start);
  return { core, before, after };
}

function combineApprox(before: Qualifier | null, inner: ApproxT, after: Qualifier | null): ApproxT {
  return before?.approx ?? (inner !== 'exact' ? inner : after?.approx ?? 'exact');
}

/** Parses a whole numeral expression such as `20余万`, `近千`, `一千二百`, `1,200万`; null when it is not one (ranges included: use parseRange). */
export function parseNumber(s: string): ParsedNumber | null {
  if (typeof s !== 'string' || s.length === 0 || s.length > MAX_NUMERAL_LENGTH + 6) return null;
  const { core, before, after } = stripQualifiers(foldWidth(s.trim()));
  const n = parseCore(core);
  return n ? { value: n.value, approx: combineApprox(before, n.approx, after) } : null;
}

/** 三五万, 两三千, 七八十: two neighbouring digits name a range; units after them scale both. */
const NEIGHBOUR_DIGITS = /^([一二两三四五六七八九])([二三四五六七八九])([十百千万亿拾佰仟萬]*)$/;
/** Separators of a range: 200-2000, 3~5万, 3至5万, 两到三万. */
const RANGE_SEPARATOR = /[-~—–至到]+/;

function neighbourRange(core: string): ParsedRange | null {
  const m = NEIGHBOUR_DIGITS.exec(core);
  if (!m) return null;
  const a = CHINESE_DIGITS[m[1]!]!;
  const b = CHINESE_DIGITS[m[2]!]!;
  if (b <= a || b - a > 2) return null;
  const scale = m[3] ? parseCore('一' + m[3]) : { value: 1, approx: 'exact' as const };
  if (!scale) return null;
  const lo = finish(a * scale.value, 'exact');
  const hi = finish(b * scale.value, 'exact');
  return lo && hi ? { value: lo.value, valueMax: hi.value, approx: 'exact' } : null;
}

/** The units a numeral ends with (`80万` -> 万, `5千万` -> 千万), as a multiplier; 1 when none. */
function trailingScale(core: string): number {
  const m = /[十百千万亿拾佰仟萬億]+$/.exec(core);
  if (!m) return 1;
  return parseCore('一' + m[0])?.value ?? 1;
}

/**
 * The value of a number written without its unit before one that has it, in a range or a list:
 * `3至5万` and `3、5、10万` read 3 as 3万. Only when the left has no unit of its own and the scaled
 * value stays at or below the right one (`5000至2万` keeps 5000).
 */
export function inheritScale(leftText: string, leftValue: number, rightText: string, rightValue: number): number {
  if (/[十百千万亿拾佰仟萬億]/.test(leftText)) return leftValue;
  const scale = trailingScale(rightText);
  return scale > 1 && leftValue * scale <= rightValue ? leftValue * scale : leftValue;
}

/**
 * Joins the two ends of a range. The left end takes the right end's trailing unit when it has none
 * of its own and that keeps it below the right end: 3至5万 -> 30000..50000, but 5000至2万 -> 5000..20000.
 */
export function joinRange(leftText: string, left: ParsedNumber, rightText: string, right: ParsedNumber): ParsedRange | null {
  const hi = right.value;
  const v = finish(inheritScale(leftText, left.value, rightText, hi), 'exact');
  if (!v || !(v.value < hi)) return null;
  const approx = left.approx !== 'exact' ? left.approx : right.approx;
  return { value: v.value, valueMax: hi, approx };
}

/** Like parseNumber, and also reads ranges: `200-2000`, `3至5万`, `两到三万`, `50万至80万`, `三五万`, `约3至5万`. */
export function parseRange(s: string): ParsedRange | null {
  if (typeof s !== 'string' || s.length === 0 || s.length > 2 * MAX_NUMERAL_LENGTH + 8) return null;
  const { core, before, after } = stripQualifiers(foldWidth(s.trim()));
  const sep = RANGE_SEPARATOR.exec(core);
  if (sep) {
    const l = core.slice(0, sep.index);
    const r = core.slice(sep.index + sep[0].length);
    const left = parseCore(l);
    const right = parseCore(r);
    if (!left || !right) return null;
    const joined = joinRange(l, left, r, right);
    return joined ? { ...joined, approx: combineApprox(before, joined.approx, after) } : null;
  }
  const pair = neighbourRange(core);
  if (pair) return { ...pair, approx: combineApprox(before, 'exact', after) };
  const n = parseCore(core);
  return n ? { value: n.value, valueMax: null, approx: combineApprox(before, n.approx, after) } : null;
}

const UNIT_CHAR = /[十百千万亿拾佰仟萬億]/;
const CHINESE_DIGIT_CHAR = /[零〇一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖兩]/;

/** What a run of numeral characters reads as, offsets aside: its longest prefix that is a number. */
interface RunReading extends ParsedRange {
  /** length of that prefix */
  length: number;
  hasUnit: boolean;
  chinese: boolean;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isMoreCode = (c: number) => c === 0x4f59 /* 余 */ || c === 0x591a /* 多 */;

/**
 * Runs of at most this many ASCII digits are summed in place. Nine digits stay below 2^31, so
 * the sum stays a small integer: a longer one would overflow it, and V8 then throws the
 * optimized code of the function away (and of its callers, which inline it) to compile it
 * again for doubles. Longer runs (phone numbers, ids) are rare and read by Number().
 */
const SMI_DIGITS = 9;

/** The value of the ASCII digits text[start, end) (at most SMI_DIGITS of them). */
function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/**
 * The most common runs read without tokens: Arabic digits with an optional decimal part, then
 * 万 or 亿 and/or 余 or 多, in either order (`85.5万`, `839余`, `20余万`, `5万余`, `3.5`). What the
 * grammar gives for these, worked out: the digits' value times the unit, more_than with 余/多.
 * null for anything else (commas, other units, Chinese digits, zero), which the grammar reads.
 * Reads the run text[start, end) in place: these runs are a third of a report's runs, and
 * reading them needs no substring (but for a decimal or a long number's digits) nor a table.
 */
function readArabicWithUnit(text: string, start: number, end: number): RunReading | null {
  let i = start;
  while (i < end && isDigitCode(text.charCodeAt(i))) i++;
  if (i === start) return null;
  const intEnd = i;
  // (bounds first: reading past the text's end would deoptimize the function)
  if (i < end && text.charCodeAt(i) === 46 /* . */) {
    const dot = i++;
    while (i < end && isDigitCode(text.charCodeAt(i))) i++;
    if (i === dot + 1) return null;
  }
  const digits = i;
  let unit = 1;
  let more = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x4e07 /* 万 */ || c === 0x4ebf) /* 亿 */ && unit === 1) unit = c === 0x4e07 ? 1e4 : 1e8;
    else if (isMoreCode(c) && !more) more = true;
    else return null;
  }
  // Number() of the digits, as the grammar reads them: for an integer of at most SMI_DIGITS digits, their sum
  const v = digits === intEnd && intEnd - start <= SMI_DIGITS ? digitsValue(text, start, intEnd) : Number(text.slice(start, digits));
  if (v === 0) return null;
  const n = finish(v * unit, more ? 'more_than' : 'exact');
  return n && { value: n.value, valueMax: null, approx: n.approx, length: end - start, hasUnit: unit !== 1, chinese: false };
}

/**
 * The longest prefix of a run of numeral characters that reads as a number or a 三五万-style
 * range. The run is at most MAX_NUMERAL_LENGTH long (readRun turns longer ones away).
 */
function readRunText(run: string): RunReading | null {
  const plain = readArabicWithUnit(run, 0, run.length);
  if (plain) return plain;
  for (let e = run.length; e > 0; e--) {
    const s = e === run.length ? run : run.slice(0, e);
    const chinese = CHINESE_DIGIT_CHAR.test(s);
    const pair = chinese ? neighbourRange(s) : null;
    const n = pair ?? parseCore(s);
    if (n) {
      const valueMax = pair ? pair.valueMax : null;
      return { value: n.value, valueMax, approx: n.approx, length: e, hasUnit: UNIT_CHAR.test(s), chinese };
    }
  }
  return null;
}

/**
 * Readings of runs already read. A run's reading depends on its characters alone, and the same
 * runs (10万, 1.5, 两千...) come back in every report; bounded so that a long archive of
 * distinct numbers cannot grow it without end.
 */
const readings = new Map<string, RunReading | null>();
const MAX_READINGS = 50_000;
/** Readings of one-character runs (一 in 统一, 万 in 万众), by character code: the most common runs, looked up without a substring. */
const singleReadings = new Map<number, RunReading | null>();

function readingOf(text: string, start: number, end: number): RunReading | null {
  if (end - start === 1) {
    const code = text.charCodeAt(start);
    let r = singleReadings.get(code);
    if (r === undefined) singleReadings.set(code, (r = readRunText(text[start]!)));
    return r;
  }
  // a run of ASCII digits alone (12, 2023, 12351: the most common runs) reads as its value, exactly
  // as parseCore reads it (one Arabic token, no unit), without a substring or a table
  if (end - start <= SMI_DIGITS) {
    let value = 0;
    let i = start;
    for (; i < end; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      value = value * 10 + d;
    }
    if (i === end) return { value, valueMax: null, approx: 'exact', length: end - start, hasUnit: false, chinese: false };
    // digits then 万/亿/余/多 (300万, 20余万): read in place, as readRunText would read them first
    if (i > start) {
      const plain = readArabicWithUnit(text, start, end);
      if (plain) return plain;
    }
  }
  const run = text.slice(start, end);
  let r = readings.get(run);
  if (r === undefined) {
    r = readRunText(run);
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(run, r);
  }
  return r;
}

/**
 * The one-character numerals' text, by character code: a third of a report's numerals are one
 * character (一 in 统一, 一线; 7, 两), and slicing each out of the text made a new string.
 */
const singleTexts = new Map<number, string>();

function oneCharacter(text: string, at: number): string {
  const code = text.charCodeAt(at);
  let s = singleTexts.get(code);
  if (s === undefined) singleTexts.set(code, (s = text[at]!));
  return s;
}

function readRun(text: string, start: number, end: number): NumeralSpan | null {
  if (end - start > MAX_NUMERAL_LENGTH) return null;
  const r = readingOf(text, start, end);
  if (!r) return null;
  const e = start + r.length;
  const written = r.length === 1 ? oneCharacter(text, start) : text.slice(start, e);
  return { value: r.value, valueMax: r.valueMax, approx: r.approx, start, end: e, text: written, hasUnit: r.hasUnit, chinese: r.chinese };
}

/** The first offset in [from, to) where a numeral can start, or `to`. */
function nextRunStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (NUMERAL_CHAR_KIND[text.charCodeAt(i)]! & STARTS_NUMERAL) === 0) i++;
  return i;
}

/** The end of the run of numeral characters that starts at `start` (exclusive, at most `to`). */
function runEnd(text: string, start: number, to: number): number {
  let i = start + 1;
  while (i < to && (NUMERAL_CHAR_KIND[text.charCodeAt(i)]! & IN_NUMERAL) !== 0) i++;
  return i;
}

/**
 * Separators of a range written between two numerals: 200-2000, 3~5万, 3至5万 (- ~ — – 至 到).
 * Asked by code after every numeral: reading a Chinese character as a string makes a new string.
 */
const isRangeSeparator = (code: number) =>
  code === 0x2d /* - */ || code === 0x7e /* ~ */ || code === 0x2014 /* — */ || code === 0x2013 /* – */ || code === 0x81f3 /* 至 */ || code === 0x5230; /* 到 */

/** The numerals of the last whole text asked for: the amount and volunteer rules read the same text. */
let lastWhole: { text: string; found: readonly NumeralSpan[] } | null = null;

/**
 * Finds the numeral expressions in `text[from, to)`, left to right, without qualifiers
 * (read those with qualifierBefore / qualifierAfter). A range written with a separator
 * (`200-2000`, `3至5万`) is one span. Linear in the length of the text. The list is
 * shared between callers asking for the same whole text: do not change it.
 */
export function findNumerals(text: string, from = 0, to = text.length): readonly NumeralSpan[] {
  const whole = from === 0 && to === text.length;
  if (whole && lastWhole && lastWhole.text === text) return lastWhole.found;
  const out: NumeralSpan[] = [];
  let i = nextRunStart(text, Math.max(0, from), to);
  while (i < to) {
    const end = runEnd(text, i, to);
    const n = readRun(text, i, end);
    if (!n) {
      // nothing in this run reads as a number: go on after it
      i = nextRunStart(text, end, to);
      continue;
    }
    let next = n.end;
    let joinedRange: NumeralSpan | null = null;
    // a range: number, separator, number
    if (n.valueMax === null && n.end + 1 < to && isRangeSeparator(text.charCodeAt(n.end)) && (NUMERAL_CHAR_KIND[text.charCodeAt(n.end + 1)]! & STARTS_NUMERAL) !== 0) {
      const rStart = n.end + 1;
      const r = readRun(text, rStart, runEnd(text, rStart, to));
      const joined = r && r.valueMax === null ? joinRange(n.text, n, r.text, r) : null;
      if (r && joined) {
        // (written out, not spread from `joined`: the same shape as readRun's spans, built without a copy of `joined`)
        joinedRange = {
          value: joined.value,
          valueMax: joined.valueMax,
          approx: joined.approx,
          start: n.start,
          end: r.end,
          text: text.slice(n.start, r.end),
          hasUnit: n.hasUnit || r.hasUnit,
          chinese: n.chinese || r.chinese,
        };
        next = r.end;
      }
    }
    out.push(joinedRange ?? n);
    i = nextRunStart(text, next, to);
  }
  if (whole) lastWhole = { text, found: out };
  return out;
}

export { qualifierAfter, qualifierBefore } from './qualifiers.js';
export type { Qualifier } from './qualifiers.js';
