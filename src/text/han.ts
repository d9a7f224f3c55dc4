/** Whether a string is Han characters only (the pattern /^\p{Script=Han}+$/u). */
const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * The same answer as HAN_ONLY.test(s), settled without the pattern for the usual words:
 * every code point of the CJK Unified Ideographs block (U+4E00 to U+9FFF) is assigned and
 * of Han script, and no Han character lies below U+2E80. The union rules ask this of
 * every token they walk over, several times.
 */
export function hanOnly(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c < 0x2e80) return false;
    return HAN_ONLY.test(s); // other Han blocks, surrogate pairs, and the rest
  }
  return true;
}

/** Code points in the CJK Unified Ideographs block, U+4E00 to U+9FFF. */
const HAN_BLOCK = 0xa000 - 0x4e00;

/**
 * Two code units of that block as one integer below 2^30 (a small integer to V8, which a
 * Map keyed by it hashes without allocating a number or a string), or -1 when either is
 * outside it. Most words the segmenter returns and most runs the script converter meets
 * are two such characters.
 */
export function hanPairKey(first: number, second: number): number {
  const a = first - 0x4e00;
  const b = second - 0x4e00;
  return a >= 0 && a < HAN_BLOCK && b >= 0 && b < HAN_BLOCK ? a * HAN_BLOCK + b : -1;
}

/**
 * The codes of the characters of `chars` (UTF-16 code units), for the one-character tests
 * the rules make before a pattern: a character read as a code is a number, where `text[i]`
 * of a Chinese character is a new string each time, to be hashed for a Set.
 */
export function charCodes(chars: string): ReadonlySet<number> {
  const codes = new Set<number>();
  for (let i = 0; i < chars.length; i++) codes.add(chars.charCodeAt(i));
  return codes;
}

/**
 * A table of the characters `chars`, indexed by UTF-16 code unit (1 for each of them): for the
 * one-character tests the rules make over every character of a stretch of text or of a word,
 * where an element read is a fraction of the cost of a Set's look-up (64 KB a table).
 */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
