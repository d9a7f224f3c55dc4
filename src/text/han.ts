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
