/**
 * Where a union name starts. Walking back from its suffix (工会, 总工会...) over the
 * tokens of the sentence, a name takes places, organisation words and unknown runs
 * (会宁县甘沟驿镇, 北京城建十六公司密云老旧小区综合整治项目部) and stops at verbs,
 * function words, punctuation, numbers that count, and the end of an earlier name.
 *
 * The `broad` walk also takes what makes a phrase a group or a list of unions
 * (各, 各级, 两级, 、, (市、区), 17个, 等, 全省), so that the classifier can tell
 * `江苏省、市、县三级工会` and `高新区、金水区等总工会` from a name.
 */
import type { Token } from '../../pipeline/types.js';
import { BANK_SHORT, COMPANY, GENERIC_WORDS, LEVEL_WORDS, NAME_TAGS, NOT_A_PLACE, PROVINCES, STOP_CHARS, STOP_WORDS, endsInOrgWord, levelOf } from './vocabulary.js';
import { firstEndingAfter } from '../../text/search.js';
import { charCodes, charTable, hanOnly } from '../../text/han.js';

export interface Piece {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Index of the first token that ends after `at` (tokens in text order). */
export function tokenAt(tokens: readonly Token[], at: number): number {
  return firstEndingAfter(tokens, at);
}

/** A name is never longer than this many tokens, so the walk needs no more. */
const MAX_PIECES = 24;

/** The tokens before `at` inside [from, at), the one straddling `at` cut there, last first. */
export function piecesBefore(tokens: readonly Token[], from: number, at: number): Piece[] {
  const out: Piece[] = [];
  for (let k = Math.min(tokenAt(tokens, at), tokens.length - 1); k >= 0 && out.length < MAX_PIECES; k--) {
    const t = tokens[k]!;
    if (t.start >= at) continue;
    if (t.end <= from) break;
    const start = Math.max(t.start, from);
    const end = Math.min(t.end, at);
    // a whole token is its own piece: its tag is looked up only if the walk reads it
    out.push(start === t.start && end === t.end ? t : { word: t.word.slice(start - t.start, end - t.start), tag: t.tag, start, end });
  }
  return rejoinBranch(out);
}

/**
 * A branch word the segmenter cut across (南 充分 行 for 南充 分行): the 分 or 支 goes back to
 * 行, and what is left of the word before is a name part of unknown kind. `pieces` last first.
 */
function rejoinBranch(pieces: Piece[]): Piece[] {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const b = pieces[i]!;
    const a = pieces[i + 1]!;
    if (b.word !== '行' || a.end !== b.start || a.word.length < 2 || !/[分支]$/.test(a.word)) continue;
    pieces[i] = { word: a.word.slice(-1) + '行', tag: 'n', start: a.end - 1, end: b.end };
    pieces[i + 1] = { word: a.word.slice(0, -1), tag: 'x', start: a.start, end: a.end - 1 };
  }
  return pieces;
}

/** Words that make a phrase a group of unions: 各级, 全省, 我市, 两级, 县级... */
const GROUP_WORDS = new Set([
  ...['各级', '各', '各地', '全省', '全市', '全区', '全县', '全州', '全国', '我省', '我市', '我区', '我县', '本省', '本市', '本区', '本县'],
  ...[...'两三四五省市区县州镇乡村'].map((c) => c + '级'),
]);
/** 各 and whatever follows it (各矿区, 各成员单位). */
const GE_AND_MORE = /^各./;
const GE = 0x5404; // 各
function isGroupWord(word: string): boolean {
  return GROUP_WORDS.has(word) || (word.charCodeAt(0) === GE && GE_AND_MORE.test(word));
}

const HUI = 0x4f1a; // 会

const ENDS_WITH_SUFFIX = /(?:工会|工联会|工会联合会|工会联合总会|工联总会)$/;
function endsWithSuffix(word: string): boolean {
  return ENDS_WITH_SUFFIX.test(word);
}

/*
 * (The patterns and word lists of the rules below are made once, here, not at each call: a
 * pattern or an array written inside a function is a new object each time it runs, and the
 * walks run them for every piece of every suffix.)
 */
