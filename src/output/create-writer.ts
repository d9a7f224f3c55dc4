/** Picks the writer for `--format` and `--rows`. */
import { csvWriter } from './csv.js';
import { csvColumns, recordFormat } from './format-record.js';
import { jsonArrayWriter, jsonLinesWriter } from './json.js';
import type { Sink } from './sink.js';
import type { RecordWriter, WriterOptions } from './writer.js';
import { xlsxWriter } from './xlsx.js';

export type { WriterOptions };

export async function createWriter(sink: Sink, opts: WriterOptions): Promise<RecordWriter> {
  const format = await recordFormat(opts);
  if (format === null) return xlsxWriter(sink, opts.withId === true); // a workbook always holds both sheets
  switch (opts.format) {
    case 'json':
      return jsonArrayWriter(sink, format);
    case 'jsonl':
      return jsonLinesWriter(sink, format);
    default:
      return csvWriter(sink, csvColumns(opts), format, { bom: opts.bom });
  }
}
