/**
 * Examples for the union rules (SPEC 3, Union). Each input is a tiny report written for
 * this corpus (not taken from the seeds), run through the layout, the segmenter and
 * extractUnions; the expected unions are listed in order of their first mention.
 */
import type { Corpus } from '../corpus.js';
import type { Union } from '../../schema/record.js';
import type { ExtractContext } from '../../pipeline/types.js';
import { buildLayout } from '../../text/layout.js';
import { extractHeader } from '../header/header.js';
import { segmentWindows } from '../../pipeline/segment.js';
import { extractUnions, unionWindows } from './unions.js';

/** The context the pipeline builds for a string: layout, and tokens of the text naming unions. */
export function unionContext(text: string): ExtractContext {
  const layout = buildLayout(text, extractHeader(text));
  return { text, layout, tokens: segmentWindows(text, unionWindows(text, layout.sentences)) };
}

export const corpus: Corpus<Union> = {
  name: 'unions',
  run: (input) => extractUnions(unionContext(input)).unions,
  examples: [
    // where a name starts: places, companies, schools, hospitals, sub-units
    ['昨日,杭州市萧山区总工会向环卫工人送去清凉慰问品。', { name: '杭州市萧山区总工会', aliases: [], mentions: 1 }],
    ['深圳市福田区华强北街道总工会开展“工会驿站”建设。', { name: '深圳市福田区华强北街道总工会' }],
    ['中铁十四局集团第二工程有限公司工会组织职工开展技能比武。', { name: '中铁十四局集团第二工程有限公司工会' }],
    ['大庆油田有限责任公司工会召开职工代表大会。', { name: '大庆油田有限责任公司工会' }],
    ['上海交通大学工会组织教职工参加义务献血。', { name: '上海交通大学工会' }],
    ['近日,郑州大学第一附属医院工会为援疆医生家属送去慰问品。', { name: '郑州大学第一附属医院工会' }],
    ['宝钢股份冷轧厂工会开展“送清凉”活动。', { name: '宝钢股份冷轧厂工会' }],
    ['近日,中铁二十一局集团有限公司工会为一线职工送去防暑用品。', { name: '中铁二十一局集团有限公司工会' }],
    ['甘肃省卫生健康委员会工会组织医护人员开展义诊。', { name: '甘肃省卫生健康委员会工会' }],
    ['肃南裕固族自治县总工会为牧区职工送去慰问品。', { name: '肃南裕固族自治县总工会' }],
    ['8月3日,徐州市铜山区汉王镇总工会走访慰问困难职工。', { name: '徐州市铜山区汉王镇总工会' }],
    ['苏州高新区狮山横塘街道总工会举办职工运动会。', { name: '苏州高新区狮山横塘街道总工会' }],
    ['长沙经济技术开发区总工会为园区企业送去防疫物资。', { name: '长沙经济技术开发区总工会' }],
    ['福建省教育工会为乡村教师送去慰问金。', { name: '福建省教育工会' }],
    ['湖北省教育工会为乡村教师送去慰问金。湖北教育工会还组织专家义诊。', { name: '湖北省教育工会', aliases: ['湖北教育工会'], mentions: 2 }],
    ['郑州市金水区文化路街道办事处工会组织志愿服务。', { name: '郑州市金水区文化路街道办事处工会' }],
    ['今年,江苏南通中远海运川崎船舶工程有限公司工会帮扶困难职工32户。', { name: '江苏南通中远海运川崎船舶工程有限公司工会' }],
    // financial firms and their branches: banks, insurers, brokers (分行/v, 支行/v, 建行/v as the segmenter reads them)
    ['近日,中国农业银行绵阳分行工会为一线柜员送去防暑用品。', { name: '中国农业银行绵阳分行工会' }],
    ['交通银行浙江省分行工会举办职工运动会。', { name: '交通银行浙江省分行工会' }],
    ['工行南山支行工会组织青年员工开展反诈宣传。', { name: '工行南山支行工会' }],
    ['兴业银行厦门分行营业部工会参加了比赛。', { name: '兴业银行厦门分行营业部工会' }],
    ['中国人寿保险股份有限公司江西省分公司工会开展金秋助学。', { name: '中国人寿保险股份有限公司江西省分公司工会' }],
    ['国泰君安证券工会为困难职工送去慰问金。', { name: '国泰君安证券工会' }],
    ['建行河北省分行工会召开会员代表大会,中国建设银行河北省分行工会主席作报告。', { name: '中国建设银行河北省分行工会', aliases: ['建行河北省分行工会'], mentions: 2 }],
    ['浦发银行杭州分行工会开展慰问。该行工会负责人表示,将常态化开展帮扶。', { name: '浦发银行杭州分行工会', mentions: 1 }, '该行工会 points back, it names nothing'],
    ['两家支行工会分别开展了慰问活动。', null, 'a count of bodies'],
    ['建行南充分行工会为一线员工送去年货。', { name: '建行南充分行工会' }, 'the segmenter reads 南 充分 行'],
    ['3个项目部工会参加了比赛。', null],
    // groups and enterprises under short names the segmenter does not know; a short form never drops a unit
    ['国铁集团工会与中国铁路成都局集团有限公司工会联合开展慰问。', [{ name: '国铁集团工会' }, { name: '中国铁路成都局集团有限公司工会' }]],
    ['在中铁五局工会的组织下,职工们参加了技能比武。', { name: '中铁五局工会' }, '中/f cut off its enterprise'],
    ['近日,中建八局工会为农民工送去清凉。', { name: '中建八局工会' }],
    ['招商局集团工会和中信银行工会签署共建协议。', [{ name: '招商局集团工会' }, { name: '中信银行工会' }]],
    // enterprises and public bodies named by common words keep them when the name opens its phrase
    ['国家电网公司工会召开职工代表大会。', { name: '国家电网公司工会' }],
    ['近日,国网冀北电力公司工会慰问一线抢修职工。', { name: '国网冀北电力公司工会' }, '国网 cut into 国 网'],
    ['区总工会走访慰问了国网成都供电公司工会。', { name: '国网成都供电公司工会' }],
    ['中石油长庆油田公司工会为野外作业职工送去清凉。', { name: '中石油长庆油田公司工会' }],
    ['中铁建工集团工会开展“安康杯”竞赛。', { name: '中铁建工集团工会' }],
    ['国家能源集团工会发布通知。', { name: '国家能源集团工会' }],
    ['市邮政管理局工会组织快递员体检。', { name: '市邮政管理局工会' }],
    ['开滦集团范各庄矿工会召开会议。', { name: '开滦集团范各庄矿工会' }, '各 inside a name makes no group'],
    ['相关新闻\n·国铁集团工会:春运慰问覆盖40万职工', { name: '国铁集团工会' }, 'a link line after a bullet: 国/n 铁/n 集团/n'],
    ['组织全市公交公司工会开展活动。', null],
    ['经院工会协助申报,职工获得理赔。', null, 'one common word is no enterprise'],
    // 及 inside a name joins two trades of one union; between two bodies it makes a list
    ['香港教育及专业人员工会发表声明。', { name: '香港教育及专业人员工会' }],
    ['香港物流及仓储业职工会(物仓职工会)向会员派发津贴。', { name: '香港物流及仓储业职工会', aliases: ['物仓职工会'], mentions: 2 }, 'a short form in brackets'],
    ['中建三局及中建八局工会组织志愿者。', { name: '中建八局工会' }],
    ['公司及所属单位工会开展活动。', null],
    // organs' unions: 省直机关工会 is the one of the province the passage is about; 省总工会机关工会 is a union of its own
    ['浙江省直机关工会开展职工运动会。省直机关工会还组织了读书活动。', { name: '浙江省直机关工会', aliases: ['省直机关工会'], mentions: 2 }],
    ['广州市市直机关工会为困难职工送去慰问金。', { name: '广州市市直机关工会' }],
    ['江苏省级机关工会举办健步走活动。', { name: '江苏省级机关工会' }],
    ['成都市总工会召开会议。市直机关工会也为困难职工送去慰问。', [{ name: '成都市总工会', mentions: 1 }, { name: '市直机关工会' }], 'the city is known, its organs union written bare'],
    ['省直机关工会组织职工参加义务献血。', null, 'no province named'],
    ['四川省总工会机关工会组织干部职工参加义务植树。', { name: '四川省总工会机关工会', mentions: 1 }, 'the federation is no mention of its own'],
    // a list that shares a level and a suffix names none (the one of its places is named apart)
    ['河南省总工会向受灾严重的新乡、鹤壁等市总工会拨付资金。新乡市总工会随即召开会议。', [{ name: '河南省总工会', mentions: 1 }, { name: '新乡市总工会', mentions: 1 }]],
    ['临夏州总工会召开会议。州总工会要求各县市总工会做好帮扶。', { name: '临夏州总工会', aliases: ['州总工会'], mentions: 2 }],
    // a title in 《》, a sub-body, a role after the name
    ['市总工会印发《宁波市总工会关于做好职工疗休养工作的通知》。', { name: '宁波市总工会', aliases: ['市总工会'], mentions: 2 }],
    ['成都地铁运营有限公司工会女职工委员会举办心理健康讲座。', { name: '成都地铁运营有限公司工会', mentions: 1 }],
    ['图为武汉市江岸区总工会主席刘明看望环卫工人', { name: '武汉市江岸区总工会' }],
    ['洛阳市总工会副主席张华一行来到项目工地。', { name: '洛阳市总工会' }],
    // several unions in one sentence
    ['诸暨市总工会、上虞区总工会也为辖区困难职工代缴互助费用。', [{ name: '诸暨市总工会' }, { name: '上虞区总工会' }]],
    ['慰问组为延边州总工会和白山市总工会各送去慰问金20万元。', [{ name: '延边州总工会' }, { name: '白山市总工会' }]],
    ['鞍钢集团工会向鞍山市总工会捐赠防疫物资。', [{ name: '鞍钢集团工会' }, { name: '鞍山市总工会' }]],
    // abbreviations: X市总, X省总, 全总
    ['南京市总近日下拨帮扶资金100万元。', { name: '南京市总工会', aliases: ['南京市总'] }],
    ['河北省总召开党组会议,研究部署送温暖工作。', { name: '河北省总工会', aliases: ['河北省总'] }],
    ['全总近日印发《关于开展职工疗休养活动的通知》。', { name: '中华全国总工会', aliases: ['全总'] }],
    ['全国总工会下拨专项资金。全总有关负责人表示,资金将于月底到位。', { name: '中华全国总工会', aliases: ['全国总工会', '全总'], mentions: 2 }],
    // bare abbreviations: the nearest preceding place of their level, else the article's own union of that level
    ['在江西,省总工会启动送温暖活动。江西省总工会主席刘华表示,活动将持续到春节。', { name: '江西省总工会', aliases: ['省总工会'], mentions: 2 }],
    ['湖北省政府召开专题会议后,省总工会立即部署。湖北省总工会随即下拨资金。', { name: '湖北省总工会', aliases: ['省总工会'], mentions: 2 }],
    ['泉州市总工会启动“金秋助学”。市总工会要求各县(市、区)总工会认真审核。', { name: '泉州市总工会', aliases: ['市总工会'], mentions: 2 }],
    ['昆山市总工会组织劳模疗休养,市总还为劳模购买了意外险。', { name: '昆山市总工会', aliases: ['市总'], mentions: 2 }],
    ['省总工会下拨资金50万元,用于慰问一线职工。', null, 'a bare 省总工会 the report never names in full'],
    ['在浙江,省总工会要求各地做好防汛工作。福建省总工会也发出通知。', { name: '福建省总工会', mentions: 1 }, 'the nearest province is 浙江, whose federation is not named'],
    // abbreviations inside other words
    ['根据市总体规划,该区新建职工之家12个。', null],
    ['武警省总队官兵与职工开展联谊活动。', null],
    ['患者被送往市总医院救治。', null],
    ['区总部经济发展迅速,职工人数不断增加。', null],
    // a place's union with no level: an alias of its federation when the report names it, else none
    ['北京市延庆区总工会召开全会。会上,延庆工会提出今年的重点任务。', { name: '北京市延庆区总工会', aliases: ['延庆工会'], mentions: 2 }],
    ['延庆工会积极组织职工参加植树活动。', null],
    ['广东省总工会发布通知。广东工会将投入资金5000万元。', { name: '广东省总工会', aliases: ['广东工会'] }],
    // a place with its level and 工会: its own union unless the report names that place's federation
    ['景泰县工会为环卫工人送去慰问品。', { name: '景泰县工会' }],
    ['丰台区总工会开展送温暖活动,丰台区工会干部深入企业走访。', { name: '丰台区总工会', aliases: ['丰台区工会'], mentions: 2 }],
    // one entry per organisation: shorter forms of a longer name
    ['张掖甘州区总工会召开会议。甘州区总工会主席表示,将加大帮扶力度。', { name: '张掖甘州区总工会', aliases: ['甘州区总工会'], mentions: 2 }],
    ['中国铁路上海局集团有限公司工会开展春运慰问。上海局集团公司工会还组织了志愿服务。', { name: '中国铁路上海局集团有限公司工会', aliases: ['上海局集团公司工会'], mentions: 2 }],
    ['宁夏回族自治区总工会发布通知。宁夏总工会要求各地认真落实。', { name: '宁夏回族自治区总工会', aliases: ['宁夏总工会'] }],
    // lists that share one suffix, counted unions, groups and generic phrases name no union
    ['高新区、金水区等总工会参加了会议。', null],
    ['四省市总工会签署合作协议。', null],
    ['全省17个省辖市总工会参加了培训。', null],
    ['各级工会要切实履行维权服务职责。', null],
    ['基层工会组织会员开展健步走活动。', null],
    ['企业工会要发挥桥梁纽带作用。', null],
    ['该工会主席表示,将继续做好服务。', null],
    ['上级工会拨付的经费已全部到位。', null],
    ['市、县两级工会领导分头带队走访慰问。', null],
    ['乡村两级工会强化网格化管理。', null],
    ['项目工会组织职工开展安全竞赛。', null],
    ['全省工会系统共筹集资金2亿元。', null],
    ['工会干部要做职工的贴心人。', null],
    ['职工可持工会会员卡享受优惠。', null],
    ['学习宣传《中华人民共和国工会法》。', null],
    ['广大职工会员踊跃参加。', null],
    ['各县(市、区)总工会要认真做好审核工作。', null],
    // a name that continues into something that is not the union
    ['省总工会医院组织医护人员支援一线。', null],
    ['职工们在市总工会大厦前集合。', null],
    ['这展现了朝阳区工会人的责任担当。', null],
    // Hong Kong, Macau, Taiwan
    ['香港工会联合会(工联会)今日宣布,向基层市民派发抗疫包。工联会表示会继续关注。', { name: '香港工会联合会', aliases: ['工联会'], mentions: 3 }],
    ['澳门工会联合总会属下多个服务中心开展探访活动。', { name: '澳门工会联合总会' }],
    ['台北市产业总工会理事长表示,将协助会员申请补助。', { name: '台北市产业总工会' }],
    ['香港海员工会向会员发放津贴。', { name: '香港海员工会' }],
    ['工联会属会香港邮政工会拨款五万元。', [{ name: '工联会' }, { name: '香港邮政工会' }], 'a member union after its federation'],
    // articles: a bare abbreviation resolves within its own article
    [
      '贵阳市总工会开展“夏送清凉”\n\n本报讯 贵阳市总工会为环卫工人送去清凉。\n\n遵义举办职工运动会\n\n本报讯 记者日前获悉,市总工会将举办职工运动会。',
      { name: '贵阳市总工会', mentions: 2 },
      'the second article names no city federation of its own',
    ],
  ],
};
