/**
 * Sums that are written as money but are not money a union raises, gives or spends
 * (SPEC 3, Amount: "A difference ... or a threshold ... is not an amount").
 *
 * Precision rule: a sum is dropped when the clause that holds it says it is
 * - a difference: `比上年增加53.8万元`, `资金总量比上年多出300万元`, `同比减少20万元`;
 * - a threshold: `自费2000元以上的部分`, `超过5000元的,按...`, `在1万元以下的`
 *   (but `送去1万元以上的帮扶资金` is a sum: what follows names money);
 * - someone else's money: expenses, wages, prices, turnover, losses, investment or loans
 *   (`住院治疗花费23万余元`, `个人仍需自付7.6万元`, `企业产值3亿元`, `月薪8000元`,
 *   `直接经济损失5000万元`, `每人最高3万元的急难贷款`, `最高可贷1.2万元`), unless a verb of
 *   giving comes between that word and the sum (`为困难职工发放工资补贴`, `贷款贴息3万元`), or
 *   a union is the subject of a clause that spends (`区总工会在每名环卫工身上花费不到80元`:
 *   the union's own spending);
 * - given by a government body that is not a union, with no union in the clause
 *   (`县人社局现场拨付就业补贴30万元`); a body that receives (`向市民政局捐赠`) does not count;
 * - an employer's duty (`用人单位应...发放高温津贴,标准为每人每月300元`);
 * - a cost quoted as a cost (`一本练习都要百多元`, `书簿费随时过千元`).
 * Everything else with a currency word is kept: reports of this genre mention money almost
 * only for what unions do, and the linker decides whose act it was.
 */
import { clauseStart, sentenceStart, type SumClause } from './context.js';
import { GIVING_VERB, GOODS_NOUN, MONEY_NOUN } from './money-words.js';
import type { MoneySpan } from './spans.js';
import { lastMatch } from '../../text/search.js';

const COMPARED = /(?:比|较)(?:上年|去年|上一年|前一年|同期|往年|年初|上月|上季度|上半年|前年|以往|原来)|同比|环比/;
/** After the comparison: 增加, 多出, 多投入, 减少了... */
const CHANGE_WORD = /增|减|多|少|提高|上升|下降|降低|上涨|下滑/;
const CHANGE_VERB_ALONE = /(?:增加|增长|减少|下降|上升|降低|增收|减收|多出|上涨|下滑|增幅|降幅)了?$/;
/** The longest text CHANGE_VERB_ALONE matches: it is tested on the clause's last characters only (same answer, no scan of the clause). */
const CHANGE_VERB_MAX = 3;

/** `比上年增加53.8万元`, `比去年多投入30万元`, `同比增长12万元`, `增加了180万元`; but `提高到500元` is a level, not a difference. */
export function isDifference(before: string): boolean {
  if (CHANGE_VERB_ALONE.test(before.slice(-CHANGE_VERB_MAX))) return true;
  const m = COMPARED.exec(before);
  if (!m) return false;
  const rest = before.slice(m.index + m[0].length);
  // 比上年提高到每人800元: the new level, not the difference
  return CHANGE_WORD.test(rest) && !/(?:增|加|高|升|长|低|降|少)(?:到|至|为)/.test(rest);
}

const COMPARATOR = /(?:超过|超出|高于|低于|不足|不到|少于|多于|满|达到|在)$/;
/** The longest word COMPARATOR matches: it is tested on the clause's last characters only (same answer, no scan of the clause). */
const COMPARATOR_MAX = 2;
/** After 的, these make the sum a condition on something, not a sum given: `2000元以上的部分`. */
const CONDITION_HEAD = /^(?:部分|[,，;；]|$)/;
/** `按不低于500元的标准发放`: a rate, not a condition. */
const RATE_HEAD = /^(?:标准|额度|水平)/;

