/**
 * Places named in the segmented sentences, with their level: the places that bare
 * abbreviations (市总工会, 省总) and groups (全省各级工会) resolve against.
 */
import type { Token } from '../../pipeline/types.js';
import { type Level, MUNICIPALITIES, NOT_A_PLACE, PROVINCES, levelOf, placeBase } from './vocabulary.js';

export interface Place {
  start: number;
  end: number;
  /** as written: 浙江, 浙江省, 甘州区 */
  name: string;
  /** without the level word: 浙江, 甘州 */
  base: string;
  level: Level;
}

const LEVEL_TOKEN = /^(?:省|市|区|县|州|盟|旗|镇|乡|自治区|自治州|街道)$/;

/** Places in token order. A place word followed by its level (襄阳 市) is one place. */
export function findPlaces(tokens: readonly Token[]): Place[] {
  const out: Place[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let name = t.word;
    let end = t.end;
    const next = tokens[i + 1];
    const isPlace = t.tag === 'ns' || PROVINCES.has(name) || (name.length >= 3 && levelOf(name) !== null && /^n/.test(t.tag));
    if (!isPlace || NOT_A_PLACE.test(name) || !/^\p{Script=Han}+$/u.test(name)) continue;
    if (next && next.start === end && LEVEL_TOKEN.test(next.word) && (levelOf(name) === null || PROVINCES.has(name))) {
      name += next.word;
      end = next.end;
      i++;
    }
    const level = levelOf(name);
    if (!level) continue;
    // a two-character 区 word is a kind of area (城区, 矿区), not a district
    if (level === '区' && name.length < 3) continue;
    out.push({ start: t.start, end, name, base: placeBase(name), level });
    // 北京, 上海...: a municipality is a place of both levels
    if (MUNICIPALITIES.has(placeBase(name))) out.push({ start: t.start, end, name, base: placeBase(name), level: level === '省' ? '市' : '省' });
  }
  return out;
}
