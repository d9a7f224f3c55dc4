/**
 * Hong Kong and Taiwan Traditional -> mainland Simplified: exactly what opencc-js's
 * `Converter({ from: 'hk', to: 'cn' })` returns, from the same dictionaries (its `hk2s`
 * configuration), in a fraction of the time.
 *
 * What opencc-js does, and so what this does:
 *  1. normalization: one pass of the variant-normalization dictionary over the text;
 *  2. segmentation: the text is cut into pieces, each match of the phrase dictionary being a
 *     piece and each run between matches another;
 *  3. conversion: each piece, on its own, through the HK-variants dictionaries and then the
 *     Traditional->Simplified phrases and characters.
 * Every pass is a greedy longest match from left to right; where no key matches, one code point
 * is kept as it is.
 *
 * Why it is faster: opencc-js looks every code point up in a Map, allocates an object per match
 * and builds every pass's output as an array of strings joined, and every piece of the
 * segmentation as a string of its own. Here most characters need none of that: a character that
 * no match can join to its neighbours (see `Hk2s`) is converted by one table lookup, and only
 * the short runs between such characters go through the passes above (over UTF-16 code units in
 * typed arrays, the first code point of a key found in a 64K table, pieces kept as offsets), each
 * distinct run once. The result comes as code units, with the Han characters it changed counted.
 *
 * Ideographic description sequences (U+2FF0..U+2FFF followed by their components) are skipped
 * whole by opencc-js when no key matches; a text holding one (never seen in a report) is handed
 * to opencc-js itself rather than re-implementing that rule here.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { CodeUnitScratch, codeUnits, fromCodeUnits } from './code-units.js';
import { hanPairKey } from '../text/han.js';

interface TrieNode {
  /** the replacement when a key ends here */
  value: string | undefined;
  /** true when the value is the key itself: a match that changes nothing */
  same: boolean;
  next: Map<number, TrieNode> | undefined;
}

/** A text as UTF-16 code units, cut into pieces that no match may cross (`ends`, ascending, the last one `length`). */
interface Units {
  units: Uint16Array;
  length: number;
  ends: number[];
}

/** Every BMP code unit in order: copied (fast) where a table starts as "each code unit to itself". */
let identityTable: Uint16Array | null = null;
function identity(): Uint16Array {
  if (identityTable === null) {
    identityTable = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) identityTable[c] = c;
  }
  return identityTable;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A dictionary (group) as opencc-js's Trie holds it, with the first code point of each key in a table. */
class Dictionary {
  /** node of the keys beginning with a BMP code point, as an index into `firstNodes` plus one (0: none) */
  private readonly bmp = new Int32Array(0x10000);
  private readonly firstNodes: TrieNode[] = [];
  /** the BMP code units that begin a key, in the order of `firstNodes` */
  readonly firstCodeUnits: number[] = [];
  private readonly astral = new Map<number, TrieNode>();
  /**
   * For a code unit that needs no walk down the trie, what it turns into: itself when no key
   * starts with it, its replacement when the one key starting with it is that code unit alone
   * and is replaced by one code unit. 0 for the others (and for U+0000, which then takes the
   * slow path to the same answer).
   */
  private readonly simple = new Uint16Array(0x10000);
  /** where the last successful `match` ended */
  private matchEnd = 0;
  /** the code points that occur in a key of more than one code point */
  readonly inLongerKeys = new Set<number>();

  /** Later dictionaries of a group are loaded first, so the earlier ones win (as opencc-js's loadDictGroup). */
  constructor(group: readonly string[]) {
    for (let d = group.length - 1; d >= 0; d--) {
      for (const entry of group[d]!.split('|')) {
        const [key, value] = entry.split(' ');
        if (key === undefined || value === undefined) throw new TypeError(`bad dictionary entry: ${entry}`);
        this.add(key, value);
      }
    }
    this.simple.set(identity());
    this.simple.fill(0, 0xd800, 0xdc00); // high surrogates
    for (const c of this.firstCodeUnits) this.simple[c] = Math.max(this.replacementOfOne(c), 0);
  }

