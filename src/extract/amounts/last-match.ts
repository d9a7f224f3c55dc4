/**
 * The last match of a global regex in a string: what the rules mean by "the last verb before
 * the sum", "the nearest marker". The same as the last item of `s.matchAll(re)`, without the copy
 * of the regex that matchAll makes on every call (the rules ask for each sum of each report).
 */
export function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    last = m;
    if (m[0] === '') re.lastIndex++; // as matchAll does, step past an empty match
  }
  // a failed exec has set re.lastIndex back to 0
  return last;
}
