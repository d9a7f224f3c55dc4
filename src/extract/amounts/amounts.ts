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
import { findMoneySpans } from './spans.js';
import { notAUnionSum } from './not-union-money.js';
import { amountApprox, phraseStart } from './approx.js';
import { resolveCurrency } from './currency.js';
import { amountKind } from './kind.js';
import { amountPer } from './per.js';
import { markTotals } from './total.js';
import { sentenceEnd, sentenceStart } from './context.js';

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
  const kept = findMoneySpans(text)
    .map((s) => ({ s, phraseStart: phraseStart(text, s) }))
    .filter(({ s, phraseStart }) => notAUnionSum(text, s, phraseStart) === null);
  const totals = markTotals(
    text,
    kept.map(({ s, phraseStart }) => ({ phraseStart, start: s.start, end: s.end })),
  );
  return kept.map(({ s, phraseStart }, i) => ({
    text: text.slice(s.start, s.end),
    value: s.value,
    valueMax: s.valueMax,
    approx: amountApprox(text, s),
    currency: resolveCurrency(s.currency?.code ?? null, ctx.layout.region),
    kind: amountKind(text, s, phraseStart, i > 0 ? kept[i - 1]!.s.end : 0),
    per: amountPer(text, s, phraseStart),
    isTotal: totals[i]!,
    union: null,
    date: null,
    start: s.start,
    end: s.end,
    sentence: sentenceAt(ctx, s.start),
  }));
}
