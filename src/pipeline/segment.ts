/**
 * Stage 3: Chinese word segmentation with nodejieba, loaded lazily, once per thread,
 * by the first file that has a sentence to cut, and only asked to cut the sentences
 * that need it.
 *
 * Main dictionary: `src/dict/jieba.trimmed.utf8` (built by src/dict/trim-jieba-dict.mjs),
 * a third of nodejieba's own: it loads in about 0.35 s and 125 MB instead of 1.5 s
 * and 300 MB, and cuts union names and places the same way (bench/segment-agreement.mjs).
 * `EXTRACT_SEGMENTER_DICT=full` (or a path) selects another main dictionary, to compare.
 * nodejieba also loads keyword-extraction tables (a 6 MB idf list) that we never
 * use; the one-line files `src/dict/keywords-unused.*` stand in for them.
 *
 * The user dictionary `src/dict/unions.utf8` holds union-name words so that names
 * such as 会宁县甘沟驿镇总工会 segment well; `--dict FILE` adds more.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span, Token } from './types.js';
import { hanPairKey } from '../text/han.js';

const require = createRequire(import.meta.url);

interface Jieba {
  load(opts: { dict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): unknown;
  cut(s: string, hmm?: boolean): string[];
  tag(s: string): { word: string; tag: string }[];
}

/** The package root: the nearest folder above this module holding package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package root not found');
    dir = up;
  }
  return dir;
}

const DICT_DIR = join(packageRoot(), 'src', 'dict');
export const BUILTIN_DICT = join(DICT_DIR, 'unions.utf8');
const TRIMMED_MAIN_DICT = join(DICT_DIR, 'jieba.trimmed.utf8');
const UNUSED_IDF = join(DICT_DIR, 'keywords-unused.idf.utf8');
const UNUSED_STOP_WORDS = join(DICT_DIR, 'keywords-unused.stop.utf8');

/** The main dictionary to load: undefined is nodejieba's full one. */
function mainDict(): string | undefined {
  const choice = process.env.EXTRACT_SEGMENTER_DICT;
  if (choice === 'full') return undefined;
  if (choice) {
    if (!existsSync(choice)) throw new Error(`segmenter dictionary not found: ${choice}`);
    return choice;
  }
  return existsSync(TRIMMED_MAIN_DICT) ? TRIMMED_MAIN_DICT : undefined;
}

let jieba: Jieba | null = null;
let tags: TagTable | null = null;
let seams: Seams | null = null;
let extraDicts: string[] = [];

/** Extra user dictionaries (nodejieba format) to load with the built-in one. Call before the first cut. */
export function configureSegmenter(opts: { userDicts?: string[] }): void {
  for (const d of opts.userDicts ?? []) {
    // nodejieba aborts the process on a missing dictionary path: check first
    if (!existsSync(d)) throw new Error(`dictionary not found: ${d}`);
  }
  const dicts = opts.userDicts ?? [];
  if (dicts.length === extraDicts.length && dicts.every((d, i) => d === extraDicts[i])) return; // no reload
  extraDicts = [...dicts];
  jieba = null;
}

function segmenter(): Jieba {
  if (!jieba) {
    const j = require('nodejieba') as Jieba;
    const full = join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict/jieba.dict.utf8');
    const base = join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict/user.dict.utf8');
    const main = mainDict() ?? full;
    const user = [base, BUILTIN_DICT, ...extraDicts];
    const small = existsSync(UNUSED_IDF) && existsSync(UNUSED_STOP_WORDS);
    j.load({ dict: main, userDict: user.join('|'), ...(small ? { idfDict: UNUSED_IDF, stopWordDict: UNUSED_STOP_WORDS } : {}) });
    // both tables read the same files: each is read once
    const mainText = readFileSync(main, 'utf8');
    const userTexts = user.map((file) => readFileSync(file, 'utf8'));
    tags = new TagTable(mainText, main === TRIMMED_MAIN_DICT, userTexts);
    seams = new Seams([mainText, ...userTexts]);
    heavyWords = unionWords(userTexts[user.indexOf(BUILTIN_DICT)]!);
    jieba = j;
  }
  return jieba;
}