const GROUP_GLUE = new Set(['、', '(', ')', '（', '）', '等']);
const COUNT = /^[\d一二三四五六七八九十百千两几]+$/;
const LETTERS = /^[A-Za-z]+$/;
const ORDINAL = /^第/;
const DIGIT_FIRST = /^\d/;
const VERB_OR_MODIFIER = new Set(['v', 'vd', 'b']);
const PROPER_OR_LATIN_TAGS = new Set(['ns', 'nt', 'nz', 'j', 'nr', 'nrt', 'nrfg', 'eng']);
const ENDS_UNION = /(?:工会|工联会)$/;
const ENDS_LEVEL = /[省市县区州盟旗镇]$/;
const DISTRICT_WORD = /^.[区县]$/;
const OTHER_BODY = /(?:属会|分会|协会|学会|商会|联会|总会)$/;
const NAME_WORD_TAG = /^(?:x|nz|nt|j|nr|ns|n|an|vn)$/;
const ENTERPRISE_TAGS = new Set(['nt', 'j', 'n', 'nz']);
const GROUP_IN_BRACKETS = /^(?:集团|控股|股份)$/;

/** Pieces that make a phrase a group or a list of unions: 各级, 两级, 、, (, ), 等, 17个. */
function groupPiece(p: Piece): boolean {
  if (isGroupWord(p.word) || GROUP_GLUE.has(p.word)) return true;
  if (p.tag === 'q') return true;
  return p.tag === 'm' && COUNT.test(p.word);
}

const NUMERAL = /^[\d一二三四五六七八九十百千万亿两零〇几多余第名个位家人支批户次]+$/;
const NUMBERED_UNIT = /^[\d一二三四五六七八九十百千零〇]+(?:局|厂|矿|院|所|处|队|段|站|部|公司|中学|小学|医院)$/;
/** The characters a numbered unit starts with: most words start with none, which one look-up settles. */
const NUMBER_FIRST = charCodes('0123456789一二三四五六七八九十百千零〇');
function isNumberedUnit(word: string): boolean {
  return NUMBER_FIRST.has(word.charCodeAt(0)) && NUMBERED_UNIT.test(word);
}
/** Function characters an unknown run or a misread name may carry in front of a name (日向房山区, 向海东市). */
const FUNCTION_CHAR = /[向为对从在由给把将到至跟的]/g;

/** Whether a piece can be part of a name; `right` is the piece after it (toward the suffix), if any. */
function nameLike(p: Piece, right: Piece | undefined): boolean {
  if (STOP_WORDS.has(p.word)) return false;
  if (LEVEL_WORDS.has(p.word) || BANK_SHORT.has(p.word)) return true;
  // an organisation word, whatever its tag (厂/zg, 矿/ng)
  if (hanOnly(p.word) && p.word.length <= 2 && endsInOrgWord(p.word)) return true;
  if (p.tag === 'x') return hanOnly(p.word) || LETTERS.test(p.word);
  if (p.tag === 'm' || p.tag === 'mq') {
    if (!NUMERAL.test(p.word)) return hanOnly(p.word); // a name the segmenter took for a numeral (港九)
    // ordinals and numbered units are part of names (第一人民医院, 十六公司, 九山镇); counts are not
    if (ORDINAL.test(p.word)) return true;
    if (!right || DIGIT_FIRST.test(p.word)) return false;
    return endsInOrgWord(right.word) || (p.word.length === 1 && right.tag === 'ns');
  }
  // a verb or a modifier inside a company name (保修分公司, 控股集团, 附属第一医院)
  if (VERB_OR_MODIFIER.has(p.tag)) {
    return right !== undefined && p.word.length <= 2 && (endsInOrgWord(right.word) || right.tag === 'm' || (p.tag === 'b' && nameLikeRight(right)));
  }
  // (a Han-only word has no letters to drop: the usual case, without a new string)
  return NAME_TAGS.has(p.tag) && (hanOnly(p.word) || hanOnly(p.word.replace(/[A-Za-z]/g, '')));
}
function lastFunctionChar(word: string): number {
  // (a backward scan over character codes: matchAll, or a string per character, over every piece of every walk was a hot spot)
  for (let i = word.length - 1; i >= 0; i--) if (FUNCTION_CHARS[word.charCodeAt(i)] === 1) return i;
  return -1;
}
const FUNCTION_CHARS = charTable(FUNCTION_CHAR.source.slice(1, -1));
/** Tags of words after which a name opens a phrase of its own: verbs, time words, particles, adverbs. */
const OPENS_PHRASE = new Set(['v', 'vd', 't', 'p', 'c', 'd', 'r', 'u', 'uj', 'ul', 'ud', 'uz']);
/** Whether a piece (or the sentence start, undefined) separates clauses or words. */
function boundary(p: Piece | undefined): boolean {
  return !p || !hanOnly(p.word) || STOP_WORDS.has(p.word);
}
const nameLikeRight = (p: Piece) => ORDINAL.test(p.word) || endsInOrgWord(p.word) || p.tag === 'n';