  private add(key: string, value: string): void {
    const longer = key.length > (key.codePointAt(0)! > 0xffff ? 2 : 1);
    let node: TrieNode | undefined;
    for (let i = 0; i < key.length; i += key.codePointAt(i)! > 0xffff ? 2 : 1) {
      const cp = key.codePointAt(i)!;
      if (longer) this.inLongerKeys.add(cp);
      let child: TrieNode | undefined;
      if (node === undefined) {
        child = cp <= 0xffff ? this.firstNodes[this.bmp[cp]! - 1] : this.astral.get(cp);
        if (child === undefined) {
          child = { value: undefined, same: false, next: undefined };
          if (cp <= 0xffff) this.bmp[cp] = this.firstNodes.push(child), this.firstCodeUnits.push(cp);
          else this.astral.set(cp, child);
        }
      } else {
        node.next ??= new Map();
        child = node.next.get(cp);
        if (child === undefined) node.next.set(cp, (child = { value: undefined, same: false, next: undefined }));
      }
      node = child;
    }
    if (node === undefined) return; // an empty key never matches in opencc-js either
    node.value = value;
    node.same = value === key;
  }

  /**
   * What a BMP code unit that no longer key starts with turns into when matched at its place:
   * itself when no key starts with it, else its replacement if that is one code unit; -1 for
   * the others.
   */
  replacementOfOne(c: number): number {
    const k = this.bmp[c]!;
    if (k === 0) return c;
    const node = this.firstNodes[k - 1]!;
    if (node.next !== undefined || node.value === undefined || node.value.length !== 1) return -1;
    return node.value.charCodeAt(0);
  }

  /**
   * The node of the longest key starting at `i` and ending by `end` (opencc-js's matchPrefix),
   * with its end in `matchEnd`; undefined when no key matches there.
   */
  private match(u: Uint16Array, i: number, end: number): TrieNode | undefined {
    const c = u[i]!;
    let node: TrieNode | undefined;
    let a: number;
    if (isHigh(c) && i + 1 < end && isLow(u[i + 1]!)) {
      node = this.astral.get(((c - 0xd800) << 10) + (u[i + 1]! - 0xdc00) + 0x10000);
      a = i + 2;
    } else {
      const k = this.bmp[c]!;
      if (k === 0) return undefined;
      node = this.firstNodes[k - 1];
      a = i + 1;
    }
    if (node === undefined) return undefined;
    let found: TrieNode | undefined;
    if (node.value !== undefined) (found = node), (this.matchEnd = a);
    while (node.next !== undefined && a < end) {
      let cp = u[a]!;
      let width = 1;
      if (isHigh(cp) && a + 1 < end && isLow(u[a + 1]!)) (cp = ((cp - 0xd800) << 10) + (u[a + 1]! - 0xdc00) + 0x10000), (width = 2);
      const child: TrieNode | undefined = node.next.get(cp);
      if (child === undefined) break;
      a += width;
      node = child;
      if (node.value !== undefined) (found = node), (this.matchEnd = a);
    }
    return found;
  }

  /** The ends of the pieces opencc-js's Trie.segment cuts the text into: each match of a key, and each run between matches. */
  pieceEnds(t: Units): number[] {
    const { units: u, length: n } = t;
    const ends: number[] = [];
    let inRun = false;
    for (let i = 0; i < n; ) {
      const c = u[i]!;
      if ((this.bmp[c] === 0 && !isHigh(c)) || this.match(u, i, n) === undefined) {
        inRun = true;
        i += isHigh(c) && i + 1 < n && isLow(u[i + 1]!) ? 2 : 1;
        continue;
      }
      if (inRun) ends.push(i), (inRun = false);
      i = this.matchEnd;
      ends.push(i);
    }
    if (inRun) ends.push(n);
    return ends;
  }

  /** Converts each piece on its own (opencc-js's Trie.convert on each); null when no match changes anything. */
  convert(t: Units): Units | null {
    const { units: u, length: n, ends } = t;
    const simple = this.simple;
    // out always has room for what is written plus the rest of u copied as it is
    let out = new Uint16Array(n + 16);
    let o = 0;
    let changed = false;
    const outEnds: number[] = [];
    let i = 0;
    for (const end of ends) {
      while (i < end) {
        const c = u[i]!;
        const r = simple[c]!;
        if (r !== 0) {
          out[o++] = r;
          if (r !== c) changed = true;
          i++;
          continue;
        }
        const m = this.match(u, i, end);
        const stop = m === undefined ? i + (isHigh(c) && i + 1 < end && isLow(u[i + 1]!) ? 2 : 1) : this.matchEnd;
        if (m === undefined || m.same) {
          while (i < stop) out[o++] = u[i++]!;
          continue;
        }
        const value = m.value!;
        const room = o + value.length + (n - stop);
        if (room > out.length) {
          const bigger = new Uint16Array(room * 2);
          bigger.set(out.subarray(0, o));
          out = bigger;
        }
        for (let k = 0; k < value.length; k++) out[o++] = value.charCodeAt(k);
        changed = true;
        i = stop;
      }
      outEnds.push(o);
    }
    return changed ? { units: out, length: o, ends: outEnds } : null;
  }
}