/**
 * The part-of-speech tags nodejieba's tag() looks words up in, read from the same
 * files; a later entry for a word replaces an earlier one, so user dictionaries
 * win over the main one. cut() and a lookup here give what tag() gives, at about
 * half the cost: tag() builds a {word, tag} object per token across the native
 * boundary. The trimmed main dictionary is sorted by word and searched in place;
 * another main dictionary is read into a table.
 */
class TagTable {
  /** user words, then the main-dictionary words looked up so far */
  private readonly known = new Map<string, string>();
  /** recent words absent from the main dictionary */
  private readonly missing = new Set<string>();
  private readonly sorted: SortedDictionary | null;

  /** `main` is the main dictionary's text (`sortedMain`: the trimmed one, sorted by word), `user` the user dictionaries' texts. */
  constructor(main: string, sortedMain: boolean, user: string[]) {
    this.sorted = sortedMain ? new SortedDictionary(main) : null;
    if (!this.sorted)
      for (const line of main.split('\n')) {
        const f = fields(line);
        if (f.length === 3 && f[0]) this.known.set(f[0], f[2]!);
      }
    // `word` (no tag), `word tag` or `word freq tag`; other lines add no word
    for (const text of user)
      for (const line of text.split('\n')) {
        const f = fields(line);
        if (!line || !f[0] || f.length > 3) continue;
        this.known.set(f[0], f.length === 1 ? '' : f[f.length - 1]!);
      }
  }

  /**
   * The tags of one-character words by code unit, and of two-character words of the CJK
   * Unified Ideographs block by an integer made of their two code units (null: not in the
   * dictionaries), as looked up so far. Most words asked are one or two characters long;
   * each comes from the segmenter as a new string, which a Map of strings must hash and
   * compare, where these read a table or a small integer.
   */
  // (filled when made: an array written at scattered indexes would turn into a dictionary, and its map change deoptimized the code that had read it)
  private readonly ofOne: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
  private readonly oneLooked = new Uint8Array(0x10000);
  private readonly ofTwoHan = new Map<number, string | null>();

  /** The word's dictionary tag ('' for a dictionary word without one), or undefined. */
  get(word: string): string | undefined {
    if (word.length === 1) {
      const c = word.charCodeAt(0);
      if (this.oneLooked[c] === 1) return this.ofOne[c];
      const t = this.lookUp(word);
      this.ofOne[c] = t;
      this.oneLooked[c] = 1;
      return t;
    }
    if (word.length === 2) {
      const key = hanPairKey(word.charCodeAt(0), word.charCodeAt(1));
      if (key >= 0) {
        const kept = this.ofTwoHan.get(key);
        if (kept !== undefined) return kept ?? undefined;
        const t = this.lookUp(word);
        if (this.ofTwoHan.size >= 200_000) this.ofTwoHan.clear();
        this.ofTwoHan.set(key, t ?? null);
        return t;
      }
    }
    return this.lookUp(word);
  }

  private lookUp(word: string): string | undefined {
    const t = this.known.get(word);
    if (t !== undefined || !this.sorted || this.missing.has(word)) return t;
    const found = this.sorted.get(word);
    // dictionary words are kept (bounded by the dictionary); words it lacks (punctuation,
    // numbers, names the HMM makes up) vary without end, so that set starts over when full
    if (found !== undefined) this.known.set(word, found);
    else {
      if (this.missing.size >= 50_000) this.missing.clear();
      this.missing.add(word);
    }
    return found;
  }
}

/**
 * Where the segmenter's reading of a text can be cut without changing it, learned from
 * the words of its dictionaries. nodejieba finds the likeliest path of dictionary words
 * through each run of text, then reads runs of single characters with its HMM, which
 * stops at every ASCII character. So:
 * - an ASCII punctuation mark, a space or a line end that no dictionary word contains is
 *   a word of its own, and the text on either side of it is cut as if apart;
 * - between two characters that no dictionary word holds side by side, no dictionary
 *   word runs across, so the likeliest path up to there is the same whatever follows;
 *   the HMM may still join them when both are read as single characters, which the
 *   caller rules out by the word that ends there (see segmentWindows).
 */
