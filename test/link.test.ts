/**
 * The linker's corpus (src/link/corpus.ts): each example is one test, in the format of
 * the extractor corpora (src/extract/corpus.ts).
 */
import { describe, expect, it } from 'vitest';
import { corpus } from '../src/link/corpus.js';

describe(`${corpus.name} corpus (src/link/corpus.ts)`, () => {
  for (const [input, expected, note] of corpus.examples) {
    const want = expected === null ? [] : Array.isArray(expected) ? expected : [expected];
    it(`${JSON.stringify(input).slice(0, 80)}${note ? ` (${note})` : ''}`, () => {
      const got = corpus.run(input);
      expect(got).toHaveLength(want.length);
      want.forEach((w, i) => expect(got[i]).toMatchObject(w as object));
    });
  }
});
