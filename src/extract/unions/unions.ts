/** Union names, abbreviations and aliases (SPEC 3, Union). STUB: to be written. */
import type { ExtractContext, Span, UnionsFound } from '../../pipeline/types.js';

/** The sentences worth segmenting: those that may name a union. */
export function sentencesNamingUnions(text: string, sentences: Span[]): Span[] {
  return sentences.filter((s) => /工会|工联会|[市省区县]总|全总/.test(text.slice(s.start, s.end)));
}

export function extractUnions(_ctx: ExtractContext): UnionsFound {
  return { unions: [], mentions: [] };
}
