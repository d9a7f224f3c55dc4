/**
 * JSON output. `--format json` is one array, streamed: `[`, then each record as it is
 * done, `,` between, `]` at the end; byte for byte what `JSON.stringify(records, null, 2)`
 * would print. `--format jsonl` is one compact record per line.
 */
import type { ExtractRecord } from '../schema/record.js';
import type { Sink } from './sink.js';
import type { RecordWriter } from './writer.js';

export function jsonArrayWriter(sink: Sink, rowOf: (r: ExtractRecord) => unknown = (r) => r): RecordWriter {
  let count = 0;
  return {
    async write(record) {
      // nested lines get the two-space indent of an array element; strings never hold raw newlines
      const body = JSON.stringify(rowOf(record), null, 2).replace(/\n/g, '\n  ');
      await sink.write(`${count++ === 0 ? '[\n' : ',\n'}  ${body}`);
    },
    async end() {
      await sink.write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

export function jsonLinesWriter(sink: Sink, rowOf: (r: ExtractRecord) => unknown = (r) => r): RecordWriter {
  return {
    write: (record) => sink.write(JSON.stringify(rowOf(record)) + '\n'),
    end: async () => undefined,
  };
}