/**
 * A name starts at its first proper part: a place, an organisation or person name,
 * an unknown run, or the distinguishing word of a company (保修 in 保修分公司).
 * Common words before it (动员, 联系, 疫情防控工作) are not part of it.
 */
function isAnchor(p: Piece, right: Piece | undefined, next?: Piece): boolean {
  // a word before a numbered unit is the organisation's own name (中铁 十四局, 中铁 二十一局, 城建 十六公司)
  const numbered = right && ((right.tag === 'm' && NUMERAL.test(right.word) && next !== undefined && endsInOrgWord(next.word)) || isNumberedUnit(right.word));
  if (numbered && hanOnly(p.word) && p.word.length >= 2 && !GENERIC_WORDS.has(p.word) && !STOP_WORDS.has(p.word)) return true;
  if (GENERIC_WORDS.has(p.word)) return false;
  if (PROPER_OR_LATIN_TAGS.has(p.tag) || PROVINCES.has(p.word)) return !ENDS_UNION.test(p.word);
  // a bank's short name (建行/v) or 中 that the segmenter cut off a central enterprise (中 铁一局; taken only at a clause start)
  if (BANK_SHORT.has(p.word) || (p.word === '中' && p.tag === 'f')) return true;
  if (p.word === '全国' || p.word === '中华') return true;
  // a place the segmenter did not tag (大同市/n), or a word with its level after it (鼓楼 区)
  if (p.word.length >= 3 && ENDS_LEVEL.test(p.word) && !NOT_A_PLACE.has(p.word) && !GENERIC_WORDS.has(p.word)) return true;
  // a district the segmenter split (平 城区)
  if (right && p.word.length === 1 && hanOnly(p.word) && DISTRICT_WORD.test(right.word) && !STOP_WORDS.has(p.word)) return true;
  if (p.tag === 'm' && !NUMERAL.test(p.word)) return true;
  // a numeral that begins a place name (九 山镇)
  if (p.tag === 'm' && p.word.length === 1 && right?.tag === 'ns') return true;
  if (p.tag === 'x') return hanOnly(p.word) || LETTERS.test(p.word);
  if (right && COMPANY.has(right.word) && p.word.length >= 2 && hanOnly(p.word) && !LEVEL_WORDS.has(p.word)) return true;
  return false;
}

/** Index of the first anchor among `pieces` (text order), -1 when none. */
function firstAnchor(pieces: readonly Piece[]): number {
  for (let k = 0; k < pieces.length; k++) if (isAnchor(pieces[k]!, pieces[k + 1], pieces[k + 2])) return k;
  return -1;
}

/**
 * Where the name starts among `pieces` (text order): at the first anchor; without one, at the
 * trailing level word (市 总工会) or generic words (基层 工会). (An index, not a copy of the pieces
 * kept: the walk drops the ones before it from its own list.)
 */
function nameStartIndex(pieces: readonly Piece[], atBoundary: boolean, openStart = atBoundary): number {
  // a word with its level after it at the start of a clause is a place the segmenter did not know (;鼓楼 区)
  const first = pieces[0];
  const second = pieces[1];
  if (atBoundary && first && second && LEVEL_WORDS.has(second.word) && first.word.length >= 2 && hanOnly(first.word) && !GENERIC_WORDS.has(first.word) && !NOT_A_PLACE.has(first.word + second.word)) return 0;
  const i = firstAnchor(pieces);
  if (openStart && companyFromStart(pieces, i < 0 ? pieces.length : i)) return 0;
  if (i >= 0) return i;
  let j = pieces.length;
  while (j > 0 && (GENERIC_WORDS.has(pieces[j - 1]!.word) || LEVEL_WORDS.has(pieces[j - 1]!.word))) j--;
  return j;
}

const PROPER_TAGS = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'nrfg', 'j']);
const isProper = (p: Piece) => PROPER_TAGS.has(p.tag) || PROVINCES.has(p.word);

/**
 * The front part of a name joined by 及 (`香港文职及专业人员总工会`): 及 joins two trades
 * of one union, not two unions, when the part after it names no place or organisation of
 * its own (专业人员, 仓库业职) and is not generic, and the part before it is a few plain
 * words led by a place or an organisation name (香港 文职). `left` are the pieces before
 * 及 (last first), `after` the pieces taken after it. Null when 及 joins two names
 * (中建三局及中铁一局工会) or a name and a generic phrase (公司及所属单位工会).
 */
