/**
 * Document layout: paragraphs, sentences and articles of the normalized text, and the
 * report's region. Extractors and the linker read it; nothing here interprets facts.
 * Every span points into the normalized text.
 */
import type { Header, Layout, Span } from '../pipeline/types.js';
import { cutSpan } from '../pipeline/segment.js';
import { lines, paragraphs } from './paragraphs.js';
import { findArticles } from './articles.js';
import { detectRegion } from './region.js';

export { paragraphs, lines } from './paragraphs.js';
export { detectRegion } from './region.js';

const SENTENCE_END = /[。！？!?；;]/;
const CLOSING = /[”’」』)）]/;

/** Sentences end at 。！？; (with a closing quote kept) or at the paragraph's end; line breaks inside a joined paragraph do not end one. */
export function sentences(text: string, paras: Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paras) {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      if (SENTENCE_END.test(text[i]!)) {
        let e = i + 1;
        while (e < p.end && (SENTENCE_END.test(text[e]!) || CLOSING.test(text[e]!))) e++;
        pushTrimmed(text, out, s, e);
        s = e;
        i = e - 1;
      }
    }
    if (s < p.end) pushTrimmed(text, out, s, p.end);
  }
  return out;
}

function pushTrimmed(text: string, out: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** Whether the segmenter reads a word across the break between two lines (`相关负|责人`). */
function wordAcross(a: string, b: string): boolean {
  const left = a.slice(-4);
  const s = left + b.slice(0, 4);
  // an unknown run (tag x) is the segmenter's guess, not a word it knows
  return cutSpan(s, { start: 0, end: s.length }).some((t) => t.tag !== 'x' && t.start < left.length && t.end > left.length);
}

export function buildLayout(text: string, header: Header): Layout {
  const paras = paragraphs(text, wordAcross);
  const { articles, headlines } = findArticles(text, paras, header.bodyStart);
  // the report's title line heads the first article even when the header sits between it and the body
  const title = lines(text)[0];
  if (title && !headlines.some((h) => h.start === title.start)) headlines.unshift(title);
  return {
    header,
    articles,
    headlines,
    paragraphs: paras,
    sentences: sentences(text, paras),
    region: detectRegion(text),
  };
}
