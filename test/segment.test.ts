/**
 * The segmenter cuts all spans of a document in one call and looks tags up in its
 * own copy of the dictionaries; this checks that it gives exactly what nodejieba's
 * tag() gives span by span (words, tags, offsets), on the reports and on odd text.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { segment, cutSpan } from '../src/pipeline/segment.js';
import { normalizedText } from '../src/pipeline/extract-document.js';
import { paragraphs, sentences } from '../src/text/layout.js';
import type { Span, Token } from '../src/pipeline/types.js';

const require = createRequire(import.meta.url);

/** What segment() must equal: nodejieba.tag() on each span, placed at its offsets. */
function reference(text: string, spans: Span[]): Token[] {
  cutSpan('工会', { start: 0, end: 2 }); // loads the segmenter (with our dictionaries) in this thread
  const jieba = require('nodejieba') as { tag(s: string): { word: string; tag: string }[] };
  const out: Token[] = [];
  for (const s of spans) {
    let pos = s.start;
    for (const { word, tag } of jieba.tag(text.slice(s.start, s.end))) {
      out.push({ word, tag, start: pos, end: pos + word.length });
      pos += word.length;
    }
  }
  return out;
}

/** A token as a plain object: the segmenter's tokens look their tag up when it is read. */
const plain = (tokens: Token[]): Token[] => tokens.map(({ word, tag, start, end }) => ({ word, tag, start, end }));

const reports = ['seeds', 'fixtures/reports']
  .filter(existsSync)
  .flatMap((d) => readdirSync(d).sort().map((n) => join(d, n)));

describe('segment', () => {
  it('equals nodejieba.tag sentence by sentence on every report', () => {
    let tokens = 0;
    for (const f of reports) {
      const text = normalizedText(readFileSync(f));
      const spans = sentences(text, paragraphs(text));
      const got = plain(segment(text, spans));
      expect(got, f).toEqual(reference(text, spans));
      tokens += got.length;
    }
    expect(tokens).toBeGreaterThan(1000);
  });

  it('equals nodejieba.tag on odd text: ASCII, digits, spaces, line ends, emoji, empty spans', () => {
    const pieces = ['工会', '总工会', '兰州市', '会宁县甘沟驿镇', '20余万元', '3.5', '1,100万', 'ABC', 'x1', '12a', ' ', '\n', ',', '、', '“', '》', '😀', '𠮷', '(', ')', '。', '的', '志愿者', '2020年1月23日', 'iPhone', '-', '4/5G'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), (parts, cuts) => {
        const text = parts.join('');
        // spans end between characters, never inside a surrogate pair
        const between = (i: number) => (/[\udc00-\udfff]/.test(text[i] ?? '') ? i - 1 : i);
        const points = [...new Set(cuts.map((c) => between(c % (text.length + 1))))].sort((a, b) => a - b);
        const spans: Span[] = [];
        let from = 0;
        for (const p of [...points, text.length]) {
          spans.push({ start: from, end: p });
          from = p;
        }
        expect(plain(segment(text, spans))).toEqual(reference(text, spans.filter((s) => s.end > s.start)));
      }),
      { numRuns: 300 },
    );
  });
});
