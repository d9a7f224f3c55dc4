/**
 * JSON output. `--format json` is one array, streamed: `[`, then each record as it is
 * done, `,` between, `]` at the end; byte for byte what `JSON.stringify(records, null, 2)`
 * would print. `--format jsonl` is one compact record per line. What a record becomes is
 * src/output/format-record.ts's; these writers only join the records.
 */
import type { RecordFormat } from './format-record.js';
import type { Sink } from './sink.js';
import type { RecordWriter } from './writer.js';

/** `format` gives an array element, indented as one. */
export function jsonArrayWriter(sink: Sink, format: RecordFormat): RecordWriter {
  let count = 0;
  const writeText = (body: string) => sink.write(`${count++ === 0 ? '[\n' : ',\n'}  ${body}`);
  return {
    write: (record) => writeText(format(record)),
    writeText,
    async end() {
      await sink.write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/** `format` gives a line, with its line end. */
export function jsonLinesWriter(sink: Sink, format: RecordFormat): RecordWriter {
  return {
    write: (record) => sink.write(format(record)),
    writeText: (line) => sink.write(line),
    end: async () => undefined,
  };
}
