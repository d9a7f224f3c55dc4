/** Volunteer counts (SPEC 3, Volunteer); union and date are left null for the linker. STUB: to be written. */
import type { Volunteer } from '../../schema/record.js';
import type { ExtractContext } from '../../pipeline/types.js';

export function extractVolunteers(_ctx: ExtractContext): Volunteer[] {
  return [];
}
