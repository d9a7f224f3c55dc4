/**
 * Examples for the linker (SPEC 3: which union gives a sum or acts with volunteers, and
 * the date of the act). Each input is a tiny report written for this corpus; a sum is
 * marked `{{...}}` and a volunteer count `<<...>>`. The marks are removed, the unions and
 * dates are found by the pipeline's own extractors, and the marked spans are linked.
 * Expected: one object per marked fact, in text order. Dates have no year (no header).
 */
import type { Corpus } from '../extract/corpus.js';
import type { Amount, Volunteer } from '../schema/record.js';
import { unionContext } from '../extract/unions/corpus.js';
import { extractUnions } from '../extract/unions/unions.js';
import { extractDates } from '../extract/dates/dates.js';
import { link } from './link.js';

export interface LinkedFact {
  text: string;
  union: string | null;
  date: string | null;
}

const MARK = /\{\{(.+?)\}\}|<<(.+?)>>/g;

/** Removes the marks and links the marked facts. */
export function linkMarked(input: string): LinkedFact[] {
  let text = '';
  let last = 0;
  const facts: { kind: 'amount' | 'volunteers'; start: number; end: number; text: string }[] = [];
  for (const m of input.matchAll(MARK)) {
    text += input.slice(last, m.index);
    const body = m[1] ?? m[2]!;
    facts.push({ kind: m[1] !== undefined ? 'amount' : 'volunteers', start: text.length, end: text.length + body.length, text: body });
    text += body;
    last = m.index + m[0].length;
  }
  text += input.slice(last);
  const ctx = unionContext(text);
  const base = { union: null, date: null, sentence: '' };
  const amounts: Amount[] = facts
    .filter((f) => f.kind === 'amount')
    .map((f) => ({ ...base, text: f.text, start: f.start, end: f.end, value: 1, valueMax: null, approx: 'exact', currency: 'CNY', kind: 'cash', per: null, isTotal: false }));
  const volunteers: Volunteer[] = facts
    .filter((f) => f.kind === 'volunteers')
    .map((f) => ({ ...base, text: f.text, start: f.start, end: f.end, count: 1, approx: 'exact', role: '志愿者' }));
  const linked = link(ctx, { unions: extractUnions(ctx), amounts, volunteers, dates: extractDates(ctx) });
  return [...linked.amounts, ...linked.volunteers]
    .sort((a, b) => a.start - b.start)
    .map((f) => ({ text: f.text, union: f.union, date: f.date }));
}

