/**
 * Stage 1: bytes -> text (SPEC section 2.1).
 *
 * Order of evidence, strongest first:
 *  1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE), which is dropped;
 *  2. the NUL pattern of BOM-less UTF-16 (ASCII characters leave a 0x00 in every other byte);
 *  3. valid UTF-8 (a legacy-encoded Chinese text is practically never valid UTF-8);
 *  4. for HTML, the charset its <meta> or XML declaration names, checked against the bytes;
 *  5. otherwise each candidate encoding (GB18030, Big5, BOM-less UTF-16, and UTF-8 when the file
 *     is partly UTF-8) decodes a sample and the one whose text reads most like ordinary Chinese
 *     wins (see `readability`). This is what
 *     keeps GBK and Big5 apart: both accept most byte pairs, but only the right one turns them
 *     into common characters and punctuation rather than rare characters, kana and symbols.
 *
 * HTML (by file extension or by its look) is then reduced to the article's text (./html.ts).
 * Nothing here throws on bad input: invalid bytes become U+FFFD and a warning.
 */
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';
import type { EncodingT } from '../schema/record.js';
import type { Decoded } from './types.js';
import { COMMON_HAN } from './common-han.js';
import { CodeUnitScratch, fromCodeUnits } from './code-units.js';
import { htmlToText, looksLikeHtml, declaredCharset } from './html.js';

export interface DecodeHint {
  /** the file's path or name: `.html`/`.htm`/`.shtml`/`.xhtml` are read as HTML whatever they look like */
  path?: string;
}

/** How the encoding was chosen, for tests and `--explain`-style diagnostics. */
export type EncodingEvidence = 'bom' | 'utf16-nul-pattern' | 'valid-utf8' | 'mostly-utf8' | 'html-charset' | 'scored' | 'ascii';

export interface Detection {
  encoding: EncodingT;
  /** bytes of byte-order mark to skip */
  bomLength: number;
  evidence: EncodingEvidence;
  warnings: string[];
}

const HTML_EXT = /\.(html?|shtml|xhtml)$/i;

/**
 * iconv-lite (for GB18030 and Big5) is loaded when a legacy-encoded file first comes: it takes
 * tens of milliseconds to load, and most runs read UTF-8 only.
 */
let iconvLite: typeof Iconv | null = null;
const iconv = (): typeof Iconv => (iconvLite ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv);
const utf8Scratch = new CodeUnitScratch();
/** ICU's converter, in native code (Node is built with ICU; without it, the loop below does the work). */
const icuTranscode = process.versions.icu !== undefined ? transcode : null;

/**
 * Bytes already known to be valid UTF-8 as text. Any decoder gives the same text for valid
 * UTF-8 (test/decode.test.ts checks it); converting to UTF-16 with ICU and making the string
 * of that takes about a third of the time of Node's own UTF-8 decoding (TextDecoder and
 * Buffer#toString alike) on Chinese text.
 */
export function decodeValidUtf8(b: Uint8Array): string {
  if (icuTranscode) return icuTranscode(b, 'utf8', 'utf16le').toString('utf16le');
  return decodeValidUtf8InJs(b);
}

