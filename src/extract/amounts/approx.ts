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

/** `lead` and `trail`: the sum's leadingQualifier and trailingQualifier (looked up once per sum by the caller). */
export function amountApprox(s: MoneySpan, lead: Qualifier | null, trail: Qualifier | null): ApproxT {
  if (lead) return lead.approx;
  if (s.innerApprox !== 'exact') return s.innerApprox;
  return trail?.approx ?? 'exact';
}

/** Where the written sum begins, its leading qualifier `lead` included (the rules read the clause before this). */
export function phraseStart(s: MoneySpan, lead: Qualifier | null): number {
  return Math.min(s.start, s.numStart, s.currency?.start ?? s.start, lead?.start ?? s.start);
}
