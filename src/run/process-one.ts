/** One file through the whole pipeline, with every failure turned into an outcome. */
import type { ExtractRecord } from '../schema/record.js';
import { extractBytes } from '../pipeline/extract-document.js';
import { readReport } from './read-report.js';

export type FileOutcome = { ok: true; file: string; record: ExtractRecord } | { ok: false; file: string; reason: string };

export function processOne(file: string, opts: { maxBytes: number }): FileOutcome {
  const read = readReport(file, { maxBytes: opts.maxBytes });
  if (!read.ok) return { ok: false, file, reason: read.reason };
  try {
    return { ok: true, file, record: extractBytes(read.bytes, { file }) };
  } catch (e) {
    return { ok: false, file, reason: `internal error: ${(e as Error).message}` };
  }
}
