/**
 * What of a report the segmenter must cut for the union rules: not every sentence that
 * names a union, but each run of text (between word breaks: ASCII punctuation, spaces,
 * 。) up to the last union suffix in it. A name never reaches back over a word break
 * other than a bracket (name-span.ts stops at them), so the run's start is where its
 * tokens start anyway; the text after the last suffix only matters when the segmenter
 * could read a word across the suffix's end (segmentWindows checks that and then cuts
 * the run whole). Runs that hold an abbreviation (`市总`, `全总`) are cut whole: whether
 * the segmenter reads 总 alone depends on what follows.
 *
 * The rest of those sentences is cut only when a bare abbreviation or a group looks for
 * a place (places.ts, PlaceIndex).
 */
import type { Span } from '../../pipeline/types.js';
import { type CutWindow, isWordBreak } from '../../pipeline/segment.js';
import { SUFFIX } from './vocabulary.js';

/** The sentences worth segmenting: those that may name a union. */
export function sentencesNamingUnions(text: string, sentences: Span[]): Span[] {
  return sentences.filter((s) => /工会|工联|[市省区县]总|全总/.test(text.slice(s.start, s.end)));
}

/** An abbreviation or 全总 without a suffix after it: see find-phrases.ts. */
const ABBREVIATION = /(?:自治区|[省市区县])总(?!工会|工联)|全总(?!工会)/;
const SUFFIXES = new RegExp(SUFFIX.source, 'g');

/** Brackets may sit inside a name (内蒙古电力(集团)有限责任公司工会): a run goes on over them. */
const isRunBreak = (c: number) => c !== 0x28 && c !== 0x29 && isWordBreak(c);

/**
 * Every run of the sentences that name a union, in text order: a window up to its last
 * suffix (or the whole run), or an empty window (start = end) for a run with none.
 */
export function unionWindows(text: string, sentences: Span[]): CutWindow[] {
  // the segment stage and the union extractor both ask, for the same document
  if (last && last.text === text && last.sentences === sentences) return last.windows;
  const out: CutWindow[] = [];
  for (const s of sentencesNamingUnions(text, sentences)) {
    let from = s.start;
    for (let i = s.start; i <= s.end; i++) {
      if (i < s.end && !isRunBreak(text.charCodeAt(i))) continue;
      if (i > from) out.push(windowOf(text, from, i));
      from = i + 1;
    }
  }
  last = { text, sentences, windows: out };
  return out;
}

let last: { text: string; sentences: Span[]; windows: CutWindow[] } | null = null;

function windowOf(text: string, start: number, runEnd: number): CutWindow {
  const run = text.slice(start, runEnd);
  if (ABBREVIATION.test(run)) return { start, end: runEnd, runEnd };
  let end = start;
  for (const m of run.matchAll(SUFFIXES)) end = start + m.index + m[0].length;
  return { start, end, runEnd };
}