/** The same by a loop that need not check anything (still faster than Node's own decoding). */
export function decodeValidUtf8InJs(b: Uint8Array): string {
  const n = b.length;
  const u = utf8Scratch.take(n); // never more code units than bytes
  let o = 0;
  for (let i = 0; i < n; ) {
    const c = b[i]!;
    if (c < 0x80) {
      u[o++] = c;
      i++;
    } else if (c < 0xe0) {
      u[o++] = ((c & 0x1f) << 6) | (b[i + 1]! & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      u[o++] = ((c & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f);
      i += 3;
    } else {
      const cp = ((c & 0x07) << 18) | ((b[i + 1]! & 0x3f) << 12) | ((b[i + 2]! & 0x3f) << 6) | (b[i + 3]! & 0x3f);
      u[o++] = 0xd7c0 + (cp >> 10); // the high surrogate of cp: 0xd800 + ((cp - 0x10000) >> 10)
      u[o++] = 0xdc00 + (cp & 0x3ff);
      i += 4;
    }
  }
  return fromCodeUnits(u, o);
}

/** Candidate decodings are compared on this much of the file: enough to decide, cheap on big files. */
const SAMPLE_BYTES = 64 * 1024;

export function decode(bytes: Uint8Array, hint: DecodeHint = {}): Decoded {
  const detection = detect(bytes);
  const { text: raw, invalid } =
    detection.wholeFileDecodings?.get(detection.encoding) ??
    // bytes detect() found valid UTF-8 (no BOM) need not be validated again by decodeAs
    (detection.evidence === 'valid-utf8' || detection.evidence === 'ascii'
      ? { text: decodeValidUtf8(bytes), invalid: 0 }
      : decodeAs(bytes.subarray(detection.bomLength), detection.encoding));
  const warnings = [...detection.warnings];
  if (invalid > 0) {
    warnings.push(`${invalid} invalid byte sequence(s) for ${detection.encoding} replaced with U+FFFD`);
  }
  const isHtml = (hint.path !== undefined && HTML_EXT.test(hint.path)) || looksLikeHtml(raw);
  if (!isHtml) return { text: raw, encoding: detection.encoding, html: false, warnings };
  const reduced = htmlToText(raw);
  return { text: reduced.text, encoding: detection.encoding, html: true, warnings: [...warnings, ...reduced.warnings] };
}

/** Decodes the bytes (no BOM) in the given encoding; `invalid` counts the replaced sequences. */
export function decodeAs(bytes: Uint8Array, encoding: EncodingT): { text: string; invalid: number } {
  switch (encoding) {
    case 'utf-8': {
      // Valid UTF-8 (the common case) has nothing replaced; U+FFFD written in the file is text.
      if (isUtf8(bytes)) return { text: decodeValidUtf8(bytes), invalid: 0 };
      const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
      return { text, invalid: countReplacement(text) - countUtf8Replacement(bytes) };
    }
    case 'utf-16le':
    case 'utf-16be': {
      const even = bytes.length - (bytes.length % 2);
      const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes.subarray(0, even));
      return { text, invalid: countReplacement(text) + (bytes.length % 2) };
    }
    case 'gb18030':
    case 'big5': {
      const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
      return { text, invalid: countReplacement(text) };
    }
  }
}

export function detectEncoding(bytes: Uint8Array): Detection {
  const { wholeFileDecodings: _, ...detection } = detect(bytes);
  return detection;
}

type Decoding = ReturnType<typeof decodeAs>;

/** A detection, with the candidate decodings scoring made when its sample was the whole file (decode need not decode again). */
function detect(bytes: Uint8Array): Detection & { wholeFileDecodings?: Map<EncodingT, Decoding> } {
  const bom = byteOrderMark(bytes);
  if (bom) return { ...bom, evidence: 'bom', warnings: [] };

  // The common case, settled by native validation; utf8Validity counts only for files that are not valid UTF-8.
  // Valid UTF-8 with characters past ASCII is UTF-8 even with a few stray NULs: UTF-16 Chinese
  // text is not valid UTF-8 (a Han character's two bytes do not make a UTF-8 sequence), and a
  // short text with two NULs at even offsets would otherwise pass for UTF-16BE below.
  const valid = isUtf8(bytes);
  const ascii = valid && isAscii(bytes);
  if (valid && !ascii) return { encoding: 'utf-8', bomLength: 0, evidence: 'valid-utf8', warnings: [] };

  const utf16 = utf16FromNulPattern(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0, evidence: 'utf16-nul-pattern', warnings: [] };
  if (ascii) return { encoding: 'utf-8', bomLength: 0, evidence: 'ascii', warnings: [] };
  const utf8 = utf8Validity(bytes); // utf8.invalid > 0 from here on
  // A UTF-8 file with a few damaged bytes (a truncated download, one pasted legacy character)
  // is still UTF-8; the damage is reported by decodeAs.
  if (utf8.nonAscii >= 20 * utf8.invalid) return { encoding: 'utf-8', bomLength: 0, evidence: 'mostly-utf8', warnings: [] };

  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES));
  const candidates: EncodingT[] = ['gb18030', 'big5'];
  if (bytes.length % 2 === 0) candidates.push('utf-16le', 'utf-16be');
  const decodings = new Map<EncodingT, Decoding>();
  const scores = new Map<EncodingT, number>();
  const score = (enc: EncodingT): void => {
    const decoding = decodeAs(sample, enc);
    decodings.set(enc, decoding);
    // any even-length bytes decode as UTF-16 to some Han characters: without a BOM or NULs,
    // UTF-16 must read as ordinary Chinese to be believed
    const unbelievable = enc.startsWith('utf-16') && commonShare(decoding.text) < 0.3;
    scores.set(enc, unbelievable ? -Infinity : readability(decoding.text));
  };
  for (const enc of candidates) score(enc);
  // A UTF-8 file with a paragraph pasted in from a GBK page is still mostly UTF-8, so UTF-8 is a
  // candidate too (the first: it wins a tie), but only when it could win (see utf8ScoreBound):
  // the UTF-8 reading of a legacy file scores far below the right one and is not worth decoding.
  if (utf8.nonAscii > 0 && utf8ScoreBound(utf8) >= Math.max(...scores.values())) {
    score('utf-8');
    candidates.unshift('utf-8');
  }
  const best = candidates.reduce((a, b) => (scores.get(b)! > scores.get(a)! ? b : a));
  const whole = sample.length === bytes.length ? { wholeFileDecodings: decodings } : {};

  const declared = declaredCharset(latin1(sample.subarray(0, 4096)));
  if (declared) {
    const wanted = charsetToEncoding(declared);
    if (wanted && wanted !== 'utf-8' && scores.has(wanted)) {
      // The page's own word wins unless the bytes clearly say otherwise.
      const s = scores.get(wanted)!;
      const b = scores.get(best)!;
      if (wanted === best || s >= b * 0.67 - 5) return { encoding: wanted, bomLength: 0, evidence: 'html-charset', warnings: [], ...whole };
      return {
        ...whole,
        encoding: best,
        bomLength: 0,
        evidence: 'scored',
        warnings: [`the page declares charset ${declared} but its bytes read as ${best}; decoded as ${best}`],
      };
    }
    const warning =
      wanted !== null
        ? `the page declares charset ${declared} but its bytes do not read as ${wanted}; decoded as ${best}`
        : `the page declares charset ${declared}, which is not supported; decoded as ${best}`;
    return { encoding: best, bomLength: 0, evidence: 'scored', warnings: [warning], ...whole };
  }
  const warnings: string[] = [];
  if (scores.get(best)! <= 0) warnings.push(`encoding not recognised (not UTF-8, GB18030, Big5 or UTF-16 Chinese text); decoded as ${best}, text may be garbled`);
  return { encoding: best, bomLength: 0, evidence: 'scored', warnings, ...whole };
}

