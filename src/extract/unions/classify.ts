/**
 * What a phrase ending in a union suffix names: a union (by its full name), an
 * abbreviation to resolve (市总工会, 省总), a place's union with no level (贵州工会),
 * a group of unions (市、县两级工会, 各矿区工会), or nothing in particular (企业工会).
 */
import type { Span } from '../../pipeline/types.js';
import type { NameSpan, Piece } from './name-span.js';
import { allGeneric } from './name-span.js';
import { ANAPHOR_HEAD, LEVEL_WORDS, type Level, MUNICIPALITIES, PROVINCES, levelOf } from './vocabulary.js';
import { charTable } from '../../text/han.js';

/** Where a group's head union is to be found. */
export type GroupHead =
  | { by: 'place'; place: string; level: Level }
  | { by: 'level'; level: Level | '区县' }
  | { by: 'national' }
  | { by: 'enterprise' }
  | { by: 'passage' };

export type Phrase = Span & { surface: string } & (
    | { kind: 'name'; core: string; suffix: string; pieces: Piece[]; /** the full name an abbreviation stands for (嘉兴市总 -> 嘉兴市总工会) */ full?: string }
    | { kind: 'national' }
    | { kind: 'bare'; level: Level }
    | { kind: 'place'; place: string; level: Level | null }
    | { kind: 'hk'; suffix: string }
    | { kind: 'group'; head: GroupHead }
    | { kind: 'anaphor'; /** the kind of body it points back to (行 in 该行工会, 公司 in 该公司工会), if said */ head?: string }
    | { kind: 'organs'; level: Level }
    | { kind: 'generic' }
  );

/** Every field any kind of phrase has, so that one builder can give each phrase all of them. */
type PhraseFields = Span & { surface: string; kind: Phrase['kind']; core?: string; suffix?: string; pieces?: Piece[]; full?: string; level?: Level | '区县' | null; place?: string; head?: GroupHead | string };

/**
 * A phrase with every field of every kind, in one order (those its kind lacks are undefined):
 * phrases of all kinds then share one object shape, and the steps that read phrases of all
 * kinds (findPhrases, resolveUnions' steps, collect) stay monomorphic instead of deoptimizing
 * on each new kind ("wrong map"). An absent field and an undefined one read the same.
 */
export function makePhrase<P extends Phrase>(p: P): P {
  const f = p as PhraseFields;
  const out: PhraseFields = { start: f.start, end: f.end, surface: f.surface, kind: f.kind, core: f.core, suffix: f.suffix, pieces: f.pieces, full: f.full, level: f.level, place: f.place, head: f.head };
  return out as P;
}

/*
 * Builders of the kinds classify returns most (generic, group, name), taking their fields as
 * arguments: makePhrase reads each field of a literal whose shape changes with the call site,
 * and those megamorphic reads (of absent fields too) were a hot spot of findPhrases. Each
 * gives what makePhrase gives for the same fields.
 */
/** A phrase of a kind with no field of its own, over text[start, end). */
function plainPhrase(text: string, start: number, end: number, kind: 'generic' | 'national' | 'anaphor'): Phrase {
  const out: PhraseFields = { start, end, surface: text.slice(start, end), kind, core: undefined, suffix: undefined, pieces: undefined, full: undefined, level: undefined, place: undefined, head: undefined };
  return out as Phrase;
}
/** A group of unions over text[start, end). */
function groupPhrase(text: string, start: number, end: number, head: GroupHead): Phrase {
  const out: PhraseFields = { start, end, surface: text.slice(start, end), kind: 'group', core: undefined, suffix: undefined, pieces: undefined, full: undefined, level: undefined, place: undefined, head };
  return out as Phrase;
}
/** A union's name over text[start, end). */
function namePhrase(text: string, start: number, end: number, core: string, suffix: string, pieces: Piece[]): Phrase {
  const out: PhraseFields = { start, end, surface: text.slice(start, end), kind: 'name', core, suffix, pieces, full: undefined, level: undefined, place: undefined, head: undefined };
  return out as Phrase;
}

const isPlacePiece = (p: Piece) => p.tag === 'ns' || PROVINCES.has(p.word);

/** A core that is one place, with or without its level word (贵州, 延庆, 门头沟区, 襄阳 市). */
function asPlace(pieces: readonly Piece[]): { place: string; level: Level | null } | null {
  if (pieces.length === 1 && isPlacePiece(pieces[0]!)) {
    const w = pieces[0]!.word;
    return { place: w, level: levelOf(w) === '省' && PROVINCES.has(w) ? null : levelOf(w) };
  }
  if (pieces.length === 2 && isPlacePiece(pieces[0]!) && LEVEL_WORDS.has(pieces[1]!.word)) {
    const w = pieces[0]!.word + pieces[1]!.word;
    return { place: w, level: levelOf(w) };
  }
  return null;
}

