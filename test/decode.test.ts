/**
 * Stage 1, decoding: every supported encoding of the seeds decodes to the UTF-8 original and
 * gives the same extraction; GBK and Big5 are told apart even on a few characters; damaged
 * bytes give a warning, not a failure.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import {
  decode,
  decodeAs,
  decodeValidUtf8,
  decodeValidUtf8InJs,
  detectEncoding,
  binaryReason,
  charReadability,
  charsetToEncoding,
  commonShare,
  readability,
  utf16FromNulPattern,
  utf8Validity,
} from '../src/pipeline/decode.js';
import { looksLikeHtml } from '../src/pipeline/html.js';
import { COMMON_HAN } from '../src/pipeline/common-han.js';
import { normalize } from '../src/pipeline/normalize.js';
import { extractBytes } from '../src/pipeline/extract-document.js';
import type { ExtractRecord } from '../src/schema/record.js';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'fixtures/encodings');

interface Entry {
  file: string;
  source: string;
  encoding: string;
  damaged?: boolean;
}
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Entry[];

/** A record without what depends on how the bytes were stored. */
const facts = (r: ExtractRecord) => {
  const { file: _f, encoding: _e, warnings: _w, ...rest } = r;
  return rest;
};

describe('the seeds in every encoding (fixtures/encodings)', () => {
  for (const e of manifest.filter((m) => !m.damaged)) {
    it(`${e.file} decodes as ${e.encoding} to the UTF-8 original, with the same extraction`, () => {
      const bytes = readFileSync(join(DIR, e.file));
      const source = readFileSync(join(ROOT, e.source), 'utf8');
      const d = decode(bytes, { path: e.file });
      expect(d.encoding).toBe(e.encoding);
      expect(d.warnings).toEqual([]);
      expect(d.html).toBe(false);
      expect(d.text).toBe(source);
      expect(normalize(d.text)).toEqual(normalize(source));
      const fromEncoded = extractBytes(bytes, { file: e.file });
      const fromUtf8 = extractBytes(Buffer.from(source), { file: e.file });
      expect(fromEncoded.encoding).toBe(e.encoding);
      expect(facts(fromEncoded)).toEqual(facts(fromUtf8));
    });
  }

  for (const e of manifest.filter((m) => m.damaged)) {
    it(`${e.file}: damaged bytes are replaced and reported, the rest decodes`, () => {
      const bytes = readFileSync(join(DIR, e.file));
      const source = readFileSync(join(ROOT, e.source), 'utf8');
      const d = decode(bytes);
      expect(d.encoding).toBe(e.encoding);
      expect(d.warnings).toHaveLength(1);
      expect(d.warnings[0]).toMatch(/^\d+ invalid byte sequence\(s\) for .+ replaced with U\+FFFD$/);
      expect(d.text).toContain('\uFFFD');
      expect(d.text.startsWith(source.slice(0, 300))).toBe(true);
      // the text after the damage is intact too
      const tail = source.slice(-400, -50);
      expect(d.text).toContain(tail);
      expect(() => extractBytes(bytes, { file: e.file })).not.toThrow();
    });
  }
});

