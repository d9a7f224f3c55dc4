/**
 * What one record becomes in a text format, apart from what joins the records (the JSON
 * array's brackets and commas, the CSV header): a plain function of the record and the
 * writer options. Worker threads run it where the record is made and post only the text
 * (src/run/worker.ts); the writers run the same function for records made in this thread,
 * so the output is the same text either way.
 */
import type { ExtractRecord } from '../schema/record.js';
import { DOCUMENT_COLUMNS, FACT_COLUMNS, documentRow, factRows, type Cell } from './columns.js';
import type { WriterOptions } from './writer.js';

/** A record as the text it adds to the output. */
export type RecordFormat = (record: ExtractRecord) => string;

/** The CSV columns for the options: the header row. */
export function csvColumns(opts: WriterOptions): readonly string[] {
  const columns = opts.rows === 'documents' ? DOCUMENT_COLUMNS : FACT_COLUMNS;
  return opts.withId ? [...columns, 'id'] : columns;
}

/** The object a JSON record or line holds: the record, or its document row. */
function jsonObject(opts: WriterOptions): (r: ExtractRecord) => unknown {
  if (opts.rows !== 'documents') return (r) => r;
  return opts.withId ? (r) => ({ ...documentRow(r), id: r.id ?? null }) : documentRow;
}

/** A record's CSV rows, as objects by column; with `withId`, its `id` appended to each (JSONL input). */
function csvRows(opts: WriterOptions): (r: ExtractRecord) => Record<string, Cell>[] {
  const rowsOf = opts.rows === 'documents' ? (r: ExtractRecord) => [documentRow(r)] : factRows;
  if (!opts.withId) return rowsOf;
  return (r) => rowsOf(r).map((row) => ({ ...row, id: r.id ?? null }));
}

/**
 * - json: the element of the array, indented as one (the writer puts `[`, `,` and `]` around);
 * - jsonl: the line with its line end;
 * - csv: the record's rows with their CRLF ends, empty when it has none (the writer puts the header first);
 * - xlsx: null, a workbook takes records.
 */
export async function recordFormat(opts: WriterOptions): Promise<RecordFormat | null> {
  switch (opts.format) {
    case 'json': {
      const objectOf = jsonObject(opts);
      // nested lines get the two-space indent of an array element; strings never hold raw newlines
      return (r) => JSON.stringify(objectOf(r), null, 2).replace(/\n/g, '\n  ');
    }
    case 'jsonl': {
      const objectOf = jsonObject(opts);
      return (r) => JSON.stringify(objectOf(r)) + '\n';
    }
    case 'csv': {
      // (csv-stringify is loaded only for CSV: a run's start-up pays for what it writes)
      const { csvText } = await import('./csv-text.js');
      const columns = csvColumns(opts);
      const rowsOf = csvRows(opts);
      return (r) => {
        const rows = rowsOf(r).map((row) => columns.map((c) => row[c] as Cell));
        return rows.length ? csvText(rows, false) : '';
      };
    }
    case 'xlsx':
      return null;
  }
}
