/**
 * Stage 3: Chinese word segmentation with nodejieba, loaded lazily (its dictionary
 * load costs about a second) and only asked to cut the sentences that need it.
 *
 * The user dictionary `src/dict/unions.utf8` holds union-name words so that names
 * such as 会宁县甘沟驿镇总工会 segment well; `--dict FILE` adds more.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span, Token } from './types.js';

const require = createRequire(import.meta.url);

interface Jieba {
  load(opts: { userDict?: string }): unknown;
  tag(s: string): { word: string; tag: string }[];
  insertWord(word: string, tag?: string): boolean;
}

/** The package root: the nearest folder above this module holding package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package root not found');
    dir = up;
  }
  return dir;
}

export const BUILTIN_DICT = join(packageRoot(), 'src', 'dict', 'unions.utf8');

let jieba: Jieba | null = null;
let extraDicts: string[] = [];

/** Extra user dictionaries (nodejieba format) to load with the built-in one. Call before the first cut. */
export function configureSegmenter(opts: { userDicts?: string[] }): void {
  for (const d of opts.userDicts ?? []) {
    // nodejieba aborts the process on a missing dictionary path: check first
    if (!existsSync(d)) throw new Error(`dictionary not found: ${d}`);
  }
  extraDicts = opts.userDicts ?? [];
  jieba = null;
}

function segmenter(): Jieba {
  if (!jieba) {
    const j = require('nodejieba') as Jieba;
    const base = join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict/user.dict.utf8');
    j.load({ userDict: [base, BUILTIN_DICT, ...extraDicts].join('|') });
    jieba = j;
  }
  return jieba;
}

/** Cuts text[span] with POS tags and returns tokens with offsets into `text`. */
export function cutSpan(text: string, span: Span): Token[] {
  const part = text.slice(span.start, span.end);
  const out: Token[] = [];
  let pos = span.start;
  for (const { word, tag } of segmenter().tag(part)) {
    const at = text.indexOf(word, pos);
    const start = at >= 0 && at < span.end ? at : pos;
    out.push({ word, tag, start, end: start + word.length });
    pos = start + word.length;
  }
  return out;
}

/** Cuts each span (sentences that may hold a fact) and returns all tokens in order. */
export function segment(text: string, spans: Span[]): Token[] {
  const out: Token[] = [];
  for (const s of spans) for (const t of cutSpan(text, s)) out.push(t);
  return out;
}