/** `自费2000元以上的部分`, `超过5000元的,`, `费用在2000元以上`, `1万元以下的职工`. */
export function isThreshold(text: string, s: MoneySpan, { before, lead, trail }: SumClause): boolean {
  const boundWord = trail && /以上|以下|以内|及以上/.test(trail.word);
  const restStart = trail ? trail.end : s.end;
  // most sums are followed by no 的: told by its code before anything is sliced or matched
  if (text.charCodeAt(restStart) !== 0x7684 /* 的 */) {
    // 费用在2000元以上: a bound after 在
    return !!boundWord && before.endsWith('在');
  }
  const comparator = (lead && /超过|超出|不足|不到|少于|多于|不超过/.test(lead.word)) || COMPARATOR.test(before.slice(-COMPARATOR_MAX));
  const rest = text.slice(restStart + 1, restStart + 12);
  if (RATE_HEAD.test(rest)) return false;
  if (CONDITION_HEAD.test(rest)) return true;
  const namesSum = MONEY_NOUN.test(rest.slice(0, 8)) || GOODS_NOUN.test(rest.slice(0, 10));
  if (boundWord && !namesSum) return true;
  return !!comparator && !namesSum;
}

/** Words of money that is not a union's: expenses, costs, wages, prices, turnover, losses, investment, loans. */
const OTHERS_MONEY =
  /自付|自费|花费|花去|花了|开销|[借放信助可]贷|授信|欠薪|欠款|拖欠|工资|薪酬|薪资|薪水|月薪|年薪|底薪|收入|营收|营业额|销售额|产值|利润|利税|税收|生产总值|GDP|价格|售价|票价|单价|房价|租金|市值|总投资|投资额|投资|估值|损失|债务|成本|贷款|借款|罚款|赔偿|(?:都|就|也|还|得|需|只)要|只需|仅需|仅售|特价|优惠价|原价|首付|月供|月入|年入|日入|月赚|挣/g;
/**
 * Expenses that a union may well pay (`为职工报销体检费用2万余元`): someone else's only when no
 * verb of giving stands anywhere in the clause (`一个学期的书簿费随时过千元`).
 */
const COSTS = /学费|书簿费|书本费|生活费|医疗费|住院费|医药费|治疗费|手术费|交通费|车费|房租|费用/;
/** `活动费用5万元由市总工会承担`: the cost is the union's. */
const COST_BORNE = /承担|列支|支付|报销|补贴|资助|工会/;
/** After the sum: `3万元的急难贷款`, `5000万元的经济损失`. */
const OTHERS_MONEY_AFTER = /^(?:以上|以下|左右)?的?[\u4e00-\u9fa5]{0,4}?(?:贷款|借款|罚款|损失|欠薪|欠款|债务|投资|工资|收入)/;

/** A price per quantity of goods or land: `8000元/平方米`, `3元/斤`. */
const PRICE_PER = /^\/(?:平|㎡|m2|斤|公斤|千克|吨|升|亩)/;

/** Spending words that are a union's own spending when a union is the clause's subject (`区总工会在每名环卫工身上花费不到80元`). */
const SPENDING = /^(?:花费|花去|花了|开销|费用)$/;
/** Words before a union that make it something other than the subject: it receives, or it is where or whence. */
const NOT_SUBJECT_BEFORE = /[向为给对替在从]|帮助|资助|支持/;

/**
 * Whether a union is the subject of the clause before `at` (the union spends): a union
 * named in the clause, with no preposition before it that makes it a receiver or a place.
 */
export function unionIsSubject(clause: string, at: number): boolean {
  const head = clause.slice(0, at);
  const m = UNION_WORD.exec(head);
  if (!m) return false;
  return !NOT_SUBJECT_BEFORE.test(head.slice(0, m.index));
}

/** Words that may open a clause with no subject of its own, before its spending word (`人均花费`, `全年共花费`). */
const NO_SUBJECT = /^(?:人均|每人|每名|每位|每户|每次|每场|单次|平均|共计|总共|累计|共|全年|今年|一年|每年|为此|其中|仅|只|才|的)*$/;

/**
 * Whether the union that opens the sentence spends in a clause without a subject of its own
 * (`临沂市总工会组织劳模疗休养,人均花费不足千元`). `before` is the clause up to the spending word.
 */
