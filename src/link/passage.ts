/**
 * The union a passage is about: the one its article's headline names (`张掖甘州区总工会:
 * 筹措资金45万元...`, a report's title), else the federation of a place the headline names
 * (`阿坝州:...`), else the one the article's body mentions most (the header's lines, which
 * name the outlet, do not count).
 */
import type { Layout, Span, UnionMention } from '../pipeline/types.js';
import { firstEndingAfter } from '../text/search.js';
import { placeBase } from '../extract/unions/vocabulary.js';

const inside = (s: Span, x: number) => x >= s.start && x < s.end;

/** The span in a list (in text order, not overlapping) that holds `at`. */
export function spanAt<T extends Span>(list: readonly T[], at: number): T | null {
  const s = list[firstEndingAfter(list, at)];
  return s && inside(s, at) ? s : null;
}

export function articleAt(layout: Layout, at: number): Span {
  return spanAt(layout.articles, at) ?? { start: 0, end: Number.MAX_SAFE_INTEGER };
}

/** The union each article is about, computed once per article. */
export function passageUnions(text: string, layout: Layout, mentions: readonly UnionMention[]): (at: number) => string | null {
  const cache = new Map<number, string | null>();
  return (at) => {
    const article = articleAt(layout, at);
    if (!cache.has(article.start)) cache.set(article.start, passageUnion(layout, mentions, article, text));
    return cache.get(article.start)!;
  };
}

/** How specific a federation's level is: a county's is more so than a province's. */
const LEVEL_RANK: Record<string, number> = { 省: 1, 自治区: 1, 市: 2, 州: 2, 自治州: 2, 盟: 2, 区: 3, 县: 3, 旗: 3, 镇: 4, 乡: 4, 街道: 4 };
const FEDERATION = /(自治区|自治州|省|市|州|盟|区|县|旗|镇|乡|街道)总工会$/;

/**
 * The federation whose place a headline names (`阿坝州:工会“娘家人”守护雪域职工` is about
 * 阿坝州总工会), the most local one when it names several; null when it names none.
 */
function federationOfHeadline(text: string, headline: Span, names: Iterable<string>): string | null {
  const line = text.slice(headline.start, headline.end);
  let best: string | null = null;
  let rank = 0;
  for (const name of names) {
    const m = FEDERATION.exec(name);
    if (!m) continue;
    const base = placeBase(name.slice(0, m.index + m[1]!.length));
    if (base.length >= 2 && line.includes(base) && LEVEL_RANK[m[1]!]! > rank) [best, rank] = [name, LEVEL_RANK[m[1]!]!];
  }
  return best;
}

function passageUnion(layout: Layout, mentions: readonly UnionMention[], article: Span, text: string): string | null {
  const headlines = (layout.headlines ?? []).filter((h) => inside(article, h.start));
  // the header's lines name the outlet (来源:四川省总工会), not what the article is about
  const inHeader = (m: UnionMention) => m.start < layout.header.bodyStart && !headlines.some((h) => inside(h, m.start));
  const here = mentions.filter((m) => inside(article, m.start) && !inHeader(m));
  const inHeadline = here.find((m) => headlines.some((h) => inside(h, m.start)));
  if (inHeadline) return inHeadline.name;
  const names = new Set(here.map((m) => m.name));
  for (const h of headlines) {
    const f = federationOfHeadline(text, h, names);
    if (f) return f;
  }
  const counts = new Map<string, number>();
  for (const m of here) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [name, c] of counts) if (c > n) [best, n] = [name, c];
  return best;
}
