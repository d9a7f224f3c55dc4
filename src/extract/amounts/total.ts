/**
 * Totals (SPEC 3, Amount.isTotal: "stated as a sum of other figures").
 * A sum is a total when
 * - a total word comes before it: 共计 总计 合计 累计 合共 总共 一共 总额, or 至此 ("by now",
 *   a running total: `至此,全省三级工会已下拨专项补助金1644.53万元`) in its sentence,
 *   or 共 in its clause (`共发放慰问金9.8万元`; not 共同, 公共, 中共, 共有), and it is the first
 *   sum after that word with no 其中 in between (`累计为职工办理理赔1.26万人次,支付互助金2356.8万元`);
 * - or it is the last sum before a 其中 that is followed by another sum in the same sentence
 *   (`下拨资金73万元(其中省总工会下拨20万元,...)`).
 * 总价值 is not a total word (it is the value of goods).
 */
import { clauseStart, sentenceEnd, sentenceStart } from './context.js';
import { lastMatch } from '../../text/search.js';

export interface Placed {
  /** where the written sum begins, its qualifiers included */
  phraseStart: number;
  start: number;
  end: number;
}

const STRONG = /共计|总计|合计|累计|合共|总共|一共|总额|总金额|至此/g;
const WEAK = /(?<![中公总])共(?!同|享|建|青|产|襄|有|识|赢|度|商|治|济|担|鸣|性|计|和)/g;

/**
 * Whether text[from, to) holds one of the characters that every total word holds (计 共 额 此):
 * without one, neither pattern can match there. Most windows before a sum hold none, and this
 * look at each character is cheaper than running the two patterns over a fresh slice.
 */
function mayHoldTotalWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x8ba1 /* 计 */ || c === 0x5171 /* 共 */ || c === 0x989d /* 额 */ || c === 0x6b64 /* 此 */) return true;
  }
  return false;
}

/** Whether a total word before the sum at `i` makes it a total. */
function followsTotalWord(text: string, sums: readonly Placed[], i: number): boolean {
  const s = sums[i]!;
  const sStart = sentenceStart(text, s.phraseStart);
  // the previous sum in the same sentence bounds the keyword's reach
  const prev = i > 0 ? sums[i - 1]! : null;
  const from = prev !== null && prev.end > sStart ? prev.end : sStart;
  if (!mayHoldTotalWord(text, from, s.phraseStart)) return false;
  const window = text.slice(from, s.phraseStart);
  // the last total word: a strong one anywhere in the window, 共 only in the sum's clause
  const strong = lastMatch(STRONG, window);
  const weak = lastMatch(WEAK, window);
  const cStart = clauseStart(text, s.phraseStart);
  const last = Math.max(strong ? from + strong.index : -1, weak && from + weak.index >= cStart ? from + weak.index : -1);
  return last >= 0 && !text.slice(last, s.phraseStart).includes('其中');
}

/** 73万元(其中...20万元...): whether the sum at `i` is the last before a 其中 that the next sum in its sentence follows. */
function precedesBreakdown(text: string, sums: readonly Placed[], i: number): boolean {
  if (i + 1 >= sums.length) return false;
  const s = sums[i]!;
  const next = sums[i + 1]!;
  if (next.phraseStart <= 0 || next.phraseStart >= sentenceEnd(text, s.end)) return false;
  return text.slice(s.end, next.phraseStart).includes('其中');
}

export function markTotals(text: string, sums: readonly Placed[]): boolean[] {
  const isTotal: boolean[] = [];
  for (let i = 0; i < sums.length; i++) isTotal.push(followsTotalWord(text, sums, i) || precedesBreakdown(text, sums, i));
  return isTotal;
}
