/**
 * Title, publication date and source from the report's header lines (SPEC 3, publishedAt and source).
 * STUB: to be written.
 */
import type { Header } from '../../pipeline/types.js';

export function extractHeader(text: string): Header {
  const first = text.split('\n').find((l) => l.trim());
  return { title: first?.trim() ?? null, publishedAt: null, source: null, bodyStart: 0, headerSpans: [] };
}
