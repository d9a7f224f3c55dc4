/**
 * Volunteer-count examples: each input is a tiny report, the expected facts
 * are its volunteer counts in order. Region-only roles (义工, 志工) need a
 * Hong Kong, Macau or Taiwan report: those inputs name the place twice.
 */
import type { Corpus } from '../corpus.js';
import type { Volunteer } from '../../schema/record.js';
import type { ExtractContext } from '../../pipeline/types.js';
import { extractHeader } from '../header/header.js';
import { buildLayout } from '../../text/layout.js';
import { extractVolunteers } from './volunteers.js';

function contextOf(text: string): ExtractContext {
  return { text, layout: buildLayout(text, extractHeader(text)), tokens: [] };
}

export const corpus: Corpus<Volunteer> = {
  name: 'volunteers',
  run: (input) => extractVolunteers(contextOf(input)),
  examples: [
    // count before the role
    ['区总工会组织500名职工志愿者走上街头。', { text: '500名职工志愿者', count: 500, approx: 'exact', role: '志愿者', union: null, date: null }],
    ['全市共有400多名志愿者参与服务。', { text: '400多名志愿者', count: 400, approx: 'more_than' }],
    ['近千名青年先锋志愿者奔赴一线。', { text: '近千名青年先锋志愿者', count: 1000, approx: 'about', role: '先锋志愿者' }],
    ['组建千名工匠志愿者队伍。', { text: '千名工匠志愿者队伍', count: 1000, approx: 'exact', role: '志愿者队伍' }],
    ['集团1856名女职工服务队队员坚守岗位。', { count: 1856, role: '服务队队员' }],
    ['其中230余名巾帼服务队队员参与值守。', { count: 230, approx: 'more_than' }],
    ['市总工会组建了一支85人的“蓝领”志愿者队伍。', { text: '85人的“蓝领”志愿者队伍', count: 85, role: '志愿者队伍' }],
    ['区总工会依托由16人组成的防汛志愿应急服务队开展巡查。', { text: '由16人组成的防汛志愿应急服务队', count: 16, role: '志愿应急服务队' }],
    ['成立由45名退休技师组成的技术志愿服务队。', { text: '由45名退休技师组成的技术志愿服务队', count: 45, role: '志愿服务队' }],
    ['成立由30名医护骨干组成的巡诊服务队。', { count: 30, role: '服务队' }, 'members of a service team'],
    ['超过2.5万名职工志愿者参与春运服务。', { count: 25000, approx: 'more_than' }],
    ['三百余名职工志愿者身穿红马甲。', { count: 300, approx: 'more_than' }],
    ['百余名志愿者分成10个小组。', { count: 100, approx: 'more_than' }],
    ['约80名志愿者协助分发物资。', { count: 80, approx: 'about' }],
    ['现场有200名左右志愿者。', { count: 200, approx: 'about' }],
    ['上千名志愿者冒雨值守。', { count: 1000, approx: 'more_than' }],
    ['公司工会组建青年志愿者突击队120人,连夜抢修。', { count: 120, role: '志愿者突击队' }],
    // a quoted team name between the count and the team word is one word, however long or whatever it says
    ['市总工会组建了由80名退休教师组成的“银龄助学”志愿服务队。', { text: '由80名退休教师组成的“银龄助学”志愿服务队', count: 80, role: '志愿服务队' }],
    ['成立由65名理赔骨干组成的“平安守护”应急志愿服务队。', { count: 65, role: '志愿服务队' }],
    ['由32名退休医务工作者组成的“夕阳红健康守护”志愿服务队每周义诊。', { count: 32 }],
    ['组建一支由40名青年职工组成的“爱心与你同行”志愿服务队。', { count: 40 }, 'the name may hold 与'],
    ['区总工会组建了一支30人的“城市美容师关爱行动”志愿者队伍。', { text: '30人的“城市美容师关爱行动”志愿者队伍', count: 30 }],
    ['由50名党员和群众组成的“红色先锋”志愿服务队走进社区。', { count: 50 }, 'the people who form it may be a list'],
    ['国网供电公司职工组成的“电力红马甲”志愿服务队队员55名连夜抢修。', { text: '志愿服务队队员55名', count: 55 }],
    ['一支由50名志愿者组成的服务队活跃在社区。', { text: '50名志愿者', count: 50 }],
    ['由工会干部和职工组成的300人志愿服务队连夜集结。', { text: '300人志愿服务队', count: 300 }],
    ['共有志愿者200多人,志愿者人数达1200人。', [{ count: 200, approx: 'more_than' }, { count: 1200 }]],
    ['万余名志愿者参与春运。', { count: 10000, approx: 'more_than' }],
    // count after the role
    ['县总工会招募志愿者150余人,分赴各村。', { text: '招募志愿者150余人', count: 150, approx: 'more_than' }],
    ['向社会招募职工志愿者86名。', { text: '招募职工志愿者86名', count: 86 }],
    ['市总工会心理咨询师志愿者42人提供线上疏导。', { text: '心理咨询师志愿者42人', count: 42, role: '志愿者' }],
    ['参与人员中,其中党员志愿者1500人。', { text: '党员志愿者1500人', count: 1500 }],
    ['全市注册职工志愿者达3.6万余人。', { count: 36000, approx: 'more_than' }],
    ['注册志愿者超过150万名。', { count: 1500000, approx: 'more_than' }],
    ['劳模志愿服务队二十余名队员走进田间。', { text: '劳模志愿服务队二十余名队员', count: 20, approx: 'more_than', role: '志愿服务队' }],
    ['该志愿服务队现有队员128名。', { text: '志愿服务队现有队员128名', count: 128 }],
    ['县总工会组建了“蓝焰”志愿服务队,队员75名。', { text: '志愿服务队,队员75名', count: 75 }, 'the members of a team, after a comma'],
    ['成立志愿者服务队,服务职工500人。', null, 'people served are no members'],
    ['全省职工志愿者队伍已发展到12万人。', { count: 120000, role: '志愿者队伍' }],
    ['组建志愿服务队12支、志愿者300余名。', { text: '志愿者300余名', count: 300 }, 'the teams are not a person count'],
    // several counts in one sentence
    ['招募志愿者60人,并接收区总工会转交的45名志愿者,将105名志愿者移交社区。', [{ count: 60 }, { count: 45 }, { count: 105 }]],
    // Hong Kong, Macau and Taiwan: 义工, 志工
    ['香港工联会动员逾千名义工,向香港基层家庭派发福袋。', { text: '逾千名义工', count: 1000, approx: 'more_than', role: '义工' }],
    ['澳门工联出动逾两百义工协助澳门清理街道。', { text: '逾两百义工', count: 200, approx: 'more_than' }],
    ['台北市总工会号召的85名志工协助台北长者。', { text: '85名志工', count: 85, role: '志工' }],
    ['台湾台中市总工会会员志工近150人参与。', { text: '会员志工近150人', count: 150, approx: 'about' }],
    ['澳门工会成立由12名电工组成的义工队,走访澳门长者。', { count: 12, role: '义工队' }],
    ['区总工会组织100名义工参与服务。', null, '义工 is a volunteer only in Hong Kong, Macau and Taiwan'],
    // not volunteer counts
    ['志愿者累计服务5000余人次,服务时长3000余小时。', null],
    ['累计出动工会干部和职工志愿者3200余人次。', null],
    ['全市工会动员580余名工会干部下沉社区。', null],
    ['区总工会抽调36名下沉干部到社区协助登记。', null],
    ['基层60名工会专职社会工作者参与防控。', null],
    ['组织45名医务人员开展义诊。', null],
    ['邀请30余名心理咨询师开展心理疏导。', null],
    ['几名党员干部报名了社区志愿者。', null],
    ['数十名志愿者和数百名职工参与。', null],
    ['一名志愿者一边修理收音机一边说。', null],
    ['深入开展“万名工会干部和志愿者进万家”活动。', null],
    ['500名党员、志愿者参加活动。', null],
    ['现场400名志愿者和社区工作者分工协作。', null],
    ['工会干部和志愿者共300余人参加。', null],
    ['党员志愿者等200余人参加。', null],
    ['组建志愿服务队15支,开展活动230场。', null],
    ['10名干部带领志愿者入户走访。', null],
    ['第100名志愿者领到了纪念证书。', null],
    ['2022年志愿者服务月启动,12351热线开通。', null],
    ['每名志愿者发放补贴200元。', null],
    ['20-30名志愿者轮流值守。', null, 'a range is no count'],
    ['拨打12351志愿者服务热线咨询。', null, 'an Arabic number needs a measure word'],
    ['共有1200名职工报名成为志愿者。', { text: '1200名职工报名成为志愿者', count: 1200 }],
    ['80名退休职工化身志愿者,走进社区。', { count: 80 }],
    ['上万志愿者走上街头。', { text: '上万志愿者', count: 10000, approx: 'more_than' }],
    ['志愿者分为3组,每组10人。', null],
    ['志愿者中有党员50人。', null],
    ['动员3000余名职工参与志愿服务。', null, '参与志愿服务 does not call them volunteers'],
    ['300余人次志愿者参与服务。', null],
  ],
};
