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

/** Every character a numeral expression can contain (digits, units, markers, separators of thousands and decimals). */
export const NUMERAL_CHAR_CLASS =
  '0-9.,' + Object.keys(CHINESE_DIGITS).join('') + Object.keys(SMALL_UNITS).join('') + Object.keys(BIG_UNITS).join('') + '余多几';

/** Characters a numeral expression can start with (a digit or a unit: `万余元`, `千余名`, `十余万`). */
export const NUMERAL_START_CLASS =
  '0-9' + Object.keys(CHINESE_DIGITS).join('') + Object.keys(SMALL_UNITS).join('') + Object.keys(BIG_UNITS).join('');
