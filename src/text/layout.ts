/**
 * Document layout: paragraphs, sentences and articles of the normalized text, and the
 * report's region. Extractors and the linker read it; nothing here interprets facts.
 * Every span points into the normalized text.
 */
import type { Header, Layout, Span } from '../pipeline/types.js';
import { cutSpan, dictionaryWordMayCross } from '../pipeline/segment.js';
import { lines, paragraphs } from './paragraphs.js';
import { findArticles } from './articles.js';
import { detectRegion } from './region.js';
import { isWhiteSpace } from './white-space.js';

export { paragraphs, lines } from './paragraphs.js';
export { detectRegion } from './region.js';

const HAN = /\p{Script=Han}/u;

/** Words that ask: a clause holding one ends in a real question mark (`为何能以小投入换来大实惠?`). */
const ASKS = /吗|呢|么|为何|如何|何时|何处|何以|哪|谁|多少|是否|难道|怎|可否|能否|行不行|好不好|对不对|[是有能要好行对]不$/;

/**
 * Whether a `?` at `i` is a question mark. Normalization folds `？` to `?`, but web
 * captures also write `?` for a character lost in transcoding (`下?(xiàng)5万元`,
 * `严防死守?cái)[在`): that `?` sits inside a word, before a reading in brackets or a
 * run of pinyin. A question mark is followed by a closing quote, a line end, a space,
 * other punctuation or the end of the text; between two Han characters it is one only
 * when its clause asks something (`为何...大实惠?区总工会负责人介绍`).
 */
export function isQuestionMark(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next === undefined || next === '\n' || next === ' ' || closes(text.charCodeAt(i + 1)) || endsSentence(text.charCodeAt(i + 1))) return true;
  // a lost character with its reading kept: ?(xiàng), ?fù
  if (next === '(' || next === '（' || /[A-Za-zà-ÿāēīōūǎěǐǒǔǘǚǜńňǹ]/.test(next)) return false;
  const prev = text[i - 1] ?? '';
  if (!HAN.test(prev)) return true;
  const from = Math.max(text.lastIndexOf(',', i - 1), text.lastIndexOf('。', i - 1), text.lastIndexOf('\n', i - 1), text.lastIndexOf('“', i - 1), i - 30);
  return ASKS.test(text.slice(from + 1, i));
}

/** 。！？!?；; : the marks that end a sentence. */
function endsSentence(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b;
}

/** ”’」』)）: closing marks kept with the sentence they follow. */
function closes(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x29 || c === 0xff09;
}

/**
 * The marks that end a sentence (endsSentence), found by the regex engine's native scan rather
 * than by a loop over every character in JavaScript: a sentence mark is about one character in
 * fifty, and the loop read every character of every paragraph.
 */
const SENTENCE_MARK = /[。！？!?；;]/g;

/**
 * The offset of the first sentence mark of `text` at or after `from` (the text's length when
 * none), remembering the last answer: `sentences` asks from offsets that only grow, so each
 * character is scanned once. The remembered answer holds for any `from` between the offset it
 * was searched from and the mark it found.
 */
class SentenceMarks {
  private searchedFrom = 0;
  private found = -1;
  constructor(private readonly text: string) {}

  nextAt(from: number): number {
    if (from >= this.searchedFrom && from <= this.found) return this.found;
    SENTENCE_MARK.lastIndex = from;
    this.searchedFrom = from;
    this.found = SENTENCE_MARK.test(this.text) ? SENTENCE_MARK.lastIndex - 1 : this.text.length;
    return this.found;
  }
}

/** Sentences end at 。！？; (with a closing quote kept) or at the paragraph's end; line breaks inside a joined paragraph do not end one. */
export function sentences(text: string, paras: Span[]): Span[] {
  const out: Span[] = [];
  const marks = new SentenceMarks(text);
  for (const p of paras) {
    let s = p.start;
    for (let i = marks.nextAt(p.start); i < p.end; i = marks.nextAt(i)) {
      const c = text.charCodeAt(i);
      if (c === 0x3f && !isQuestionMark(text, i)) {
        i++;
        continue;
      }
      let e = i + 1;
      while (e < p.end && (endsSentence(text.charCodeAt(e)) || closes(text.charCodeAt(e)))) e++;
      pushTrimmed(text, out, s, e);
      s = i = e;
    }
    if (s < p.end) pushTrimmed(text, out, s, p.end);
  }
  return out;
}

/**
 * A sentence's span, as a class of its own: an object literal with `start` and `end` shares its
 * hidden class with every other span of the pipeline, and each time another module changed
 * that class (a field's representation or constness), the optimized `sentences` was thrown
 * away ("code dependencies") and compiled again.
 */
class SentenceSpan implements Span {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
}

function pushTrimmed(text: string, out: Span[], start: number, end: number): void {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push(new SentenceSpan(start, end));
}

/** Whether the segmenter reads a word across the break between two lines (`相关负|责人`). */
function wordAcross(a: string, b: string): boolean {
  const left = a.slice(-4);
  const s = left + b.slice(0, 4);
  // most breaks fall between two characters no dictionary word holds together: then any
  // word across is an unknown run (tag x), and the answer is no without cutting
  if (!dictionaryWordMayCross(s, left.length)) return false;
  // an unknown run (tag x) is the segmenter's guess, not a word it knows
  return cutSpan(s, { start: 0, end: s.length }).some((t) => t.tag !== 'x' && t.start < left.length && t.end > left.length);
}

export function buildLayout(text: string, header: Header): Layout {
  const paras = paragraphs(text, wordAcross);
  const { articles, headlines } = findArticles(text, paras, header.bodyStart);
  // the report's title line heads the first article even when the header sits between it and the body
  const title = lines(text, 1)[0];
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
