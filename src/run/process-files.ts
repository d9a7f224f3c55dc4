/** Files through the whole pipeline, with every failure turned into an outcome. */
import type { ExtractRecord } from '../schema/record.js';
import type { KnownUnionNames } from '../pipeline/types.js';
import { extractManyBytes } from '../pipeline/extract-document.js';
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

/**
 * Files extracted together at most (processMany): enough for the segmenter to run warm,
 * few enough that each record is written soon after its file is read (a batch of
 * reports of the usual size takes a few tens of milliseconds).
 */
export const FILES_PER_BATCH = 16;

/**
 * Files read and extracted together (see extractManyBytes), each failure (unreadable,
 * not a report, an internal error) turned into the outcome of its file alone; outcomes
 * are in the order of `files`. `dicts`: the user's dictionaries (--dict), whose union
 * names the recognizer takes whole. `onStart` is told the index of each file before the
 * work on it begins, so that a caller can tell which file a crash or a hang was in.
 */
export function processMany(files: readonly string[], opts: { maxBytes: number; dicts?: readonly string[] }, onStart?: (i: number) => void): FileOutcome[] {
  const out: FileOutcome[] = new Array(files.length);
  const items: { bytes: Uint8Array; opts: { file: string; unionNames?: KnownUnionNames } }[] = [];
  const at: number[] = [];
  files.forEach((file, i) => {
    onStart?.(i);
    const read = readReport(file, { maxBytes: opts.maxBytes });
    if (!read.ok) return void (out[i] = { ok: false, file, reason: read.reason });
    try {
      const unionNames = unionNamesFromDictFiles(opts.dicts);
      items.push({ bytes: read.bytes, opts: { file, ...(unionNames ? { unionNames } : {}) } });
      at.push(i);
    } catch (e) {
      out[i] = internalError(file, e);
    }
  });
  const results = extractManyBytes(items, (k) => onStart?.(at[k]!));
  results.forEach((r, k) => {
    const file = files[at[k]!]!;
    out[at[k]!] = r instanceof Error ? internalError(file, r) : { ok: true, file, record: r };
  });
  return out;
}

const internalError = (file: string, e: unknown): FileFailure => ({ ok: false, file, reason: `internal error: ${(e as Error).message}` });

/** The outcome with its record turned into output text. */
export function formatOutcome(outcome: FileOutcome, format: RecordFormat): FormattedOutcome {
  if (!outcome.ok) return outcome;
  return { ok: true, file: outcome.file, formatted: { text: format(outcome.record), counts: factCounts(outcome.record) } };
}
