/**
 * Stage 3: Chinese word segmentation with nodejieba, loaded lazily, once per thread,
 * by the first file that has a sentence to cut, and only asked to cut the sentences
 * that need it.
 *
 * Main dictionary: `src/dict/jieba.trimmed.utf8` (built by src/dict/trim-jieba-dict.mjs),
 * a third of nodejieba's own: it loads in about 0.35 s and 125 MB instead of 1.5 s
 * and 300 MB, and cuts union names and places the same way (bench/segment-agreement.mjs).
 * `EXTRACT_SEGMENTER_DICT=full` (or a path) selects another main dictionary, to compare.
 * nodejieba also loads keyword-extraction tables (a 6 MB idf list) that we never
 * use; the one-line files `src/dict/keywords-unused.*` stand in for them.
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
  load(opts: { dict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): unknown;
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

const DICT_DIR = join(packageRoot(), 'src', 'dict');
export const BUILTIN_DICT = join(DICT_DIR, 'unions.utf8');
const TRIMMED_MAIN_DICT = join(DICT_DIR, 'jieba.trimmed.utf8');
const UNUSED_IDF = join(DICT_DIR, 'keywords-unused.idf.utf8');
const UNUSED_STOP_WORDS = join(DICT_DIR, 'keywords-unused.stop.utf8');

/** The main dictionary to load: undefined is nodejieba's full one. */
function mainDict(): string | undefined {
  const choice = process.env.EXTRACT_SEGMENTER_DICT;
  if (choice === 'full') return undefined;
  if (choice) {
    if (!existsSync(choice)) throw new Error(`segmenter dictionary not found: ${choice}`);
    return choice;
  }
  return existsSync(TRIMMED_MAIN_DICT) ? TRIMMED_MAIN_DICT : undefined;
}

let jieba: Jieba | null = null;
let extraDicts: string[] = [];

/** Extra user dictionaries (nodejieba format) to load with the built-in one. Call before the first cut. */
export function configureSegmenter(opts: { userDicts?: string[] }): void {
  for (const d of opts.userDicts ?? []) {
    // nodejieba aborts the process on a missing dictionary path: check first
    if (!existsSync(d)) throw new Error(`dictionary not found: ${d}`);
  }
  const dicts = opts.userDicts ?? [];
  if (dicts.length === extraDicts.length && dicts.every((d, i) => d === extraDicts[i])) return; // no reload
  extraDicts = [...dicts];
  jieba = null;
}

function segmenter(): Jieba {
  if (!jieba) {
    const j = require('nodejieba') as Jieba;
    const base = join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict/user.dict.utf8');
    const small = existsSync(UNUSED_IDF) && existsSync(UNUSED_STOP_WORDS);
    j.load({
      dict: mainDict(),
      userDict: [base, BUILTIN_DICT, ...extraDicts].join('|'),
      ...(small ? { idfDict: UNUSED_IDF, stopWordDict: UNUSED_STOP_WORDS } : {}),
    });
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
    // tokens follow each other; search (within the span only) when one does not
    let start = pos;
    if (!text.startsWith(word, pos)) {
      const at = part.indexOf(word, pos - span.start);
      if (at >= 0) start = span.start + at;
    }
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