function joinedOverAnd(left: readonly Piece[], after: readonly Piece[]): Piece[] | null {
  // (an abbreviation, tag j, may be a trade: 仓储/j)
  const namesBody = (p: Piece) => (isProper(p) && p.tag !== 'j') || isNumberedUnit(p.word);
  if (after.length === 0 || after.some(namesBody) || allGeneric(after)) return null;
  const front: Piece[] = [];
  for (const p of left.slice(0, 5)) {
    if (!hanOnly(p.word) || STOP_WORDS.has(p.word) || endsWithSuffix(p.word) || /会$/.test(p.word)) return null;
    // a whole organisation before 及 makes it a list of bodies
    if (front.length === 0 && (endsInOrgWord(p.word) || isProper(p))) return null;
    front.unshift(p);
    if (isProper(p)) return front;
    if (!NAME_TAGS.has(p.tag) && !['b', 'v', 'vn', 'a'].includes(p.tag)) return null;
  }
  return null;
}

const ENDS_IN_BODY = /(?:公司|集团|局|院|厂|矿|行)$/;
/** The last characters of ENDS_IN_BODY's words: most words end in none, which one look-up settles. */
const BODY_LAST = charTable('司团局院厂矿行');

/** Tags of the common nouns an enterprise's name may open with (国家 电网, 国 网, 中铁 建工, 市 邮政 管理局). */
const PLAIN_NOUN = new Set(['n', 'vn', 'nz', 'j', 'x', 'nt', 'ns']);

/**
 * An enterprise or a public body named by common words, where the name opens its clause
 * (`国家电网公司工会`, `国网四川省电力公司工会`, `中铁建工集团工会`, `市邮政管理局工会`): the
 * words before the first proper part (`lead` of them) belong to the name when they are a few
 * plain nouns, none generic, and the name holds an organisation word (公司, 集团, 局...).
 */
function companyFromStart(pieces: readonly Piece[], anchor: number): boolean {
  // (a name led by its proper part, the usual case, is settled before the organisation word is looked for)
  if (pieces.length < 2 || (anchor < pieces.length && (anchor <= 0 || anchor > 3))) return false;
  const org = firstOrgWord(pieces);
  // the common words before the first proper part, or before the organisation word when there is none (国 铁 集团)
  const lead = anchor < pieces.length ? anchor : org;
  if (org < 0 || lead <= 0 || lead > 3) return false;
  return pieces.slice(0, lead).every(
    (p) => hanOnly(p.word) && !GENERIC_WORDS.has(p.word) && !STOP_WORDS.has(p.word) && !isGroupWord(p.word) && !NOT_A_PLACE.has(p.word) && (PLAIN_NOUN.has(p.tag) || (p.word.length === 1 && LEVEL_WORDS.has(p.word) && levelOf(p.word) !== null)),
  );
}

/** Index of the first piece that is or ends in an organisation word (公司, 集团, 局...), -1 when none. */
function firstOrgWord(pieces: readonly Piece[]): number {
  for (let k = 0; k < pieces.length; k++) {
    const w = pieces[k]!.word;
    if (COMPANY.has(w) || (w.length >= 2 && BODY_LAST[w.charCodeAt(w.length - 1)] === 1 && ENDS_IN_BODY.test(w))) return k;
  }
  return -1;
}

export interface NameSpan {
  /** where the core (the part before the suffix) starts */
  start: number;
  /** the pieces of the core, first to last */
  pieces: Piece[];
}

/**
 * The name core before a suffix starting at `at`, within [from, at). `pieces` come
 * from piecesBefore (last first).
 */
