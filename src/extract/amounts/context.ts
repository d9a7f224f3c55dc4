/**
 * Windows of text around a sum that the rules read: the clause (between commas)
 * and the sentence (between 。；!), both capped in length so that a pathological
 * line costs linear time. Brackets are not boundaries either (`下?(xiàng)5万元` keeps its
 * clause). `?` is not a boundary: in web captures it stands for a
 * character lost in transcoding (`下?(xiàng)5万元`) far more often than for a question.
 */

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

/** Offsets of clause and sentence ends in one text, computed once per text (the rules ask many times). */
interface Breaks {
  text: string;
  clause: readonly number[];
  sentence: readonly number[];
}
let cached: Breaks | null = null;

function breaks(text: string): Breaks {
  if (cached && cached.text === text) return cached;
  const clause: number[] = [];
  const sentence: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ends = ENDS[text.charCodeAt(i)]!;
    if (ends === 0) continue;
    if (ends & 1 && !isThousandsComma(text, i)) clause.push(i);
    if (ends & 2) sentence.push(i);
  }
  cached = { text, clause, sentence };
  return cached;
}

/** Index of the first break >= pos (a binary search written out: it runs for every sum, several times). */
function firstAtOrAfter(list: readonly number[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function startBefore(list: readonly number[], pos: number, cap: number): number {
  const k = firstAtOrAfter(list, pos) - 1;
  const b = k >= 0 ? list[k]! + 1 : 0;
  return Math.max(b, pos - cap, 0);
}

function endFrom(list: readonly number[], pos: number, cap: number, length: number): number {
  const k = firstAtOrAfter(list, pos);
  const b = k < list.length ? list[k]! : length;
  return Math.min(b, pos + cap, length);
}

/** Start of the clause holding offset `pos`. */
export function clauseStart(text: string, pos: number): number {
  return startBefore(breaks(text).clause, pos, MAX_CLAUSE);
}

/** End of the clause holding offset `pos` (exclusive). */
export function clauseEnd(text: string, pos: number): number {
  return endFrom(breaks(text).clause, pos, MAX_CLAUSE, text.length);
}

export function sentenceStart(text: string, pos: number): number {
  return startBefore(breaks(text).sentence, pos, MAX_SENTENCE);
}

export function sentenceEnd(text: string, pos: number): number {
  return endFrom(breaks(text).sentence, pos, MAX_SENTENCE, text.length);
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
 * rule (difference, threshold, others' money, kind, per), which would otherwise each find and
 * slice the same clause again.
 */
export interface SumClause {
  /** the clause before the written sum (from the clause start to the sum's phrase start) */
  before: string;
  /** the clause after the sum (from its end to the clause end) */
  after: string;
}

export function sumClause(text: string, phraseStart: number, end: number): SumClause {
  return { before: clauseBefore(text, phraseStart), after: clauseAfter(text, end) };
}