export const corpus: Corpus<LinkedFact> = {
  name: 'linker',
  run: linkMarked,
  examples: [
    // the union that gives, raises or hands out the sum: the subject of its clause
    ['陇南市总工会多方筹措资金{{30万元}}慰问一线职工。', { union: '陇南市总工会', date: null }],
    ['天水市总工会向麦积区总工会拨付帮扶资金{{10万元}}。', { union: '天水市总工会' }],
    ['甘肃省总工会为定西市总工会下拨帮扶资金{{20万元}}。', { union: '甘肃省总工会' }],
    ['平凉市总工会联合爱心企业募集助学款{{15万元}},为32名学生每人资助{{3000元}}。', [{ union: '平凉市总工会' }, { union: '平凉市总工会' }]],
    ['会上,金川集团公司工会主席宣布,今年将投入帮扶资金{{260万元}}。', { union: '金川集团公司工会' }],
    // a sum handed to a union by bodies that are not unions, or by a union that resolves to nothing
    ['爱心企业向临夏州总工会捐赠助学款{{5万元}}。', { union: '临夏州总工会' }],
    ['辖区部分企业工会向城关区总工会捐赠防疫物资折合{{3.2万元}}。', { union: '城关区总工会' }],
    ['10月8日,武威市总工会决定下拨资金{{50万元}}(其中省总工会下拨{{20万元}},市总工会配套{{30万元}})。', [
      { union: '武威市总工会', date: '--10-08' },
      { union: '武威市总工会', date: '--10-08' },
      { union: '武威市总工会', date: '--10-08' },
    ]],
    // a union inside a clause gives only that clause's sum
    ['今年,定西市总工会共筹集资金{{800万元}},其中争取甘肃省总工会下拨资金{{200万元}},市本级配套资金{{400万元}}。', [
      { union: '定西市总工会' },
      { union: '甘肃省总工会' },
      { union: '定西市总工会' },
    ]],
    // a receiver may carry a modifier (向受灾严重的..., 向结对的...); a list sharing a suffix names no receiver, the subject gives
    ['湖北省总工会向受灾严重的随州、孝感等市总工会拨付救灾资金{{400万元}}。随州市总工会随即召开会议。', { union: '湖北省总工会' }],
    ['宝武集团工会召开会议。马钢集团工会向结对的含山县总工会捐赠{{12万元}}。', { union: '马钢集团工会' }],
    ['兰州市总工会为辖区内的七里河区总工会下拨资金{{8万元}}。', { union: '兰州市总工会' }],
    // pointers back by the kind of body: 该行工会 the bank just named, 该公司工会 the company, 该局工会 the bureau
    ['农业银行宜宾分行工会开展慰问。对住院职工,每人由该行工会补助{{500元}}。', { union: '农业银行宜宾分行工会' }],
    ['中国铁路南宁局集团有限公司工会部署春运工作。南宁车站工会积极响应。该局工会还筹集资金{{30万元}}。', { union: '中国铁路南宁局集团有限公司工会' }],
    ['中交二航局第三工程有限公司工会召开会议。该公司工会今年投入帮扶资金{{45万元}}。', { union: '中交二航局第三工程有限公司工会' }],
    ['白银市总工会、庆阳市总工会分别捐款{{3万元}}和{{2万元}}。', [{ union: '白银市总工会' }, { union: '庆阳市总工会' }]],
    // groups act for their head union, when the report names it
    ['平凉市总工会部署送温暖工作。全市各级工会共发放慰问金{{120万元}}。', { union: '平凉市总工会' }],
    ['全省各级工会已累计投入资金{{2亿元}}。', { union: null }, 'the province federation is not named'],
    ['陕西省总工会召开党组会议。陕西省三级工会已下拨专项资金{{500万元}}。', { union: '陕西省总工会' }],
    ['包钢集团公司工会开展送温暖活动。集团各级工会共发放慰问金{{86万元}}。', { union: '包钢集团公司工会' }],
    ['宜昌市总工会召开会议。市、县两级工会共筹集资金{{300万元}}。', { union: '宜昌市总工会' }],
    ['据统计,全省工会投入{{2000万元}},其中9个市州总工会、兰州新区总工会投入{{1500万元}}。', [{ union: null }, { union: null }], 'a list with a group in it acts for the group'],
    // the union of the sentences before, of the headline, or of `该工会`
    ['酒泉市总工会启动“金秋助学”活动。对考入本科院校的学生,每人资助{{3000元}}。', { union: '酒泉市总工会' }],
    ['嘉峪关市总工会:为环卫工人送清凉\n\n近日,当地开展“夏送清凉”活动,共发放清凉物资价值{{8万元}}。', { union: '嘉峪关市总工会' }],
    ['金昌市总工会积极开展困难职工帮扶。该工会今年共发放救助金{{45万元}}。', { union: '金昌市总工会' }],
    ['记者从张家川县总工会获悉,今年全县共发放助学金{{60万元}}。', { union: '张家川县总工会' }],
    // volunteers: the union that recruits, forms, receives or sends them
    ['白城市总工会组建职工志愿服务队,招募<<志愿者200余名>>。', { union: '白城市总工会' }],
    ['镇原县总工会及时接收市总工会转交的<<50名志愿者>>,分派到各社区。', { union: '镇原县总工会' }],
    ['来自武汉市第一医院工会的<<20名医护志愿者>>为职工义诊。', { union: '武汉市第一医院工会' }],
    ['由甘南州总工会出资{{10万元}},为环卫工人购买意外险。', { union: '甘南州总工会' }],
    ['困难职工王某获得定西市总工会救助金{{5000元}}。', { union: '定西市总工会' }],
    ['{{100万元}}专项资金由甘南州总工会统筹安排使用。', { union: '甘南州总工会' }],
    // a paragraph that names no union goes on with the one union acting in the paragraph before it
    [
      '四川省总工会部署救灾工作\n\n本报讯 四川省总工会下拨资金支持灾区。\n\n凉山州总工会迅速行动,州总工会筹集资金{{60万元}}慰问受灾职工。\n\n在会理市,国网凉山供电公司职工组成的“光明使者”<<志愿服务队队员36名>>连夜抢修线路。',
      [{ union: '凉山州总工会' }, { union: '凉山州总工会' }],
    ],
    [
      '建行四川省分行工会开展新春慰问\n\n本报讯 中国建设银行四川省分行工会部署新春慰问。\n\n建行绵阳分行工会送去慰问金{{2万元}};建行南充分行工会送去年货。\n\n该行组建了由<<60名青年员工组成的志愿服务队>>。',
      [{ union: '建行绵阳分行工会' }, { union: '中国建设银行四川省分行工会' }],
      'several unions act in the paragraph before: the article union stands',
    ],
    // a headline that names a place is about its federation; the header's outlet is no topic
    [
      '甘南州:工会娘家人守护高原职工\n来源:甘肃省总工会  发布时间:2023-02-10 10:00\n今年以来,甘肃省总工会持续推进关爱行动。在甘肃省总工会的指导下,甘南州总工会开展了系列活动。\n国网甘南供电公司职工组成的“电力红马甲”<<志愿服务队队员40名>>走进牧区检修线路。',
      { union: '甘南州总工会' },
    ],
    // each article of a page links to its own unions
    [
      '武威市总工会开展送清凉\n\n本报讯 武威市总工会为环卫工人送去清凉物资价值{{3万元}}。\n\n张掖职工书屋建设提速\n\n本报讯 记者日前获悉,当地今年新建职工书屋20个,投入资金{{40万元}}。',
      [{ union: '武威市总工会' }, { union: null }],
    ],
    // the date of the act: the sentence's own date, not a reporter's, not a period's
    ['3月5日,兰州市总工会为劳模送去慰问金{{2000元}}。', { union: '兰州市总工会', date: '--03-05' }],
    ['兰州市总工会3月5日举行慰问活动,为劳模每人送去慰问金{{2000元}}。', { date: '--03-05' }],
    ['8月1日,记者从天水市总工会获悉,该会已发放助学金{{90万元}}。', { union: '天水市总工会', date: null }],
    ['记者1月2日从陇南市总工会获悉,全市各级工会已投入资金{{600万元}}。', { union: '陇南市总工会', date: null }],
    ['1月10日至20日,平凉市总工会走访慰问困难职工,发放慰问金{{30万元}}。', { date: null }],
    ['截至6月底,陇南市总工会发放救助金{{120万元}};为困难职工子女发放助学金{{40万元}}。', [{ date: '--06-30' }, { date: '--06-30' }]],
    ['临夏州总工会为每名受助学生资助{{3000元}},9月上旬已全部发放到位。', { date: '--09' }],
    ['2月3日,庆阳市总工会召开会议。会议决定下拨资金{{50万元}}。', { date: null }, 'the date belongs to the sentence before'],
  ],
};