describe('GBK and Big5 are told apart', () => {
  // short texts are where a statistical detector (chardet) guesses wrong
  const simplified = [
    '工会',
    '总工会',
    '张三',
    '发放慰问金',
    '市总工会下拨资金20万元。',
    '区总工会为环卫工人送去清凉',
    '本报讯(记者 李明)近日,县总工会开展“送温暖”活动,慰问困难职工86户。',
    '志愿者',
  ];
  const traditional = [
    '工會',
    '總工會',
    '義工',
    '發放慰問金',
    '本會捐款港幣十萬元。',
    '台北市產業總工會發放慰問金',
    '勞工局補助每人新台幣3,000元,共計120萬元。',
    '志工服務隊',
  ];
  for (const s of simplified) {
    it(`GBK ${s}`, () => {
      const d = decode(iconv.encode(s, 'gbk'));
      expect(d.encoding).toBe('gb18030');
      expect(d.text).toBe(s);
    });
  }
  for (const s of traditional) {
    it(`Big5 ${s}`, () => {
      const d = decode(iconv.encode(s, 'big5'));
      expect(d.encoding).toBe('big5');
      expect(d.text).toBe(s);
    });
  }
  it('GB18030 four-byte characters (outside GBK) decode', () => {
    const s = '𠮷野家工会捐赠€500元';
    const d = decode(iconv.encode(s, 'gb18030'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(s);
  });
});

describe('byte-order marks and UTF-16', () => {
  const s = '市总工会筹集资金20余万元,招募志愿者100余人。';
  it('UTF-8 with BOM: the BOM is dropped', () => {
    const d = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]));
    expect(d).toEqual({ text: s, encoding: 'utf-8', html: false, warnings: [] });
  });
  it('UTF-16LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    expect(decode(le)).toMatchObject({ text: s, encoding: 'utf-16le' });
    expect(decode(be)).toMatchObject({ text: s, encoding: 'utf-16be' });
  });
  it('BOM-less UTF-16 by its NUL pattern', () => {
    const le = Buffer.from(s, 'utf16le');
    expect(utf16FromNulPattern(le)).toBe('utf-16le');
    expect(utf16FromNulPattern(Buffer.from(le).swap16())).toBe('utf-16be');
    expect(decode(Buffer.from(le).swap16())).toMatchObject({ text: s, encoding: 'utf-16be' });
  });
  it('BOM-less UTF-16 with no ASCII at all (no NULs) is still found by reading it', () => {
    const han = '工会组织广大职工积极参与疫情防控工作为基层职工送去慰问品';
    const le = Buffer.from(han, 'utf16le');
    expect(le.includes(0)).toBe(false);
    expect(decode(le)).toMatchObject({ text: han, encoding: 'utf-16le' });
    expect(decode(Buffer.from(le).swap16())).toMatchObject({ text: han, encoding: 'utf-16be' });
  });
  it('an odd trailing byte in UTF-16 is reported', () => {
    const b = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le'), Buffer.from([0x41])]);
    const d = decode(b);
    expect(d.text).toBe(s);
    expect(d.warnings.join()).toMatch(/invalid byte/);
  });
  it('plain ASCII is UTF-8', () => {
    expect(detectEncoding(Buffer.from('2020-04-10 18:59:42\n'))).toMatchObject({ encoding: 'utf-8', evidence: 'ascii' });
  });
  it('a U+FFFD written in a UTF-8 file is text, not damage', () => {
    const d = decode(Buffer.from('工会?\uFFFD资金'));
    expect(d.warnings).toEqual([]);
  });
});

describe('text that is none of the supported encodings', () => {
  it('Latin-1 text decodes with a warning rather than failing, and is not taken for UTF-16', () => {
    for (const s of ['Café résumé naïve façade — déjà vu, señor. Ça coûte 500 € à Zürich.', 'Café résumé naïve — 500 € à Zürich. Syndicat.\n']) {
      const d = decode(iconv.encode(s, 'latin1'));
      expect(d.encoding).not.toMatch(/utf-16/);
      expect(d.warnings.join(' ')).toMatch(/invalid byte|not recognised/);
    }
  });
  it('a UTF-8 file with a paragraph of GBK bytes pasted in stays UTF-8, the GBK part reported', () => {
    const utf8 = Buffer.from('市总工会发放慰问金20万元。\n'.repeat(20));
    const d = decode(Buffer.concat([utf8, iconv.encode('县总工会捐款5万元。\n', 'gbk')]));
    expect(d.encoding).toBe('utf-8');
    expect(d.text.startsWith(utf8.toString())).toBe(true);
    expect(d.warnings.join()).toMatch(/invalid byte sequence\(s\) for utf-8/);
  });
});