/**
 * opencc-js's hk2s conversion, with a fast path resting on this: a code unit c is *isolated*
 * when it is no surrogate, normalization turns it into one code unit c1, c1 is in no key of
 * more than one code point of the later dictionaries, the HK-variants step turns c1 into one
 * code unit c2 (or keeps it), c2 is in no longer key of the last step either, and that step
 * turns c2 into one code unit c3. No match of any step can then cover an isolated character
 * and anything beside it, so for any texts A and B
 *     convert(A + c + B) = convert(A) + c3 + convert(B).
 * A text is therefore converted as its isolated characters (each by a table: most characters,
 * all punctuation and ASCII) and the runs between them, each run on its own by the full
 * algorithm. Runs are short (a word) and recur, so their conversions are kept.
 */
class Hk2s {
  /** c3 for each isolated code unit c; 0 for the others */
  private readonly isolated = new Uint16Array(0x10000);
  /** for each isolated code unit, its `step` (c3 with the flags below); 0 for the others */
  private readonly isolatedSteps = new Int32Array(0x10000);
  /** conversions of the runs met: of one code unit by a table (its `step`; 0 not yet met, -1 when not one code unit), of two or three by their code units as a number */
  private readonly runsOfOne = new Int32Array(0x10000);
  private readonly runsOfTwo = new Map<number, string>();
  /** runs of two characters of U+4E00..U+9FFF, by hanPairKey */
  private readonly runsOfTwoHan = new Map<number, string>();
  private readonly runs = new Map<string, string>();
  private readonly input = new CodeUnitScratch();
  private readonly output = new CodeUnitScratch();
  /** for the results of opencc-js itself */
  readonly fallback = new CodeUnitScratch();

  constructor(
    private readonly normalization: Dictionary,
    private readonly segmentation: Dictionary,
    private readonly conversion: readonly Dictionary[],
  ) {
    // inLonger[k][x] = 1: x is in a longer key of later[k] or of a dictionary after it
    const later = [segmentation, ...conversion];
    const inLonger = later.map(() => new Uint8Array(0x10000));
    for (let k = later.length - 1; k >= 0; k--) {
      if (k + 1 < later.length) inLonger[k]!.set(inLonger[k + 1]!);
      for (const cp of later[k]!.inLongerKeys) if (cp <= 0xffff) inLonger[k]![cp] = 1;
    }
    // A code unit that begins no key and is in no longer key is isolated and kept as it is;
    // the others are worked out one by one.
    const excluded = (c: number) => (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2ff0 && c <= 0x2fff);
    this.isolated.set(identity());
    this.isolated.fill(0, 0xd800, 0xe000);
    this.isolated.fill(0, 0x2ff0, 0x3000);
    const keyed = new Set([...normalization.firstCodeUnits, ...conversion.flatMap((d) => d.firstCodeUnits)]);
    for (const d of later) for (const cp of d.inLongerKeys) if (cp <= 0xffff) keyed.add(cp);
    for (const c of keyed) {
      // surrogates are read in pairs; ideographic description characters must reach `convert`'s check
      if (excluded(c)) continue;
      this.isolated[c] = 0;
      let x = normalization.replacementOfOne(c);
      if (x < 0 || inLonger[0]![x]) continue;
      for (let k = 0; k < conversion.length && x >= 0; k++) {
        x = conversion[k]!.replacementOfOne(x);
        if (x >= 0 && k + 2 < later.length && inLonger[k + 2]![x]) x = -1;
      }
      if (x > 0) this.isolated[c] = x;
    }
    for (let c = 0; c < 0x10000; c++) if (this.isolated[c] !== 0) this.isolatedSteps[c] = step(c, this.isolated[c]!);
  }

