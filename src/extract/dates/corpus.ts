/**
 * Date examples. Each input is a tiny report: title line, optional header
 * line (for publishedAt, the year the inference counts from), then body.
 * The expected facts are the date mentions of the body, in order.
 */
import type { Corpus } from '../corpus.js';
import type { DateMention } from '../../schema/record.js';
import type { ExtractContext } from '../../pipeline/types.js';
import { extractHeader } from '../header/header.js';
import { buildLayout } from '../../text/layout.js';
import { extractDates } from './dates.js';

function contextOf(text: string): ExtractContext {
  return { text, layout: buildLayout(text, extractHeader(text)), tokens: [] };
}

/** a header that sets publishedAt */
const P = (date: string, body: string) => `标题\n${date} 来源:工人日报\n${body}`;
/** no header: year unknown */
const N = (body: string) => `标题\n${body}`;

export const corpus: Corpus<DateMention> = {
  name: 'dates',
  run: (input) => extractDates(contextOf(input)),
  examples: [
    // day dates take publishedAt's year, or the year before when they would fall after it
    [P('2021-06-15', '6月3日,区总工会走访慰问一线职工。'), { text: '6月3日', value: '2021-06-03', precision: 'day' }],
    [P('2021-02-05', '12月28日,市总工会召开全委会议。'), { value: '2020-12-28' }],
    [P('2021-06-15', '6月16日起,职工可线上申请。'), { value: '2020-06-16' }, 'one day after publication leans to the past'],
    [P('2023-03-01', '3月1日,省总工会启动春送岗位活动。'), { value: '2023-03-01' }],
    // explicit years are kept
    [P('2021-02-05', '2019年12月30日,县总工会成立困难职工帮扶中心。'), { text: '2019年12月30日', value: '2019-12-30' }],
    [P('2022-06-30', '今年1月1日起,新标准开始实施。'), { value: '2022-01-01' }],
    [P('2022-06-30', '去年10月,陈师傅突发疾病住院。'), { text: '去年10月', value: '2021-10', precision: 'month' }],
    [P('2023-01-18', '早在去年12月下旬,市总工会就下拨了首批资金。'), { value: '2022-12', precision: 'month' }],
    // no publishedAt: the year is unknown
    [N('5月7日,我作为机关干部下沉社区。'), { value: '--05-07' }],
    [N('截至7月底,全市工会共投入资金80万元。'), { text: '7月底', value: '--07-31' }],
    [N('8月初,区总工会启动金秋助学。'), { value: '--08', precision: 'month' }],
    [N('2020年1月,市总工会成立应急小组。'), { value: '2020-01', precision: 'month' }],
    // 月底 is the month's last day; parts of a month are month dates
    [P('2020-04-10', '截至3月底,已有1340家企业复工。'), { text: '3月底', value: '2020-03-31', precision: 'day' }],
    [P('2024-03-10', '截至2月底,共发放慰问金30万元。'), { value: '2024-02-29' }, 'leap year'],
    [P('2023-03-10', '2月末,慰问活动结束。'), { value: '2023-02-28' }],
    [P('2020-02-05', '12月初,县总工会开展送温暖活动。'), { value: '2019-12', precision: 'month' }],
    [P('2020-02-05', '1月下旬以来,全省各级工会迅速行动。'), { value: '2020-01', precision: 'month' }],
    [P('2023-08-15', '活动自6月中旬启动。'), { value: '2023-06' }],
    [P('2023-12-30', '12月中下旬,各级工会集中走访。'), { value: '2023-12', precision: 'month' }],
    [P('2023-12-30', '1至11月,全市工会共筹集帮扶资金。'), [{ value: '2023-01' }, { value: '2023-11' }]],
    [P('2023-12-30', '12月18日23时59分,积石山县发生地震。'), { text: '12月18日', value: '2023-12-18' }],
    [P('2023-12-30', '12月18日(星期一)上午,省总工会召开会议。'), { text: '12月18日' }],
    [P('2023-12-30', '二〇二三年十二月二十日,县总工会拨付救灾资金。'), { value: '2023-12-20' }],
    [P('2023-10-30', '明年1月起,新标准执行。'), { value: '2024-01' }],
    [P('2022-05-16', '5月上旬,区总工会开展骑手关爱行动。'), { value: '2022-05' }],
    [P('2022-09-01', '3月份以来,市总工会持续开展帮扶。'), { text: '3月份', value: '2022-03' }],
    // a time of day stays with the date
    [P('2021-11-03', '10月29日下午,县总工会组织全体干部下沉社区。'), { text: '10月29日下午', value: '2021-10-29' }],
    [P('2021-11-03', '10月27日晚市总工会发布志愿者招募令。'), { text: '10月27日晚', value: '2021-10-27' }],
    [P('2021-11-03', '10月27日晚会现场,职工表演节目。'), { text: '10月27日', value: '2021-10-27' }, '晚会 is no time of day'],
    // 截至 / 截止 are not part of the date
    [P('2020-03-19', '截止3月10日,集团各级工会共发放帮扶资金。'), { text: '3月10日' }],
    // ranges: both ends
    [P('2020-03-01', '2月20日-22日,市总工会开展集中慰问。'), [{ value: '2020-02-20' }, { text: '22日', value: '2020-02-22' }]],
    [P('2020-03-01', '2月20日至22日,市总工会开展集中慰问。'), [{ value: '2020-02-20' }, { value: '2020-02-22' }]],
    [P('2023-04-01', '3月5日至7日,工会组织职工疗休养。'), [{ value: '2023-03-05' }, { value: '2023-03-07' }]],
    [P('2020-03-01', '2月20-22日,省总工会举办线上培训。'), [{ text: '2月20', value: '2020-02-20' }, { text: '22日', value: '2020-02-22' }]],
    [P('2022-08-01', '7月22、23日,慰问组分赴灾区。'), [{ value: '2022-07-22' }, { value: '2022-07-23' }]],
    [P('2021-02-05', '2020年12月30日至1月5日,工会开展送温暖。'), [{ value: '2020-12-30' }, { value: '2021-01-05' }]],
    [P('2021-12-01', '2019年12月30日至1月5日,工会开展送温暖。'), [{ value: '2019-12-30' }, { value: '2020-01-05' }]],
    [P('2021-12-01', '2019年3月1日—3月5日,工会开展送温暖。'), [{ value: '2019-03-01' }, { value: '2019-03-05' }]],
    [P('2021-08-01', '今年1-6月,全市工会共筹集帮扶资金。'), [{ value: '2021-01' }, { value: '2021-06' }]],
    [P('2024-06-01', '5月28日至6月2日,市总工会举办职工技能大赛。'), [{ value: '2024-05-28' }, { value: '2024-06-02' }], 'a range ends in its own year, even after publication'],
    [P('2024-06-01', '5月28日开幕,6月2日闭幕。'), [{ value: '2024-05-28' }, { value: '2023-06-02' }], 'no range: each date on its own'],
    // a day whose month the text gives just before
    [P('2022-07-25', '7月21日,全总下拨救灾资金。\n22日、23日,省总工会分赴灾区慰问。'), [{ value: '2022-07-21' }, { text: '22日', value: '2022-07-22' }, { text: '23日', value: '2022-07-23' }]],
    [P('2023-09-06', '9月1日晚,台风过境。2日,工联会派员探访受灾会员。'), [{ value: '2023-09-01' }, { text: '2日', value: '2023-09-02' }]],
    [N('5月20日,县总工会启动送清凉。22日,慰问组来到建筑工地。'), [{ value: '--05-20' }, { value: '--05-22' }]],
    // Chinese numerals
    [P('2020-02-05', '一月二十三日,省总工会下发紧急通知。'), { text: '一月二十三日', value: '2020-01-23' }],
    [P('2021-02-05', '十二月三十日,市总工会召开主席办公会。'), { value: '2020-12-30' }],
    [P('2020-02-05', '二〇二〇年一月三十一日,区总工会拨付专项资金。'), { value: '2020-01-31' }],
    [P('2020-02-05', '元月15日,县总工会慰问困难职工。'), { value: '2020-01-15' }],
    [P('2022-03-01', '二月十一日,工会走访环卫工人。'), { value: '2022-02-11' }, '二十一 is not read as 十一'],
    [P('2022-03-01', '二月二十一日,工会走访环卫工人。'), { value: '2022-02-21' }],
    // body datelines are mentions; printed dates in the body too
    [P('2022-05-16', '本报北京5月15日电 全国总工会近日下发通知。'), { text: '5月15日', value: '2022-05-15' }],
    [P('2022-07-25', '本报长沙7月24日讯(记者 谭敏)'), { value: '2022-07-24' }],
    [P('2021-08-01', '活动时间:2021-07-25 至 2021/7/28。'), [{ value: '2021-07-25' }, { value: '2021-07-28' }]],
    // Minguo years in a Taiwan report
    ['台北市总工会岁末关怀\n发布日期:113-02-05 来源:自由时报\n台湾新制自113年1月1日起实施,台北劳工可申请。', { text: '113年1月1日', value: '2024-01-01' }],
    ['台中市总工会\n发布日期:113-02-05 来源:自由时报\n台湾台中市总工会自112年12月起受理申请,台北同步。', { value: '2023-12', precision: 'month' }],
    ['台中市总工会\n发布日期:民国113年2月5日\n台湾高雄劳工局与台中工会合作,民国112年12月31日截止。', { value: '2023-12-31' }],
    // the publication date in the header is not a mention
    [P('2020-02-05', '1月31日,上海市总工会召开专题会议。'), { value: '2020-01-31' }],
    ['标题\n时间:2020-04-10 18:59:42来源:中国甘肃在线\n正文没有日期。', null],
    // not dates: durations, relative words, years alone, holidays, names with numbers, times, IDs
    [P('2020-02-05', '职工维权热线开通24小时服务,为期3天。'), null],
    [P('2020-02-05', '近期、日前、目前、连日来,各级工会持续行动。'), null],
    [P('2022-02-05', '2021年,全市工会共筹集资金1200万元。'), null],
    [P('2022-02-05', '春节、五一、国庆期间,工会开展慰问。'), null],
    [P('2022-05-05', '他曾获全国五一劳动奖章,可拨打12351热线。'), null],
    [P('2022-05-05', '点击量172662768690099,移动4/5G全覆盖,评分4/5。'), null],
    [P('2022-05-05', '会议于18:59:42结束。'), null],
    [P('2022-05-05', '材料齐全的案件15日内完成赔付,连续3日值守。'), null],
    [P('2022-05-05', '每月15日发放补贴,乘坐地铁3号线。'), null],
    [P('2022-05-05', '项目历时3个月,共走访2020多户。'), null],
    [P('2022-05-05', '全年发放2021万元,惠及职工。'), null],
    [P('2022-05-05', '阳春三月,职工踏青。'), null, 'a bare Chinese month is no date'],
    [P('2022-05-05', '农历腊月二十三,正月初八,农历十二月三十日。'), null],
    [P('2022-05-05', '本次兑换100日元的纪念币。'), null],
    [N('今天是22日,天气晴。'), null, 'a bare day with no month before it'],
    [P('2022-05-05', '每年9月,市总工会开展金秋助学;每年的3月5日组织学雷锋。'), null, 'recurring dates'],
    [P('2022-05-05', '“7·20”特大暴雨后,5.12纪念活动如期举行。'), null, 'event names with numbers'],
    // invalid dates
    [P('2022-05-05', '2月30日,13月5日,4月31日。'), null],
  ],
};