describe('HTML charset declarations', () => {
  const page = (charset: string, body: string) =>
    `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;
  const body = '白银市总工会为一线职工送去慰问金10万元。';
  it('meta gb2312 on GBK bytes', () => {
    const d = decode(iconv.encode(page('gb2312', body), 'gbk'));
    expect(d).toMatchObject({ encoding: 'gb18030', html: true });
    expect(d.text).toContain(body);
    expect(d.warnings).toEqual([]);
  });
  it('meta big5 on Big5 bytes', () => {
    const trad = '白銀市總工會為一線職工送去慰問金10萬元。';
    const d = decode(iconv.encode(page('big5', trad), 'big5'));
    expect(d).toMatchObject({ encoding: 'big5', html: true });
    expect(d.text).toContain(trad);
  });
  it('a page that says gbk but was re-saved as UTF-8 is read as UTF-8', () => {
    const d = decode(Buffer.from(page('gbk', body)));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain(body);
  });
  it('a page that says big5 but holds GBK bytes is read as GBK, with a warning', () => {
    const long = body.repeat(5) + '各级工会组织认真贯彻落实,团结动员广大职工积极有序参与疫情防控工作。';
    const d = decode(iconv.encode(page('big5', long), 'gbk'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain(long);
    expect(d.warnings.join()).toMatch(/declares charset big5/);
  });
  it('charset names', () => {
    expect(charsetToEncoding('GB2312')).toBe('gb18030');
    expect(charsetToEncoding('x-gbk')).toBe('gb18030');
    expect(charsetToEncoding('Big5-HKSCS')).toBe('big5');
    expect(charsetToEncoding('UTF8')).toBe('utf-8');
    expect(charsetToEncoding('iso-8859-1')).toBeNull();
  });
});

describe('binary content', () => {
  it('names known formats by their magic numbers', () => {
    expect(binaryReason(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).toBe('PNG image');
    expect(binaryReason(Buffer.from('ffd8ffe000104a464946', 'hex'))).toBe('JPEG image');
    expect(binaryReason(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toMatch(/^PDF document/);
    expect(binaryReason(Buffer.from('504b0304140006000800', 'hex'))).toMatch(/^ZIP archive/);
    expect(binaryReason(Buffer.from('d0cf11e0a1b11ae10000', 'hex'))).toMatch(/Office document/);
  });
  it('NUL bytes that are not UTF-16', () => {
    expect(binaryReason(Buffer.from([0x61, 0, 0, 0x62, 0x63, 0, 0x64, 0, 0, 0, 0x20, 0x20]))).toBe('NUL bytes');
  });
  it('text in any supported encoding is not binary', () => {
    const s = '市总工会筹集资金20余万元,招募志愿者100余人。\n';
    for (const b of [
      Buffer.from(s),
      Buffer.from(s, 'utf16le'),
      Buffer.from(s, 'utf16le').swap16(),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]),
      iconv.encode(s, 'gb18030'),
      iconv.encode('本會捐款港幣十萬元。', 'big5'),
    ]) {
      expect(binaryReason(b)).toBeNull();
    }
  });
});

describe('the fast paths give what the plain ones give', () => {
  /** any string, astral characters and lone surrogates included */
  const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('工', '會', '，', 'a', '\r', '𠮷', '\ufffd', '\ud800', '\udc00'), fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c))), maxLength: 200 });
  /** valid UTF-8 of any text, or such bytes with some of them changed, cut or doubled */
  const bytes = fc.oneof(
    anyText.map((t) => new Uint8Array(Buffer.from(t, 'utf8'))),
    fc.tuple(anyText, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.nat()).map(([t, edits, cut]) => {
      const b = Buffer.from(t, 'utf8');
      for (const [at, v] of edits) if (b.length) b[at % b.length] = v;
      return new Uint8Array(b.subarray(0, b.length ? cut % (b.length + 1) : 0));
    }),
    fc.uint8Array({ maxLength: 64 }),
  );

  /** decodeAs('utf-8') as first written: a lenient TextDecoder, and the U+FFFD it made that the file did not hold */
  function plainUtf8(b: Uint8Array): { text: string; invalid: number } {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(b);
    const inText = [...text].filter((c) => c === '\ufffd').length;
    let inFile = 0;
    for (let i = 0; i + 2 < b.length; i++) if (b[i] === 0xef && b[i + 1] === 0xbf && b[i + 2] === 0xbd) inFile++;
    return { text, invalid: inText - inFile };
  }

  it('UTF-8: native validation agrees with utf8Validity, and the evidence is as it was', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const v = utf8Validity(b);
        const d = detectEncoding(b);
        if (v.invalid === 0 && d.evidence !== 'bom' && d.evidence !== 'utf16-nul-pattern') {
          expect(d).toEqual({ encoding: 'utf-8', bomLength: 0, evidence: v.nonAscii === 0 ? 'ascii' : 'valid-utf8', warnings: [] });
        }
        if (v.invalid > 0) expect(['ascii', 'valid-utf8']).not.toContain(d.evidence);
      }),
      { numRuns: 3000 },
    );
  });

  it('UTF-8: decodeAs and decodeValidUtf8 give the text and the count of a lenient TextDecoder', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        expect(decodeAs(b, 'utf-8')).toEqual(plainUtf8(b));
        if (utf8Validity(b).invalid === 0) {
          const expected = new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
          expect(decodeValidUtf8(b)).toBe(expected);
          expect(decodeValidUtf8InJs(b)).toBe(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('UTF-8: a byte-order mark inside the bytes given is kept as text, as TextDecoder keeps it with ignoreBOM', () => {
    for (const b of [[0xef, 0xbb, 0xbf, 0x41], [0x41, 0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]]) {
      const bytes = new Uint8Array(b);
      expect(decodeValidUtf8(bytes)).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    }
    // and a file of two BOMs loses only the first
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41])).text).toBe('\ufeffA');
  });

  it('readability and commonShare: the table gives the sum of the per-character rule', () => {
    const plainReadability = (t: string) => [...t].reduce((s, ch) => s + charReadability(ch), 0);
    const plainCommonShare = (t: string) => {
      const chars = [...t];
      return chars.length === 0 ? 0 : chars.filter((ch) => charReadability(ch) === 1).length / chars.length;
    };
    fc.assert(
      fc.property(anyText, (t) => {
        expect(readability(t)).toBe(plainReadability(t));
        expect(commonShare(t)).toBe(plainCommonShare(t));
      }),
      { numRuns: 3000 },
    );
    // every BMP code unit once
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    for (const ch of all) expect(readability(ch), ch.charCodeAt(0).toString(16)).toBe(charReadability(ch));
    // the loops score a surrogate pair by its high half: right while no common character is astral
    for (const ch of COMMON_HAN) expect(ch.length).toBe(1);
    expect(readability('\u{20000}\u{1f600}')).toBe(-2);
  });

  it('legacy encodings: the scoring decodings a small file reuses are the decoding of the whole file', () => {
    const han = fc.constantFrom(...'工会总職工會慰问金發放志愿者義工万元，。：（）　'.split(''));
    const text = fc.string({ unit: fc.oneof(han, fc.constantFrom('a', '1', ' ', '\n')), minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(text, fc.constantFrom('gbk', 'big5', 'gb18030'), (t, enc) => {
        const b = new Uint8Array(iconv.encode(t, enc));
        const d = detectEncoding(b);
        const decoded = decode(b, { path: 'x.txt' });
        const plain = decodeAs(b.subarray(d.bomLength), d.encoding);
        expect(decoded.text).toBe(plain.text);
        expect(decoded.encoding).toBe(d.encoding);
      }),
      { numRuns: 300 },
    );
  });

  it("looksLikeHtml: text without '<' in its first 8192 characters is never HTML", () => {
    expect(looksLikeHtml('工会'.repeat(5000) + '<html><body><p>a</p></body></html>')).toBe(false);
    expect(looksLikeHtml('<!doctype html><p>工会</p>')).toBe(true);
    expect(looksLikeHtml('\ufeff  <html>')).toBe(true);
  });
});

describe('UTF-16 without a BOM, and stray NULs in UTF-8', () => {
  it('reads the BOM-less UTF-16 fixtures as text, not binary (their bytes below 0x20 are halves of characters)', () => {
    for (const name of ['002.utf16le.txt', '004.utf16be.txt']) expect(binaryReason(readFileSync(join(DIR, name))), name).toBeNull();
  });
  it('keeps valid UTF-8 with characters past ASCII as UTF-8, whatever NULs it holds', () => {
    const bytes = new TextEncoder().encode('1月\u0000 \u0000市总工会');
    expect(decode(bytes).encoding).toBe('utf-8');
    expect(decode(bytes).text).toBe('1月\u0000 \u0000市总工会');
  });
});
