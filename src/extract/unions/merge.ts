/**
 * One entry per organisation: the surface forms that name the same union are put
 * together (甘州区总工会 with 张掖甘州区总工会, 内蒙古总工会 with 内蒙古自治区总工会,
 * 兰州局集团公司工会 with 中国铁路兰州局集团有限公司工会, 嘉兴市总 with 嘉兴市总工会),
 * and each group is named by the fullest form the report uses.
 */
import { federationLevel } from './classify.js';
import { type Level, LEGAL_FORM, placeBase } from './vocabulary.js';

/** A surface that names a union by (a form of) its own name. */
export interface NamedForm {
  surface: string;
  /** the full name it stands for: core + suffix (嘉兴市总 -> 嘉兴市总工会) */
  full: string;
  core: string;
  suffix: string;
  /** a written-out name, not an abbreviation */
  written: boolean;
}

export interface Cluster {
  name: string;
  /** every full form in the cluster */
  fulls: Set<string>;
  /** the federation's level and place (白银市总工会: 市, 白银), if it is one */
  level: Level | null;
  base: string | null;
  core: string;
}

export const NATIONAL = '中华全国总工会';

/** A unit of its own inside a longer name (西安局 in 中国铁路西安局集团有限公司, 宝鸡分行): a short form never leaves one out. */
const UNIT_WORD = /(?:局|分公司|分行|支行|段|厂|矿|站)$/;

/**
 * Whether `short` keeps the characters of `long` in order (陕煤集团 of 陕西煤业化工集团), taking
 * each as early as it can, without leaving out a whole unit between two kept parts: 国铁集团 is
 * no short form of 中国铁路西安局集团 (it drops 西安局: the national group, not the bureau).
 */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  let skipped = '';
  for (const c of long) {
    if (i < short.length && c === short[i]) {
      if (i > 0 && UNIT_WORD.test(skipped)) return false;
      i++;
      skipped = '';
    } else skipped += c;
  }
  return i === short.length;
}

/**
 * The organisation word a short form ends in (公司, 集团, 局...), when it may be a shortened form
 * of a longer name at all (see shortens); null when it cannot. Worked out once per form.
 */
function shortFormEnd(short: string): string | null {
  if (short.length < 4 && !/^集团(?:公司)?$/.test(short)) return null;
  return /(?:公司|集团|局|厂|院|段|站|矿|大学|医院|银行|分行|支行|营业部)$/.exec(short)?.[0] ?? null;
}

/**
 * `short` is a shortened form of `long` (兰州局集团公司 of 中国铁路兰州局集团有限公司, 陕煤集团 of
 * 陕西煤业化工集团有限责任公司, 建行陕西省分行 of 中国建设银行陕西省分行); `last` is shortFormEnd(short).
 */
function shortens(short: string, last: string, long: string): boolean {
  if (short.length >= long.length) return false;
  const at = long.lastIndexOf(last);
  if (at < 0) return false;
  if (!(LEGAL_FORM.test(long.slice(at + last.length)) || (last === '集团' && /^(?:有限公司|有限责任公司|股份有限公司|\(集团\)有限公司)?$/.test(long.slice(at + 2))))) return false;
  return isSubsequence(short, long);
}

/** A form with what same() asks of it, worked out once per form (same() compares every pair). */
interface Form {
  form: NamedForm;
  /** named by a federation's suffix (总工会): only federations are compared by place */
  federation: boolean;
  /** a federation's level and place base (only federations' are compared) */
  level: Level | null;
  base: string;
  /** whether a longer name ending in this one names the same union (not for 市 or 省 alone) */
  endsNames: boolean;
  /** shortFormEnd of the core */
  orgEnd: string | null;
  /** charSet of the full name and of the core */
  fullChars: number;
  coreChars: number;
}

/**
 * The code units of `s` as a set of 32 bits (each unit's low five bits): when a unit of one
 * string sets a bit the other's units leave clear, the other does not hold all its
 * characters. same() compares every pair of a report's forms, and this settles most
 * pairs before a search of the strings.
 */
function charSet(s: string): number {
  let bits = 0;
  for (let i = 0; i < s.length; i++) bits |= 1 << (s.charCodeAt(i) & 31);
  return bits;
}

/** Whether every character of the string with the set `short` may be in the one with the set `long` (charSet). */
const mayHoldAll = (short: number, long: number) => (short & ~long) === 0;

function formOf(f: NamedForm): Form {
  const federation = f.suffix === '总工会';
  return {
    form: f,
    federation,
    level: federation ? federationLevel(f.core, f.suffix) : null,
    base: federation ? placeBase(f.core) : '',
    endsNames: f.core.length >= 2 && ls(f.core),
    orgEnd: shortFormEnd(f.core),
    fullChars: charSet(f.full),
    coreChars: charSet(f.core),
  };
}

