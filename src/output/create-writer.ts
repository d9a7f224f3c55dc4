/** Picks the writer for `--format` and `--rows`. */
import { DOCUMENT_COLUMNS, FACT_COLUMNS, documentRow, factRows } from './columns.js';
import { csvWriter } from './csv.js';
import { jsonArrayWriter, jsonLinesWriter } from './json.js';
import type { Sink } from './sink.js';
import type { Format, RecordWriter, Rows } from './writer.js';
import { xlsxWriter } from './xlsx.js';

export interface WriterOptions {
  format: Format;
  /** facts: whole records (JSON) or one row per fact (CSV); documents: one row per file */
  rows: Rows;
  bom: boolean;
}

export async function createWriter(sink: Sink, opts: WriterOptions): Promise<RecordWriter> {
  const docs = opts.rows === 'documents';
  switch (opts.format) {
    case 'json':
      return jsonArrayWriter(sink, docs ? documentRow : undefined);
    case 'jsonl':
      return jsonLinesWriter(sink, docs ? documentRow : undefined);
    case 'csv':
      return docs
        ? csvWriter(sink, DOCUMENT_COLUMNS, (r) => [documentRow(r)], { bom: opts.bom })
        : csvWriter(sink, FACT_COLUMNS, factRows, { bom: opts.bom });
    case 'xlsx':
      // a workbook always holds both sheets
      return xlsxWriter(sink);
  }
}