function sentenceUnionSpends(text: string, clauseFrom: number, before: string): boolean {
  if (!NO_SUBJECT.test(before)) return false;
  const from = sentenceStart(text, clauseFrom);
  const first = text.slice(from, clauseFrom).split(/[,，]/)[0] ?? '';
  return unionIsSubject(first, first.length);
}

/** A sum that the clause says is someone's expense, pay, price, turnover, loss, investment or loan. */
export function isOthersMoney(text: string, s: MoneySpan, { before, after }: SumClause): boolean {
  if (OTHERS_MONEY_AFTER.test(after) || PRICE_PER.test(after)) return true;
  const cost = COSTS.exec(before);
  if (cost && !GIVING_VERB.test(before) && !COST_BORNE.test(after) && !unionSpends(text, s, before, cost[0], cost.index)) return true;
  const m = lastMatch(OTHERS_MONEY, before);
  if (!m) return false;
  if (unionSpends(text, s, before, m[0], m.index)) return false;
  return !GIVING_VERB.test(before.slice(m.index + m[0].length));
}

/** Whether the word of spending at `at` in the clause before the sum is a union's own spending. */
function unionSpends(text: string, s: MoneySpan, before: string, word: string, at: number): boolean {
  return SPENDING.test(word) && (unionIsSubject(before, at) || sentenceUnionSpends(text, clauseStart(text, s.start), before.slice(0, at)));
}

/** Employers' duties (`按照规定,用人单位应向职工发放高温津贴,标准为每人每月300元`): an employer named earlier in the sentence, no union after it. */
const EMPLOYER = /用人单位|用工单位|雇主|企业应|单位应/g;

/** EMPLOYER's words: the pattern is plain words joined by |. */
const EMPLOYER_WORDS = EMPLOYER.source.split('|');

/**
 * Whether the text names an employer anywhere, asked once per text: most reports never do,
 * and then no sentence window of theirs can (a window is part of the text). Saves a scan of
 * the sentence before every sum; a plain substring search per word is cheaper than the regex
 * over the whole text.
 */
let employerText: string | null = null;
let employerNamed = false;
function namesAnEmployer(text: string): boolean {
  if (employerText !== text) {
    employerText = text;
    employerNamed = EMPLOYER_WORDS.some((w) => text.includes(w));
  }
  return employerNamed;
}

export function isEmployersMoney(text: string, start: number): boolean {
  if (!namesAnEmployer(text)) return false;
  const sentence = text.slice(sentenceStart(text, start), start);
  const m = lastMatch(EMPLOYER, sentence);
  return m !== null && !UNION_WORD.test(sentence.slice(m.index + m[0].length));
}

const GOVERNMENT =
  /(?<![格布大结当全开终僵棋赌骗饭])局|(?<![大餐客展舞门歌])厅|政府|劳动部|财政部|民政部|人社部|卫生部|卫健委|财政|民政部门|人社部门/;
const RECEIVING = /[向为给对与和同及跟]|联合|会同|协调|争取|配合/;
const UNION_WORD = /工会|工联|总工|[省市县区]总|全总/;

/** `县人社局现场拨付就业补贴30万元`: a government body acts and no union is in the clause. */
export function isGovernmentsMoney(before: string): boolean {
  const m = GOVERNMENT.exec(before);
  if (!m) return false;
  if (RECEIVING.test(before.slice(0, m.index))) return false;
  return !UNION_WORD.test(before);
}

/** Why a found sum is not a union's sum, or null when it is one. */
export function notAUnionSum(text: string, s: MoneySpan, start: number, clause: SumClause): string | null {
  const { before } = clause;
  if (isDifference(before)) return 'difference';
  if (isThreshold(text, s, clause)) return 'threshold';
  if (isOthersMoney(text, s, clause)) return 'not a union sum';
  if (isGovernmentsMoney(before)) return 'government sum';
  if (isEmployersMoney(text, start)) return "employer's duty";
  return null;
}
