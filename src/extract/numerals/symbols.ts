/**
 * The characters numerals are written with: Chinese digits (plain and financial),
 * the place units and the markers that make a number approximate. Only tables here;
 * the grammar that combines them is in parse.ts.
 */

/** Chinese digit characters and their values (plain, financial and traditional forms). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0,
  一: 1, 壹: 1,
  二: 2, 两: 2, 贰: 2, 貳: 2, 兩: 2,
  三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

/** Place units below 万: they scale the digit before them inside one 万-group. */
export const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10, 拾: 10,
  百: 100, 佰: 100,
  千: 1000, 仟: 1000,
};

/** Group units: 万 scales everything since the last 亿, 亿 everything before it. */
export const BIG_UNITS: Readonly<Record<string, number>> = {
  万: 1e4, 萬: 1e4,
  亿: 1e8, 億: 1e8,
};

/**
 * Markers written inside a numeral that make it a lower bound:
 * `20余万`, `5万余`, `8900多`, `十几万` (几 after a unit reads as "and some": 十几 = more than 10).
 */
export const INNER_MORE_THAN = new Set(['余', '多', '几']);

/** Bits of NUMERAL_CHAR_KIND. */
export const STARTS_NUMERAL = 1;
export const IN_NUMERAL = 2;

/**
 * For each UTF-16 code unit: whether a numeral expression can start with it (a digit or a unit:
 * `万余元`, `千余名`, `十余万`) and whether it can be inside one (digits, units, the markers 余 多 几,
 * separators of thousands and decimals). A table, so that the numeral finder looks each character
 * up once instead of running a character-class regex at every position.
 */
export const NUMERAL_CHAR_KIND: Uint8Array = (() => {
  const kind = new Uint8Array(0x10000);
  const mark = (chars: string, bits: number) => {
    for (const c of chars) kind[c.charCodeAt(0)]! |= bits;
  };
  const units = Object.keys(SMALL_UNITS).join('') + Object.keys(BIG_UNITS).join('');
  mark('0123456789' + Object.keys(CHINESE_DIGITS).join('') + units, STARTS_NUMERAL | IN_NUMERAL);
  mark('.,余多几', IN_NUMERAL);
  return kind;
})();
