/**
 * Turns the phrases of a report into unions, mentions and references (SPEC 3, Union):
 * written names and `X市总` forms make the entries; a bare `市总工会`/`省总` is the
 * union of that level of the nearest preceding place in the same article, else the
 * article's own union of that level; `贵州工会` is an alias of the place's federation;
 * a group stands for its head union; the rest refer to no named union.
 */
import type { Layout, Span, UnionMention, UnionReference, UnionsFound } from '../../pipeline/types.js';
import type { Union } from '../../schema/record.js';
import type { GroupHead, Phrase } from './classify.js';
import { type Cluster, NATIONAL, type NamedForm, mergeForms } from './merge.js';
import type { Place, PlaceIndex } from './places.js';
import { LEVEL_INDEX, type Level, levelOf, placeBase } from './vocabulary.js';
import { firstAtLeast, firstStartingFrom } from '../../text/search.js';
import { hanOnly } from '../../text/han.js';

type Resolved = { phrase: Phrase; cluster: Cluster };

const inside = (s: Span, x: number) => x >= s.start && x < s.end;

const phraseStart = (r: { phrase: Span }) => r.phrase.start;
/** Index of the first resolved phrase starting at or after `at` (the list in text order). */
const lowerBound = (list: readonly { phrase: Span }[], at: number) => firstAtLeast(list, at, phraseStart);

function articleOf(layout: Layout, at: number): Span {
  const k = firstStartingFrom(layout.articles, at + 1) - 1;
  const a = layout.articles[k];
  return a && inside(a, at) ? a : { start: 0, end: Number.MAX_SAFE_INTEGER };
}


/** A level word and a suffix alone (市总工会 after a list: 洛阳、南阳等市总工会) is no union's name ending. */
const BARE_LEVEL = /^(?:省|市|区|县|州|市州|自治区|自治州)(?:总工会|工会)$/;

/** The core of an organs' union name: 湖南省直机关, 长沙市级机关. */
const ORGANS_CORE = /[省市区县州](?:直|级)机关$/;

/** A small number for each level an article's own union is asked for (ownUnion's cache key): LEVEL_INDEX's, then 区县 and none. */
const OWN_LEVEL_INDEX: Readonly<Record<Level | '区县' | 'any', number>> = { ...LEVEL_INDEX, 区县: 6, any: 7 };

/** How many mentions back a pointer (`该公司工会`) looks for a body of its kind. */
const POINTER_REACH = 40;

/** The names a pointer back (`该行工会`, `该公司工会`) may point to, by the body word it uses. */
function headPattern(head: string): RegExp {
  if (/行$/.test(head)) return /银行|分行|支行|农商行|[工农中建交招]行/;
  if (/公司$/.test(head)) return /公司/;
  if (/集团/.test(head)) return /集团/;
  if (/校$/.test(head)) return /学校|学院|大学|中学|小学/;
  if (/院$/.test(head)) return /院/;
  if (head === '单位' || head === '企业' || head === '部') return /./;
  return new RegExp(head);
}

/** The named form a phrase stands for, when it names a union by its own name. */
function namedForm(p: Phrase, region: Layout['region']): NamedForm | null {
  if (p.kind === 'name') {
    return { surface: p.surface, full: p.full ?? p.core + p.suffix, core: p.core, suffix: p.suffix, written: p.full === undefined };
  }
  if (p.kind === 'national') {
    // on the mainland 全总 and 全国总工会 are 中华全国总工会; elsewhere (Taiwan) the report's own 全国总工会
    if (region === 'CN' || p.surface === '全总') return { surface: p.surface, full: NATIONAL, core: '中华全国', suffix: '总工会', written: p.surface !== '全总' };
    return { surface: p.surface, full: p.surface.replace(/^中华/, '') === '全国总工会' && p.surface !== NATIONAL ? '全国总工会' : p.surface, core: '全国', suffix: '总工会', written: true };
  }
  return null;
}

/** Whether one of a cluster's full names passes `test` (no array of them made per look-up). */
function someFull(c: Cluster, test: (full: string) => boolean): boolean {
  for (const n of c.fulls) if (test(n)) return true;
  return false;
}

/** Whether a cluster is the federation of a place of the given level. */
function federationOf(c: Cluster, place: { name: string; base: string }, level: Level | '区县'): boolean {
  if (!c.level) return false;
  const levelOk = level === '区县' ? c.level === '区' || c.level === '县' : c.level === level;
  if (!levelOk) return false;
  return c.base === place.base || c.core === place.name || c.core.endsWith(place.name) || (c.base !== null && c.base.endsWith(place.base) && place.base.length >= 2);
}

/**
 * (resolveUnions runs as a few small steps, not one huge function: V8 optimised the huge one
 * again and again in every worker, at a cost of milliseconds apiece.)
 */
