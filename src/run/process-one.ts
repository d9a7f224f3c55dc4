/** One file through the whole pipeline, with every failure turned into an outcome. */
import type { ExtractRecord } from '../schema/record.js';
import { extractBytes } from '../pipeline/extract-document.js';
import { readReport } from './read-report.js';
import { unionNamesFromDictFiles } from '../extract/unions/user-names.js';
import type { RecordFormat } from '../output/format-record.js';
import { type FactCounts, factCounts } from './fact-counts.js';

/** A file that gave no record, and why: the same whether the record was to be kept or formatted. */
type FileFailure = { ok: false; file: string; reason: string };

export type FileOutcome = { ok: true; file: string; record: ExtractRecord } | FileFailure;

/** A record already turned into its output text (in the thread that made it), with its counts. */
export interface FormattedRecord {
  text: string;
  counts: FactCounts;
}
export type FormattedOutcome = { ok: true; file: string; formatted: FormattedRecord } | FileFailure;

/** `dicts`: the user's dictionaries (--dict), whose union names the recognizer takes whole. */
export function processOne(file: string, opts: { maxBytes: number; dicts?: readonly string[] }): FileOutcome {
  const read = readReport(file, { maxBytes: opts.maxBytes });
  if (!read.ok) return { ok: false, file, reason: read.reason };
  try {
    const unionNames = unionNamesFromDictFiles(opts.dicts);
    return { ok: true, file, record: extractBytes(read.bytes, { file, ...(unionNames ? { unionNames } : {}) }) };
  } catch (e) {
    return { ok: false, file, reason: `internal error: ${(e as Error).message}` };
  }
}

/** The outcome with its record turned into output text. */
export function formatOutcome(outcome: FileOutcome, format: RecordFormat): FormattedOutcome {
  if (!outcome.ok) return outcome;
  return { ok: true, file: outcome.file, formatted: { text: format(outcome.record), counts: factCounts(outcome.record) } };
}
