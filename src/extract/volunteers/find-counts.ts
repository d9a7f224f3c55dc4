/**
 * Finds the spans that count volunteers: a number of people tied to a role word
 * (roles.ts), the number read by the shared numeral parser.
 *
 * - count before the role: `400多名志愿者`, `近千名职工先锋志愿者`, `2377名女职工服务队队员`,
 *   `30人的志愿者队伍`, `由12人组成的疫情防控志愿应急服务队`, `由35名心理咨询师组成的心理援助志愿服务队`,
 *   `逾三百义工`;
 * - count after the role: `志愿者100余人`, `招募职工志愿者137名`, `劳模志愿服务队近百名队员`,
 *   `注册志愿者超过300万名`, `志愿服务队现有队员216名`.
 * Not counts: person-times (人次), teams (3支), vague numbers (几名, 数十名, 数百名),
 * one indefinite person (一名志愿者), a count of volunteers together with others
 * (万名工会干部和志愿者, 志愿者和职工500人), people the clause does not call volunteers.
 */
import { findNumerals, qualifierAfter, qualifierBefore, type NumeralSpan } from '../numerals/parse.js';
import type { ApproxT } from '../../schema/record.js';
import { BREAKS_LINK, MAKES_THEM_VOLUNTEERS, NOT_A_ROLE_AFTER, OTHER_VERBS, RECRUIT_PHRASE, ROLE_TO_COUNT, TEAM_ROLES } from './roles.js';
import { charCodes } from '../../text/han.js';

export interface CountSpan {
  start: number;
  end: number;
  count: number;
  approx: ApproxT;
  role: string;
}

/**
 * Whether a person count's measure word (名 位 人) is written at `pos`; 人次 is person-times. Asked
 * after every numeral of a report, by character code: no substring, no pattern.
 */
function personWordAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  const measure = c === 0x540d /* 名 */ || c === 0x4f4d /* 位 */ || c === 0x4eba; /* 人 */
  return measure && text.charCodeAt(pos + 1) !== 0x6b21 /* 次 */;
}
/** Between the count and a team it forms: 30人的志愿者队伍, 由12人组成的服务队. */
const FORMS = /^(?:组成的|构成的|的)/;
/** Words inside a noun phrase between count and role: 女职工, 铁路职工, “劳模工匠”技能 (CJK ideographs and quotes, by character code). */
const MOD_QUOTES = charCodes('“”「」‘’"');
const isModifierChar = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || MOD_QUOTES.has(code);
/** The longest modifier kept between a count and its role. */
const MAX_MOD = 14;
/** A team word: its members may be counted after a comma (`志愿服务队,队员80名`). */
const TEAM = /队(?:伍)?$/;
const MEMBERS_AFTER_COMMA = /^[,，](?:现有|共有|共)?(?:队员|成员)(?:共有|共计|共|达到|达|有)?$/;
/** Opening quotes and their closing ones: a quoted team name between count and role. */
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’', '"': '"' };
/** The closing quote of each opening one, by character code. */
const CLOSING_QUOTE = new Map(Object.entries(QUOTE_PAIRS).map(([open, close]) => [open.charCodeAt(0), close]));
const QUOTED = /“[^”]*”|「[^」]*」|『[^』]*』|‘[^’]*’|"[^"]*"/g;
/** The longest quoted name read as one word. */
const MAX_QUOTED = 16;
/** Before a number: 数十名, 几百名, 好几十名, 第100名, 每名 are no counts. */
const NOT_A_COUNT_BEFORE = /[数几好第每]$/;
/** A role followed by another noun joined to it: the number counts both (300名志愿者和社区工作者). */
const JOINED_AFTER_ROLE = /^(?:和|及|以及|、|等)(?![0-9零〇一二两三四五六七八九十百千万])/;
/** A conjunction just before a role written before its count: 工会干部和志愿者500人. */
const JOINED_BEFORE_ROLE = /(?<![0-9零〇一二两三四五六七八九十百千万余多支个名人位])(?:和|及|与|、|同)[\u4e00-\u9fff]{0,2}$/;