function byteOrderMark(b: Uint8Array): { encoding: EncodingT; bomLength: number } | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  // GB18030's own byte-order mark (U+FEFF encoded), seen from some Windows tools
  if (b.length >= 4 && b[0] === 0x84 && b[1] === 0x31 && b[2] === 0x95 && b[3] === 0x33) return { encoding: 'gb18030', bomLength: 4 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/**
 * BOM-less UTF-16 by its NUL bytes: ASCII characters (digits, punctuation, line ends) leave a
 * 0x00 at every odd offset in UTF-16LE and at every even offset in UTF-16BE; the other parity
 * holds far fewer (only characters such as 一 U+4E00 or the ideographic space U+3000 whose other
 * byte is 0). Binary files have NULs at both parities.
 */
export function utf16FromNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  if (bytes.subarray(0, n).indexOf(0) < 0) return null; // no NUL at all (a text file): both counts are 0
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const enough = Math.max(2, pairs * 0.02);
  if (odd >= enough && even * 4 <= odd) return 'utf-16le';
  if (even >= enough && odd * 4 <= even) return 'utf-16be';
  return null;
}

/** Counts well-formed non-ASCII UTF-8 sequences and invalid bytes in one pass. */
export function utf8Validity(b: Uint8Array): { nonAscii: number; invalid: number } {
  let nonAscii = 0;
  let invalid = 0;
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (c >= 0xc2 && c <= 0xdf) (need = 1), (min = 0x80);
    else if (c >= 0xe0 && c <= 0xef) (need = 2), (min = 0x800);
    else if (c >= 0xf0 && c <= 0xf4) (need = 3), (min = 0x10000);
    else {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= n) {
      // a sequence cut off by the end of the input
      invalid++;
      break;
    }
    let cp = c & (0x3f >> need);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const t = b[i + k]!;
      if ((t & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (t & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      nonAscii++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { nonAscii, invalid };
}

/**
 * The most `readability` can give the UTF-8 decoding of a sample of the file that `utf8Validity`
 * counted. Only a well-formed non-ASCII sequence decodes to a character that scores above 0,
 * and none scores above 1 (replacement characters, ASCII and astral characters score 0 or
 * less). A decoder that replaces bad bytes (TextDecoder) resumes where utf8Validity resumes
 * and so finds the very sequences it counts, in the sample (a prefix of the file) no more than
 * in the whole, but for one: utf8Validity stops at a sequence cut off by the end of the file,
 * where a two-byte sequence may still follow its lead byte.
 */
function utf8ScoreBound(counted: { nonAscii: number }): number {
  return counted.nonAscii + 1;
}

const CJK_PUNCT = new Set('，。、；：？！“”‘’（）《》〈〉【】—…·「」『』　');

/**
 * How much a decoded sample reads like Chinese text: common characters and Chinese punctuation
 * count for it; replacement characters, control characters, private-use and astral characters,
 * kana, Hangul, Greek, Cyrillic and box-drawing symbols (what a wrong decoding produces) against.
 * Rare Han characters and ASCII are neutral. This is the rule for one character (code point);
 * `readability` sums it through a table.
 */
export function charReadability(ch: string): number {
  return codePointReadability(ch.codePointAt(0)!, COMMON_HAN.has(ch) || CJK_PUNCT.has(ch));
}

/** The rule above for a code point, told whether it is a common character or Chinese punctuation. */
function codePointReadability(c: number, common: boolean): number {
  if (c < 0x80) return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d ? -1 : 0;
  if (common) return 1;
  if (c === 0xfffd) return -3;
  if (c >= 0x4e00 && c <= 0x9fff) return 0;
  if (c >= 0xff01 && c <= 0xff5e) return 0.5; // full-width ASCII
  if (
    c < 0xa0 || // C1 controls
    (c >= 0x370 && c <= 0x52f) || // Greek, Cyrillic
    (c >= 0x2500 && c <= 0x25ff) || // box drawing, blocks, shapes
    (c >= 0x3040 && c <= 0x30ff) || // kana
    (c >= 0x3130 && c <= 0x318f) || (c >= 0xac00 && c <= 0xd7af) || // Hangul
    (c >= 0xe000 && c <= 0xf8ff) || // private use
    (c >= 0xd800 && c <= 0xdfff) || // lone surrogates
    c > 0xffff
  ) return -1;
  return 0;
}

/**
 * charReadability of every BMP code unit, doubled so that it is a whole number (the scores are
 * halves), built on first use: scoring reads every character of a 64 KB sample several times.
 */
let doubledReadability: Int8Array | null = null;
function readabilityTable(): Int8Array {
  if (doubledReadability) return doubledReadability;
  const common = new Uint8Array(0x10000);
  for (const set of [COMMON_HAN, CJK_PUNCT]) for (const ch of set) if (ch.length === 1) common[ch.charCodeAt(0)] = 1;
  const t = new Int8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = codePointReadability(c, common[c] === 1) * 2;
  return (doubledReadability = t);
}

/** The sum of charReadability over the characters of a text (sums of halves are exact in floating point). */
export function readability(text: string): number {
  return twiceReadability(text) / 2;
}

/**
 * Twice readability(text), a whole number. (A loop of its own: with the halving after the
 * loop in the same function, the code compiled while the first long sample was being read
 * met the halving without having seen it run, and was thrown away at the end of every call.)
 */
function twiceReadability(text: string): number {
  const t = readabilityTable();
  let doubled = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    // a surrogate pair is one character, scored by its high half (see pairAt)
    doubled += t[text.charCodeAt(i)]!;
    i += pairAt(text, i);
  }
  return doubled;
}

/** Share of the characters of a text that are common Han characters or Chinese punctuation (score 1, nothing else scores 1). */
export function commonShare(text: string): number {
  const t = readabilityTable();
  let common = 0;
  let all = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    all++;
    if (t[text.charCodeAt(i)] === 2) common++; // (never a surrogate: an astral character is not common)
    i += pairAt(text, i);
  }
  return all === 0 ? 0 : common / all;
}

/**
 * 1 when a surrogate pair starts at `i`, else 0. The pair's character is astral, and no
 * common character or Chinese punctuation mark is (test/decode.test.ts checks it), so it
 * scores -1 like any surrogate code unit in the table: the loops above score it by its
 * high half and skip the low one. Branch-free on purpose: the pair is rare,
 * and an operation first reached after the loop was optimized threw the optimized code away
 * (a deoptimization per file that held one).
 */
function pairAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0; // (read past the end, charCodeAt cost a deoptimization)
  return ((c & 0xfc00) === 0xd800 ? 1 : 0) & ((d & 0xfc00) === 0xdc00 ? 1 : 0);
}

