/**
 * Per head, per family or per body (SPEC 3, Amount.per): the nearest marker before the
 * sum in its clause — `每人`, `人均`, `每名`, `每位` (person); `每户`, `户均`, `每个家庭`
 * (household); `每个基层工会`, `每家`, `每个`, `每支`, `每所` (unit) — or right after it
 * (`200元/人`). `A、B各拨付5万元` is per unit, `5名职工各送去2000元` per person. A range
 * of `X-Y元不等` handed to people is per person (per household when the clause names 户).
 * A total word between the marker and the sum (`每人2000元共计10万元`) cancels it.
 */
import type { Amount } from '../../schema/record.js';
import type { SumClause } from './context.js';
import type { MoneySpan } from './spans.js';
import { lastMatch } from '../../text/search.js';

type PerT = NonNullable<Amount['per']>;

const PERSON_NOUN = '人|职工|员工|工人|学生|孩子|子女|会员|劳模|农民工|骑手|快递员|医务人员|教师|工友';
const TIME_NOUN = '月|季度|星期|周|工作日|年|学期|小时|天';
/** Each marker pattern with the characters one of which it cannot match without (every marker has 每, some 均). */
const MARKERS: ReadonlyArray<readonly [RegExp, PerT, '每' | '每均']> = [
  [new RegExp(`每一?(?:人|名|位)|人均|每个(?:${PERSON_NOUN})`, 'g'), 'person', '每均'],
  [/每一?户|户均|每个?(?:困难)?家庭|每家(?:困难)?户/g, 'household', '每均'],
  [new RegExp(`每一?(?:个|家|所|支|座|间|站|处|单位|企业|基层工会)(?!${TIME_NOUN}|${PERSON_NOUN}|户|家庭)`, 'g'), 'unit', '每'],
];
/** `各` before a verb of giving: each of the bodies or people just named. */
const EACH = /各(?:下|拨|送|发|捐|奖|补|资|给|安排|配|慰问|支持|援|赠|投入|划)/g;
const TOTAL_WORD = /共计|总计|合计|累计|合共|总共|一共|共/;

const PEOPLE_BEFORE_EACH = new RegExp(`(?:${PERSON_NOUN}|者|人员|名[\\u4e00-\\u9fa5]{0,8})$`);

function eachOf(before: string, at: number): PerT {
  const head = before.slice(Math.max(0, at - 12), at);
  if (PEOPLE_BEFORE_EACH.test(head)) return 'person';
  if (/(?:户|家庭)$/.test(head)) return 'household';
  return 'unit';
}

export function amountPer(s: MoneySpan, { before, after }: SumClause): PerT | null {
  const slash = /^\/(人|户|个|家)/.exec(after);
  if (slash) return slash[1] === '人' ? 'person' : slash[1] === '户' ? 'household' : 'unit';

  // each marker has a character it cannot match without: most clauses have none of them
  const hasEvery = before.includes('每');
  const hasAverage = before.includes('均');
  const hasEach = before.includes('各');
  if (!hasEvery && !hasAverage && !hasEach) return varyingPer(s, before, after);
  // the nearest marker: the last match of each kind, the earlier kind on a tie
  let best: { at: number; end: number; per: PerT } | null = null;
  for (const [re, per, needs] of MARKERS) {
    if (!(hasEvery || (needs === '每均' && hasAverage))) continue;
    const m = lastMatch(re, before);
    if (m && (!best || m.index > best.at)) best = { at: m.index, end: m.index + m[0].length, per };
  }
  const each = hasEach ? lastMatch(EACH, before) : null;
  if (each && (!best || each.index > best.at)) best = { at: each.index, end: each.index + each[0].length, per: eachOf(before, each.index) };
  if (best && !TOTAL_WORD.test(before.slice(best.end))) return best.per;

  return varyingPer(s, before, after);
}

/** `给予200-2000元不等的救助金`: a range of what each recipient gets. */
function varyingPer(s: MoneySpan, before: string, after: string): PerT | null {
  if (s.valueMax === null || !/^(?:以上|左右)?不等/.test(after)) return null;
  return /户|家庭/.test(before) ? 'household' : 'person';
}
