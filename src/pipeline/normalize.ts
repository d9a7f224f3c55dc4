/**
 * Stage 2: the one normalized string all extraction works on (SPEC section 2).
 * Order matters: pinyin annotations are removed on the original script, then
 * Traditional -> Simplified, then width folding, then line ends and spaces.
 */
import type { Normalized } from './types.js';
import { CodeUnitScratch, fromCodeUnits } from './code-units.js';
import { simplify } from './traditional-to-simplified.js';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ';
/**
 * A Han character followed by one parenthesised pinyin syllable: `會(huì)`, `資（zī）`.
 * The syllable is lower-case latin letters (with or without tone marks) holding a vowel.
 * This is the rule; `removePinyinNotes` finds its matches faster (see there).
 */
export const PINYIN_NOTE = new RegExp(
  `(\\p{Script=Han})[(（]((?:[bcdfghjklmnpqrstwxyz]{0,2})[aeiouv${TONED}][a-z${TONED}]{0,4})[)）]`,
  'gu',
);
/** The part of PINYIN_NOTE after the Han character, tried at each bracket (all of it is BMP: no 'u' needed). */
const NOTE_AT_BRACKET = new RegExp(`[(（](?:[bcdfghjklmnpqrstwxyz]{0,2})[aeiouv${TONED}][a-z${TONED}]{0,4}[)）]`, 'y');
const HAN = /^\p{Script=Han}$/u;
/**
 * 1 for the code units a note can start with (a syllable's first letter): most brackets in a
 * report open something else (`（记者`, `(1)`), and this settles them without the pattern.
 */
const NOTE_START = new Uint8Array(0x10000);
for (const ch of `abcdefghijklmnopqrstuvwxyz${TONED}`) NOTE_START[ch.charCodeAt(0)] = 1;

/**
 * `s.replace(PINYIN_NOTE, '$1')`, without running a Unicode-property regex over the whole text:
 * every match begins with a bracket, so only the brackets are visited, and at each the note is
 * tried and the code point before it must be Han. Matches cannot overlap (a match ends with a
 * bracket, which is not Han), so this finds the very ones the global replace does.
 */
export function removePinyinNotes(s: string): string {
  let out = '';
  let kept = 0;
  // the next '(' and '（' at or after `from` (-1: none left); each is searched for natively
  let half = s.indexOf('(');
  let full = s.indexOf('（');
  while (half >= 0 || full >= 0) {
    const b = half >= 0 && (full < 0 || half < full) ? half : full;
    let from = b + 1;
    NOTE_AT_BRACKET.lastIndex = b;
    if (NOTE_START[s.charCodeAt(b + 1)] === 1 && NOTE_AT_BRACKET.test(s) && hanBefore(s, b)) {
      out += s.slice(kept, b);
      kept = from = NOTE_AT_BRACKET.lastIndex;
    }
    if (half >= 0 && half < from) half = s.indexOf('(', from);
    if (full >= 0 && full < from) full = s.indexOf('（', from);
  }
  return kept === 0 ? s : out + s.slice(kept);
}

/** Whether the code point ending at `i` is Han: HAN.test(codePointBefore(s, i)), without a string made for the usual character. */
function hanBefore(s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1); // (NaN at the start: not in the block)
  if (c >= 0x4e00 && c <= 0x9fff) return true; // all assigned, all Han (see text/han.ts)
  return HAN.test(codePointBefore(s, i));
}

/** The code point ending at `i`, as a string ('' at the start). */
function codePointBefore(s: string, i: number): string {
  if (i === 0) return '';
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1]!;
}

/**
 * Width folding, then line ends and spaces, in one pass over the code units:
 * - full-width ASCII (U+FF01..FF5E) folds to ASCII, the ideographic space and the no-break
 *   space to a space;
 * - `\r\n` and a lone `\r` become `\n`;
 * - then every run of spaces, tabs, form feeds and vertical tabs becomes one space.
 * The same as `s.replace(/\r\n?/g, '\n').replace(/[ \t\f\v]+/g, ' ')` after the folding
 * (test/normalize.test.ts checks it is).
 */
export function foldWidthAndSpaces(s: string): string {
  const u = scratch.load(s);
  const length = foldInPlace(u, s.length);
  return length < 0 ? s : fromCodeUnits(u, length);
}

/** foldWidthAndSpaces over the code units u[0, n), in place: the new length, or -1 when nothing changed. */
function foldInPlace(u: Uint16Array, n: number): number {
  let o = 0; // written in place: the output is never longer than what has been read
  let changed = false;
  for (let i = 0; i < n; i++) {
    let c = u[i]!;
    // most characters are kept: Han and CJK punctuation (U+3001..U+FF00), and ASCII that is not white space
    if ((c > 0x3000 && c < 0xff01) || (c > 0x20 && c < 0xa0)) {
      u[o++] = c;
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) (c -= 0xfee0), (changed = true);
    else if (c === 0x3000 || c === 0xa0) (c = 0x20), (changed = true);
    else if (c === 0x0d) {
      changed = true;
      if (i + 1 < n && u[i + 1] === 0x0a) continue; // the \n that follows is kept
      c = 0x0a;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0b) {
      // a run of spaces, after folding
      let j = i + 1;
      while (j < n && isSpace(u[j]!)) j++;
      if (j - i > 1 || c !== 0x20) changed = true;
      u[o++] = 0x20;
      i = j - 1;
      continue;
    }
    u[o++] = c;
  }
  return changed ? o : -1;
}

const scratch = new CodeUnitScratch();

/** A code unit that is a space, tab, form feed or vertical tab once width is folded. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0b || c === 0x3000 || c === 0xa0;
}

export function normalize(decoded: string): Normalized {
  const noPinyin = removePinyinNotes(decoded);
  const simplified = simplify(noPinyin);
  // A Simplified text has (almost) nothing for the converter to change; a Traditional
  // one has a character in ten or more changed.
  const changedShare = simplified.han === 0 ? 0 : simplified.hanChanged / simplified.han;
  // foldWidthAndSpaces, on the converter's code units rather than on a string made of them
  const folded = foldInPlace(simplified.units, simplified.length);
  const text =
    folded >= 0 ? fromCodeUnits(simplified.units, folded) : simplified.changed ? fromCodeUnits(simplified.units, simplified.length) : noPinyin;
  return { text, script: changedShare > 0.03 ? 'traditional' : 'simplified' };
}
