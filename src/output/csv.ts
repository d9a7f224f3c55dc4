/**
 * CSV output (SPEC section 4): RFC 4180 via csv-stringify, CRLF line ends, header first.
 * Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
 * or carriage return) get a leading `'` (csv-stringify `escape_formulas`); numbers stay
 * numbers. `--bom` puts the UTF-8 byte-order mark first.
 */
import { stringify } from 'csv-stringify/sync';
import type { ExtractRecord } from '../schema/record.js';
import type { Cell } from './columns.js';
import type { Sink } from './sink.js';
import type { RecordWriter } from './writer.js';

export interface CsvOptions {
  bom: boolean;
}

function toCsv(rows: Cell[][], bom: boolean): string {
  return stringify(rows, { bom, escape_formulas: true, record_delimiter: 'windows', eof: true });
}

/** A CSV writer for any row layout: `rowsOf` turns one record into its rows. */
export function csvWriter<C extends string>(
  sink: Sink,
  columns: readonly C[],
  rowsOf: (r: ExtractRecord) => Record<C, Cell>[],
  opts: CsvOptions,
): RecordWriter {
  let headerDone = false;
  const header = async () => {
    if (headerDone) return;
    headerDone = true;
    await sink.write(toCsv([[...columns]], opts.bom));
  };
  return {
    async write(record) {
      await header();
      const rows = rowsOf(record).map((row) => columns.map((c) => row[c]));
      if (rows.length) await sink.write(toCsv(rows, false));
    },
    end: header,
  };
}
