/**
 * The words that make a number of people a volunteer count (SPEC Volunteer),
 * and the words around them that break the link between number and role.
 */
import type { Layout } from '../../pipeline/types.js';

/** Roles everywhere, longest first so that the fullest word is the one reported. */
const ROLES = [
  '志愿应急服务队',
  '志愿者服务队',
  '志愿服务队员',
  '志愿服务团队',
  '志愿服务队伍',
  '志愿服务队',
  '志愿服务小分队',
  '志愿服务分队',
  '志愿服务总队',
  '志愿者小分队',
  '志愿者突击队',
  '志愿突击队',
  '志愿者队伍',
  '志愿者团队',
  '志愿者队员',
  '先锋志愿者',
  '志愿服务者',
  '志愿队伍',
  '志愿队员',
  '服务队队员',
  '服务队员',
  '志愿者',
  '志愿队',
];

/** Hong Kong, Macau and Taiwan call volunteers 义工 / 志工. */
const REGIONAL_ROLES = ['义工队', '志工队', '义工', '志工'];

/** A team that is not called a volunteer team counts only as what its members form: 由20人组成的服务队. */
export const TEAM_ROLES = ['服务队'];

const longestFirst = (roles: string[]): readonly string[] => roles.sort((a, b) => b.length - a.length);
/** Made once: the count finder keys its per-list tables (first characters, team roles) by the list. */
const MAINLAND_ROLES = longestFirst([...ROLES]);
const ALL_ROLES = longestFirst([...ROLES, ...REGIONAL_ROLES]);

export function rolesFor(region: Layout['region']): readonly string[] {
  return region === 'CN' ? MAINLAND_ROLES : ALL_ROLES;
}

/** 志愿军 is an army, 志愿者之家 a place: role words followed by these are no role. */
export const NOT_A_ROLE_AFTER = /^(?:军|之家|服务站|服务点|服务中心|驿站|协会|联合会|总队部)/;

/**
 * Words between a count and its role that show the count names other people:
 * a list (万名工会干部和志愿者), or a verb or preposition that starts another
 * phrase (10名干部带领志愿者, 44名下沉干部到社区). Verbs that make the people
 * the volunteers (组成, 成为, 担任, 加入) are not listed.
 */
export const BREAKS_LINK =
  /[和及与或、等同跟向对为给把被让在到从于将由]|带领|带动|率领|帮助|协助|配合|指导|组织|动员|发动|招募|慰问|看望|走访|培训|表彰|感谢|联系|参加|参与|开展|深入|前往|奔赴|来到|走进|进入|奋战|坚守|值守|投身|服务(?!队)|支援|下沉|提供|发放|送去|慰问|派出|选派/;

/** Verbs between a count and its role that make those people the volunteers: 1200名职工报名成为志愿者, 由20名骑手组成的...服务队. */
export const MAKES_THEM_VOLUNTEERS = /组成的|构成的|组成|报名成为|成为|担任|化身为|化身|争当|当起|充当|作为|加入/g;

/** Connecting words between a role and its count written after it: 志愿者共计500人, 志愿服务队现有队员216名. */
export const ROLE_TO_COUNT = /^(?:们|现有|共有|已有|拥有|有|共计|共|累计|总计|合计|已经|已|达到|达|人数|总数|总人数|规模|数量|队员|成员|发展到|发展至|增至|增加到|扩大到|壮大到|突破)*$/;

/** A verb that makes people volunteers, with the words up to the role: kept in the text of `招募职工志愿者137名`. */
export const RECRUIT_PHRASE = /(?:招募|招收|招聘|吸纳|注册)([\u4e00-\u9fff]{0,4})$/;

/** Verbs that act on volunteers who already are: they end the phrase before a role (组织|劳模志愿服务队近百名队员). */
export const OTHER_VERBS = ['组织', '组建', '动员', '发动', '选派', '派出', '出动', '集结', '召集', '号召', '带领', '培训', '发展', '依托', '成立'];
