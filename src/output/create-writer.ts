/** Picks the writer for `--format` and `--rows`. */
import type { ExtractRecord } from '../schema/record.js';
import { DOCUMENT_COLUMNS, FACT_COLUMNS, documentRow, factRows, type Cell } from './columns.js';
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
  /** add an `id` column after the SPEC columns (JSONL input, where `id` is what joins rows back to the input) */
  withId?: boolean;
}

/** Rows of a record with its `id` appended, for tables of JSONL input. */
export function withIdColumn<C extends string>(rowsOf: (r: ExtractRecord) => Record<C, Cell>[]) {
  return (r: ExtractRecord): Record<C | 'id', Cell>[] => rowsOf(r).map((row) => ({ ...row, id: r.id ?? null }));
}

export async function createWriter(sink: Sink, opts: WriterOptions): Promise<RecordWriter> {
  const docs = opts.rows === 'documents';
  const documentObject = opts.withId ? (r: ExtractRecord) => ({ ...documentRow(r), id: r.id ?? null }) : documentRow;
  switch (opts.format) {
    case 'json':
      return jsonArrayWriter(sink, docs ? documentObject : undefined);
    case 'jsonl':
      return jsonLinesWriter(sink, docs ? documentObject : undefined);
    case 'csv': {
      const csv = { bom: opts.bom };
      const documentRows = (r: ExtractRecord) => [documentRow(r)];
      if (opts.withId) {
        return docs
          ? csvWriter(sink, [...DOCUMENT_COLUMNS, 'id'], withIdColumn(documentRows), csv)
          : csvWriter(sink, [...FACT_COLUMNS, 'id'], withIdColumn(factRows), csv);
      }
      return docs ? csvWriter(sink, DOCUMENT_COLUMNS, documentRows, csv) : csvWriter(sink, FACT_COLUMNS, factRows, csv);
    }
    case 'xlsx':
      // a workbook always holds both sheets
      return xlsxWriter(sink, opts.withId === true);
  }
}
