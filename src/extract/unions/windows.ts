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
import { type CutWindow, asciiWordBreaks, isWordBreak } from '../../pipeline/segment.js';
import { SUFFIX } from './vocabulary.js';
import { allMatches } from '../../text/search.js';

const NAMES_A_UNION = /工会|工联|[市省区县]总|全总/;

/** The sentences worth segmenting: those that may name a union. */
export function sentencesNamingUnions(text: string, sentences: Span[]): Span[] {
  // the segment stage and the union extractor both ask, for the same document
  const known = naming.get(sentences);
  if (known && known.text === text) return known.spans;
  const spans = inTextOrder(sentences) ? namingByOneSearch(text, sentences) : sentences.filter((s) => NAMES_A_UNION.test(text.slice(s.start, s.end)));
  naming.set(sentences, { text, spans });
  return spans;
}

/** By a document's sentences (several documents may be between the two stages: see segmentWindowsOfMany). */
const naming = new WeakMap<Span[], { text: string; spans: Span[] }>();

const NAMES_A_UNION_ALL = new RegExp(NAMES_A_UNION.source, 'g');

/**
 * The sentences (in text order, apart) that hold a match of NAMES_A_UNION, found by one
 * search over the whole text instead of a slice and a search per sentence. The same
 * sentences: every match is two characters, and none starts with the last character of
 * another (会, 联, 总), so a match running into a sentence from before it never hides one
 * inside it.
 */
function namingByOneSearch(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  let k = 0;
  // each match ends where test() leaves lastIndex and starts two characters before: no
  // match object is made (most of the text of a report is searched)
  NAMES_A_UNION_ALL.lastIndex = 0;
  while (NAMES_A_UNION_ALL.test(text)) {
    const end = NAMES_A_UNION_ALL.lastIndex;
    while (k < sentences.length && sentences[k]!.end < end) k++;
    if (k === sentences.length) break;
    const s = sentences[k]!;
    // (out[-1] of the empty list would be a slow named-property read)
    if (s.start <= end - 2 && (out.length === 0 || out[out.length - 1] !== s)) out.push(s);
  }
  NAMES_A_UNION_ALL.lastIndex = 0;
  return out;
}

function inTextOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.end) return false;
  return true;
}

/** An abbreviation or 全总 without a suffix after it: see find-phrases.ts. */
const ABBREVIATIONS = /(?:自治区|[省市区县])总(?!工会|工联)|全总(?!工会)/g;
const SUFFIXES = new RegExp(SUFFIX.source, 'g');

/**
 * A window as an instance of its own class, not an object literal: literals with `start` and
 * `end` first share their hidden classes with every other span of the pipeline, and each time
 * another module changed those, the optimized windowsOf was thrown away and compiled again.
 */
class Window implements CutWindow {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly runEnd: number,
  ) {}
}

/**
 * Whether the code unit `c` ends a run: a word break (isWordBreak; `ascii` is its table for
 * ASCII, asciiWordBreaks, read once per sentence rather than asked of the segmenter per
 * character). Brackets may sit inside a name (内蒙古电力(集团)有限责任公司工会): a run goes
 * on over them.
 */
const isRunBreak = (c: number, ascii: Uint8Array) => (c > 0x7e ? isWordBreak(c) : c !== 0x28 && c !== 0x29 && ascii[c] === 1);

/**
 * Every run of the sentences that name a union, in text order: a window up to its last
 * suffix (or the whole run), or an empty window (start = end) for a run with none.
 */
export function unionWindows(text: string, sentences: Span[]): CutWindow[] {
  // the segment stage and the union extractor both ask, for the same document
  const known = windowsBySentences.get(sentences);
  if (known && known.text === text) return known.windows;
  const out: CutWindow[] = [];
  for (const s of sentencesNamingUnions(text, sentences)) windowsOf(text, s, out);
  windowsBySentences.set(sentences, { text, windows: out });
  return out;
}

const windowsBySentences = new WeakMap<Span[], { text: string; windows: CutWindow[] }>();

/**
 * The windows of one sentence's runs. Suffixes and abbreviations are found once over the
 * whole sentence: they are Han characters only, so none runs across a word break, and the
 * characters after a run (a break, or the sentence's end) decide no look-ahead. A run holds
 * the same ones as when searched alone.
 */
function windowsOf(text: string, s: Span, out: CutWindow[]): void {
  const start = s.start;
  const stop = s.end;
  const part = text.slice(start, stop);
  // the end of each suffix: where test() leaves lastIndex (no match object is made)
  const suffixEnds: number[] = [];
  SUFFIXES.lastIndex = 0;
  while (SUFFIXES.test(part)) suffixEnds.push(start + SUFFIXES.lastIndex);
  const abbreviations: number[] = [];
  // (each abbreviation holds 总: most sentences have none, which one search settles)
  if (part.indexOf('总') >= 0) for (const m of allMatches(ABBREVIATIONS, part)) abbreviations.push(start + m.index);
  const ascii = asciiWordBreaks();
  let e = 0;
  let a = 0;
  let from = start;
  for (let i = start; i <= stop; i++) {
    if (i < stop && !isRunBreak(text.charCodeAt(i), ascii)) continue;
    if (i > from) {
      while (a < abbreviations.length && abbreviations[a]! < from) a++;
      if (a < abbreviations.length && abbreviations[a]! < i) out.push(new Window(from, i, i));
      else {
        let end = from;
        while (e < suffixEnds.length && suffixEnds[e]! <= i) end = Math.max(from, suffixEnds[e++]!);
        out.push(new Window(from, end, i));
      }
    }
    from = i + 1;
  }
}
