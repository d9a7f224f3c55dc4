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
import { type Level, levelOf, placeBase } from './vocabulary.js';

type Resolved = { phrase: Phrase; cluster: Cluster };

const inside = (s: Span, x: number) => x >= s.start && x < s.end;

/** Index of the first resolved phrase starting at or after `at` (the list in text order). */
function lowerBound(list: readonly { phrase: Span }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.phrase.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span starting at or after `at` (the list in text order). */
export function lowerBoundStart(list: readonly Span[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function articleOf(layout: Layout, at: number): Span {
  const k = lowerBoundStart(layout.articles, at + 1) - 1;
  const a = layout.articles[k];
  return a && inside(a, at) ? a : { start: 0, end: Number.MAX_SAFE_INTEGER };
}


/** A level word and a suffix alone (市总工会 after a list: 洛阳、南阳等市总工会) is no union's name ending. */
const BARE_LEVEL = /^(?:省|市|区|县|州|市州|自治区|自治州)(?:总工会|工会)$/;

/** The core of an organs' union name: 湖南省直机关, 长沙市级机关. */
const ORGANS_CORE = /[省市区县州](?:直|级)机关$/;

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

export function resolveUnions(text: string, layout: Layout, phrases: readonly Phrase[], places: PlaceIndex): UnionsFound {
  const region = layout.region;
  // (each phrase's form is worked out once: step 1 reads them again)
  const formOf = phrases.map((p) => namedForm(p, region));
  const forms = formOf.filter((f): f is NamedForm => f !== null);
  // a place's union with a level and no federation named (会宁县工会) is a union of its own
  const fedBase = (p: Extract<Phrase, { kind: 'place' }>) => placeBase(p.place);
  const federationForms = forms.filter((f) => f.suffix === '总工会');
  // (their place bases worked out once, not once per place phrase)
  const federationBases = federationForms.map((f) => placeBase(f.core));
  for (const p of phrases) {
    if (p.kind !== 'place' || p.level === null) continue;
    const base = fedBase(p);
    if (!federationForms.some((f, i) => federationBases[i] === base || f.core.endsWith(p.place))) {
      forms.push({ surface: p.surface, full: p.surface, core: p.place, suffix: '工会', written: true });
    }
  }
  const { clusters, clusterOf } = mergeForms(forms);
  // a federation's own name is a place too (平城区 in 平城区总工会), even one the segmenter did not know
  // (its phrase lies in text already cut, so the places there are known)
  for (const p of phrases) {
    if (p.kind !== 'name' || p.suffix !== '总工会') continue;
    const level = levelOf(p.core);
    if (!level) continue;
    const start = p.start + p.core.length - (p.pieces.at(-1)?.word.length ?? p.core.length);
    if (!places.foundInTokens(p.start, level) && !places.foundInTokens(start, level)) {
      places.add({ start: p.start, end: p.start + p.core.length, name: p.core, base: placeBase(p.core), level });
    }
  }
  places.seal();

  const resolved: Resolved[] = [];
  const references: UnionReference[] = [];
  const ref = (p: Phrase, kind: UnionReference['kind'], name: string | null) =>
    references.push({ start: p.start, end: p.end, surface: p.surface, kind, name });

  // 1. names, national forms, and places' unions
  for (let i = 0; i < phrases.length; i++) {
    const p = phrases[i]!;
    const f = formOf[i];
    if (f) {
      resolved.push({ phrase: p, cluster: clusterOf.get(f.full)! });
      continue;
    }
    if (p.kind === 'place') {
      const own = clusterOf.get(p.surface);
      const base = fedBase(p);
      const fed = own ?? clusters.find((c) => c.level !== null && (c.base === base || c.core === p.place || c.core.endsWith(p.place) || (base.length >= 2 && c.base !== null && c.base.endsWith(base))));
      if (fed) resolved.push({ phrase: p, cluster: fed });
      else ref(p, 'unresolved', null);
    }
    if (p.kind === 'hk') {
      const full = p.suffix === '工联总会' ? '工会联合总会' : '工会联合会';
      const fed = clusters.filter((c) => someFull(c, (n) => n.endsWith(full)));
      if (fed.length === 1) resolved.push({ phrase: p, cluster: fed[0]! });
      else {
        const c: Cluster = { name: p.surface, fulls: new Set([p.surface]), level: null, base: null, core: '' };
        clusters.push(c);
        clusterOf.set(p.surface, c);
        resolved.push({ phrase: p, cluster: c });
      }
    }
  }

  // 2. the union of a level that each article is about: named in its headline, else the most mentioned
  const headlines = layout.headlines ?? [];
  const named = [...resolved].sort((a, b) => a.phrase.start - b.phrase.start);
  const ownCache = new Map<string, Cluster | null>();
  const ownUnion = (article: Span, level: Level | '区县' | null): Cluster | null => {
    const key = `${article.start}|${level}`;
    if (!ownCache.has(key)) ownCache.set(key, computeOwn(article, level));
    return ownCache.get(key)!;
  };
  const computeOwn = (article: Span, level: Level | '区县' | null): Cluster | null => {
    const counts = new Map<Cluster, { n: number; headline: boolean; first: number }>();
    const heads = headlines.filter((h) => inside(article, h.start));
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
  };

  /** The union of `level` for a passage at `at`: the nearest preceding place of that level, else the article's own. */
  const unionOfLevel = (at: number, level: Level | '区县', self?: Span): Cluster | null | undefined => {
    const article = articleOf(layout, at);
    let nearest: Place | null = null;
    for (const lv of level === '区县' ? (['区', '县'] as const) : [level]) {
      // the last place of this level that starts before `at`, outside the phrase itself
      const pl = places.lastBefore(lv, at, article.start, self);
      if (pl && (!nearest || pl.start > nearest.start)) nearest = pl;
    }
    if (nearest) {
      const pl = nearest;
      return clusters.find((c) => federationOf(c, pl, level)) ?? null;
    }
    return ownUnion(article, level) ?? undefined;
  };

  // 3. bare abbreviations: 市总工会, 区总, 省总工会...
  for (const p of phrases) {
    if (p.kind !== 'bare') continue;
    const c = unionOfLevel(p.start, p.level, p);
    if (c) resolved.push({ phrase: p, cluster: c });
    else ref(p, 'unresolved', null);
  }

  // 3b. the organs' union of a place without the place (省直机关工会, 市直机关工会): the one of the place
  // of its level the passage is about, by the fullest form the report writes (organs.ts)
  const placeOfLevel = (at: number, level: Level, self: Span): { name: string; base: string } | null => {
    const article = articleOf(layout, at);
    const pl = places.lastBefore(level, at, article.start, self);
    if (pl) return pl;
    const own = ownUnion(article, level);
    return own && own.base !== null ? { name: own.core, base: own.base } : null;
  };
  for (const p of phrases) {
    if (p.kind !== 'organs') continue;
    const place = placeOfLevel(p.start, p.level, p);
    if (!place) {
      ref(p, 'unresolved', null);
      continue;
    }
    const written = clusters.find((c) => ORGANS_CORE.test(c.core) && c.core.slice(-4, -3) === p.surface[0] && (c.core.startsWith(place.name) || c.core.startsWith(place.base)));
    let c = written ?? clusterOf.get(p.surface);
    if (!c) {
      c = { name: p.surface, fulls: new Set([p.surface]), level: null, base: null, core: p.surface.slice(0, -2) };
      clusters.push(c);
      clusterOf.set(p.surface, c);
    }
    resolved.push({ phrase: p, cluster: c });
  }

  // 4. groups, anaphors and generic phrases: references for the linker
  const headOf = (p: Phrase, head: GroupHead): Cluster | null => {
    switch (head.by) {
      case 'place':
        return clusters.find((c) => federationOf(c, { name: head.place, base: placeBase(head.place) }, head.level)) ?? null;
      case 'level': {
        // 全区 in an autonomous region's report is the whole region
        if (head.level === '区' && /^(?:全|我|本)区/.test(p.surface)) {
          const region = ownUnion(articleOf(layout, p.start), '省');
          if (region && /自治区$|^(?:内蒙古|广西|西藏|宁夏|新疆)/.test(region.core)) return region;
        }
        return unionOfLevel(p.start, head.level) ?? null;
      }
      case 'national':
        return clusters.find((c) => c.name === NATIONAL) ?? null;
      case 'enterprise': {
        const article = articleOf(layout, p.start);
        const inArticle = new Set<Cluster>();
        for (let k = lowerBound(named, article.start); k < named.length && named[k]!.phrase.start < article.end; k++) inArticle.add(named[k]!.cluster);
        const companies = clusters.filter((c) => /集团|公司/.test(c.core) && inArticle.has(c));
        const top = companies.find((c) => /集团/.test(c.core)) ?? companies[0];
        return top ?? ownUnion(article, null);
      }
      case 'passage':
        return ownUnion(articleOf(layout, p.start), null);
    }
  };
  const sorted = [...resolved].sort((a, b) => a.phrase.start - b.phrase.start);
  const ownersOf = new Map<string, Cluster[]>();
  for (const p of phrases) {
    if (p.kind === 'group') ref(p, 'group', headOf(p, p.head)?.name ?? null);
    else if (p.kind === 'generic') {
      // the end of one union's name said alone (园区总工会 for 苏州工业园区总工会) names that union
      let owners = ownersOf.get(p.surface);
      if (!owners) {
        owners = p.surface.length >= 4 && !BARE_LEVEL.test(p.surface) ? clusters.filter((c) => someFull(c, (n) => n.length > p.surface.length && n.endsWith(p.surface))) : [];
        ownersOf.set(p.surface, owners);
      }
      if (owners.length === 1 && /^\p{Script=Han}+$/u.test(p.surface)) resolved.push({ phrase: p, cluster: owners[0]! });
      else ref(p, 'unresolved', null);
    }
    else if (p.kind === 'anaphor') {
      const article = articleOf(layout, p.start);
      let k = lowerBound(sorted, p.start) - 1;
      while (k >= 0 && sorted[k]!.phrase.end > p.start) k--;
      // 该行工会 points back to the last bank named, 该公司工会 to the last company...; else to the last union
      const kindOf = p.head ? headPattern(p.head) : null;
      let j = k;
      while (kindOf && j >= 0 && k - j < POINTER_REACH && inside(article, sorted[j]!.phrase.start) && !kindOf.test(sorted[j]!.cluster.name)) j--;
      const at = kindOf && j >= 0 && k - j < POINTER_REACH && inside(article, sorted[j]!.phrase.start) ? j : k;
      const last = at >= 0 && inside(article, sorted[at]!.phrase.start) ? sorted[at]! : null;
      ref(p, 'anaphor', last?.cluster.name ?? null);
    }
  }

  resolved.sort((a, b) => a.phrase.start - b.phrase.start);
  const mentions: UnionMention[] = resolved.map((r) => ({ start: r.phrase.start, end: r.phrase.end, surface: r.phrase.surface, name: r.cluster.name }));
  const unions: Union[] = [];
  const byName = new Map<string, UnionMention[]>();
  for (const m of mentions) {
    const list = byName.get(m.name);
    if (list) list.push(m);
    else byName.set(m.name, [m]);
  }
  for (const c of clusters) {
    const ms = byName.get(c.name) ?? [];
    byName.delete(c.name);
    if (ms.length === 0) continue;
    const aliases = [...new Set(ms.map((m) => m.surface))].filter((s) => s !== c.name);
    unions.push({ name: c.name, aliases, mentions: ms.length, start: ms[0]!.start });
  }
  unions.sort((a, b) => a.start - b.start);
  references.sort((a, b) => a.start - b.start);
  void text;
  return { unions, mentions, references };
}