interface Options {
  roles: readonly string[];
}

/** The first characters of a list of roles (by code), and the list with the team roles added, made once per list. */
const firstCodes = new WeakMap<readonly string[], ReadonlySet<number>>();
const withTeams = new WeakMap<readonly string[], readonly string[]>();

function firstCodesOf(roles: readonly string[]): ReadonlySet<number> {
  let codes = firstCodes.get(roles);
  if (!codes) firstCodes.set(roles, (codes = new Set(roles.map((r) => r.charCodeAt(0)))));
  return codes;
}

function withTeamRoles(roles: readonly string[]): readonly string[] {
  let all = withTeams.get(roles);
  if (!all) withTeams.set(roles, (all = [...roles, ...TEAM_ROLES]));
  return all;
}

function roleAt(text: string, pos: number, roles: readonly string[]): string | null {
  const first = text.charCodeAt(pos);
  // most positions start no role: one look at the first character rules them out
  if (!firstCodesOf(roles).has(first)) return null;
  for (const r of roles) {
    if (r.charCodeAt(0) === first && text.startsWith(r, pos) && !NOT_A_ROLE_AFTER.test(text.slice(pos + r.length, pos + r.length + 4))) return r;
  }
  return null;
}

/** The role a count written before it belongs to: `名` [的|组成的] modifier role. */
function roleAfterCount(text: string, from: number, roles: readonly string[], composed: boolean): { role: string; end: number } | null {
  let pos = from;
  const forms = FORMS.exec(text.slice(pos, pos + 3));
  if (forms) pos += forms[0].length;
  const teamRoles = composed || forms ? withTeamRoles(roles) : roles;
  // a team's name in quotes counts as one word, whatever it says (“银龄健康”, “爱心与你同行”)
  let budget = MAX_MOD;
  for (let k = pos; k <= pos + budget && k < text.length; k++) {
    const code = text.charCodeAt(k);
    const close = CLOSING_QUOTE.get(code);
    if (close) {
      const to = text.indexOf(close, k + 1);
      if (to > k && to - k <= MAX_QUOTED) {
        budget += to - k;
        k = to;
        continue;
      }
    }
    const role = roleAt(text, k, teamRoles);
    if (role) {
      const mod = text.slice(pos, k).replace(QUOTED, '“”');
      // the people who form a team may be a list (50名党员和群众组成的...服务队)
      const formed = /组成的?|构成的?/.exec(mod);
      const people = formed ? mod.slice(0, formed.index).replace(/[和及与、]/g, '') : '';
      if (BREAKS_LINK.test(people + (formed ? mod.slice(formed.index) : mod).replace(MAKES_THEM_VOLUNTEERS, ''))) return null;
      const end = k + role.length;
      if (JOINED_AFTER_ROLE.test(text.slice(end, end + 2))) return null;
      return { role, end };
    }
    if (!isModifierChar(code)) return null;
  }
  return null;
}

/** The role a count written after it belongs to: role [connecting words] count. */
function roleBeforeCount(text: string, countStart: number, roles: readonly string[]): { role: string; start: number } | null {
  const window = text.slice(Math.max(0, countStart - 24), countStart);
  const offset = countStart - window.length;
  // the role nearest the count, joined to it only by connecting words (志愿队员 may end in 队员)
  let best: { role: string; cut: number } | null = null;
  const firsts = firstCodesOf(roles);
  let anyFirst = false;
  for (let k = 0; k < window.length && !anyFirst; k++) anyFirst = firsts.has(window.charCodeAt(k));
  if (!anyFirst) return null; // no role can be in the window
  for (const r of roles) {
    const i = window.lastIndexOf(r);
    if (i < 0) continue;
    const cut = i + r.length;
    const between = window.slice(cut);
    if ((ROLE_TO_COUNT.test(between) || (TEAM.test(r) && MEMBERS_AFTER_COMMA.test(between))) && (!best || cut > best.cut || (cut === best.cut && r.length > best.role.length))) best = { role: r, cut };
  }
  if (!best) return null;
  const roleStart = offset + best.cut - best.role.length;
  const lead = text.slice(Math.max(0, roleStart - 10), roleStart);
  // 工会干部和志愿者500人, 党员、志愿者共300人: the count is of both
  if (JOINED_BEFORE_ROLE.test(lead)) return null;
  return { role: best.role, start: roleStart - leadingWords(lead).length };
}

