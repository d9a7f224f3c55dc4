/**
 * Stage 2, normalization: the fast paths give exactly what the plain composition gives.
 *
 * The reference below is normalize as it was first written: a global Unicode regex for pinyin
 * notes, opencc-js's own hk -> cn converter over the whole text, width folding by slices, two
 * regex replaces for line ends and spaces, and the changed share compared offset by offset.
 * Random mixes of Traditional phrases and characters (taken from the converter's own
 * dictionaries, so that long matches, overlapping keys and piece boundaries all occur),
 * Simplified text, pinyin notes, full-width forms, white space, astral characters, lone
 * surrogates and ideographic description characters must normalize the same both ways, and so
 * must the reports of the project.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';
import { normalize, removePinyinNotes, foldWidthAndSpaces, PINYIN_NOTE } from '../src/pipeline/normalize.js';
import { decode } from '../src/pipeline/decode.js';
import {
  countChangedHan,
  openccHkToCn,
  simplify,
  toSimplified,
  toSimplifiedWithoutFastPath,
} from '../src/pipeline/traditional-to-simplified.js';

// ---- the reference composition ----

function referenceFoldWidth(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let r = -1;
    if (c >= 0xff01 && c <= 0xff5e) r = c - 0xfee0;
    else if (c === 0x3000 || c === 0x00a0) r = 0x20;
    if (r >= 0) {
      out += s.slice(last, i) + String.fromCharCode(r);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

const referenceLines = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[ \t\f\v]+/g, ' ');

/** countChangedHan is the plain offset-by-offset rule itself (the fast path counts while converting; see the test of that below). */
function referenceChangedShare(before: string, after: string): number {
  const { han, hanChanged } = countChangedHan(before, after);
  return han === 0 ? 0 : hanChanged / han;
}

function referenceNormalize(decoded: string): { text: string; script: 'simplified' | 'traditional' } {
  const noPinyin = decoded.replace(PINYIN_NOTE, '$1');
  const simplified = openccHkToCn(noPinyin);
  const script = referenceChangedShare(noPinyin, simplified) > 0.03 ? 'traditional' : 'simplified';
  return { text: referenceLines(referenceFoldWidth(simplified)), script };
}

// ---- random texts ----

type Config = { normalizationChain: string[][]; segmentation: string[]; conversionChain: string[][] };
const hk2s = (OpenCC.Locale.configs as unknown as Record<string, Config>).hk2s!;
const dictionaries = [...hk2s.normalizationChain.flat(), ...hk2s.segmentation, ...hk2s.conversionChain.flat()];
const entries = dictionaries.flatMap((d) => d.split('|').map((e) => e.split(' ') as [string, string]));
/** every key and value of the converter's dictionaries: phrases, characters, astral characters */
const DICTIONARY_WORDS = [...new Set(entries.flat())];
const LONG_KEYS = entries.map(([k]) => k).filter((k) => [...k].length > 1);

const OTHER_PIECES = [
  '工会', '总工会', '职工', '万元', '慰问金', '志愿者', '2023年5月', '会(huì)', '資（zī）', '會(hui)', '(记者)', '（图）', '(abc)', 'A(ma)',
  '𠮷(jí)', '，', '。', '：', '（', '）', '！', '？', '０１２', 'ＡＢＣ', '　', '\u00a0', ' ', '  ', '\t', '\f', '\v', '\r', '\n', '\r\n',
  '\r\r\n', '𠮷', '𤋮', '\ud800', '\udc00', '\ud840', '⿰', '⿱木木', '⿲', '了', '于', '后', '里', '发', '干', '面', '的', '一',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DICTIONARY_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...LONG_KEYS) },
  { weight: 3, arbitrary: fc.constantFrom(...OTHER_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 3 }) },
);
const text = fc.array(piece, { maxLength: 60 }).map((ps) => ps.join(''));
/** texts without ideographic description characters: the ones the fast path converts itself */
const textWithoutIds = text.map((t) => t.replace(/[\u2ff0-\u2fff]/g, ''));

describe('Traditional -> Simplified', () => {
  it('gives what opencc-js gives, with and without the fast path', () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = openccHkToCn(t);
        expect(toSimplified(t)).toBe(expected);
        expect(toSimplifiedWithoutFastPath(t)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('every key of every dictionary, alone, in context and paired with the next key, converts as opencc-js converts it', () => {
    const words = DICTIONARY_WORDS;
    for (let i = 0; i < words.length; i++) {
      for (const t of [words[i]!, `发${words[i]}了`, words[i]! + words[(i + 1) % words.length]!]) {
        expect(toSimplified(t), t).toBe(openccHkToCn(t));
      }
    }
  });

  it('counts the changed Han characters offset by offset', () => {
    fc.assert(
      fc.property(textWithoutIds, (t) => {
        const s = simplify(t);
        const counts = { han: s.han, hanChanged: s.hanChanged };
        expect(counts).toEqual(countChangedHan(t, openccHkToCn(t)));
      }),
      { numRuns: 1000 },
    );
  });

  it('returns the same string when nothing changes, and the same answer for a text met again', () => {
    const simplified = '工会向职工发放慰问金10万元，志愿者120人参加。';
    expect(toSimplified(simplified)).toBe(simplified);
    const traditional = '總工會向職工發放慰問金，後來又組織了義工。';
    expect(toSimplified(traditional)).toBe(openccHkToCn(traditional));
    expect(toSimplified(traditional)).toBe(openccHkToCn(traditional));
  });
});

describe('normalize', () => {
  it('pinyin notes: the bracket scan finds what the global regex finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(removePinyinNotes(t)).toBe(t.replace(PINYIN_NOTE, '$1'));
      }),
      { numRuns: 2000 },
    );
  });

  it('width, line ends and spaces in one pass: the same as folding, then the two replaces', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(foldWidthAndSpaces(t)).toBe(referenceLines(referenceFoldWidth(t)));
      }),
      { numRuns: 2000 },
    );
  });

  it('random mixes normalize as the reference composition does', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(normalize(t)).toEqual(referenceNormalize(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('mostly Traditional and mostly Simplified texts get the reference script', () => {
    const mostly = (words: readonly string[]) => fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 80 }).map((w) => w.join(''));
    const traditional = mostly(LONG_KEYS);
    const simplified = mostly(['工会', '职工', '慰问', '发放', '组织', '志愿者', '元', '，', '。']);
    fc.assert(
      fc.property(fc.oneof(traditional, simplified), (t) => {
        expect(normalize(t)).toEqual(referenceNormalize(t));
      }),
      { numRuns: 500 },
    );
  });

  it('every report of the project normalizes as the reference composition does', () => {
    const root = join(import.meta.dirname, '..');
    const files = ['seeds', 'fixtures/reports', 'fixtures/encodings', 'fixtures/html'].flatMap((d) => {
      try {
        return readdirSync(join(root, d)).map((f) => join(root, d, f));
      } catch {
        return [];
      }
    });
    let n = 0;
    for (const f of files) {
      if (f.endsWith('.json')) continue;
      const decoded = decode(readFileSync(f), { path: f }).text;
      expect(normalize(decoded), f).toEqual(referenceNormalize(decoded));
      n++;
    }
    expect(n).toBeGreaterThan(50);
  });
});