/** Whether two full names (one shorter) name the same union. */
function same(a: Form, b: Form): boolean {
  const fs = a.form.full.length <= b.form.full.length ? a : b;
  const fl = fs === a ? b : a;
  const s = fs.form;
  const l = fl.form;
  if (s.full === l.full) return true;
  if (s.suffix !== l.suffix) return false;
  if (fs.federation && fs.base === fl.base && (fs.level === fl.level || fs.level === null || fl.level === null)) return true;
  if (fs.endsNames && mayHoldAll(fs.fullChars, fl.fullChars) && l.full.endsWith(s.full)) return true;
  // the long core less one character, or a subsequence of it: either holds every character of the short one
  if (!mayHoldAll(fs.coreChars, fl.coreChars)) return false;
  if (dropsLevel(s.core, l.core)) return true;
  return fs.orgEnd !== null && shortens(s.core, fs.orgEnd, l.core);
}

/** 湖南教育 of 湖南省教育: the same body, written once with its place's level and once without. */
function dropsLevel(short: string, long: string): boolean {
  if (long.length !== short.length + 1) return false;
  for (let i = 2; i < long.length - 1; i++) {
    if (/[省市县区州]/.test(long[i]!) && long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}
const ls = (core: string) => !/^(?:省|市|区|县|州|自治区|自治州)$/.test(core);

/**
 * Groups the forms; `national` forms (全总, 全国总工会) join 中华全国总工会 in a mainland report.
 * (Three small steps, not one function: V8 inlined same/shortens/isSubsequence and the closures
 * into one huge mergeForms and compiled it again after each deopt, in every worker.)
 */
export function mergeForms(forms: readonly NamedForm[]): { clusters: Cluster[]; clusterOf: Map<string, Cluster> } {
  // one form per full name, the last one written, in the order the full names first appear
  const byFull = new Map<string, NamedForm>();
  for (let i = 0; i < forms.length; i++) byFull.set(forms[i]!.full, forms[i]!);
  const fulls: NamedForm[] = [];
  for (const f of byFull.values()) fulls.push(f);
  return clustersOf(fulls, joinShortForms(fulls));
}

/** The root of form `i` in `parent` (a union-find forest), with the path to it shortened. */
function rootOf(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r]!;
  while (parent[i] !== r) {
    const next = parent[i]!;
    parent[i] = r;
    i = next;
  }
  return r;
}

/** The union-find forest of the distinct forms: a short form joins the one longer name it shortens; when several fit, it stays apart. */
function joinShortForms(fulls: readonly NamedForm[]): number[] {
  // (the arrays are built by push and read by index, not by map() and for-of: the arrays map()
  // makes and the iterators for-of makes came in other shapes from report to report, and each
  // new one deoptimized this function)
  const facts: Form[] = [];
  const parent: number[] = [];
  const order: number[] = [];
  // (the lengths of the full names, read for every pair below)
  const lengths: number[] = [];
  for (let i = 0; i < fulls.length; i++) {
    facts.push(formOf(fulls[i]!));
    parent.push(i);
    order.push(i);
    lengths.push(fulls[i]!.full.length);
  }
  // longest first, so that a middle form (南昌局集团公司) has joined its full name before a shorter one (集团公司) looks
  order.sort((a, b) => lengths[b]! - lengths[a]!);
  // two distinct full names with different suffixes are never the same (same()), so each
  // form is compared only with the forms of its suffix (a report may write a hundred forms)
  const bySuffix = new Map<string, number[]>();
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const list = bySuffix.get(fulls[i]!.suffix);
    if (list) list.push(i);
    else bySuffix.set(fulls[i]!.suffix, [i]);
  }
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    // the one root the forms it matches share, if they share one (-1: none yet; -2: several)
    let root = -1;
    // (the list runs longest first: once its forms are shorter than this one, none is a target)
    const list = bySuffix.get(fulls[i]!.suffix)!;
    const length = lengths[i]!;
    for (let q = 0; q < list.length; q++) {
      const j = list[q]!;
      if (lengths[j]! < length) break;
      if (j === i || root === -2 || !same(facts[i]!, facts[j]!)) continue;
      const r = rootOf(parent, j);
      root = root === -1 || root === r ? r : -2;
    }
    if (root >= 0) parent[rootOf(parent, i)] = root;
  }
  return parent;
}

/** One cluster per tree of the forest, named by its fullest written form. */
function clustersOf(fulls: readonly NamedForm[], parent: number[]): { clusters: Cluster[]; clusterOf: Map<string, Cluster> } {
  const groups = new Map<number, NamedForm[]>();
  for (let i = 0; i < fulls.length; i++) {
    const r = rootOf(parent, i);
    const list = groups.get(r);
    if (list) list.push(fulls[i]!);
    else groups.set(r, [fulls[i]!]);
  }
  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, Cluster>();
  for (const members of groups.values()) {
    const c = clusterOfMembers(members);
    clusters.push(c);
    for (const m of members) clusterOf.set(m.full, c);
  }
  return { clusters, clusterOf };
}

function clusterOfMembers(members: readonly NamedForm[]): Cluster {
  const written = members.filter((m) => m.written);
  const pool = written.length ? written : members;
  const best = pool.reduce((a, b) => (b.full.length > a.full.length ? b : a));
  const name = members.some((m) => m.full === NATIONAL) ? NATIONAL : best.full;
  const level = federationLevel(best.core, best.suffix);
  return { name, fulls: new Set(members.map((m) => m.full)), level, base: level ? placeBase(best.core) : null, core: best.core };
}
