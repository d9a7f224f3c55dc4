/**
 * Stage 2: the one normalized string all extraction works on (SPEC section 2).
 * Order matters: pinyin annotations are removed on the original script, then
 * Traditional -> Simplified, then width folding, then line ends and spaces.
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { Normalized } from './types.js';

/** Hong Kong and Taiwan forms -> mainland Simplified; length-preserving (see FIELD-NOTES). */
let toSimplified: ((s: string) => string) | null = null;
function t2s(s: string): string {
  const convert = (toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return convert(s);
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ';
/**
 * A Han character followed by one parenthesised pinyin syllable: `會(huì)`, `資（zī）`.
 * The syllable is lower-case latin letters (with or without tone marks) holding a vowel.
 */
const PINYIN_NOTE = new RegExp(
  `(\\p{Script=Han})[(（]((?:[bcdfghjklmnpqrstwxyz]{0,2})[aeiouv${TONED}][a-z${TONED}]{0,4})[)）]`,
  'gu',
);

function removePinyinNotes(s: string): string {
  return s.replace(PINYIN_NOTE, '$1');
}

/** Full-width ASCII (U+FF01..FF5E) and the ideographic space fold to ASCII. */
function foldWidth(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let r = -1;
    if (c >= 0xff01 && c <= 0xff5e) r = c - 0xfee0;
    else if (c === 0x3000 || c === 0x00a0) r = 0x20;
    if (r >= 0) {
      out += s.slice(last, i) + String.fromCharCode(r);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

function normalizeLines(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/[ \t\f\v]+/g, ' ');
}

/** Share of Han characters that the Traditional->Simplified step changed. */
function changedShare(before: string, after: string): number {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (c !== after.charCodeAt(i)) changed++;
    }
  }
  return han === 0 ? 0 : changed / han;
}

export function normalize(decoded: string): Normalized {
  const noPinyin = removePinyinNotes(decoded);
  const simplified = t2s(noPinyin);
  // A Simplified text has (almost) nothing for the converter to change; a Traditional
  // one has a character in ten or more changed.
  const script = changedShare(noPinyin, simplified) > 0.03 ? 'traditional' : 'simplified';
  return { text: normalizeLines(foldWidth(simplified)), script };
}
