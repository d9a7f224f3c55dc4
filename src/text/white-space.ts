/**
 * White space as the pattern /\s/ (and String.prototype.trim) sees it, for one UTF-16 code
 * unit. The layout trims every line and sentence it finds: testing the pattern on a
 * one-character string made a string per test (one for each Han character tested).
 */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d); // space, \t \n \v \f \r
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
