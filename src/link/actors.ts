/**
 * The unions that can act in a sentence, and their part in it: the one that gives
 * (the subject, `陇西县总工会多方筹资...`), the one that receives (`向区总工会捐赠`,
 * `为绥化市第一医院工会下拨`, `向结对的瓮安县总工会捐赠`), or the one a reporter heard it from (`从绍兴市总工会获悉`).
 * Unions joined by 、/和/与 make one actor (`17个省辖市总工会、济源...总工会`).
 */
import type { Span, UnionMention, UnionReference, UnionsFound } from '../pipeline/types.js';
import { charCodes } from '../text/han.js';

export type Role = 'agent' | 'recipient' | 'source';

export interface Actor extends Span {
  surface: string;
  /** what the actor stands for: a union's canonical name, or null (a group whose head is not named, an unresolved union) */
  name: string | null;
  /** a named union, a group, `该工会`, or a union phrase that resolves to nothing */
  kind: 'union' | 'group' | 'anaphor' | 'unresolved';
  role: Role;
}

/** Prepositions that make the union after them the one that receives. */
const TO = /(?:向|为|给|对|替|帮助|支持|资助)$/;
/** The same with a modifier of the receiver between: `向受灾严重的`, `向结对的`, `给辖区内的`. */
const TO_OVER_MODIFIER = /(?:向|给|对|(?<![评成作称列视定认])为)[^,，;；:：。!！?、]{1,12}的$/;
/** Prepositions that make it the source of the report, or the place of something. */
const FROM = /(?:从|自|据|来自|经|在)$/;
/** Joining words: the union after one shares the part of the union before it. */
const AND = /^(?:、|和|与|及|以及|同|跟|,)$/;

/**
 * The last character of each rule's words: a cheap test, once per actor, that rules out most
 * actors before their context is sliced and matched (the regexes above stay the rules).
 */
const TO_LAST = charCodes('向为给对替助持');
const FROM_LAST = charCodes('从自据经在');
/** 的, the last character of TO_OVER_MODIFIER. */
const DE = 0x7684;
/** The longest joining word (以及). */
const AND_MAX = 2;

/** All actors of the report in text order. */
export function findActors(text: string, found: UnionsFound, sentences: readonly Span[]): Actor[] {
  const out = actorsInTextOrder(found.mentions, found.references);
  let k = 0;
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    // both lists are in text order: the sentence pointer only moves forward
    while (k < sentences.length && sentences[k]!.end <= a.start) k++;
    const sentence = sentences[k] && sentences[k]!.start <= a.start ? sentences[k] : undefined;
    const from = sentence?.start ?? 0;
    const prev = i ? out[i - 1] : undefined;
    const last = a.start > from ? text.charCodeAt(a.start - 1) : -1;
    if (prev && prev.end <= a.start && prev.start >= from && a.start - prev.end <= AND_MAX && AND.test(text.slice(prev.end, a.start))) a.role = prev.role;
    else if (TO_LAST.has(last) && TO.test(text.slice(Math.max(from, a.start - 3), a.start))) a.role = 'recipient';
    else if (last === DE && TO_OVER_MODIFIER.test(text.slice(Math.max(from, prev && prev.end <= a.start ? prev.end : from, a.start - 16), a.start))) a.role = 'recipient';
    else if (FROM_LAST.has(last) && FROM.test(text.slice(Math.max(from, a.start - 3), a.start))) a.role = 'source';
  }
  return out;
}

/** An actor, its part not yet known; every actor is built here, so all have one shape. */
const actor = (s: Span & { surface: string; name: string | null }, kind: Actor['kind']): Actor => ({
  start: s.start,
  end: s.end,
  surface: s.surface,
  name: s.name,
  kind,
  role: 'agent',
});

/** Whether a list is in text order (by start). */
function sorted(list: readonly Span[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.start > list[i]!.start) return false;
  return true;
}

/**
 * The mentions and references as actors in text order, a mention before a reference at the
 * same start (what a stable sort of the two lists, mentions first, gives): a merge when both
 * are sorted already, as the extractors give them. (Plain loops over the lists, without
 * map/every: an empty list and a full one are arrays of different kinds, and each kind a
 * builtin's call site had not met cost the linker a deoptimization.)
 */
function actorsInTextOrder(mentions: readonly UnionMention[], references: readonly UnionReference[] | undefined): Actor[] {
  const out: Actor[] = [];
  const nm = mentions.length;
  const nr = references ? references.length : 0;
  if (!sorted(mentions) || (references && !sorted(references))) {
    for (let i = 0; i < nm; i++) out.push(actor(mentions[i]!, 'union'));
    for (let j = 0; j < nr; j++) out.push(actor(references![j]!, references![j]!.kind));
    return out.sort((a, b) => a.start - b.start);
  }
  let j = 0;
  for (let i = 0; i < nm; i++) {
    const m = mentions[i]!;
    while (j < nr && references![j]!.start < m.start) {
      const r = references![j++]!;
      out.push(actor(r, r.kind));
    }
    out.push(actor(m, 'union'));
  }
  while (j < nr) {
    const r = references![j++]!;
    out.push(actor(r, r.kind));
  }
  return out;
}

/** What may stand between two joined unions: the joining word, after a sub-body (桃园分会、). */
const JOINED = /^(?:\p{Script=Han}{0,8}?(?:分会|委员会|支部))?(?:、|和|与|及|以及)$/u;
/** The longest text JOINED matches: 8 characters, 委员会 and 以及. */
const JOINED_MAX = 13;
/** The last characters of JOINED's joining words: most gaps are ruled out by one character, before any slice. */
const JOINED_LAST = charCodes('、和与及');

/** Whether actor `a` joins the chain of `prev`, the actor before it (`17个省辖市总工会、济源...总工会`). */
export function joinsPrevious(text: string, prev: Actor, a: Actor): boolean {
  return (
    prev.end < a.start &&
    a.start - prev.end <= JOINED_MAX &&
    JOINED_LAST.has(text.charCodeAt(a.start - 1)) &&
    JOINED.test(text.slice(prev.end, a.start))
  );
}

/**
 * What a chain of actors stands for. A chain with a group in it acts for the group's
 * head (`17个省辖市总工会、济源产城融合示范区总工会` for the province's federation);
 * one with an unresolved union in it is unresolved.
 */
export function chainValue(chain: readonly Actor[], nth = 0): Pick<Actor, 'name' | 'kind'> {
  const group = chain.find((a) => a.kind === 'group');
  if (group) return { name: group.name, kind: 'group' };
  if (chain.some((a) => a.kind === 'unresolved')) return { name: null, kind: 'unresolved' };
  const one = chain[Math.min(nth, chain.length - 1)]!;
  return { name: one.name, kind: one.kind };
}
