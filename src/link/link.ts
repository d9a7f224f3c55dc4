/**
 * Linker (SPEC 3): gives each amount and volunteer count the union that gives, raises
 * or hands it out, and the date of that act.
 *
 * The union, in order of preference:
 * 1. the nearest union acting before the fact in its sentence (a group acts for its head
 *    union, or for nobody when the report does not name it; `该工会` for the union before it);
 *    a union inside a clause (`争取四川省总工会下拨...`) acts only in that clause, and unions
 *    that 分别 give several sums give them in order;
 * 2. when the giver is a union that resolves to nothing (`企业工会`, an unnamed `省总工会`),
 *    or a body that is not a union donating to one, the union that receives it;
 * 3. the union a reporter heard it from (`从X获悉`), or that sent the volunteers (`来自X`);
 * 4. the union acting in the sentences before it in the paragraph;
 * 5. in a paragraph that names no union before it, the one union acting in the paragraph
 *    before (a passage goes on with its union);
 * 6. the union the article is about (its headline's, else the federation of a place its
 *    headline names, else the one its body mentions most).
 */
import type { Amount, Volunteer } from '../schema/record.js';
import type { ExtractContext, Extracted, Layout, Span } from '../pipeline/types.js';
import { type Actor, chainValue, findActors } from './actors.js';
import { charCodes } from '../text/han.js';
import { type ActorView, NO_ACTORS, SentenceActors, hasAgent, lastLoneAgent, lastRecipientFrom, lastSource } from './sentence-actors.js';
import { articleAt, passageUnions, spanAt } from './passage.js';
import { countBelow, firstEndingAfter, inTextOrder } from '../text/search.js';
import { dateFinder, fullSentence } from './dates.js';

