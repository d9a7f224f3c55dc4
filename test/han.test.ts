import { describe, expect, it } from 'vitest';
import { charCodes, charTable, hanOnly, hanPairKey } from '../src/text/han.js';

describe('hanOnly', () => {
  it('answers as /^\\p{Script=Han}+$/u does', () => {
    const pattern = /^\p{Script=Han}+$/u;
    for (const s of ['工会', '总工会', '', 'a工会', '工会1', '〇', '㐀', '𠀀工', '工 会', '々', '⺀', '\u9fff', '\u4e00\u9fa5']) {
      expect(hanOnly(s), s).toBe(pattern.test(s));
    }
  });
});

describe('hanPairKey', () => {
  it('gives each pair of U+4E00..U+9FFF its own key, a small integer', () => {
    const seen = new Set<number>();
    for (const [a, b] of [[0x4e00, 0x4e00], [0x4e00, 0x9fff], [0x9fff, 0x4e00], [0x9fff, 0x9fff], [0x5de5, 0x4f1a], [0x4f1a, 0x5de5]]) {
      const k = hanPairKey(a!, b!);
      expect(Number.isInteger(k) && k >= 0 && k < 2 ** 30).toBe(true);
      expect(seen.has(k)).toBe(false);
      seen.add(k);
    }
  });
  it('is -1 when either code unit is outside the block', () => {
    for (const [a, b] of [[0x4dff, 0x4e00], [0x4e00, 0xa000], [0x41, 0x5de5], [0xd840, 0xdc00], [0x3002, 0x3002]]) {
      expect(hanPairKey(a!, b!)).toBe(-1);
    }
  });
});

describe('charCodes', () => {
  it('holds the code of each character of the string, and nothing else', () => {
    const codes = charCodes('向为、a');
    expect([...codes].sort((a, b) => a - b)).toEqual([0x61, 0x3001, 0x4e3a, 0x5411]);
  });
});

describe('charTable', () => {
  it('marks the code of each character of the string, and nothing else', () => {
    const table = charTable('向为、a');
    const marked: number[] = [];
    for (let c = 0; c < table.length; c++) if (table[c] !== 0) marked.push(c);
    expect(table.length).toBe(0x10000);
    expect(marked).toEqual([0x61, 0x3001, 0x4e3a, 0x5411]);
    expect(marked.every((c) => table[c] === 1)).toBe(true);
  });
});
