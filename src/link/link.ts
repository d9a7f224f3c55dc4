/**
 * Linker: gives each amount and volunteer count the union that acts in its clause
 * or sentence and the date of the act (SPEC 3). STUB: to be written.
 */
import type { Amount, Volunteer } from '../schema/record.js';
import type { ExtractContext, Extracted } from '../pipeline/types.js';

export function link(_ctx: ExtractContext, found: Extracted): { amounts: Amount[]; volunteers: Volunteer[] } {
  return { amounts: found.amounts, volunteers: found.volunteers };
}
