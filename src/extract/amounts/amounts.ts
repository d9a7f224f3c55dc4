/** Sums of money (SPEC 3, Amount); union and date are left null for the linker. STUB: to be written. */
import type { Amount } from '../../schema/record.js';
import type { ExtractContext } from '../../pipeline/types.js';

export function extractAmounts(_ctx: ExtractContext): Amount[] {
  return [];
}
