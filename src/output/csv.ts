/**
 * CSV output (SPEC section 4): the header first (even for a run without records), then
 * each record's rows as they come (src/output/format-record.ts makes them; csv-text.ts
 * holds the quoting rules). `--bom` puts the UTF-8 byte-order mark before the header.
 */
import type { RecordFormat } from './format-record.js';
import type { Sink } from './sink.js';
import type { RecordWriter } from './writer.js';

export interface CsvOptions {
  bom: boolean;
}

/** A CSV writer for any row layout: `format` turns one record into its rows' text. */
export async function csvWriter(sink: Sink, columns: readonly string[], format: RecordFormat, opts: CsvOptions): Promise<RecordWriter> {
  const { csvText } = await import('./csv-text.js');
  let headerDone = false;
  const header = async () => {
    if (headerDone) return;
    headerDone = true;
    await sink.write(csvText([[...columns]], opts.bom));
  };
  const writeText = async (text: string) => {
    await header();
    if (text) await sink.write(text);
  };
  return {
    write: (record) => writeText(format(record)),
    writeText,
    end: header,
  };
}
