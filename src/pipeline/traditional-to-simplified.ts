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
 * segmentation as a string of its own. Here a pass runs over UTF-16 code units in a typed array,
 * the first code point of a key is found in a 64K table, the pieces are only their end offsets,
 * and a text with nothing to change (a Simplified report) comes back as the very same string.
 *
 * Ideographic description sequences (U+2FF0..U+2FFF followed by their components) are skipped
 * whole by opencc-js when no key matches; a text holding one (never seen in a report) is handed
 * to opencc-js itself rather than re-implementing that rule here.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { codeUnits, fromCodeUnits } from './code-units.js';

interface TrieNode {
  /** the replacement when a key ends here, as UTF-16 code units */
  value: Uint16Array | undefined;
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

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A dictionary (group) as opencc-js's Trie holds it, with the first code point of each key in a table. */
class Dictionary {
  /** node of the keys beginning with a BMP code point, as an index into `firstNodes` plus one (0: none) */
  private readonly bmp = new Int32Array(0x10000);
  private readonly firstNodes: TrieNode[] = [];
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

  /** Later dictionaries of a group are loaded first, so the earlier ones win (as opencc-js's loadDictGroup). */
  constructor(group: readonly string[]) {
    for (let d = group.length - 1; d >= 0; d--) {
      for (const entry of group[d]!.split('|')) {
        const [key, value] = entry.split(' ');
        if (key === undefined || value === undefined) throw new TypeError(`bad dictionary entry: ${entry}`);
        this.add(key, value);
      }
    }
    for (let c = 0; c < 0x10000; c++) {
      const k = this.bmp[c]!;
      if (k === 0) {
        this.simple[c] = isHigh(c) ? 0 : c;
        continue;
      }
      const node = this.firstNodes[k - 1]!;
      this.simple[c] = node.next === undefined && node.value !== undefined && node.value.length === 1 ? node.value[0]! : 0;
    }
  }

  private add(key: string, value: string): void {
    let node: TrieNode | undefined;
    for (const ch of key) {
      const cp = ch.codePointAt(0)!;
      let child: TrieNode | undefined;
      if (node === undefined) {
        child = cp <= 0xffff ? this.firstNodes[this.bmp[cp]! - 1] : this.astral.get(cp);
        if (child === undefined) {
          child = { value: undefined, same: false, next: undefined };
          if (cp <= 0xffff) this.bmp[cp] = this.firstNodes.push(child);
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
    node.value = codeUnits(value);
    node.same = value === key;
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
        for (let k = 0; k < value.length; k++) out[o++] = value[k]!;
        changed = true;
        i = stop;
      }
      outEnds.push(o);
    }
    return changed ? { units: out, length: o, ends: outEnds } : null;
  }
}

interface Hk2s {
  normalization: Dictionary;
  segmentation: Dictionary;
  conversion: Dictionary[];
}

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
  return {
    normalization: new Dictionary(strings(config.normalizationChain[0]!)),
    segmentation: new Dictionary(Array.isArray(seg) ? strings(seg) : strings([seg])),
    conversion: config.conversionChain.map((g) => new Dictionary(strings(g))),
  };
}

let reference: ((s: string) => string) | null = null;
/** opencc-js itself, for the texts this module leaves to it (and for tests). */
export function openccHkToCn(s: string): string {
  const convert = (reference ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return convert(s);
}

/** U+2FF0..U+2FFF: ideographic description characters, which opencc-js skips with their components. */
const IDEOGRAPHIC_DESCRIPTION = /[\u2ff0-\u2fff]/;

/** The Simplified text, as opencc-js's hk -> cn converter gives it; the very same string when nothing changed. */
export function toSimplified(text: string): string {
  if (IDEOGRAPHIC_DESCRIPTION.test(text)) return openccHkToCn(text);
  const d = (hk2s ??= load());
  const whole: Units = { units: codeUnits(text), length: text.length, ends: [text.length] };
  const normalized = d.normalization.convert(whole) ?? whole;
  let t: Units = { ...normalized, ends: d.segmentation.pieceEnds(normalized) };
  let changed = normalized !== whole;
  for (const dict of d.conversion) {
    const converted = dict.convert(t);
    if (converted) (t = converted), (changed = true);
  }
  return changed ? fromCodeUnits(t.units, t.length) : text;
}