export function resolveUnions(layout: Layout, phrases: readonly Phrase[], places: PlaceIndex): UnionsFound {
  // (each phrase's form is worked out once: step 1 reads them again)
  const formOf = phrases.map((p) => namedForm(p, layout.region));
  const forms = formOf.filter((f): f is NamedForm => f !== null);
  addPlaceUnions(phrases, forms);
  const { clusters, clusterOf } = mergeForms(forms);
  addFederationPlaces(phrases, places);
  places.seal();

  const r = new Resolution(layout, places, clusters, clusterOf);
  r.namesAndPlaces(phrases, formOf);
  r.sortNamed();
  r.bareAbbreviations(phrases);
  r.organs(phrases);
  r.groupsAndPointers(phrases);
  return r.collect();
}

/** A place's union with a level and no federation named (会宁县工会) is a union of its own. */
function addPlaceUnions(phrases: readonly Phrase[], forms: NamedForm[]): void {
  const federationForms = forms.filter((f) => f.suffix === '总工会');
  // (their place bases worked out once, not once per place phrase)
  const federationBases = federationForms.map((f) => placeBase(f.core));
  for (const p of phrases) {
    if (p.kind !== 'place' || p.level === null) continue;
    const base = placeBase(p.place);
    if (!federationForms.some((f, i) => federationBases[i] === base || f.core.endsWith(p.place))) {
      forms.push({ surface: p.surface, full: p.surface, core: p.place, suffix: '工会', written: true });
    }
  }
}

/**
 * A federation's own name is a place too (平城区 in 平城区总工会), even one the segmenter did not know
 * (its phrase lies in text already cut, so the places there are known).
 */
function addFederationPlaces(phrases: readonly Phrase[], places: PlaceIndex): void {
  for (const p of phrases) {
    if (p.kind !== 'name' || p.suffix !== '总工会') continue;
    const level = levelOf(p.core);
    if (!level) continue;
    const start = p.start + p.core.length - (p.pieces.at(-1)?.word.length ?? p.core.length);
    if (!places.foundInTokens(p.start, level) && !places.foundInTokens(start, level)) {
      places.add({ start: p.start, end: p.start + p.core.length, name: p.core, base: placeBase(p.core), level });
    }
  }
}

/** The phrases of one report as they are resolved, step by step, to clusters and references. */
class Resolution {
  readonly resolved: Resolved[] = [];
  readonly references: UnionReference[] = [];
  /** the resolved names in text order, as step 1 left them (the articles' own unions are counted over these) */
  named: Resolved[] = [];
  private readonly ownCache = new Map<number, Cluster | null>();
  private readonly headlines: readonly Span[];

  constructor(
    private readonly layout: Layout,
    private readonly places: PlaceIndex,
    private readonly clusters: Cluster[],
    private readonly clusterOf: Map<string, Cluster>,
  ) {
    this.headlines = layout.headlines ?? [];
  }

  private ref(p: Phrase, kind: UnionReference['kind'], name: string | null): void {
    this.references.push({ start: p.start, end: p.end, surface: p.surface, kind, name });
  }

  /** A new cluster of its own for a phrase no written name stands for. */
  private clusterFor(p: Phrase, core: string): Cluster {
    const c: Cluster = { name: p.surface, fulls: new Set([p.surface]), level: null, base: null, core };
    this.clusters.push(c);
    this.clusterOf.set(p.surface, c);
    return c;
  }

  /** 1. names, national forms, and places' unions */
  namesAndPlaces(phrases: readonly Phrase[], formOf: readonly (NamedForm | null)[]): void {
    for (let i = 0; i < phrases.length; i++) {
      const p = phrases[i]!;
      const f = formOf[i];
      if (f) {
        this.resolved.push({ phrase: p, cluster: this.clusterOf.get(f.full)! });
        continue;
      }
      if (p.kind === 'place') this.placeUnion(p);
      if (p.kind === 'hk') this.hkUnion(p);
    }
  }

  private placeUnion(p: Extract<Phrase, { kind: 'place' }>): void {
    const own = this.clusterOf.get(p.surface);
    const base = placeBase(p.place);
    const fed = own ?? this.clusters.find((c) => c.level !== null && (c.base === base || c.core === p.place || c.core.endsWith(p.place) || (base.length >= 2 && c.base !== null && c.base.endsWith(base))));
    if (fed) this.resolved.push({ phrase: p, cluster: fed });
    else this.ref(p, 'unresolved', null);
  }

  private hkUnion(p: Extract<Phrase, { kind: 'hk' }>): void {
    const full = p.suffix === '工联总会' ? '工会联合总会' : '工会联合会';
    const fed = this.clusters.filter((c) => someFull(c, (n) => n.endsWith(full)));
    if (fed.length === 1) this.resolved.push({ phrase: p, cluster: fed[0]! });
    else this.resolved.push({ phrase: p, cluster: this.clusterFor(p, '') });
  }

