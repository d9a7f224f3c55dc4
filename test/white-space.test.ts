import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../src/text/white-space.js';

describe('isWhiteSpace', () => {
  it('is /\\s/ for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isWhiteSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
