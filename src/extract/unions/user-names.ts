/**
 * Union names the user knows (`--dict FILE`): in a nodejieba user dictionary (one
 * `word`, `word tag` or `word freq tag` per line), a word that ends in 工会, 总工会 or 工联会 is
 * a union's whole name, and any other word tagged `nt` (an organisation) is a name stem:
 * the stem followed by a union suffix is a union's whole name. The recognizer takes such a
 * name whole, wherever its own walk-back rules would start the name.
 */
import { readFileSync } from 'node:fs';
import type { KnownUnionNames } from '../../pipeline/types.js';
import type { Piece } from './name-span.js';

export type { KnownUnionNames };

const UNION_SUFFIX = /(?:工会|工联会)$/;

/** The union names and stems in the text of one or more user dictionaries. */
export function unionNamesFromDict(dictText: string): KnownUnionNames {
  const names = new Set<string>();
  const stems = new Set<string>();
  for (const raw of dictText.split(/\r?\n/)) {
    const fields = raw.replace(/^\uFEFF/, '').trim().split(/\s+/);
    const word = fields[0];
    if (!word) continue;
    const tag = fields.length >= 3 ? fields[2] : fields.length === 2 && !/^\d+$/.test(fields[1]!) ? fields[1] : undefined;
    if (UNION_SUFFIX.test(word)) names.add(word);
    else if (tag === 'nt' && word.length >= 2) stems.add(word);
  }
  return { names, stems };
}

/**
 * The start of the known name that ends with the union suffix at [at, end), the longest one;
 * null when none does. The name stays inside the sentence (from `from`).
 */
export function knownNameStart(text: string, from: number, at: number, end: number, known: KnownUnionNames): number | null {
  let best: number | null = null;
  for (const name of known.names) {
    const start = end - name.length;
    if (start >= from && start < at && (best === null || start < best) && text.startsWith(name, start)) best = start;
  }
  for (const stem of known.stems) {
    const start = at - stem.length;
    if (start >= from && (best === null || start < best) && text.startsWith(stem, start)) best = start;
  }
  return best;
}

/** The segmenter's pieces that lie inside the known name. */
export function piecesFrom(pieces: readonly Piece[], start: number): Piece[] {
  return pieces.filter((p) => p.start >= start);
}

const fromFiles = new Map<string, KnownUnionNames>();

/**
 * The union names in the user's dictionary files, read once per process for each list of
 * files; undefined when no file is given.
 */
export function unionNamesFromDictFiles(paths: readonly string[] | undefined): KnownUnionNames | undefined {
  if (!paths?.length) return undefined;
  const key = paths.join('\0');
  let known = fromFiles.get(key);
  if (!known) fromFiles.set(key, (known = unionNamesFromDict(paths.map((p) => readFileSync(p, 'utf8')).join('\n'))));
  return known;
}
