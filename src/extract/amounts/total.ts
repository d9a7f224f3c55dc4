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

export function markTotals(text: string, sums: readonly Placed[]): boolean[] {
  const isTotal = sums.map(() => false);
  sums.forEach((s, i) => {
    const sStart = sentenceStart(text, s.phraseStart);
    const cStart = clauseStart(text, s.phraseStart);
    // the previous sum in the same sentence bounds the keyword's reach
    const prev = sums[i - 1];
    const from = Math.max(sStart, prev && prev.end > sStart ? prev.end : sStart);
    const window = text.slice(from, s.phraseStart);
    // the last total word: a strong one anywhere in the window, 共 only in the sum's clause
    const strong = lastMatch(STRONG, window);
    const weak = lastMatch(WEAK, window);
    const last = Math.max(strong ? from + strong.index : -1, weak && from + weak.index >= cStart ? from + weak.index : -1);
    if (last >= 0 && !text.slice(last, s.phraseStart).includes('其中')) isTotal[i] = true;
    // 73万元(其中...20万元...): the sum just before 其中
    const sEnd = sentenceEnd(text, s.end);
    const next = sums[i + 1];
    const upto = next && next.phraseStart < sEnd ? next.phraseStart : -1;
    if (upto > 0 && text.slice(s.end, upto).includes('其中')) isTotal[i] = true;
  });
  return isTotal;
}
