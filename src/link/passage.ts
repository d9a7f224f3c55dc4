/**
 * The union a passage is about: the one its article's headline names (`张掖甘州区总工会:
 * 筹措资金45万元...`, a report's title), else the one the article mentions most.
 */
import type { Layout, Span, UnionMention } from '../pipeline/types.js';

const inside = (s: Span, x: number) => x >= s.start && x < s.end;

/** The span in a list (in text order, not overlapping) that holds `at`, by binary search. */
export function spanAt<T extends Span>(list: readonly T[], at: number): T | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const s = list[lo];
  return s && inside(s, at) ? s : null;
}

export function articleAt(layout: Layout, at: number): Span {
  return spanAt(layout.articles, at) ?? { start: 0, end: Number.MAX_SAFE_INTEGER };
}

/** The union each article is about, computed once per article. */
export function passageUnions(layout: Layout, mentions: readonly UnionMention[]): (at: number) => string | null {
  const cache = new Map<number, string | null>();
  return (at) => {
    const article = articleAt(layout, at);
    if (!cache.has(article.start)) cache.set(article.start, passageUnion(layout, mentions, article));
    return cache.get(article.start)!;
  };
}

function passageUnion(layout: Layout, mentions: readonly UnionMention[], article: Span): string | null {
  const here = mentions.filter((m) => inside(article, m.start));
  const headlines = (layout.headlines ?? []).filter((h) => inside(article, h.start));
  const inHeadline = here.find((m) => headlines.some((h) => inside(h, m.start)));
  if (inHeadline) return inHeadline.name;
  const counts = new Map<string, number>();
  for (const m of here) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [name, c] of counts) if (c > n) [best, n] = [name, c];
  return best;
}
