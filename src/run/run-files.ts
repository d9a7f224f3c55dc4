/**
 * Runs the pipeline over many files and yields one outcome per file, in input order,
 * as soon as it (and every file before it) is done. Sequential for now.
 */
import type { ExtractRecord } from '../schema/record.js';
import { extractBytes } from '../pipeline/extract-document.js';
import { configureSegmenter } from '../pipeline/segment.js';
import { readReport, DEFAULT_MAX_BYTES } from './read-report.js';
import type { Discovered } from './discover.js';

export interface RunOptions {
  /** worker threads; 1 runs in this thread */
  jobs: number;
  maxBytes: number;
  /** extra user dictionaries for the segmenter and the union recognizer */
  dicts: string[];
}
export const defaultRunOptions = (): RunOptions => ({ jobs: 1, maxBytes: DEFAULT_MAX_BYTES, dicts: [] });

export type FileOutcome = { ok: true; file: string; record: ExtractRecord } | { ok: false; file: string; reason: string };

export function processOne(file: string, opts: RunOptions): FileOutcome {
  const read = readReport(file, { maxBytes: opts.maxBytes });
  if (!read.ok) return { ok: false, file, reason: read.reason };
  try {
    return { ok: true, file, record: extractBytes(read.bytes, { file }) };
  } catch (e) {
    return { ok: false, file, reason: `internal error: ${(e as Error).message}` };
  }
}

export async function* runFiles(inputs: Iterable<Discovered>, opts: RunOptions): AsyncGenerator<FileOutcome> {
  if (opts.dicts.length) configureSegmenter({ userDicts: opts.dicts });
  for (const d of inputs) {
    if ('error' in d) yield { ok: false, file: d.file, reason: d.error };
    else yield processOne(d.file, opts);
  }
}
