/**
 * Places named in the segmented sentences, with their level: the places that bare
 * abbreviations (市总工会, 省总) and groups (全省各级工会) resolve against.
 */
import { charTable, hanOnly } from '../../text/han.js';
import type { Span, Token } from '../../pipeline/types.js';
import { firstStartingFrom } from '../../text/search.js';
import { LEVEL_INDEX, LEVEL_WORDS, type Level, MUNICIPALITIES, NOT_A_PLACE, PROVINCES, levelOf, placeBase } from './vocabulary.js';

export interface Place {
  start: number;
  end: number;
  /** as written: 浙江, 浙江省, 甘州区 */
  name: string;
  /** without the level word: 浙江, 甘州 */
  base: string;
  level: Level;
}

/**
 * The last characters of the level words (LEVEL_WORDS), 1 in a table by code unit: most
 * tokens end in none, which one read settles (asked of every token's neighbour, a read of
 * the table costs less than a Set's look-up).
 */
const LEVEL_TOKEN_LAST = charTable('省市区县州盟旗镇乡道');

/** Places in token order. A place word followed by its level (襄阳 市) is one place. */
export function findPlaces(tokens: readonly Token[]): Place[] {
  const out: Place[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let name = t.word;
    let end = t.end;
    const next = tokens[i + 1];
    const ownLevel = levelOf(name);
    const levelAfter = next !== undefined && next.start === end && next.word.length <= 3 && LEVEL_TOKEN_LAST[next.word.charCodeAt(next.word.length - 1)] === 1 && LEVEL_WORDS.has(next.word);
    // a place has a level, its own or the next token's: the tag is read only then
    if (ownLevel === null && !levelAfter) continue;
    const isPlace = t.tag === 'ns' || PROVINCES.has(name) || (name.length >= 3 && ownLevel !== null && /^n/.test(t.tag));
    if (!isPlace || NOT_A_PLACE.has(name) || !hanOnly(name)) continue;
    if (levelAfter && (ownLevel === null || PROVINCES.has(name))) {
      name += next.word;
      end = next.end;
      i++;
    }
    const level = levelOf(name);
    if (!level) continue;
    // a two-character 区 word is a kind of area (城区, 矿区), not a district
    if (level === '区' && name.length < 3) continue;
    const base = placeBase(name);
    out.push({ start: t.start, end, name, base, level });
    // 北京, 上海...: a municipality is a place of both levels
    if (MUNICIPALITIES.has(base)) out.push({ start: t.start, end, name, base, level: level === '省' ? '市' : '省' });
  }
  return out;
}

/**
 * Text that may hold a place of each level: a place's name (or its word and the level word
 * after it) ends in the level's character, or is a province, and a municipality is a place
 * of both province and city level (findPlaces, levelOf).
 */
const MAY_HOLD: Record<Level, RegExp> = {
  省: new RegExp(`省|自治区|${[...PROVINCES].join('|')}`),
  市: new RegExp(`市|${[...MUNICIPALITIES].join('|')}`),
  区: /区/,
  县: /[县旗]/,
  州: /[州盟]/,
  镇: /[镇乡]|街道/,
};



/** Whether a place starts inside `self` (none does when there is no `self`). */
const startsIn = (pl: Place, self: Span | undefined) => self !== undefined && pl.start >= self.start && pl.start < self.end;

/**
 * The places of the sentences that name a union, found as they are asked for: the places in
 * the tokens already cut (and federations' own names, added by the caller), and the places
 * in the rest of those sentences (`uncut`, runs the segmenter cuts apart exactly), cut
 * only when a look-up reaches them. A look-up gives what findPlaces over all those
 * sentences' tokens would give.
 */
export class PlaceIndex {
  private readonly byLevel = new Map<Level, Place[]>();
  /** the places found in each uncut run once it is cut, by level */
  private readonly later = new Map<number, Map<Level, Place[]>>();
  /** places found in the tokens, as start * 8 + level index (a number: no string made per place) */
  private readonly inTokens = new Set<number>();
  /** per uncut run, MAY_HOLD's answer for each level: bit (8 + level index) set once asked, bit (level index) the answer */
  private readonly mayHold: Uint16Array;

  constructor(
    private readonly text: string,
    tokens: readonly Token[],
    private readonly uncut: readonly Span[],
    private readonly cut: (span: Span) => Token[],
  ) {
    this.mayHold = new Uint16Array(uncut.length);
    for (const pl of findPlaces(tokens)) {
      this.add(pl);
      this.inTokens.add(pl.start * 8 + LEVEL_INDEX[pl.level]);
    }
  }

  /** Whether the tokens already cut hold a place of `level` starting at `start`. */
  foundInTokens(start: number, level: Level): boolean {
    return this.inTokens.has(start * 8 + LEVEL_INDEX[level]);
  }

  /** Adds a place (a federation's own name); call before any look-up. */
  add(pl: Place): void {
    const list = this.byLevel.get(pl.level);
    if (list) list.push(pl);
    else this.byLevel.set(pl.level, [pl]);
  }

  /** Sorts the places added; call once after the last add. */
  seal(): void {
    for (const list of this.byLevel.values()) list.sort((a, b) => a.start - b.start);
  }

  /** Whether uncut run `j` may hold a place of `level` (MAY_HOLD), asked once per run and level; `bit` is 1 << LEVEL_INDEX[level]. */
  private mayHoldIn(j: number, level: Level, bit: number): boolean {
    const known = this.mayHold[j]!;
    if (known & (bit << 8)) return (known & bit) !== 0;
    const span = this.uncut[j]!;
    const yes = MAY_HOLD[level].test(this.text.slice(span.start, span.end));
    this.mayHold[j] = known | (bit << 8) | (yes ? bit : 0);
    return yes;
  }

  /**
   * The last place of `level` that starts before `at`, outside `self`, or null; one starting
   * before `from` counts as none (the caller's article starts there).
   */
  lastBefore(level: Level, at: number, from: number, self?: Span): Place | null {
    let best: Place | null = null;
    const list = this.byLevel.get(level);
    if (list) {
      let k = firstStartingFrom(list, at) - 1;
      while (k >= 0 && startsIn(list[k]!, self)) k--;
      if (k >= 0 && list[k]!.start >= from) best = list[k]!;
    }
    // a place in the text not cut yet wins when it starts after the best known one
    const floor = best ? best.start + 1 : from;
    // (the level's bit worked out once: the loop may pass every run back to the article's start)
    const bit = 1 << LEVEL_INDEX[level];
    for (let j = firstStartingFrom(this.uncut, at) - 1; j >= 0 && this.uncut[j]!.end > floor; j--) {
      if (!this.mayHoldIn(j, level, bit)) continue;
      const found = this.placesIn(j).get(level);
      if (!found) continue;
      for (let i = found.length - 1; i >= 0; i--) {
        const pl = found[i]!;
        if (pl.start < at && pl.start >= floor && !startsIn(pl, self)) return pl;
      }
    }
    return best;
  }

  /** The places of uncut run `j`, by level, cut when first asked for. */
  private placesIn(j: number): Map<Level, Place[]> {
    let m = this.later.get(j);
    if (!m) {
      m = new Map();
      for (const pl of findPlaces(this.cut(this.uncut[j]!))) {
        const list = m.get(pl.level);
        if (list) list.push(pl);
        else m.set(pl.level, [pl]);
      }
      this.later.set(j, m);
    }
    return m;
  }
}
