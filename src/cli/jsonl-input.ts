/**
 * `--input jsonl`: each line of the input is one report, `{"id": "...", "text": "..."}`.
 * One outcome per line, in input order; the record carries the line's `id`, and its
 * `file` is the JSONL file it came from ("-" for standard input). Blank lines are skipped.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { extractManyDecoded, type DocumentOptions } from '../pipeline/extract-document.js';
import type { Decoded, KnownUnionNames } from '../pipeline/types.js';
import { FILES_PER_BATCH } from '../run/process-files.js';
import type { Outcome } from './outcome.js';

export const JsonlLine = z.object({
  id: z.union([z.string(), z.number()], { error: 'required, a string or a number' }).transform(String),
  text: z.string({ error: 'required, a string' }),
});

/** A line read as a report to extract, or the failure it is (not JSON, not `{id, text}`, too large). */
type ReadLine = { ok: true; decoded: Decoded; opts: DocumentOptions; where: string } | Extract<Outcome, { ok: false }>;

/** Reads one input line; `where` is `FILE:LINE` for messages. */
function readLine(line: string, file: string, lineNo: number, maxBytes: number, unionNames?: KnownUnionNames): ReadLine {
  const where = `${file}:${lineNo}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return { ok: false, file: where, reason: `not JSON: ${(e as Error).message}` };
  }
  const input = JsonlLine.safeParse(parsed);
  if (!input.success) {
    const issue = input.error.issues[0];
    return { ok: false, file: where, reason: `expected {"id": ..., "text": ...}: ${issue?.path.join('.') || 'line'}: ${issue?.message}` };
  }
  if (Buffer.byteLength(input.data.text) > maxBytes) {
    return { ok: false, file: where, reason: `text larger than --max-bytes (${maxBytes} bytes)` };
  }
  return {
    ok: true,
    decoded: { text: input.data.text, encoding: 'utf-8', html: false, warnings: [] },
    opts: { file, id: input.data.id, ...(unionNames ? { unionNames } : {}) },
    where,
  };
}

/** The outcomes of lines read, in their order: the reports among them extracted together (extractManyDecoded). */
function extractLines(lines: readonly ReadLine[]): Outcome[] {
  const reports = lines.filter((l): l is Extract<ReadLine, { ok: true }> => l.ok);
  const records = extractManyDecoded(reports);
  let k = 0;
  return lines.map((l): Outcome => {
    if (!l.ok) return l;
    const r = records[k++]!;
    return r instanceof Error ? { ok: false, file: l.where, reason: `internal error: ${r.message}` } : { ok: true, file: l.opts.file, record: r };
  });
}

/** Every line of every input, in order. `-` is standard input. */
export async function* jsonlOutcomes(
  files: string[],
  maxBytes: number,
  stdin: Readable = process.stdin,
  unionNames?: KnownUnionNames,
): AsyncGenerator<Outcome> {
  for (const file of files) {
    let input: Readable;
    if (file === '-') input = stdin;
    else {
      input = createReadStream(file);
      // an unreadable file is one failure, not a crash
      const opened = await new Promise<Error | null>((resolve) => {
        input.once('open', () => resolve(null));
        input.once('error', (e) => resolve(e));
      });
      if (opened) {
        yield { ok: false, file, reason: opened.message };
        continue;
      }
    }
    const lines = createInterface({ input, crlfDelay: Infinity });
    let lineNo = 0;
    // lines are extracted in batches, as files are (see FILES_PER_BATCH)
    let batch: ReadLine[] = [];
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      batch.push(readLine(lineNo === 1 ? line.replace(/^\uFEFF/, '') : line, file, lineNo, maxBytes, unionNames));
      if (batch.length < FILES_PER_BATCH) continue;
      yield* extractLines(batch);
      batch = [];
    }
    yield* extractLines(batch);
  }
}
