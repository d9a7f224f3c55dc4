/** Calendar dates at day or month precision (SPEC 3, DateMention). STUB: to be written. */
import type { DateMention } from '../../schema/record.js';
import type { ExtractContext } from '../../pipeline/types.js';

export function extractDates(_ctx: ExtractContext): DateMention[] {
  return [];
}