  /** The whole algorithm: normalization, segmentation, then each piece through the conversion steps. */
  convertFully(text: string): string {
    const whole: Units = { units: codeUnits(text), length: text.length, ends: [text.length] };
    const normalized = this.normalization.convert(whole) ?? whole;
    let t: Units = { ...normalized, ends: this.segmentation.pieceEnds(normalized) };
    let changed = normalized !== whole;
    for (const dict of this.conversion) {
      const converted = dict.convert(t);
      if (converted) (t = converted), (changed = true);
    }
    return changed ? fromCodeUnits(t.units, t.length) : text;
  }

  /** Converts a run of one code unit the first time it is met, for `runsOfOne`. */
  private meetRunOfOne(c: number): number {
    const converted = this.convertFully(String.fromCharCode(c));
    return (this.runsOfOne[c] = converted.length === 1 ? step(c, converted.charCodeAt(0)) : -1);
  }

  /** Keeps a conversion of a run (dropping all when there are too many: they are cheap to make again). */
  private keep<K>(runs: Map<K, string>, key: K, converted: string): string {
    if (runs.size >= MAX_KEPT_RUNS) runs.clear();
    runs.set(key, converted);
    return converted;
  }

  /** The conversion of text[i, j), a run of characters that are not isolated. */
  private convertRun(text: string, u: Uint16Array, i: number, j: number): string {
    if (j - i === 2) {
      // two characters of the CJK Unified Ideographs block (most runs): a small-integer key
      const key = hanPairKey(u[i]!, u[i + 1]!);
      if (key >= 0) {
        return this.runsOfTwoHan.get(key) ?? this.keep(this.runsOfTwoHan, key, this.convertFully(text.slice(i, j)));
      }
    }
    if (j - i <= 3) {
      // two or three code units as one number (below 2^48, exact)
      const key = j - i === 2 ? u[i]! * 0x10000 + u[i + 1]! : (u[i]! * 0x10000 + u[i + 1]!) * 0x10000 + u[i + 2]! + 2 ** 48;
      return this.runsOfTwo.get(key) ?? this.keep(this.runsOfTwo, key, this.convertFully(text.slice(i, j)));
    }
    const run = text.slice(i, j);
    return this.runs.get(run) ?? this.keep(this.runs, run, this.convertFully(run));
  }

  /** The conversion of a text, or null when it holds an ideographic description character (see the top). */
  convert(text: string): Simplification | null {
    const iso = this.isolatedSteps;
    const n = text.length;
    const u = this.input.load(text); // a typed array reads faster than charCodeAt (the text may be a rope)
    let out = this.output.take(n + 16); // taken again, larger, if runs come out longer
    let o = 0;
    let changed = false;
    // Han characters counted as countChangedHan does, while every output offset is the input's
    let han = 0;
    let hanChanged = 0;
    let aligned = true;
    // the flags of the steps taken, or-ed (the counts and this are sums and ors rather than
    // branches: whether a character is Han or changed follows no pattern a branch predictor learns)
    let stepFlags = 0;
    for (let i = 0; i < n; ) {
      const c = u[i]!;
      const v = iso[c]!;
      if (v !== 0) {
        out[o++] = v & 0xffff;
        han += (v >> HAN_SHIFT) & 1;
        hanChanged += (v >> HAN_CHANGED_SHIFT) & 1;
        stepFlags |= v;
        i++;
        continue;
      }
      let j = i;
      for (; j < n; j++) {
        const d = u[j]!;
        if (iso[d] !== 0) break;
        if (d >= 0x2ff0 && d <= 0x2fff) return null;
      }
      if (j === i + 1) {
        // a run of one: by a table once met
        const one = this.runsOfOne[c]! || this.meetRunOfOne(c);
        if (one > 0) {
          out[o++] = one & 0xffff;
          han += (one >> HAN_SHIFT) & 1;
          hanChanged += (one >> HAN_CHANGED_SHIFT) & 1;
          stepFlags |= one;
          i = j;
          continue;
        }
      }
      const converted = this.convertRun(text, u, i, j);
      const need = o + converted.length + (n - j);
      if (need > out.length) {
        const written = out.slice(0, o);
        out = this.output.take(need * 2);
        out.set(written);
      }
      if (converted.length !== j - i) (aligned = false), (changed = true);
      for (let k = 0; k < converted.length; k++) {
        const d = converted.charCodeAt(k);
        out[o++] = d;
        if (aligned) {
          const e = u[i + k]!;
          if (d !== e) changed = true;
          if (e >= 0x4e00 && e <= 0x9fff) (han++), d !== e && hanChanged++;
        }
      }
      i = j;
    }
    if ((stepFlags & CHANGED) !== 0) changed = true;
    if (!aligned) ({ han, hanChanged } = countChangedHan(text, fromCodeUnits(out, o)));
    // one return (each further object literal here cost a deoptimization per text that reached it first)
    return { units: changed ? out : u, length: changed ? o : n, changed, han, hanChanged };
  }
}

