/** A streaming writer: records go out one at a time, as soon as each is done. */
import type { ExtractRecord } from '../schema/record.js';

export interface RecordWriter {
  write(record: ExtractRecord): Promise<void>;
  /** writes whatever closes the output (`]`, the CSV header of an empty run, the xlsx zip) */
  end(): Promise<void>;
}

export const FORMATS = ['json', 'jsonl', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];
export const ROWS = ['facts', 'documents'] as const;
export type Rows = (typeof ROWS)[number];
