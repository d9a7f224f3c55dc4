/**
 * Finds, in one segmented sentence, every phrase that may name a union: the ones
 * ending in a suffix (工会, 总工会, 工会联合会, 工联会...) and the abbreviations
 * `X市总`, `省总`, `全总`. Each is classified (see classify.ts).
 */
import type { Span, Token } from '../../pipeline/types.js';
import { classify, makePhrase, mayNeedBroad, type Phrase } from './classify.js';
import { piecesBefore, tokenAt, walkBack } from './name-span.js';
import { organsPhrase } from './organs.js';
import { type KnownUnionNames, knownNameStart, piecesFrom } from './user-names.js';
import { allMatches } from '../../text/search.js';
import { NOT_A_PLACE, NOT_ABBREVIATION_AFTER, NOT_UNION_AFTER, PROVINCES, SUFFIX, levelOf } from './vocabulary.js';

const ABBREVIATION = /(?:自治区|[省市区县])总(?!工会|工联)/g;
const NATIONAL_SHORT = /全总(?!工会)/g;

export function findPhrases(text: string, sentence: Span, tokens: readonly Token[], known?: KnownUnionNames): Phrase[] {
  const out: Phrase[] = [];
  const part = text.slice(sentence.start, sentence.end);

  for (const m of allMatches(SUFFIX, part)) {
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    if (NOT_UNION_AFTER.test(text.slice(end, end + 4))) continue;
    // a name the user's dictionary gives (--dict) is taken whole
    const given = known ? knownNameStart(text, sentence.start, at, end, known) : null;
    if (given !== null) {
      const pieces = piecesFrom(piecesBefore(tokens, sentence.start, at), given);
      out.push(makePhrase({ start: given, end, surface: text.slice(given, end), kind: 'name', core: text.slice(given, at), suffix: m[0], pieces }));
      continue;
    }
    // 省直机关工会, 湖南省总工会机关工会 (organs.ts); the federation in the latter is no mention of its own
    // (out[-1], at a sentence's first suffix, would be a slow look-up of a property named "-1")
    const organs = m[0] === '工会' ? organsPhrase(text, tokens, at, out.length > 0 ? out[out.length - 1] : undefined) : null;
    if (organs) {
      if (out.length && out[out.length - 1]!.start >= organs.start) out.pop();
      out.push(organs);
      continue;
    }
    const pieces = piecesBefore(tokens, sentence.start, at);
    const strict = walkBack(pieces, at);
    // (a walk reaches back at most 40 characters: see walkBack)
    const broad = mayNeedBroad(text, Math.max(sentence.start, at - 40), strict.start, at) ? walkBack(pieces, at, true) : strict;
    const before = text.slice(Math.max(sentence.start, strict.start - 2), strict.start);
    const phrase = classify(text, strict, broad, at, m[0], before);
    if (phrase) out.push(phrase);
  }

  // (many sentences name only a 工会, with no 总 at all: a search for the character is cheaper than the patterns)
  const hasZong = part.indexOf('总') >= 0;
  for (const m of hasZong ? allMatches(ABBREVIATION, part) : []) {
    const zong = sentence.start + m.index + m[0].length - 1; // the 总
    const after = text.slice(zong + 1, zong + 3);
    if (NOT_ABBREVIATION_AFTER.test(after)) continue;
    // the segmenter must read 总 as a word of its own (not 总体, 总队, 总部)
    const tok = tokens[tokenAt(tokens, zong)];
    // (an unknown run the segmenter glued onto it, 总向 or 总以, starts with it)
    if (tok && tok.start <= zong && !(tok.tag === 'x' && tok.start === zong) && (tok.end !== zong + 1 || tok.word.length > 3)) continue;
    const strict = walkBack(piecesBefore(tokens, sentence.start, zong), zong);
    const core = text.slice(strict.start, zong);
    const end = zong + 1;
    const surface = text.slice(strict.start, end);
    if (/^(?:省|市|区|县|自治区)$/.test(core)) {
      out.push(makePhrase({ start: strict.start, end, surface, kind: 'bare', level: levelOf(core)! }));
    } else if (core && (levelOf(core) !== null || PROVINCES.has(core)) && (core.length >= 3 || PROVINCES.has(core)) && !NOT_A_PLACE.has(core)) {
      out.push(makePhrase({ start: strict.start, end, surface, kind: 'name', core, suffix: '总工会', pieces: strict.pieces, full: core + '总工会' }));
    }
  }

  for (const m of hasZong && part.indexOf('全总') >= 0 ? allMatches(NATIONAL_SHORT, part) : []) {
    const at = sentence.start + m.index;
    if (NOT_ABBREVIATION_AFTER.test(text.slice(at + 2, at + 3))) continue;
    const tok = tokens[tokenAt(tokens, at)];
    if (tok && tok.start <= at && tok.word !== '全总') continue;
    out.push(makePhrase({ start: at, end: at + 2, surface: '全总', kind: 'national' }));
  }
  // (the phrases mostly come in text order already: a stable sort would leave them as they are)
  if (!inTextOrder(out)) out.sort((a, b) => a.start - b.start);
  abbreviationsInBrackets(text, out);
  return out;
}

function inTextOrder(phrases: readonly Phrase[]): boolean {
  for (let i = 1; i < phrases.length; i++) if (phrases[i]!.start < phrases[i - 1]!.start) return false;
  return true;
}

/** Whether the characters of `short` appear in `long` in order (文专 in 香港文职及专业人员). */
function keepsOrder(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/**
 * A name followed by its short form in brackets (`香港文职及专业人员总工会(文专总工会)`): the short
 * form stands for the name before it, whatever its letters, when they come from that name in order.
 */
function abbreviationsInBrackets(text: string, phrases: Phrase[]): void {
  for (let i = 1; i < phrases.length; i++) {
    const a = phrases[i - 1]!;
    const b = phrases[i]!;
    if (a.kind !== 'name' || b.kind !== 'name' || b.full !== undefined || a.suffix !== b.suffix) continue;
    if (!/^[(（]$/.test(text.slice(a.end, b.start)) || !/^[)）]/.test(text.slice(b.end, b.end + 1))) continue;
    // (through makePhrase: a spread copy has a shape of its own, which every step reading phrases then meets)
    if (b.core.length < a.core.length && keepsOrder(b.core, a.core)) phrases[i] = makePhrase({ ...b, full: a.full ?? a.core + a.suffix });
  }
}
