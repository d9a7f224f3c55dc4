/**
 * CSV text (SPEC section 4): RFC 4180 via csv-stringify, CRLF line ends. Cells that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
 * return) get a leading `'` (csv-stringify `escape_formulas`); numbers stay numbers.
 * `bom` puts the UTF-8 byte-order mark first.
 */
import { stringify } from 'csv-stringify/sync';
import type { Cell } from './columns.js';

export function csvText(rows: Cell[][], bom: boolean): string {
  return stringify(rows, { bom, escape_formulas: true, record_delimiter: 'windows', eof: true });
}