/** Giving to a union: the giver is not a union (企业向区总工会捐赠). */
const DONATES = /捐|赠|赞助/;
/** Taking over from a union: for a count of volunteers, the taker acts (接收市总工会转交的169名志愿者). */
const TAKES = /(?:接收|接受|收到|接过|承接)$/;
/** The last characters of TAKES's words: most heads are ruled out by one character, before any slice. */
const TAKES_LAST = charCodes('收受到过接');
/** What may come before a union in its clause when it is the clause's subject: time and discourse words. */
const CLAUSE_OPENING =
  /^(?:\s|其中|同时|此外|另外|随后|然后|目前|今年|去年|当天|当日|此前|近日|日前|近期|连日来|与此同时|疫情发生以来|[\d一二三四五六七八九十]+月(?:[\d一二三四五六七八九十]+日)?(?:上午|下午|晚上?|中旬|下旬|上旬|初|底)?|[\d]+日|截[至止]到?[^,，]*|据[^,，]*|[(（])*$/;
/** Never look further back than this many sentences of a paragraph for the union acting. */
const LOOK_BACK = 12;
/** Nor further back than this many paragraphs for the union a passage goes on with. */
const PARAGRAPHS_BACK = 3;
/** Nor over more than this many chains of unions within a sentence (a run-on page is no one sentence's subject). */
const CHAINS_BACK = 40;
/** A clause opening (time and discourse words before its subject) is never longer than this. */
const OPENING_MAX = 200;
/** How far before a sum its sentence is searched for a donation word (捐赠...). */
const DONATION_BACK = 300;

/** Where clauses break (, ;) or open (, :). */
const MARKS = /[,，;；:：]/g;
/** A clause mark breaks a clause (, ;), opens one (, :), or both (,). */
const BREAKS = 1;
const OPENS = 2;
/** What the character with code `c` marks: , and ， break and open, ; and ； break, : and ： open. */
function markAt(c: number): number {
  switch (c) {
    case 0x2c: // ,
    case 0xff0c: // ，
      return BREAKS | OPENS;
    case 0x3b: // ;
    case 0xff1b: // ；
      return BREAKS;
    case 0x3a: // :
    case 0xff1a: // ：
      return OPENS;
    default:
      return 0;
  }
}

/**
 * The starts of facts, in text order. (A plain loop, without map and sort's callbacks: the
 * lists of facts come empty or full, arrays of two kinds, and each kind a builtin's call site
 * in the linker had not met cost it a deoptimization.)
 */
function startsInOrder(facts: readonly Span[]): number[] {
  const starts: number[] = [];
  let inOrder = true;
  for (let k = 0; k < facts.length; k++) {
    const at = facts[k]!.start;
    if (k && at < starts[k - 1]!) inOrder = false;
    starts.push(at);
  }
  return inOrder ? starts : starts.sort((a, b) => a - b);
}

/** Which list a fact comes from: the n-th union that 分别 gives goes with the n-th fact of the same list. */
type FactKind = 'amount' | 'volunteers';

export function link(ctx: ExtractContext, found: Extracted): { amounts: Amount[]; volunteers: Volunteer[] } {
  // (the lists come empty or full, arrays of two kinds: their lengths are read here once, and an
  // empty list is never walked, so the loops below and the linker's methods meet one kind only)
  const nAmounts = found.amounts.length;
  const nVolunteers = found.volunteers.length;
  const amounts: Amount[] = [];
  const volunteers: Volunteer[] = [];
  // (a report without sums or counts has nothing to link: none of the indexes is needed)
  if (!nAmounts && !nVolunteers) return { amounts, volunteers };
  const linker = new Linker(ctx, found);
  // each fact copied with its union and date, its fields written out in the schema's order
  // (a spread copies key by key; a literal of one shape is built in one step)
  for (let k = 0; k < nAmounts; k++) {
    const a = found.amounts[k]!;
    const union = linker.unionFor(a.start, a.end, 'amount');
    amounts.push({
      text: a.text,
      value: a.value,
      valueMax: a.valueMax,
      approx: a.approx,
      currency: a.currency,
      kind: a.kind,
      per: a.per,
      isTotal: a.isTotal,
      union,
      date: linker.dateFor(a.start),
      start: a.start,
      end: a.end,
      sentence: a.sentence,
    });
  }
  for (let k = 0; k < nVolunteers; k++) {
    const v = found.volunteers[k]!;
    const union = linker.unionFor(v.start, v.end, 'volunteers');
    volunteers.push({
      text: v.text,
      count: v.count,
      approx: v.approx,
      role: v.role,
      union,
      date: linker.dateFor(v.start),
      start: v.start,
      end: v.end,
      sentence: v.sentence,
    });
  }
  return { amounts, volunteers };
}

/** Where clauses break (, ;) and open (, :) in one sentence, in text order. */
interface ClauseMarks {
  breaks: number[];
  openings: number[];
}

/**
 * One report's linking: its actors by sentence and what is found about them, each found the
 * first time a fact asks. (Methods of one object rather than closures made inside `link`: no
 * closure is allocated per report, and `link` stays small to compile.)
 */
class Linker {
  private readonly text: string;
  private readonly layout: Layout;
  private readonly sentences: readonly Span[];
  private readonly found: Extracted;
  private readonly passageUnion: (at: number) => string | null;
  private readonly dateOf: ReturnType<typeof dateFinder>;
  /** the actors of each sentence, by the sentence's index (arrays, not Maps: the keys are small integers below sentences.length) */
  private readonly bySentence: (Actor[] | undefined)[];
  /** each sentence's actors indexed, the first time the sentence is asked about */
  private readonly indexed: (SentenceActors | undefined)[];
  /**
   * where clauses break and open in each sentence, found the first time the sentence is asked
   * about (its questions never reach outside it), so "is there a break between" is a binary search
   */
  private readonly clauseMarks: (ClauseMarks | undefined)[];
  /** the 。-sentence around each sentence, the first time a fact in it asks for its date */
  private readonly wholeSentences: (Span | null | undefined)[];
  /** the starts of the sums and of the counts in text order, the first time 分别 asks */
  private amountStarts: number[] | undefined;
  private volunteerStarts: number[] | undefined;
  /** the one union acting in each paragraph, once per paragraph (see actingInParagraph) */
  private paragraphActing: Map<number, string | null | undefined> | undefined;

  constructor(ctx: ExtractContext, found: Extracted) {
    const { text, layout } = ctx;
    const sentences = layout.sentences;
    this.text = text;
    this.layout = layout;
    this.sentences = sentences;
    this.found = found;
    this.passageUnion = passageUnions(text, layout, found.unions.mentions);
    this.dateOf = dateFinder(text, inTextOrder(found.dates));
    const actors = findActors(text, found.unions, sentences);
    const bySentence: (Actor[] | undefined)[] = new Array(sentences.length);
    // (the actors come in text order: the sentence that holds each is found by a pointer that
    // only moves forward, what sentenceIndex's binary search gives)
    for (let k = 0, i = 0; k < actors.length; k++) {
      const a = actors[k]!;
      while (i < sentences.length && sentences[i]!.end <= a.start) i++;
      if (i === sentences.length || sentences[i]!.start > a.start) continue;
      const list = bySentence[i];
      if (list) list.push(a);
      else bySentence[i] = [a];
    }
    this.bySentence = bySentence;
    this.indexed = new Array(sentences.length);
    this.clauseMarks = new Array(sentences.length);
    this.wholeSentences = new Array(sentences.length);
    this.amountStarts = undefined;
    this.volunteerStarts = undefined;
    this.paragraphActing = undefined;
  }

  /** The index of the sentence that holds `at`, or -1. */
  private sentenceIndex(at: number): number {
    const i = firstEndingAfter(this.sentences, at);
    const s = this.sentences[i];
    return s && s.start <= at ? i : -1;
  }

  /** The actors of sentence `i` that end by `until`. */
  private actorsIn(i: number, until: number): ActorView {
    const list = this.bySentence[i];
    if (!list) return NO_ACTORS;
    const ix = (this.indexed[i] ??= new SentenceActors(this.text, list));
    return ix.prefix(this.text, until);
  }

  private marksOf(i: number): ClauseMarks {
    let marks = this.clauseMarks[i];
    if (!marks) {
      marks = { breaks: [], openings: [] };
      const span = this.sentences[i]!;
      const text = this.text;
      // the pattern runs over the text from the sentence's start (no copy of the sentence), and
      // test() leaves lastIndex just past the one-character mark (no match object per mark)
      MARKS.lastIndex = span.start;
      while (MARKS.test(text)) {
        const at = MARKS.lastIndex - 1;
        if (at >= span.end) break;
        const mark = markAt(text.charCodeAt(at));
        if (mark & BREAKS) marks.breaks.push(at);
        if (mark & OPENS) marks.openings.push(at);
      }
      this.clauseMarks[i] = marks;
    }
    return marks;
  }

  /** Whether a clause breaks in [from, to), inside sentence `i`. */
  private breakBetween(i: number, from: number, to: number): boolean {
    const { breaks } = this.marksOf(i);
    const k = countBelow(breaks, from);
    return k < breaks.length && breaks[k]! < to;
  }

  /** Whether the union at `a` opens its clause (its subject, carried on to the clauses after it). */
  private opensClause(i: number, a: Actor): boolean {
    const span = this.sentences[i]!;
    const { openings } = this.marksOf(i);
    const k = countBelow(openings, a.start);
    const from = Math.max(span.start, k ? openings[k - 1]! + 1 : 0);
    return a.start - from <= OPENING_MAX && CLAUSE_OPENING.test(this.text.slice(from, a.start));
  }

  /** For unions that 分别/各 give several sums, which of them gives the fact at `at`: the n-th sum goes with the n-th union. */
  private respectively(c: readonly Actor[], at: number, kind: FactKind): number {
    if (c.length < 2) return 0;
    const last = c[c.length - 1]!;
    const between = this.text.slice(last.end, at);
    if (!/分别|各自/.test(between) || /[。;；]/.test(between)) return 0;
    // (a fact of this kind is being linked: its list is not empty)
    const starts = kind === 'amount' ? (this.amountStarts ??= startsInOrder(this.found.amounts)) : (this.volunteerStarts ??= startsInOrder(this.found.volunteers));
    return countBelow(starts, at) - countBelow(starts, last.end);
  }

  /**
   * The union acting in sentence `i` before `at` (rules 1 and 2), given `here`, the sentence's
   * actors that end by `at`, for the fact of `kind` that starts at `fact`; undefined when none decides.
   */
  private actingIn(i: number, at: number, here: ActorView, fact: number, kind: FactKind): string | null | undefined {
    const span = this.sentences[i]!;
    const text = this.text;
    // the chains of the view, last first, each [first, end) of the index's actors (the last one
    // cut at the view's end); a chain is copied out only when its head is the one that acts
    const ix = here.index;
    for (let c = here.p ? ix.chainOf[here.p - 1]! : -1, end = here.p, n = 0; c >= 0 && n < CHAINS_BACK; end = ix.chainStart[c]!, c--, n++) {
      const first = ix.chainStart[c]!;
      const head = ix.actors[first]!;
      if (head.role !== 'agent') continue;
      if (
        kind === 'volunteers' &&
        head.start > span.start &&
        TAKES_LAST.has(text.charCodeAt(head.start - 1)) &&
        TAKES.test(text.slice(Math.max(span.start, head.start - 3), head.start))
      )
        continue;
      // a union inside a clause (争取四川省总工会下拨...) acts only in that clause
      const last = ix.actors[end - 1]!;
      if (this.breakBetween(i, last.end, at) && !this.opensClause(i, head)) continue;
      const chain = ix.actors.slice(first, end);
      const v = chainValue(chain, this.respectively(chain, fact, kind));
      if (v.kind === 'union' || v.kind === 'group') return v.name;
      if (v.kind === 'anaphor' && v.name) return v.name;
      if (v.kind === 'unresolved') {
        // a named union that receives in the sentence, after the head
        const to = lastRecipientFrom(here, head.end)?.name;
        if (to) return to;
      }
    }
    return undefined;
  }

  /** The union of the fact at [start, end). */
  unionFor(start: number, end: number, kind: FactKind): string | null {
    const sentences = this.sentences;
    const i = this.sentenceIndex(start);
    if (i >= 0) {
      const sentence = sentences[i]!;
      // (the sentence's actors before the fact, looked up once for every rule below)
      const here = this.actorsIn(i, start);
      const acting = this.actingIn(i, start, here, start, kind);
      if (acting !== undefined) return acting;
      // a body that is not a union giving to one
      if (!hasAgent(here) && DONATES.test(this.text.slice(Math.max(sentence.start, start - DONATION_BACK), end + 4))) {
        const to = lastRecipientFrom(here, sentence.start)?.name;
        if (to) return to;
      }
      const src = lastSource(here);
      if (src) return src.name;
      // a union inside an earlier clause, when nothing else in the sentence acts (自看到高台县总工会...《招募令》以来,...组建30人的志愿者队伍)
      const inner = lastLoneAgent(here);
      if (inner) return inner.name;
      // the sentences before it in the paragraph
      const para = spanAt(this.layout.paragraphs, start);
      for (let k = i - 1; para && k >= 0 && k >= i - LOOK_BACK && sentences[k]!.start >= para.start; k--) {
        const whole = this.actorsIn(k, sentences[k]!.end);
        const v = this.actingIn(k, sentences[k]!.end, whole, start, kind);
        if (v !== undefined) return v;
        const from = lastSource(whole);
        if (from) return from.name;
      }
    }
    return this.previousParagraphsUnion(start) ?? this.passageUnion(start);
  }

  /**
   * A paragraph that names no union before the fact goes on with the one before it: the union
   * acting there, when it is one union (`甘孜州总工会迅速组织...州总工会筹集...` and then
   * `国网甘孜供电公司职工组成的...志愿服务队队员45名`), however the article's headline or lead
   * names a higher federation. A paragraph where several unions act (a list of branches, each
   * doing its part) decides nothing, and the article's union stands.
   */
  private previousParagraphsUnion(at: number): string | undefined {
    const { layout, sentences } = this;
    const paras = layout.paragraphs;
    const p = firstEndingAfter(paras, at);
    const own = paras[p];
    if (!own || own.start > at) return undefined;
    const article = articleAt(layout, at);
    const firstSentence = firstEndingAfter(sentences, own.start);
    // (a long paragraph is a passage of its own: only a short one goes on with the one before)
    if (firstEndingAfter(sentences, at) - firstSentence > LOOK_BACK) return undefined;
    for (let k = firstSentence; k < sentences.length && sentences[k]!.start < at; k++) if (this.actorsIn(k, at).p) return undefined;
    const headlines = layout.headlines ?? [];
    for (let q = p - 1; q >= 0 && q >= p - PARAGRAPHS_BACK; q--) {
      const para = paras[q]!;
      if (para.start < article.start || startsAny(headlines, para.start) || para.end <= layout.header.bodyStart) return undefined;
      const acting = this.actingInParagraph(q);
      if (acting === null) continue;
      return acting;
    }
    return undefined;
  }

  /** The one union acting in paragraph `q` (undefined: several or none of them named; null: no union named at all), once per paragraph. */
  private actingInParagraph(q: number): string | null | undefined {
    const paragraphActing = (this.paragraphActing ??= new Map());
    if (paragraphActing.has(q)) return paragraphActing.get(q);
    const sentences = this.sentences;
    const para = this.layout.paragraphs[q]!;
    const acting = new Set<string>();
    let named = false;
    for (let k = firstEndingAfter(sentences, para.start), n = 0; k < sentences.length && sentences[k]!.start < para.end && n < 40; k++, n++) {
      const view = this.actorsIn(k, para.end);
      for (let j = 0; j < view.p; j++) {
        const a = view.actors[j]!;
        named = true;
        if (a.kind === 'union' && a.name && (a.role === 'agent' || a.role === 'source')) acting.add(a.name);
      }
    }
    const out = !named ? null : acting.size === 1 ? [...acting][0] : undefined;
    paragraphActing.set(q, out);
    return out;
  }

  /** The date of the fact that starts at `at`. */
  dateFor(at: number): string | null {
    const i = this.sentenceIndex(at);
    if (i < 0) return this.dateOf(null, null, spanAt(this.layout.paragraphs, at), at);
    let whole = this.wholeSentences[i];
    if (whole === undefined) this.wholeSentences[i] = whole = fullSentence(this.text, this.sentences, i);
    return this.dateOf(whole, this.sentences[i]!, spanAt(this.layout.paragraphs, at), at);
  }
}

/** Whether one of the spans starts at `at`. */
function startsAny(list: readonly Span[], at: number): boolean {
  for (let k = 0; k < list.length; k++) if (list[k]!.start === at) return true;
  return false;
}

export type { Actor };
