/**
 * Windows of text around a sum that the rules read: the clause (between commas)
 * and the sentence (between 。；!), both capped in length so that a pathological
 * line costs linear time. Brackets are not boundaries either (`下?(xiàng)5万元` keeps its
 * clause). `?` is not a boundary: in web captures it stands for a
 * character lost in transcoding (`下?(xiàng)5万元`) far more often than for a question.
 */
import type { Qualifier } from '../numerals/qualifiers.js';

/** A clause ends at these: , ; : 。 ! ！ ； ： and a line end; `,` only when it is not a thousands separator (1,200). */
const CLAUSE_END = ',;:。!！；：\n';
/** A sentence ends at these: 。 ! ！ ; ； and a line end. */
const SENTENCE_END = '。!！;；\n';
/** For each UTF-16 code unit: 1 when it ends a clause, 2 when it ends a sentence (a table: the scan visits every character). */
const ENDS = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of CLAUSE_END) table[c.charCodeAt(0)] = 1;
  for (const c of SENTENCE_END) table[c.charCodeAt(0)]! |= 2;
  return table;
})();
/** How far the rules look around a sum. */
export const MAX_CLAUSE = 48;
export const MAX_SENTENCE = 240;

function isThousandsComma(text: string, i: number): boolean {
  return text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
}

/**
 * The boundaries are found by looking outward from the position, no further than the cap:
 * the same answer as a list of every break in the text, without a pass over the whole text
 * (a report's few sums look at a few dozen characters each).
 */
function isClauseEnd(text: string, i: number): boolean {
  return (ENDS[text.charCodeAt(i)]! & 1) !== 0 && !isThousandsComma(text, i);
}

function isSentenceEnd(text: string, i: number): boolean {
  return (ENDS[text.charCodeAt(i)]! & 2) !== 0;
}

/** Start of the clause holding offset `pos`. */
export function clauseStart(text: string, pos: number): number {
  const floor = Math.max(pos - MAX_CLAUSE, 0);
  for (let i = pos - 1; i >= floor; i--) if (isClauseEnd(text, i)) return i + 1;
  return floor;
}

/** End of the clause holding offset `pos` (exclusive). */
export function clauseEnd(text: string, pos: number): number {
  const ceiling = Math.min(pos + MAX_CLAUSE, text.length);
  for (let i = Math.max(pos, 0); i < ceiling; i++) if (isClauseEnd(text, i)) return i;
  return ceiling;
}

export function sentenceStart(text: string, pos: number): number {
  const floor = Math.max(pos - MAX_SENTENCE, 0);
  for (let i = pos - 1; i >= floor; i--) if (isSentenceEnd(text, i)) return i + 1;
  return floor;
}

export function sentenceEnd(text: string, pos: number): number {
  const ceiling = Math.min(pos + MAX_SENTENCE, text.length);
  for (let i = Math.max(pos, 0); i < ceiling; i++) if (isSentenceEnd(text, i)) return i;
  return ceiling;
}

/** The text of the clause before a sum (from the clause start to `start`). */
export function clauseBefore(text: string, start: number): string {
  return text.slice(clauseStart(text, start), start);
}

/** The text of the clause after a sum (from `end` to the clause end). */
export function clauseAfter(text: string, end: number): string {
  return text.slice(end, clauseEnd(text, end));
}

/**
 * The clause around one sum, as the rules read it: worked out once per sum and handed to each
 * rule (difference, threshold, others' money, approx, kind, per), which would otherwise each find
 * and slice the same clause, and look up the same qualifiers, again.
 */
export interface SumClause {
  /** the clause before the written sum (from the clause start to the sum's phrase start) */
  before: string;
  /** the clause after the sum (from its end to the clause end) */
  after: string;
  /** the qualifier written before the sum (`约`, `超过`), if any: approx.ts's leadingQualifier */
  lead: Qualifier | null;
  /** the qualifier written right after the sum (`以上`, `左右`), if any: approx.ts's trailingQualifier */
  trail: Qualifier | null;
}

export function sumClause(text: string, phraseStart: number, end: number, lead: Qualifier | null, trail: Qualifier | null): SumClause {
  return { before: clauseBefore(text, phraseStart), after: clauseAfter(text, end), lead, trail };
}
