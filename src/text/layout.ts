/**
 * Document layout: paragraphs, sentences and articles of the normalized text.
 * Extractors and the linker read it; nothing here interprets facts.
 */
import type { Header, Layout, Span } from '../pipeline/types.js';

const SENTENCE_END = /[。！？!?；;]/;

export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const line = text.slice(start, i);
      const lead = line.length - line.trimStart().length;
      const trail = line.length - line.trimEnd().length;
      if (line.trim()) out.push({ start: start + lead, end: i - trail });
      start = i + 1;
    }
  }
  return out;
}

export function sentences(text: string, paras: Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paras) {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      if (SENTENCE_END.test(text[i]!)) {
        // keep a closing quote with its sentence: 。”
        let e = i + 1;
        while (e < p.end && /[”’」』)]/.test(text[e]!)) e++;
        out.push({ start: s, end: e });
        s = e;
        i = e - 1;
      }
    }
    if (s < p.end) out.push({ start: s, end: p.end });
  }
  return out;
}

export function detectRegion(text: string): Layout['region'] {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const hk = count(/香港|港元|港币|工联会|港九/g);
  const mo = count(/澳门|澳门元|澳元|葡币/g);
  const tw = count(/台湾|新台币|台北|高雄|台中|台南|劳工局|民国/g);
  const max = Math.max(hk, mo, tw);
  if (max < 2) return 'CN';
  return max === hk ? 'HK' : max === mo ? 'MO' : 'TW';
}

export function buildLayout(text: string, header: Header): Layout {
  const paras = paragraphs(text);
  return {
    header,
    articles: [{ start: header.bodyStart, end: text.length }],
    paragraphs: paras,
    sentences: sentences(text, paras),
    region: detectRegion(text),
  };
}
