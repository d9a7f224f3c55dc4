/**
 * Sums of money (SPEC 3, Amount); union and date are left null for the linker.
 *
 * find the written sums (spans.ts) -> drop those that are not a union's money
 * (not-union-money.ts) -> for each: approx (approx.ts), currency (currency.ts),
 * kind (kind.ts), per (per.ts) -> isTotal over the sums of a sentence (total.ts).
 * Values come from the numerals module; every occurrence is a fact.
 */
import type { Amount } from '../../schema/record.js';
import type { ExtractContext, Span } from '../../pipeline/types.js';
import { findMoneySpans, type MoneySpan } from './spans.js';
import { notAUnionSum } from './not-union-money.js';
import { amountApprox, leadingQualifier, phraseStart, trailingQualifier } from './approx.js';
import { resolveCurrency } from './currency.js';
import { amountKind } from './kind.js';
import { amountPer } from './per.js';
import { markTotals, type Placed } from './total.js';
import { sentenceEnd, sentenceStart, sumClause, type SumClause } from './context.js';

/** The layout sentence holding `pos` (sentences are in order: binary search). */
function sentenceAt(ctx: ExtractContext, pos: number): string {
  const ss: Span[] = ctx.layout.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return ctx.text.slice(s.start, s.end);
  }
  return ctx.text.slice(sentenceStart(ctx.text, pos), sentenceEnd(ctx.text, pos)).trim();
}

export function extractAmounts(ctx: ExtractContext): Amount[] {
  const { text } = ctx;
  const spans = findMoneySpans(text);
  // the sums that are a union's, each with where its phrase starts and the clause around it
  const kept: MoneySpan[] = [];
  const placed: Placed[] = [];
  const clauses: SumClause[] = [];
  for (const s of spans) {
    const lead = leadingQualifier(text, s);
    const start = phraseStart(s, lead);
    const clause = sumClause(text, start, s.end, lead, trailingQualifier(text, s));
    if (notAUnionSum(text, s, start, clause) !== null) continue;
    kept.push(s);
    placed.push({ phraseStart: start, start: s.start, end: s.end });
    clauses.push(clause);
  }
  const totals = markTotals(text, placed);
  const out: Amount[] = [];
  for (let i = 0; i < kept.length; i++) {
    const s = kept[i]!;
    const start = placed[i]!.phraseStart;
    const clause = clauses[i]!;
    out.push({
      text: text.slice(s.start, s.end),
      value: s.value,
      valueMax: s.valueMax,
      approx: amountApprox(s, clause.lead, clause.trail),
      currency: resolveCurrency(s.currency?.code ?? null, ctx.layout.region),
      kind: amountKind(text, start, clause, i > 0 ? kept[i - 1]!.end : 0),
      per: amountPer(s, clause),
      isTotal: totals[i]!,
      union: null,
      date: null,
      start: s.start,
      end: s.end,
      sentence: sentenceAt(ctx, s.start),
    });
  }
  return out;
}
