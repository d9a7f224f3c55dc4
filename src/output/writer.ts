/** A streaming writer: records go out one at a time, as soon as each is done. */
import type { ExtractRecord } from '../schema/record.js';

export interface RecordWriter {
  write(record: ExtractRecord): Promise<void>;
  /**
   * Text formats (JSON, JSONL, CSV): writes a record already turned into its text by
   * `recordFormat` (src/output/format-record.ts), wherever that ran (a worker thread);
   * `write(record)` is `writeText(format(record))`. Absent for xlsx, which takes records.
   */
  writeText?(text: string): Promise<void>;
  /** writes whatever closes the output (`]`, the CSV header of an empty run, the xlsx zip) */
  end(): Promise<void>;
}

export const FORMATS = ['json', 'jsonl', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];
export const ROWS = ['facts', 'documents'] as const;
export type Rows = (typeof ROWS)[number];

export interface WriterOptions {
  format: Format;
  /** facts: whole records (JSON) or one row per fact (CSV); documents: one row per file */
  rows: Rows;
  bom: boolean;
  /** add an `id` column after the SPEC columns (JSONL input, where `id` is what joins rows back to the input) */
  withId?: boolean;
}
