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
import type { CutWindow } from '../../pipeline/segment.js';
import { findPhrases } from './find-phrases.js';
import type { Phrase } from './classify.js';
import { PlaceIndex } from './places.js';
import { resolveUnions } from './resolve.js';
import { sentencesNamingUnions, unionWindows } from './windows.js';
import { segment } from '../../pipeline/segment.js';

export { sentencesNamingUnions, unionWindows } from './windows.js';

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
  for (let i = 0; i < spans.length; i++) for (const p of findPhrases(text, spans[i]!, bySpan[i]!, ctx.unionNames)) phrases.push(p);
  // nothing to resolve (and an empty list, of another shape than a list of phrases, never
  // reaches the steps of resolveUnions, which deoptimized on it)
  if (phrases.length === 0) return { unions: [], mentions: [], references: [] };
  const places = new PlaceIndex(text, tokens, uncut(unionWindows(text, layout.sentences), tokens), (s) => segment(text, [s]));
  return resolveUnions(layout, phrases, places);
}

/** The parts of the windows' runs that the tokens do not cover (each run's text after its window). */
function uncut(windows: readonly CutWindow[], tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  let k = 0;
  for (const w of windows) {
    // the tokens end where the window was cut: at its end, or at the run's end when it was cut whole
    while (k < tokens.length && tokens[k]!.end <= w.runEnd) k++;
    const covered = k > 0 && tokens[k - 1]!.end > w.start ? tokens[k - 1]!.end : w.start;
    if (covered < w.runEnd) out.push({ start: covered, end: w.runEnd });
  }
  return out;
}
