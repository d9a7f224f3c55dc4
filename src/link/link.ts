/**
 * Linker (SPEC 3): gives each amount and volunteer count the union that gives, raises
 * or hands it out, and the date of that act.
 *
 * The union, in order of preference:
 * 1. the nearest union acting before the fact in its sentence (a group acts for its head
 *    union, or for nobody when the report does not name it; `该工会` for the union before it);
 * 2. when the giver is a union that resolves to nothing (`企业工会`, an unnamed `省总工会`),
 *    or a body that is not a union donating to one, the union that receives it;
 * 3. the union a reporter heard it from (`从X获悉`), or that sent the volunteers (`来自X`);
 * 4. the union acting in the sentences before it in the paragraph;
 * 5. the union the article is about (its headline's, else the most mentioned).
 */
import type { Amount, Volunteer } from '../schema/record.js';
import type { ExtractContext, Extracted, Span } from '../pipeline/types.js';
import { type Actor, chainValue, chains, findActors } from './actors.js';
import { passageUnion } from './passage.js';
import { dateOf, fullSentence } from './dates.js';

/** Giving to a union: the giver is not a union (企业向区总工会捐赠). */
const DONATES = /捐|赠|赞助/;
/** What may come before a union in its clause when it is the clause's subject: time and discourse words. */
const CLAUSE_OPENING =
  /^(?:\s|其中|同时|此外|另外|随后|然后|目前|今年|去年|当天|当日|此前|近日|日前|近期|连日来|与此同时|疫情发生以来|[\d一二三四五六七八九十]+月(?:[\d一二三四五六七八九十]+日)?(?:上午|下午|晚上?|中旬|下旬|上旬|初|底)?|[\d]+日|截[至止]到?[^,，]*|据[^,，]*|[(（])*$/;
/** Taking over from a union: for a count of volunteers, the taker acts (接收市总工会转交的169名志愿者). */
const TAKES = /(?:接收|接受|收到|接过|承接)$/;

type Fact = Span & { kind: 'amount' | 'volunteers' };

export function link(ctx: ExtractContext, found: Extracted): { amounts: Amount[]; volunteers: Volunteer[] } {
  const { text, layout } = ctx;
  const sentences = layout.sentences;
  const actors = findActors(text, found.unions, sentences);
  const sentenceAt = (at: number) => sentences.find((s) => at >= s.start && at < s.end) ?? null;
  const paragraphAt = (at: number) => layout.paragraphs.find((p) => at >= p.start && at < p.end) ?? null;

  /** Whether the union at `a` opens its clause (its subject, carried on to the clauses after it). */
  const opensClause = (span: Span, a: Actor) => {
    const before = text.slice(span.start, a.start);
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('，'), before.lastIndexOf(':'), before.lastIndexOf('：')) + 1);
    return CLAUSE_OPENING.test(clause);
  };

  /** The union acting in `span` before `at` (rules 1 and 2); undefined when none decides. */
  const actingIn = (span: Span, at: number, fact: Fact): string | null | undefined => {
    const here = actors.filter((a) => a.start >= span.start && a.end <= at);
    const cs = chains(text, here).reverse(); // nearest first
    for (const c of cs) {
      const head = c[0]!;
      if (head.role !== 'agent') continue;
      if (fact.kind === 'volunteers' && TAKES.test(text.slice(Math.max(span.start, head.start - 3), head.start))) continue;
      // a union inside a clause (争取四川省总工会下拨...) acts only in that clause
      const last = c[c.length - 1]!;
      if (/[,，;；]/.test(text.slice(last.end, at)) && !opensClause(span, head)) continue;
      const v = chainValue(c, respectively(c, fact));
      if (v.kind === 'union') return v.name;
      if (v.kind === 'group') return v.name;
      if (v.kind === 'anaphor' && v.name) return v.name;
      if (v.kind === 'unresolved') {
        const to = receiver(span, at, head.end);
        if (to) return to;
      }
    }
    return undefined;
  };

  /** For unions that 分别/各 give several sums, which of them gives this one: the n-th sum of the clause goes with the n-th union. */
  const respectively = (c: readonly Actor[], fact: Fact): number => {
    if (c.length < 2) return 0;
    const last = c[c.length - 1]!;
    const between = text.slice(last.end, fact.start);
    if (!/分别|各自/.test(between) || /[。;；]/.test(between)) return 0;
    const list = fact.kind === 'amount' ? found.amounts : found.volunteers;
    return list.filter((x) => x.start > last.end && x.start < fact.start).length;
  };

  /** A named union that receives in `span` (after `from`, before `at`). */
  const receiver = (span: Span, at: number, from = span.start): string | null => {
    const r = actors.filter((a) => a.start >= Math.max(span.start, from) && a.end <= at && a.role === 'recipient' && a.kind === 'union');
    return r.length ? r[r.length - 1]!.name : null;
  };

  const unionFor = (fact: Fact): string | null => {
    const sentence = sentenceAt(fact.start);
    if (sentence) {
      const acting = actingIn(sentence, fact.start, fact);
      if (acting !== undefined) return acting;
      // a body that is not a union giving to one
      const hasAgent = actors.some((a) => a.start >= sentence.start && a.end <= fact.start && a.role === 'agent');
      if (!hasAgent && DONATES.test(text.slice(sentence.start, fact.end + 4))) {
        const to = receiver(sentence, fact.start);
        if (to) return to;
      }
      const src = actors.filter((a) => a.start >= sentence.start && a.end <= fact.start && a.role === 'source' && a.kind === 'union');
      if (src.length) return src[src.length - 1]!.name;
      // a union inside an earlier clause, when nothing else in the sentence acts (自看到高台县总工会...《招募令》以来,...组建30人的志愿者队伍)
      const alone = chains(text, actors.filter((a) => a.start >= sentence.start && a.end <= fact.start)).filter((c) => c.length === 1);
      const inner = alone.map((c) => c[0]!).filter((a) => a.role === 'agent' && a.kind === 'union');
      if (inner.length) return inner[inner.length - 1]!.name;
      // the sentences before it in the paragraph
      const para = paragraphAt(fact.start);
      if (para) {
        const earlier = sentences.filter((s) => s.start >= para.start && s.end <= sentence.start).reverse();
        for (const s of earlier) {
          const v = actingIn(s, s.end, fact);
          if (v !== undefined) return v;
          const from = actors.filter((a) => a.start >= s.start && a.end <= s.end && a.role === 'source' && a.kind === 'union');
          if (from.length) return from[from.length - 1]!.name;
        }
      }
    }
    return passageUnion(layout, found.unions.mentions, fact.start);
  };

  const dateFor = (fact: Span) =>
    dateOf(text, fullSentence(text, sentences, fact.start), sentenceAt(fact.start), paragraphAt(fact.start), found.dates, fact.start);

  return {
    amounts: found.amounts.map((a) => ({ ...a, union: unionFor({ start: a.start, end: a.end, kind: 'amount' }), date: dateFor(a) })),
    volunteers: found.volunteers.map((v) => ({ ...v, union: unionFor({ start: v.start, end: v.end, kind: 'volunteers' }), date: dateFor(v) })),
  };
}

export type { Actor };
