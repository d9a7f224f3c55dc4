/**
 * The union a passage is about: the one its article's headline names (`张掖甘州区总工会:
 * 筹措资金45万元...`, a report's title), else the one the article mentions most.
 */
import type { Layout, Span, UnionMention } from '../pipeline/types.js';

const inside = (s: Span, x: number) => x >= s.start && x < s.end;

export function articleAt(layout: Layout, at: number): Span {
  return layout.articles.find((a) => inside(a, at)) ?? { start: 0, end: Number.MAX_SAFE_INTEGER };
}

export function passageUnion(layout: Layout, mentions: readonly UnionMention[], at: number): string | null {
  const article = articleAt(layout, at);
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
