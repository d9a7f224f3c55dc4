/**
 * How exact a sum is (SPEC 3: 余 多 以上 超过 超 逾 起 -> more_than; 约 近 左右 大约 -> about;
 * 不到 不足 -> less_than). A word right before the number, or before its currency prefix
 * (`逾新台币300万元`), wins over a marker inside the numeral (`20余万元`), which wins over a
 * word after the currency (`2000元以上`, `200元起`, `300元左右`). The words themselves are
 * the numerals module's (src/extract/numerals/qualifiers.ts).
 */
import type { ApproxT } from '../../schema/record.js';
import { qualifierAfter, qualifierBefore, type Qualifier } from '../numerals/qualifiers.js';
import type { MoneySpan } from './spans.js';

/** The qualifier written before the sum, if any (before the number, or before a currency prefix). */
export function leadingQualifier(text: string, s: MoneySpan): Qualifier | null {
  const q = qualifierBefore(text, s.numStart);
  if (q) return q;
  if (s.currency && s.currency.end === s.numStart) return qualifierBefore(text, s.currency.start);
  return null;
}

/** The qualifier written right after the sum (`以上`, `左右`, `起`), if any. */
export function trailingQualifier(text: string, s: MoneySpan): Qualifier | null {
  return qualifierAfter(text, s.end);
}

export function amountApprox(text: string, s: MoneySpan): ApproxT {
  const before = leadingQualifier(text, s);
  if (before) return before.approx;
  if (s.innerApprox !== 'exact') return s.innerApprox;
  return trailingQualifier(text, s)?.approx ?? 'exact';
}

/** Where the written sum begins, its leading qualifier included (the rules read the clause before this). */
export function phraseStart(text: string, s: MoneySpan): number {
  const q = leadingQualifier(text, s);
  return Math.min(s.start, s.numStart, s.currency?.start ?? s.start, q?.start ?? s.start);
}