class Seams {
  /** pairs of adjacent UTF-16 units inside dictionary words, as the 32-bit integer `first << 16 | second` (a small integer to V8; made unsigned, one above 2^31 would be a heap number) */
  private readonly pairs = new Set<number>();
  private readonly inWords = new Set<number>();
  /** isAsciiBreak for each ASCII code unit (0..0x7e), 1 for a break: asked of every ASCII character of the sentences naming a union */
  readonly asciiBreaks = new Uint8Array(0x7f);
  /** `dictionaries`: the texts of the dictionary files */
  constructor(dictionaries: string[]) {
    for (const text of dictionaries) {
      for (let from = 0; from < text.length; ) {
        let to = text.indexOf('\n', from);
        if (to < 0) to = text.length;
        let end = text.indexOf(' ', from);
        if (end < 0 || end > to) end = to;
        if (text.charCodeAt(end - 1) === 13) end--; // a CRLF line
        for (let i = from; i < end; i++) {
          const c = text.charCodeAt(i);
          if (c < 0x80) this.inWords.add(c);
          if (i + 1 < end) this.pairs.add((c << 16) | text.charCodeAt(i + 1));
        }
        from = to + 1;
      }
    }
    for (let c = 0; c < 0x7f; c++) this.asciiBreaks[c] = this.isAsciiBreak(c) ? 1 : 0;
  }
  /** isWordBreak for an ASCII code unit (c <= 0x7e) */
  isAsciiBreak(c: number): boolean {
    if (c === 0x2e || this.inWords.has(c)) return false; // . joins the digits around it
    if (c === 0x20 || c === 0x09 || c === 0x0a) return true;
    return c > 0x20 && !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
  }
  joins(text: string, at: number): boolean {
    return this.pairs.has((text.charCodeAt(at - 1) << 16) | text.charCodeAt(at));
  }
}

/**
 * Whether some dictionary word holds the characters at `at - 1` and `at` side by side.
 * When none does, the segmenter reads no word across `at` but one its HMM makes up from
 * single characters, which is never a dictionary word (it would hold the pair) and so is
 * tagged x (the HMM never joins an ASCII character to another one).
 */
export function dictionaryWordMayCross(text: string, at: number): boolean {
  segmenter();
  return seams!.joins(text, at);
}

/** Whether the segmenter reads the character (code unit) `c` as a word of its own, never joined to a neighbour. */
export function isWordBreak(c: number): boolean {
  // (asked of every character of the sentences naming a union: most are Han, settled here)
  if (c > 0x7e) return c === 0x3002 || c === 0xff0c; // 。，: nodejieba's own separators
  segmenter();
  return seams!.asciiBreaks[c] === 1;
}

/**
 * isWordBreak for the ASCII code units, as a table indexed by code unit (0..0x7e), 1 for a
 * break: for loops over many characters. The table of the dictionaries loaded now (ask
 * again after configureSegmenter).
 */
export function asciiWordBreaks(): Uint8Array {
  segmenter();
  return seams!.asciiBreaks;
}

/** Lines `word freq tag` sorted by word, searched by bisection over line starts. */
class SortedDictionary {
  private readonly starts: Int32Array;
  constructor(private readonly text: string) {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    const starts = new Int32Array(n + 1);
    let k = 0;
    for (let from = 0; from < text.length; ) {
      starts[k++] = from;
      const to = text.indexOf('\n', from);
      from = to < 0 ? text.length : to + 1;
    }
    this.starts = starts.subarray(0, k);
  }
  private wordAt(i: number): string {
    const from = this.starts[i]!;
    return this.text.slice(from, this.text.indexOf(' ', from));
  }
  get(word: string): string | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const w = this.wordAt(mid);
      if (w < word) lo = mid + 1;
      else if (w > word) hi = mid - 1;
      else {
        let i = mid; // the last line of the word is the one that counts
        while (i + 1 < this.starts.length && this.wordAt(i + 1) === word) i++;
        const from = this.starts[i]!;
        const end = this.text.indexOf('\n', from);
        const line = this.text.slice(from, end < 0 ? this.text.length : end);
        return line.slice(line.lastIndexOf(' ') + 1);
      }
    }
    return undefined;
  }
}

