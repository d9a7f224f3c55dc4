/**
 * Paragraphs of the normalized text: non-empty lines, with a line that was broken
 * in the middle of a sentence (`先后到4个社\n\n区(村)协助`, `相关负\n\n责人介绍`)
 * joined to the line that continues it. Spans point into the text; nothing is copied.
 */
import type { Span } from '../pipeline/types.js';
import { isWhiteSpace } from './white-space.js';

/** Punctuation that closes a sentence (a line ending in one is complete). */
const CLOSES = '。！？!?；;…”’」』》)]】';
/** Punctuation after which a sentence must go on. */
const OPENS = ',，、:：“‘「『《([【—-';

/**
 * Whether the line's last code unit is one of `marks` (single code units). Read off the
 * end: a pattern anchored at the end, such as /[。！？]$/, is tried at every character of
 * the line, and every line of every report is asked.
 */
function endsWithOneOf(line: string, marks: string): boolean {
  return line.length > 0 && marks.indexOf(line[line.length - 1]!) >= 0;
}
const HAN = /\p{Script=Han}/u;
/** Lines that start a new block of their own, never the tail of a broken sentence. */
const BLOCK_START = /^(?:□|■|◆|●|★|·|【|\d+[.、]|[一二三四五六七八九十]+、|本报讯|本报[^\s,]{0,8}[讯电]|编辑|责任编辑|相关|广告|来源|上一篇|下一篇)/;

/** Non-empty lines, trimmed (the first `limit` of them). */
export function lines(text: string, limit = Infinity): Span[] {
  const out: Span[] = [];
  for (let start = 0; start <= text.length && out.length < limit; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // trimmed in place: slicing and trimming each line cost more than finding the lines
    let a = start;
    let b = end;
    while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
    while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
    start = end + 1;
  }
  return out;
}

/** Number of sentence or clause marks inside a line: body text has them, headlines rarely. */
function marks(s: string): number {
  return (s.match(/[,，。;；、]/g) ?? []).length;
}

function unclosed(s: string, open: string, close: string): boolean {
  return s.lastIndexOf(open) > s.lastIndexOf(close);
}

/**
 * Whether `next` continues the sentence that `line` leaves open.
 * `wordAcross(a, b)` tells whether a word runs across the break (the segmenter's view);
 * it is asked only when the shape of the lines does not decide.
 */
export function continues(line: string, next: string, wordAcross?: (a: string, b: string) => boolean): boolean {
  if (endsWithOneOf(line, CLOSES) || BLOCK_START.test(next)) return false;
  if (!HAN.test(next[0] ?? '') && !/^[\d(（“]/.test(next)) return false;
  if (/^——/.test(line)) return false; // a subtitle
  if (endsWithOneOf(line, OPENS)) return line.length >= 8 && marks(line) > 0;
  // a title in 《》 or a quotation left open runs on
  if (unclosed(line, '《', '》') || unclosed(line, '“', '”')) return true;
  if (!HAN.test(line.at(-1) ?? '')) return false;
  // a long line with clause marks that stops without closing was cut short
  if (line.length >= 30 && marks(line) >= 2) return true;
  return wordAcross ? wordAcross(line, next) : false;
}

/** Paragraphs: lines, with broken sentences joined across line breaks and blank lines. */
export function paragraphs(text: string, wordAcross?: (a: string, b: string) => boolean): Span[] {
  const ls = lines(text);
  const out: Span[] = [];
  for (let i = 0; i < ls.length; i++) {
    const cur = { start: ls[i]!.start, end: ls[i]!.end };
    while (i + 1 < ls.length) {
      const next = ls[i + 1]!;
      const tail = text.slice(ls[i]!.start, ls[i]!.end);
      if (!continues(tail, text.slice(next.start, next.end), wordAcross)) break;
      cur.end = next.end;
      i++;
    }
    out.push(cur);
  }
  return out;
}
