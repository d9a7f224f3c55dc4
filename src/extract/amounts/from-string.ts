/** An ExtractContext for a bare string (corpus examples, the library API): layout and header, no tokens. */
import type { ExtractContext } from '../../pipeline/types.js';
import { buildLayout } from '../../text/layout.js';
import { extractHeader } from '../header/header.js';

export function contextFromString(text: string): ExtractContext {
  return { text, layout: buildLayout(text, extractHeader(text)), tokens: [] };
}