/**
 * The words before a role that belong to its phrase, kept in the text: a recruiting
 * verb and what follows it (招募职工志愿者137名), else a short modifier (心理咨询师志愿者36人,
 * 劳模志愿服务队近百名队员) that stops at punctuation, a union name or a particle.
 */
function leadingWords(lead: string): string {
  const verb = RECRUIT_PHRASE.exec(lead);
  if (verb && !BREAKS_LINK.test(verb[1]!)) return verb[0];
  const mod = /[\u4e00-\u9fff]{0,8}$/.exec(lead)![0];
  // cut at the last word that ends another phrase: 市总工会|会员志工, 组建的|志愿服务队
  const cut = Math.max(...['工会', '的', '了', '是', '在', '有', '和', '、', '该', '这', '此', '其', '其中', ...OTHER_VERBS].map((w) => {
    const i = mod.lastIndexOf(w);
    return i < 0 ? 0 : i + w.length;
  }));
  const words = mod.slice(cut);
  return BREAKS_LINK.test(words) ? '' : words;
}

function countOf(text: string, n: NumeralSpan): { start: number; value: number; approx: ApproxT } | null {
  if (n.valueMax !== null) return null; // 20-30名: a range is no count
  const before = qualifierBefore(text, n.start);
  const start = before ? before.start : n.start;
  if (NOT_A_COUNT_BEFORE.test(text.slice(Math.max(0, start - 1), start))) return null;
  if (!Number.isInteger(n.value) || n.value <= 0) return null;
  // 一名志愿者 is one indefinite person, not a count
  if (n.value === 1 && /^[一壹]$/.test(n.text)) return null;
  return { start, value: n.value, approx: before ? before.approx : n.approx };
}

export function findVolunteerCounts(text: string, opts: Options): CountSpan[] {
  const out: CountSpan[] = [];
  for (const n of findNumerals(text)) {
    const person = personWordAt(text, n.end);
    // without a measure word only a written-out number right before a role (逾三百义工, 上万志愿者) can count people
    const bareCount = !person && (n.hasUnit || n.chinese) && roleAt(text, n.end, opts.roles) !== null;
    if (!person && !bareCount) continue;
    const c = countOf(text, n);
    if (!c) continue;
    let afterCount = person ? n.end + 1 : n.end;
    const tail = person ? qualifierAfter(text, afterCount) : null;
    if (tail) afterCount = tail.end;
    const approx = c.approx === 'exact' && tail ? tail.approx : c.approx;

    // count before the role
    const composed = text[c.start - 1] === '由';
    const forward = roleAfterCount(text, afterCount, opts.roles, composed);
    if (forward) {
      // 由12人组成的...服务队 keeps 由 with the phrase it opens
      const opensPhrase = composed && /组成|构成/.test(text.slice(c.start, forward.end));
      out.push({ start: opensPhrase ? c.start - 1 : c.start, end: forward.end, count: c.value, approx, role: forward.role });
      continue;
    }
    // count after the role: needs a measure word, maybe followed by 队员
    if (!person) continue;
    const back = roleBeforeCount(text, c.start, opts.roles);
    if (back) {
      const member = /^(?:队员|成员)/.exec(text.slice(afterCount, afterCount + 2));
      out.push({ start: back.start, end: afterCount + (member ? member[0].length : 0), count: c.value, approx, role: back.role });
    }
  }
  return out;
}
