/**
 * Runs every extractor corpus (src/extract/<dimension>/corpus.ts) and the linker's
 * (src/link/corpus.ts): each example
 * is one test. See src/extract/corpus.ts for the format.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../src/extract/corpus.js';

const modules = import.meta.glob<{ corpus: Corpus<unknown> }>(['../src/extract/*/corpus.ts', '../src/link/corpus.ts'], {
  eager: true,
});

for (const [path, mod] of Object.entries(modules)) {
  const corpus = mod.corpus;
  describe(`${corpus.name} corpus (${path.replace('../', '')})`, () => {
    for (const [input, expected, note] of corpus.examples) {
      const want = expected === null ? [] : Array.isArray(expected) ? expected : [expected];
      it(`${JSON.stringify(input).slice(0, 80)}${note ? ` (${note})` : ''}`, () => {
        const got = corpus.run(input);
        expect(got).toHaveLength(want.length);
        want.forEach((w, i) => expect(got[i]).toMatchObject(w as object));
      });
    }
  });
}