/** `gb2312`, `GBK`, `x-gbk`, `big5-hkscs`... -> the encoding we decode it with; null for others. */
export function charsetToEncoding(charset: string): EncodingT | null {
  const c = charset.trim().toLowerCase().replace(/_/g, '-');
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(c)) return 'utf-8';
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|csgb2312|chinese|iso-ir-58|gb-2312-80|gb-18030)$/.test(c)) return 'gb18030';
  if (/^(big5|big5-hkscs|x-x-big5|cp950|ms950|windows-950|csbig5|cn-big5)$/.test(c)) return 'big5';
  if (/^(utf-?16le|unicodefffe)$/.test(c)) return 'utf-16le';
  if (/^utf-?16(be)?$/.test(c)) return 'utf-16be';
  return null;
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

function countReplacement(s: string): number {
  // one loop: a wrong decoding can be U+FFFD nearly throughout, too many for indexOf calls
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0xfffd) n++;
  return n;
}

/** U+FFFD written in the file itself (EF BF BD) is text, not damage. */
function countUtf8Replacement(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(0xef); i >= 0 && i + 2 < b.length; i = b.indexOf(0xef, i + 1)) {
    if (b[i + 1] === 0xbf && b[i + 2] === 0xbd) n++;
  }
  return n;
}

/** Known binary formats by their magic numbers, in the order they are tried (all parts must match). */
const MAGIC_NUMBERS: { parts: [number, Uint8Array][]; what: string }[] = (
  [
    [[[0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]]], 'PNG image'],
    [[[0, [0xff, 0xd8, 0xff]]], 'JPEG image'],
    [[[0, 'GIF87a']], 'GIF image'],
    [[[0, 'GIF89a']], 'GIF image'],
    [[[0, 'RIFF'], [8, 'WEBP']], 'WebP image'],
    [[[0, '%PDF-']], 'PDF document; convert it to text first'],
    [[[0, [0x50, 0x4b, 0x03, 0x04]]], 'ZIP archive (or a .docx/.xlsx document); convert it to text first'],
    [[[0, [0x50, 0x4b, 0x05, 0x06]]], 'ZIP archive (or a .docx/.xlsx document); convert it to text first'],
    [[[0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]]], 'Microsoft Office document (.doc/.xls); convert it to text first'],
    [[[0, [0x1f, 0x8b]]], 'gzip archive'],
    [[[0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]]], '7z archive'],
    [[[0, 'Rar!']], 'RAR archive'],
    [[[0, [0x7f, 0x45, 0x4c, 0x46]]], 'executable (ELF)'],
    [[[0, 'SQLite format 3\0']], 'SQLite database'],
    [[[4, 'ftyp']], 'video or audio (MP4/MOV)'],
    [[[0, 'ID3']], 'audio file'],
    [[[0, 'OggS']], 'audio file'],
    [[[0, 'fLaC']], 'audio file'],
    [[[0, 'II*\0']], 'TIFF image'],
    [[[0, 'MM\0*']], 'TIFF image'],
    [[[0, [0x00, 0x61, 0x73, 0x6d]]], 'WebAssembly module'],
  ] as [[number, string | number[]][], string][]
).map(([parts, what]) => ({
  parts: parts.map(([at, sig]): [number, Uint8Array] => [at, typeof sig === 'string' ? Uint8Array.from(sig, (ch) => ch.charCodeAt(0)) : Uint8Array.from(sig)]),
  what,
}));

function startsWith(bytes: Uint8Array, sig: Uint8Array, at: number): boolean {
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

/**
 * Why these bytes are not a text report, or null when they may be one. Known binary formats
 * are named by their magic numbers; anything else with NUL bytes (that is not UTF-16) or many
 * control characters is binary.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const { parts, what } of MAGIC_NUMBERS) if (parts.every(([at, sig]) => startsWith(bytes, sig, at))) return what;

  // UTF-16 text, marked by its BOM or by the pattern of its NULs: bytes below 0x20 are halves of
  // its characters there (【 is 10 30 in UTF-16LE), not control characters
  if (byteOrderMark(bytes) || utf16FromNulPattern(bytes)) return null;
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) nul++;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) control++;
  }
  if (nul > 0) return 'NUL bytes';
  if (control > Math.max(8, n * 0.05)) return 'control characters';
  return null;
}