  /** 2. the union of a level that each article is about: named in its headline, else the most mentioned */
  sortNamed(): void {
    this.named = [...this.resolved].sort((a, b) => a.phrase.start - b.phrase.start);
  }

  private ownUnion(article: Span, level: Level | '区县' | null): Cluster | null {
    // (a number for the article and the level: no string made per look-up)
    const key = article.start * 8 + OWN_LEVEL_INDEX[level ?? 'any'];
    let own = this.ownCache.get(key);
    if (own === undefined) this.ownCache.set(key, (own = this.computeOwn(article, level)));
    return own;
  }

  private computeOwn(article: Span, level: Level | '区县' | null): Cluster | null {
    const named = this.named;
    const counts = new Map<Cluster, { n: number; headline: boolean; first: number }>();
    const heads = this.headlines.filter((h) => inside(article, h.start));
    for (let k = lowerBound(named, article.start); k < named.length && named[k]!.phrase.start < article.end; k++) {
      const r = named[k]!;
      if (level !== null && !(level === '区县' ? r.cluster.level === '区' || r.cluster.level === '县' : r.cluster.level === level)) continue;
      const e = counts.get(r.cluster) ?? { n: 0, headline: false, first: r.phrase.start };
      e.n++;
      if (heads.some((h) => inside(h, r.phrase.start))) e.headline = true;
      counts.set(r.cluster, e);
    }
    let best: Cluster | null = null;
    let score = -1;
    for (const [c, e] of counts) {
      const s = (e.headline ? 1000 : 0) + e.n;
      if (s > score) [best, score] = [c, s];
    }
    return best;
  }

  /** The union of `level` for a passage at `at`: the nearest preceding place of that level, else the article's own. */
  private unionOfLevel(at: number, level: Level | '区县', self?: Span): Cluster | null | undefined {
    const article = articleOf(this.layout, at);
    let nearest: Place | null = null;
    for (const lv of level === '区县' ? (['区', '县'] as const) : [level]) {
      // the last place of this level that starts before `at`, outside the phrase itself
      const pl = this.places.lastBefore(lv, at, article.start, self);
      if (pl && (!nearest || pl.start > nearest.start)) nearest = pl;
    }
    if (nearest) {
      const pl = nearest;
      return this.clusters.find((c) => federationOf(c, pl, level)) ?? null;
    }
    return this.ownUnion(article, level) ?? undefined;
  }

  /** 3. bare abbreviations: 市总工会, 区总, 省总工会... */
  bareAbbreviations(phrases: readonly Phrase[]): void {
    for (const p of phrases) {
      if (p.kind !== 'bare') continue;
      const c = this.unionOfLevel(p.start, p.level, p);
      if (c) this.resolved.push({ phrase: p, cluster: c });
      else this.ref(p, 'unresolved', null);
    }
  }

  private placeOfLevel(at: number, level: Level, self: Span): { name: string; base: string } | null {
    const article = articleOf(this.layout, at);
    const pl = this.places.lastBefore(level, at, article.start, self);
    if (pl) return pl;
    const own = this.ownUnion(article, level);
    return own && own.base !== null ? { name: own.core, base: own.base } : null;
  }

  /**
   * 3b. the organs' union of a place without the place (省直机关工会, 市直机关工会): the one of the place
   * of its level the passage is about, by the fullest form the report writes (organs.ts)
   */
  organs(phrases: readonly Phrase[]): void {
    for (const p of phrases) {
      if (p.kind !== 'organs') continue;
      const place = this.placeOfLevel(p.start, p.level, p);
      if (!place) {
        this.ref(p, 'unresolved', null);
        continue;
      }
      const written = this.clusters.find((c) => ORGANS_CORE.test(c.core) && c.core.slice(-4, -3) === p.surface[0] && (c.core.startsWith(place.name) || c.core.startsWith(place.base)));
      const c = written ?? this.clusterOf.get(p.surface) ?? this.clusterFor(p, p.surface.slice(0, -2));
      this.resolved.push({ phrase: p, cluster: c });
    }
  }

