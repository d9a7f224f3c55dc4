/**
 * Unions (SPEC 3, Union): names ending in 工会 / 总工会 / 工会联合会 / 工联会, the
 * abbreviations that stand for them, one entry per organisation, and the mentions and
 * references (groups, unresolved phrases) that the linker works with.
 *
 * find-phrases.ts finds the phrases (name-span.ts: where a name starts; classify.ts:
 * what it names); places.ts finds the places abbreviations resolve against;
 * merge.ts and resolve.ts make the entries.
 */
import type { ExtractContext, Span, Token, UnionsFound } from '../../pipeline/types.js';
import { findPhrases } from './find-phrases.js';
import type { Phrase } from './classify.js';
import { findPlaces } from './places.js';
import { resolveUnions } from './resolve.js';

/** The sentences worth segmenting: those that may name a union. */
export function sentencesNamingUnions(text: string, sentences: Span[]): Span[] {
  return sentences.filter((s) => /工会|工联|[市省区县]总|全总/.test(text.slice(s.start, s.end)));
}

/** Tokens inside each span, for spans and tokens both in text order. */
function tokensBySpan(spans: readonly Span[], tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let k = 0;
  for (const s of spans) {
    while (k < tokens.length && tokens[k]!.end <= s.start) k++;
    const mine: Token[] = [];
    for (let j = k; j < tokens.length && tokens[j]!.start < s.end; j++) mine.push(tokens[j]!);
    out.push(mine);
  }
  return out;
}

export function extractUnions(ctx: ExtractContext): UnionsFound {
  const { text, layout, tokens } = ctx;
  const spans = sentencesNamingUnions(text, layout.sentences);
  const bySpan = tokensBySpan(spans, tokens);
  const phrases: Phrase[] = [];
  spans.forEach((s, i) => phrases.push(...findPhrases(text, s, bySpan[i]!, ctx.unionNames)));
  return resolveUnions(text, layout, phrases, findPlaces(tokens));
}