/**
 * A code unit c that becomes the one code unit r by a table, as one number: r in the low 16
 * bits, then whether c is Han (U+4E00..U+9FFF, as countChangedHan counts), whether it is Han
 * and changed, and whether it changed (the last bit also makes the number non-zero).
 */
const HAN_SHIFT = 16;
const HAN_CHANGED_SHIFT = 17;
const CHANGED = 1 << 18;
const MET = 1 << 19;
function step(c: number, r: number): number {
  const isHan = c >= 0x4e00 && c <= 0x9fff ? 1 : 0;
  const isChanged = r !== c ? 1 : 0;
  return r | (isHan << HAN_SHIFT) | ((isHan & isChanged) << HAN_CHANGED_SHIFT) | (isChanged ? CHANGED : 0) | MET;
}

/** Conversions of runs kept (a run is a word or two: this is a few megabytes at most). */
const MAX_KEPT_RUNS = 50_000;

type Config = { normalizationChain?: readonly (readonly unknown[])[]; segmentation: unknown; conversionChain: readonly (readonly unknown[])[] };

function strings(group: readonly unknown[]): string[] {
  if (!group.every((d) => typeof d === 'string')) throw new TypeError('opencc-js hk2s dictionaries are not strings');
  return group as string[];
}

let hk2s: Hk2s | null = null;
function load(): Hk2s {
  const config = (OpenCC.Locale.configs as unknown as Record<string, Config>).hk2s;
  if (!config?.normalizationChain || config.normalizationChain.length !== 1) throw new Error('opencc-js hk2s configuration changed');
  const seg = config.segmentation;
  return new Hk2s(
    new Dictionary(strings(config.normalizationChain[0]!)),
    new Dictionary(Array.isArray(seg) ? strings(seg) : strings([seg])),
    config.conversionChain.map((g) => new Dictionary(strings(g))),
  );
}

let reference: ((s: string) => string) | null = null;
/** opencc-js itself, for the texts this module leaves to it (and for tests). */
export function openccHkToCn(s: string): string {
  const convert = (reference ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return convert(s);
}

export interface Simplification {
  /** the result's code units, units[0, length), in an array reused by the next call (the caller may write into it) */
  units: Uint16Array;
  length: number;
  /** false when the result is the text itself */
  changed: boolean;
  /** Han characters (U+4E00..U+9FFF) of the input, and those among them with another code unit at the same offset of the output */
  han: number;
  hanChanged: number;
}

/** The Simplified text, as opencc-js's hk -> cn converter gives it, as code units, with its Han count. */
export function simplify(text: string): Simplification {
  const converter = (hk2s ??= load());
  const done = converter.convert(text);
  if (done) return done;
  const result = openccHkToCn(text);
  return { units: converter.fallback.load(result), length: result.length, changed: result !== text, ...countChangedHan(text, result) };
}

/** The Simplified text (the very same string when nothing changed). */
export function toSimplified(text: string): string {
  const s = simplify(text);
  return s.changed ? fromCodeUnits(s.units, s.length) : text;
}

/** Han characters (U+4E00..U+9FFF) of `before`, and those that differ from `after` at the same offset. */
export function countChangedHan(before: string, after: string): { han: number; hanChanged: number } {
  let han = 0;
  let hanChanged = 0;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (c !== after.charCodeAt(i)) hanChanged++;
    }
  }
  return { han, hanChanged };
}

/** The same by the whole algorithm alone, without the fast path (for tests). */
export function toSimplifiedWithoutFastPath(text: string): string {
  if (/[\u2ff0-\u2fff]/.test(text)) return openccHkToCn(text);
  return (hk2s ??= load()).convertFully(text);
}