/** The words of the pieces, joined (a loop: map() and join() over arrays of changing shapes deoptimized groupHead). */
function wordsOf(pieces: readonly Piece[]): string {
  let text = '';
  for (let i = 0; i < pieces.length; i++) text += pieces[i]!.word;
  return text;
}

/** The head of a group from the words of its phrase. */
export function groupHead(pieces: readonly Piece[]): GroupHead {
  const text = wordsOf(pieces);
  const first = pieces[0];
  if (first && isPlacePiece(first)) {
    const second = pieces[1];
    const place = second && LEVEL_WORDS.has(second.word) && levelOf(first.word) === null ? first.word + second.word : first.word;
    const level = levelOf(place) ?? (PROVINCES.has(place) ? '省' : null);
    if (level) return { by: 'place', place, level };
  }
  if (/^全国/.test(text)) return { by: 'national' };
  if (/^(?:全|我|本)?省/.test(text)) return { by: 'level', level: '省' };
  if (/^(?:全|我|本)?市/.test(text) && !/^市州/.test(text)) return { by: 'level', level: '市' };
  if (/^(?:全|我|本)区/.test(text) || /^区[、,]/.test(text)) return { by: 'level', level: '区' };
  if (/^(?:全|我|本)?县/.test(text) && !/^县[(（市区]/.test(text)) return { by: 'level', level: '县' };
  if (/^(?:全|我|本)州/.test(text)) return { by: 'level', level: '州' };
  if (/市州|各市|省辖市|设区市|地市|各州|省市/.test(text)) return { by: 'level', level: '省' };
  if (/县市区|县区|县[(（]|各县|区县|市县/.test(text)) return { by: 'level', level: '市' };
  if (/镇街|乡镇|街道|各镇|各乡|乡村|镇村/.test(text)) return { by: 'level', level: '区县' };
  if (/矿区|分公司|子公司|二级单位|集团|公司|厂/.test(text)) return { by: 'enterprise' };
  return { by: 'passage' };
}

const GROUP_MARK = /各|[两三四五]级|^全|^我[省市区县]|^本[省市区县]|、|[(（][省市区县州乡镇]|^\d|^[一二三四五六七八九十两]+个|个/;
/** Characters of which every match of GROUP_MARK holds one. */
const GROUP_MARK_CHARS = charTable('各级全我本、(（个0123456789');
/** The end of a list sharing one suffix: 高新区、金水区等(总工会), 洛阳、南阳等市(总工会). */
const LIST_END = /等(?:省|市|区|县|州|盟|旗|地|市州|县区|县市区|市县|地市)?$/;

/**
 * Whether classify may read the broad walk back from a suffix at `at`: only when the text
 * before the suffix ends a list (LIST_END), or when the text between `from` (the earliest a
 * walk may reach) and `strictStart` holds a character of a group mark. Otherwise the broad
 * walk decides nothing, and the strict one may stand in for it.
 */
export function mayNeedBroad(text: string, from: number, strictStart: number, at: number): boolean {
  if (endsList(text, from, at)) return true;
  return holdsCharOf(text, from, strictStart, GROUP_MARK_CHARS);
}

/** Whether text[from, to) holds one of the characters of `table` (charTable). */
function holdsCharOf(text: string, from: number, to: number, table: Uint8Array): boolean {
  for (let i = from; i < to; i++) if (table[text.charCodeAt(i)] === 1) return true;
  return false;
}

const DENG = charTable('等');
/**
 * Whether text[from, at) ends a list (LIST_END). A match is 等 and at most three characters
 * after it: without 等 among the last four characters (most phrases), no pattern is run.
 */
function endsList(text: string, from: number, at: number): boolean {
  const near = Math.max(from, at - 4);
  return holdsCharOf(text, near, at, DENG) && LIST_END.test(text.slice(near, at));
}
/** A core ending in one of these names the unions of many bodies (苏州工业园区企业工会). */
const MANY = /(?:企业|基层|会员单位|基层单位|成员单位|单位|中小企业|非公企业)$/;

/*
 * The patterns of classify's rules, in the order it asks them (made once: a pattern written
 * inside the function is a new object at each call, and classify runs for every suffix).
 */
const ENDS_DENG = /等$/;
const LIST_LEVELS = /^(?:省|市|区|县|州|盟|旗|地|市州|县区|县市区|市县|地市)?$/;
const COUNTED_PLACES = /^[一二三四五六七八九十两]+(?:省|市|县|区)+$/;
const GROUP_WORD_ALONE = /^各|^[两三四五]级$/;
const COUNT_OF_BODIES = /^[\d一二三四五六七八九十两几多]+(?:家|个|所|支|座|条)/;
const LEVEL_ALONE = /^(?:省|市|区|县|州|自治区|自治州)$/;
const NATIONAL_CORE = /^(?:中华)?全国$/;
const WHOLE_LEVEL = /^(?:全|我|本)(?:省|市|区|县|州|国)$/;
const POINTER_BEFORE = /(?:该|本|此|这)$/;
/** The characters every match of ANAPHOR_HEAD starts with (该 本 此 这). */
const POINTER_CHARS = charTable('该本此这');
const GROUP_COMPANY = /^(?:集团公司|集团)$/;

/**
 * Classifies the phrase that ends with `suffix` at [at, end). `strict` and `broad`
 * are the two walks back from the suffix (`broad` may be `strict` itself where mayNeedBroad
 * says it decides nothing); `before` is the text just before the strict start.
 */
export function classify(
  text: string,
  strict: NameSpan,
  broad: NameSpan,
  at: number,
  suffix: string,
  before: string,
): Phrase | null {
  const end = at + suffix.length;
  const core = text.slice(strict.start, at);
  // (each pattern below that searches a phrase's text is asked only when the text holds a
  // character every match of it holds: most phrases hold none)
  // (object literals written out: spreading a small object into each phrase cost microseconds apiece)

  // a list sharing one suffix names no union of its own (高新区、金水区等总工会, 洛阳、南阳等市总工会, 四省市总工会)
  if (endsList(text, broad.start, at) || (ENDS_DENG.test(before) && LIST_LEVELS.test(core)) || COUNTED_PLACES.test(core)) {
    return plainPhrase(text, broad.start, end, 'generic');
  }
  if (broad.start < strict.start && holdsCharOf(text, broad.start, strict.start, GROUP_MARK_CHARS) && GROUP_MARK.test(text.slice(broad.start, strict.start))) {
    return groupPhrase(text, broad.start, end, groupHead(broad.pieces));
  }
  // 各 or 两级 as words of their own (全省各级, 市县两级), not inside a name (范各庄矿)
  if (holdsCharOf(text, strict.start, at, GROUP_MARK_CHARS) && GROUP_MARK.test(core) && strict.pieces.some((p) => GROUP_WORD_ALONE.test(p.word))) return groupPhrase(text, strict.start, end, groupHead(strict.pieces));
  // a pointer back to the body just named: 该工会, 该行工会, 该公司工会, 本厂工会
  const pointer = holdsCharOf(text, Math.max(0, at - 6), at, POINTER_CHARS) ? ANAPHOR_HEAD.exec(text.slice(Math.max(0, at - 6), at)) : null;
  if (pointer && strict.start >= at - pointer[0].length) {
    const head = pointer[1];
    const start = at - pointer[0].length;
    return head ? makePhrase({ start, end, surface: text.slice(start, end), kind: 'anaphor', head }) : plainPhrase(text, start, end, 'anaphor');
  }
  if (!core) {
    if (suffix.startsWith('工联')) return makePhrase({ start: at, end, surface: text.slice(at, end), kind: 'hk', suffix });
    return plainPhrase(text, at, end, 'generic');
  }
  // a count of bodies names none of them (两家分行工会, 8家企业工会, 3个项目部工会)
  if (COUNT_OF_BODIES.test(core)) return plainPhrase(text, strict.start, end, 'generic');
  if (suffix === '总工会' && LEVEL_ALONE.test(core)) {
    return makePhrase({ start: strict.start, end, surface: text.slice(strict.start, end), kind: 'bare', level: levelOf(core)! });
  }
  if (suffix === '总工会' && NATIONAL_CORE.test(core)) return plainPhrase(text, strict.start, end, 'national');
  if (WHOLE_LEVEL.test(core)) return groupPhrase(text, strict.start, end, groupHead(strict.pieces));
  if (POINTER_BEFORE.test(before)) return plainPhrase(text, strict.start - 1, end, 'anaphor');
  if (GROUP_COMPANY.test(core)) return namePhrase(text, strict.start, end, core, suffix, strict.pieces);
  if (allGeneric(strict.pieces) || MANY.test(core)) {
    // 各级/各地 glued into the same token (各地工会) still make a group
    return plainPhrase(text, strict.start, end, 'generic');
  }
  if (suffix === '工会') {
    const place = asPlace(strict.pieces);
    if (place) return makePhrase({ start: strict.start, end, surface: text.slice(strict.start, end), kind: 'place', place: place.place, level: place.level });
  }
  return namePhrase(text, strict.start, end, core, suffix, strict.pieces);
}

/** A federation's level, from its core (白银市 -> 市, 张掖甘州区 -> 区, 内蒙古 -> 省); null for other unions. */
export function federationLevel(core: string, suffix: string): Level | null {
  if (suffix !== '总工会') return null;
  if (PROVINCES.has(core)) return '省';
  return levelOf(core);
}

/** Whether a province-level place also answers to a city-level abbreviation (北京, 上海...). */
export function isMunicipality(place: string): boolean {
  return MUNICIPALITIES.has(place.replace(/市$/, ''));
}
