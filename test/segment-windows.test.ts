/**
 * The union rules cut only each run of a union sentence up to its last suffix (windows.ts,
 * segmentWindows): the tokens must be exactly those that cutting the whole sentences gives
 * over the same text, on every report and on runs where a word could cross the suffix's end.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { segment, segmentWindows } from '../src/pipeline/segment.js';
import { normalizedText } from '../src/pipeline/extract-document.js';
import { buildLayout } from '../src/text/layout.js';
import { extractHeader } from '../src/extract/header/header.js';
import { sentencesNamingUnions, unionWindows } from '../src/extract/unions/unions.js';
import type { Token } from '../src/pipeline/types.js';

const reports = ['seeds', 'fixtures/reports']
  .filter(existsSync)
  .flatMap((d) => readdirSync(d).sort().map((n) => join(d, n)));

/** A token as a plain object: the segmenter's tokens look their tag up when it is read. */
const plain = (tokens: Token[]): Token[] => tokens.map(({ word, tag, start, end }) => ({ word, tag, start, end }));

/** The windows' tokens, and the whole sentences' tokens over the same stretches. */
function both(text: string): { got: Token[]; want: Token[] } {
  const layout = buildLayout(text, extractHeader(text));
  const windows = unionWindows(text, layout.sentences);
  const got = segmentWindows(text, windows);
  const covered = windows.map((w) => ({
    start: w.start,
    end: Math.max(w.start, ...got.filter((t) => t.start >= w.start && t.start < w.runEnd).map((t) => t.end)),
  }));
  const want = segment(text, sentencesNamingUnions(text, layout.sentences)).filter((t) => covered.some((c) => t.start >= c.start && t.start < c.end));
  return { got: plain(got), want: plain(want) };
}

describe('segmentWindows', () => {
  it('gives the tokens of the whole sentences on every report', () => {
    let tokens = 0;
    for (const f of reports) {
      const { got, want } = both(normalizedText(readFileSync(f)));
      expect(got, f).toEqual(want);
      tokens += got.length;
    }
    expect(tokens).toBeGreaterThan(1000);
  });

  it('cuts the whole run where a word may cross the end of the suffix, or 总 stands alone', () => {
    for (const text of [
      '白银市总工会会同市人社局慰问农民工。',
      '职工会员代表参加了工会会议,区总工会长期关注。',
      '市总向困难职工发放慰问金,全总以视频方式参加。',
      '会宁县甘沟驿镇总工会(筹)与内蒙古电力(集团)有限责任公司工会联合开展活动;A&B公司工会到场。',
    ]) {
      const { got, want } = both(text);
      expect(got, text).toEqual(want);
      expect(got.length, text).toBeGreaterThan(0);
    }
  });
});