/** Fields split on single spaces the way the segmenter splits dictionary lines (a trailing space ends no field). */
function fields(line: string): string[] {
  const f = line.split(' ');
  if (f.length > 1 && f[f.length - 1] === '') f.pop();
  return f;
}

/** The tag nodejieba gives a word: its dictionary tag, else m (ASCII digits), eng (other ASCII) or x. */
function tagOf(word: string): string {
  const t = tags?.get(word);
  if (t) return t;
  // the segmenter's rule for unknown words, quirks included: it counts ASCII characters
  // only while fewer than half the characters have been seen to be ASCII
  const chars = [...word];
  const half = Math.floor(chars.length / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < chars.length && ascii < half; i++) {
    const c = chars[i]!.codePointAt(0)!;
    if (c < 0x80) {
      ascii++;
      if (c >= 0x30 && c <= 0x39) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}

/**
 * A token whose tag is looked up when first read: the union rules ask the tags of the
 * few tokens near a suffix or a place, and a look-up (a bisection of the dictionary for
 * a word not met before) cost about as much as the rest of this stage. The tag is the
 * same as read eagerly; it lives in a private field, so the token's own properties are
 * word, start and end. A token cut short by its span's end is given its whole word's tag
 * when made: one class for both, so that every token has the same shape and the rules
 * that read them see one kind of object.
 */
class CutToken implements Token {
  #tag: string | undefined;
  constructor(
    public word: string,
    public start: number,
    public end: number,
    tag: string | undefined,
  ) {
    this.#tag = tag;
  }
  get tag(): string {
    return (this.#tag ??= tagOf(this.word));
  }
}

/** Cuts text[span] with POS tags and returns tokens with offsets into `text`. */
export function cutSpan(text: string, span: Span): Token[] {
  return segment(text, [span]);
}

/** A cut window: the text [start, end) of a run that goes on to `runEnd` (a word break or the span's end). */
export interface CutWindow extends Span {
  runEnd: number;
}

/**
 * The union words of the built-in dictionary (tagged nt there: 工会, 总工会, 工联会...),
 * which it weighs so heavily that the segmenter always reads them whole: when one ends a
 * window, no run of single characters goes on past it. Read with the dictionaries.
 */
let heavyWords = new Set<string>();

function unionWords(dictionary: string): Set<string> {
  const words = new Set<string>();
  for (const line of dictionary.split('\n')) {
    const f = fields(line.trim());
    if (f.length === 3 && f[2] === 'nt') words.add(f[0]!);
  }
  return words;
}

/** A text and the windows of it to cut. */
export interface WindowsOf {
  text: string;
  windows: readonly CutWindow[];
}

/**
 * The tokens that cutting each whole run [start, runEnd) would give in [start, end), found
 * by cutting [start, end) alone when the segmenter's reading is sure to break at `end`:
 * no dictionary word holds the two characters around it (see Seams), and the window's
 * last word is one that is always read whole (heavyWords), so the HMM did not take it
 * from single characters that could run on. Otherwise the whole run is cut. The tokens
 * are exactly those of the runs; only less text is cut.
 */
export function segmentWindows(text: string, windows: readonly CutWindow[]): Token[] {
  return segmentWindowsOfMany([{ text, windows }])[0]!;
}

/**
 * segmentWindows for several texts (reports) at once, in two calls to the segmenter for
 * them all. Cut one report at a time, between the other stages' work, the segmenter
 * found its dictionary out of the processor's caches and cut at about half the speed.
 */
export function segmentWindowsOfMany(docs: readonly WindowsOf[]): Token[][] {
  const live = docs.map((d) => d.windows.filter((w) => w.end > w.start));
  // (reports with nothing to cut do not load the segmenter)
  if (live.every((l) => !l.length)) return docs.map(() => []);
  segmenter();
  const first = docs.map((d, i) =>
    live[i]!.map((w) => (w.end < w.runEnd && seams!.joins(d.text, w.end) ? { start: w.start, end: w.runEnd } : { start: w.start, end: w.end })),
  );
  const tokens = segmentMany(docs.map((d, i) => ({ text: d.text, spans: first[i]! })));
  // windows whose last word does not close them are cut again whole
  const redo = docs.map((_, i) => {
    const again: Span[] = [];
    const mine = tokens[i]!;
    let k = 0;
    first[i]!.forEach((s, j) => {
      while (k < mine.length && mine[k]!.end < s.end) k++;
      const last = mine[k];
      const w = live[i]![j]!;
      if (s.end < w.runEnd && !(last && last.end === s.end && heavyWords.has(last.word))) again.push({ start: w.start, end: w.runEnd });
    });
    return again;
  });
  if (redo.every((r) => !r.length)) return tokens;
  const fresh = segmentMany(docs.map((d, i) => ({ text: d.text, spans: redo[i]! })));
  return tokens.map((mine, i) => (redo[i]!.length ? replaceCut(mine, redo[i]!, fresh[i]!) : mine));
}

/** `tokens` with those inside the spans of `redo` replaced by `fresh`, in text order. */
function replaceCut(tokens: readonly Token[], redo: readonly Span[], fresh: readonly Token[]): Token[] {
  const out: Token[] = [];
  let r = 0;
  let f = 0;
  for (const t of tokens) {
    while (r < redo.length && redo[r]!.end <= t.start) r++;
    if (r < redo.length && t.start >= redo[r]!.start) continue;
    while (f < fresh.length && fresh[f]!.start < t.start) out.push(fresh[f++]!);
    out.push(t);
  }
  while (f < fresh.length) out.push(fresh[f++]!);
  return out;
}

/**
 * Cuts each span (sentences that may hold a fact) and returns all tokens in order.
 * All spans go to the segmenter in one call, joined by line ends: it never joins a
 * line end to a neighbour, so each span is cut as if on its own.
 */
export function segment(text: string, spans: Span[]): Token[] {
  return segmentMany([{ text, spans }])[0]!;
}

/** segment for several texts in one call to the segmenter: the tokens of each, in its order. */
function segmentMany(parts: readonly { text: string; spans: readonly Span[] }[]): Token[][] {
  const pieces: string[] = [];
  const owner: number[] = []; // the part of each live span
  // the live spans' offsets, as numbers: the spans come from several callers, as objects of
  // several shapes, and reading them all below made this function's code start over
  const starts: number[] = [];
  const ends: number[] = [];
  parts.forEach((p, i) => {
    for (const s of p.spans)
      if (s.end > s.start) {
        pieces.push(p.text.slice(s.start, s.end));
        starts.push(s.start);
        ends.push(s.end);
        owner.push(i);
      }
  });
  const out: Token[][] = parts.map(() => []);
  if (!starts.length) return out;
  const joined = pieces.join('\n');
  const words = segmenter().cut(joined, true);
  let k = 0; // the span being read
  let partStart = 0; // where it starts in `joined`
  let at = 0; // position in `joined`
  for (const word of words) {
    // words follow each other; search when one does not
    if (!joined.startsWith(word, at)) {
      const found = joined.indexOf(word, at);
      if (found < 0) continue;
      at = found;
    }
    while (at >= partStart + (ends[k]! - starts[k]!) + 1 && k + 1 < starts.length) {
      partStart += ends[k]! - starts[k]! + 1;
      k++;
    }
    const spanStart = starts[k]!;
    const spanEnd = ends[k]!;
    const len = spanEnd - spanStart;
    if (at === partStart + len) {
      at += word.length; // the line end that joins two spans
      continue;
    }
    const text = parts[owner[k]!]!.text;
    const start = spanStart + (at - partStart);
    const end = Math.min(start + word.length, spanEnd);
    // (tagged by the whole word even when the span's end cuts it short)
    out[owner[k]!]!.push(end - start === word.length ? new CutToken(word, start, end, undefined) : new CutToken(text.slice(start, end), start, end, tagOf(word)));
    at += word.length;
  }
  return out;
}
