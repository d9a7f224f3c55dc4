/**
 * Duckling-style corpora: every extractor folder keeps a `corpus.ts` of positive
 * and negative examples next to its rules, and test/corpus.test.ts runs them all.
 *
 * One example is one line: `['20余万元', { value: 200000, approx: 'more_than' }]`.
 * - expected `null` or `[]`: the input must yield nothing (a negative example);
 * - one object: the input yields exactly one fact that has these properties;
 * - an array: the input yields exactly these facts, in order (each matched by its listed properties).
 */
export type Example<T> = readonly [input: string, expected: Partial<T> | readonly Partial<T>[] | null, note?: string];

export interface Corpus<T> {
  /** shown in the test name */
  name: string;
  /** runs the rules on one input string (the normalized text of a tiny report) */
  run: (input: string) => T[];
  examples: readonly Example<T>[];
}