  private headOf(p: Phrase, head: GroupHead): Cluster | null {
    switch (head.by) {
      case 'place':
        return this.clusters.find((c) => federationOf(c, { name: head.place, base: placeBase(head.place) }, head.level)) ?? null;
      case 'level': {
        // 全区 in an autonomous region's report is the whole region
        if (head.level === '区' && /^(?:全|我|本)区/.test(p.surface)) {
          const region = this.ownUnion(articleOf(this.layout, p.start), '省');
          if (region && /自治区$|^(?:内蒙古|广西|西藏|宁夏|新疆)/.test(region.core)) return region;
        }
        return this.unionOfLevel(p.start, head.level) ?? null;
      }
      case 'national':
        return this.clusters.find((c) => c.name === NATIONAL) ?? null;
      case 'enterprise': {
        const named = this.named;
        const article = articleOf(this.layout, p.start);
        const inArticle = new Set<Cluster>();
        for (let k = lowerBound(named, article.start); k < named.length && named[k]!.phrase.start < article.end; k++) inArticle.add(named[k]!.cluster);
        const companies = this.clusters.filter((c) => /集团|公司/.test(c.core) && inArticle.has(c));
        const top = companies.find((c) => /集团/.test(c.core)) ?? companies[0];
        return top ?? this.ownUnion(article, null);
      }
      case 'passage':
        return this.ownUnion(articleOf(this.layout, p.start), null);
    }
  }

  /** 4. groups, anaphors and generic phrases: references for the linker */
  groupsAndPointers(phrases: readonly Phrase[]): void {
    const sorted = [...this.resolved].sort((a, b) => a.phrase.start - b.phrase.start);
    const ownersOf = new Map<string, Cluster[]>();
    for (const p of phrases) {
      if (p.kind === 'group') this.ref(p, 'group', this.headOf(p, p.head)?.name ?? null);
      else if (p.kind === 'generic') this.genericPhrase(p, ownersOf);
      else if (p.kind === 'anaphor') this.ref(p, 'anaphor', pointedTo(p, sorted, articleOf(this.layout, p.start)));
    }
  }

  /** The end of one union's name said alone (园区总工会 for 苏州工业园区总工会) names that union. */
  private genericPhrase(p: Phrase, ownersOf: Map<string, Cluster[]>): void {
    let owners = ownersOf.get(p.surface);
    if (!owners) {
      owners = p.surface.length >= 4 && !BARE_LEVEL.test(p.surface) ? this.clusters.filter((c) => someFull(c, (n) => n.length > p.surface.length && n.endsWith(p.surface))) : [];
      ownersOf.set(p.surface, owners);
    }
    if (owners.length === 1 && hanOnly(p.surface)) this.resolved.push({ phrase: p, cluster: owners[0]! });
    else this.ref(p, 'unresolved', null);
  }

  /** The unions, mentions and references, in text order. */
  collect(): UnionsFound {
    const { resolved, references, clusters } = this;
    resolved.sort((a, b) => a.phrase.start - b.phrase.start);
    // (loops that push, not map() and for-of: the arrays map() made came in other shapes from
    // report to report, and each new one deoptimized this function)
    const mentions: UnionMention[] = [];
    const byName = new Map<string, UnionMention[]>();
    for (let i = 0; i < resolved.length; i++) {
      const r = resolved[i]!;
      const m: UnionMention = { start: r.phrase.start, end: r.phrase.end, surface: r.phrase.surface, name: r.cluster.name };
      mentions.push(m);
      const list = byName.get(m.name);
      if (list) list.push(m);
      else byName.set(m.name, [m]);
    }
    const unions: Union[] = [];
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters[i]!;
      const ms = byName.get(c.name);
      if (!ms) continue;
      byName.delete(c.name);
      // each surface once, in the order first written, the union's own name left out
      const seen = new Set<string>();
      const aliases: string[] = [];
      for (let k = 0; k < ms.length; k++) {
        const s = ms[k]!.surface;
        if (seen.has(s)) continue;
        seen.add(s);
        if (s !== c.name) aliases.push(s);
      }
      unions.push({ name: c.name, aliases, mentions: ms.length, start: ms[0]!.start });
    }
    unions.sort((a, b) => a.start - b.start);
    references.sort((a, b) => a.start - b.start);
    return { unions, mentions, references };
  }
}

/**
 * The union a pointer back names: 该行工会 the last bank named, 该公司工会 the last company...;
 * else the last union named in its article. `sorted` are the resolved names in text order.
 */
function pointedTo(p: Extract<Phrase, { kind: 'anaphor' }>, sorted: readonly Resolved[], article: Span): string | null {
  let k = lowerBound(sorted, p.start) - 1;
  while (k >= 0 && sorted[k]!.phrase.end > p.start) k--;
  const kindOf = p.head ? headPattern(p.head) : null;
  let j = k;
  while (kindOf && j >= 0 && k - j < POINTER_REACH && inside(article, sorted[j]!.phrase.start) && !kindOf.test(sorted[j]!.cluster.name)) j--;
  const at = kindOf && j >= 0 && k - j < POINTER_REACH && inside(article, sorted[j]!.phrase.start) ? j : k;
  const last = at >= 0 && inside(article, sorted[at]!.phrase.start) ? sorted[at]! : null;
  return last?.cluster.name ?? null;
}