export function walkBack(pieces: readonly Piece[], at: number, broad = false): NameSpan {
  // the pieces taken, last first as the walk meets them (put in text order once it ends:
  // an unshift per piece moved the whole array each time)
  const back: Piece[] = [];
  let start = at;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    // (back[-1] of the empty list is a property look-up by the name "-1", not an element read: asked
    // at the first piece of every walk, that slow path was the walk's hottest line)
    const right = back.length > 0 ? back[back.length - 1] : undefined;
    if (p.end !== start) break; // a gap (should not happen within a sentence)
    // an earlier union name (or another body: 分会, 属会, 协会) ends here
    // (each of these ends in 会: most words do not, which one character settles)
    if (p.word.charCodeAt(p.word.length - 1) === HUI && (endsWithSuffix(p.word) || broad || OTHER_BODY.test(p.word))) break;
    if (broad && groupPiece(p)) {
      back.push(p);
      start = p.start;
      continue;
    }
    // (the characters first: most words hold none, and then the tag need not be read)
    let fn = lastFunctionChar(p.word);
    if (fn >= 0 && (p.tag === 'ns' || p.tag === 'nt' || !hanOnly(p.word))) fn = -1;
    if ((p.tag === 'x' && hanOnly(p.word) && STOP_CHARS.test(p.word)) || fn >= 0) {
      // a run that carries a function word in front of the name: keep its tail and stop (向区 -> 区, 向海 -> 海)
      const rest = fn >= 0 ? p.word.slice(fn + 1) : p.word.replace(STOP_CHARS, '');
      if (rest) {
        // what is left of a cut run is a level word (向市 -> 市) or a name part of unknown kind
        const cut = { word: rest, tag: LEVEL_WORDS.has(rest) ? 'n' : p.tag, start: p.end - rest.length, end: p.end };
        back.push(cut);
        start = cut.start;
      }
      break;
    }
    if (nameLike(p, right)) {
      back.push(p);
      start = p.start;
      continue;
    }
    const left = pieces[i + 1];
    // an adjective inside a name, after a proper or a name word (恒瑞精密, 卫生健康委员会)
    if ((p.tag === 'a' || p.tag === 'ad') && right && left && NAME_WORD_TAG.test(left.tag) && hanOnly(left.word) && !STOP_WORDS.has(left.word)) {
      back.push(p);
      start = p.start;
      continue;
    }
    // one character the segmenter cut off a district at the start of a clause (道 外区, 平 城区)
    if (right && p.word.length === 1 && hanOnly(p.word) && !STOP_WORDS.has(p.word) && DISTRICT_WORD.test(right.word) && boundary(left)) {
      back.push(p);
      start = p.start;
      break;
    }
    // 中 that the segmenter cut off a central enterprise's name at a clause start (中 铁一局, 中 建三局)
    if (p.word === '中' && p.tag === 'f' && right && (ENTERPRISE_TAGS.has(right.tag) || isNumberedUnit(right.word)) && !GENERIC_WORDS.has(right.word) && boundary(left)) {
      back.push(p);
      start = p.start;
      break;
    }
    // 及 inside a name (香港运输物流及仓库业职工会, 香港文职及专业人员总工会): see joinedOverAnd
    if (!broad && p.word === '及') {
      const front = joinedOverAnd(pieces.slice(i + 1), back);
      if (front) {
        back.push(p);
        for (let k = front.length - 1; k >= 0; k--) back.push(front[k]!);
        start = front[0]!.start;
      }
      break;
    }
    if (p.tag === ')' || p.word === ')' || p.word === '）') {
      // a parenthesised organisation word inside a name: 内蒙古电力(集团)有限责任公司
      const inner = pieces[i + 1];
      const open = pieces[i + 2];
      if (inner && open && (open.word === '(' || open.word === '（') && (GROUP_IN_BRACKETS.test(inner.word) || inner.tag === 'ns') && right) {
        back.push(p, inner, open);
        start = open.start;
        i += 2;
        continue;
      }
    }
    break;
  }
  const taken = back.reverse();
  // never let a name begin with what only glues it to the sentence
  while (taken.length && (taken[0]!.word === '、' || taken[0]!.word === ')' || taken[0]!.word === '等')) {
    taken.shift();
    start = taken[0]?.start ?? at;
  }
  if (!broad) {
    const stopAt = pieces[pieceStartingAt(pieces, start) + 1];
    const atBoundary = taken.length > 0 && boundary(stopAt);
    // after a verb, a time word or a particle the name opens its own phrase too (慰问国网成都供电公司工会)
    const opens = atBoundary || (taken.length > 0 && stopAt !== undefined && OPENS_PHRASE.has(stopAt.tag));
    const nameStart = nameStartIndex(taken, atBoundary, opens);
    if (nameStart > 0) {
      taken.splice(0, nameStart);
      start = taken[0]?.start ?? at;
    }
  }
  if (taken.length > 0 && at - start > 40) return { start: at, pieces: [] };
  return { start, pieces: taken };
}

/** Index of the piece starting at `start`, -1 when none. */
function pieceStartingAt(pieces: readonly Piece[], start: number): number {
  for (let k = 0; k < pieces.length; k++) if (pieces[k]!.start === start) return k;
  return -1;
}

/** Whether every piece of a core is a generic word (企业, 定点医院, 矿区) or a level word. */
export function allGeneric(pieces: readonly Piece[]): boolean {
  return pieces.length > 0 && pieces.every((p) => GENERIC_WORDS.has(p.word) || (LEVEL_WORDS.has(p.word) && levelOf(p.word) !== null));
}
